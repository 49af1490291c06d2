/**
 * No module of generator/ imports itself through others: every relative import (static,
 * dynamic or type-only) is an edge, and the graph has no cycle. The imports are read with
 * TypeScript's own pre-processor, so comments and strings are not mistaken for imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

type Graph = ReadonlyMap<string, readonly string[]>;

/** The relative imports of each .ts file below `dir`, as paths relative to `dir` (`emit/code.ts`). */
function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(dir, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files along it, first file repeated at the end. */
function cycles(graph: Graph): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      found.push([...onPath.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('cycles', () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['no edges', { 'a.ts': [] }, []],
    ['a chain', { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }, []],
    ['a diamond', { 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] }, []],
    ['a file importing itself', { 'a.ts': ['a.ts'] }, [['a.ts', 'a.ts']]],
    [
      'a loop of three',
      { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] },
      [['a.ts', 'b.ts', 'c.ts', 'a.ts']],
    ],
  ])('finds in %s: %j', (_, graph, want) => {
    expect(cycles(new Map(Object.entries(graph)))).toEqual(want);
  });
});

describe('generator/', () => {
  const graph = importGraph(path.join(ROOT, 'generator'));

  it('is read: the pipeline imports its stages, and emit/code.ts is loaded on demand', () => {
    expect(graph.get('pipeline.ts')).toEqual(expect.arrayContaining(['check.ts', 'load.ts', 'resolve.ts']));
    expect(graph.get('emit/code-worker.ts')).toContain('emit/code.ts');
    expect(graph.get('cli.ts')).toContain('commands/generate.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('gives the emitters their names and paths through the plan only, never from the rules behind it', () => {
    const emitters = [...graph.keys()].filter((file) => file.startsWith('emit/'));
    expect(emitters.length).toBeGreaterThan(20);
    const rules = ['layout.ts', 'names.ts'];
    const breaking = emitters.flatMap((file) =>
      graph.get(file)!.filter((target) => rules.includes(target)).map((target) => `${file} -> ${target}`),
    );
    expect(breaking).toEqual([]);
    expect(emitters.filter((file) => graph.get(file)!.includes('plan.ts')).length).toBeGreaterThan(10);
  });
});
