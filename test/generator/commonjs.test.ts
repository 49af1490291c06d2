/**
 * commonJsOf: ES modules, compiled by oxc as build.ts compiles them, then run as CommonJS by a
 * loader of modules held in memory (each module's code run as the body of a function of
 * `exports`, `require` and `module`, as Node runs a CommonJS file).
 */
import { createRequire } from 'node:module';
import type * as Oxc from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { commonJsOf } from '../../generator/commonjs.js';

const nodeRequire = createRequire(import.meta.url);
const oxc = nodeRequire('oxc-transform') as typeof Oxc;

/** The module as build.ts compiles it: types stripped by oxc, then its module-runner form made CommonJS. */
function commonJs(source: string): string {
  const esm = oxc.transformSync('m.ts', source, { lang: 'ts', sourceType: 'module', target: 'es2022' }).code;
  return commonJsOf(esm, oxc.moduleRunnerTransformSync('m.js', esm).code);
}

/**
 * Requires `entry` from modules given as ES modules by specifier (`./a.js`), compiled to
 * CommonJS; any other specifier is Node's own require (`node:path`).
 */
function load(modules: Record<string, string>, entry: string): Record<string, unknown> {
  const cache = new Map<string, { exports: Record<string, unknown> }>();
  const require = (specifier: string): unknown => {
    if (!specifier.startsWith('./')) return nodeRequire(specifier);
    const cached = cache.get(specifier);
    if (cached) return cached.exports;
    if (!(specifier in modules)) throw new Error(`no module ${specifier}`);
    const module = { exports: {} };
    cache.set(specifier, module);
    new Function('exports', 'require', 'module', commonJs(modules[specifier]!))(module.exports, require, module);
    return module.exports;
  };
  return require(entry) as Record<string, unknown>;
}

describe('commonJsOf', () => {
  it('names the hooks of the module-runner form as CommonJS does', () => {
    expect(commonJs("import { b } from './b.js';\nexport const a: number = b + 1;\n")).toBe(
      [
        '"use strict";',
        'Object.defineProperty(exports, "__esModule", { value: true });',
        'Object.defineProperty(exports, "a", {',
        '\tenumerable: true,',
        '\tconfigurable: true,',
        '\tget() {',
        '\t\treturn a;',
        '\t}',
        '});',
        'const __cjs_import0 = require("./b.js");',
        'const a = __cjs_import0.b + 1;',
        '',
      ].join('\n'),
    );
  });

  it('exports declarations, renamed exports and the default export, with live bindings', () => {
    const m = load(
      {
        './m.js': [
          'export let count = 0;',
          'export function increment(): void { count += 1; }',
          'export class Thing { name = "thing"; }',
          'const hidden = 1;',
          'export { hidden as shown };',
          'export default function main(): string { return "main"; }',
        ].join('\n'),
      },
      './m.js',
    );
    expect(Object.keys(m).sort()).toEqual(['Thing', 'count', 'default', 'increment', 'shown']);
    expect(m.__esModule).toBe(true);
    expect(m.count).toBe(0);
    (m.increment as () => void)();
    expect(m.count).toBe(1);
    expect(new (m.Thing as new () => { name: string })().name).toBe('thing');
    expect(m.shown).toBe(1);
    expect((m.default as () => string)()).toBe('main');
  });

  it('imports named, renamed, default and namespace bindings, and re-exports them', () => {
    const m = load(
      {
        './a.js': 'export const x = 1;\nexport const y = 2;\nexport default "a";\n',
        './m.js': [
          "import a, { x, y as z } from './a.js';",
          "import * as all from './a.js';",
          "export { y as why } from './a.js';",
          "export * as everything from './a.js';",
          'export const seen = [a, x, z, all.y];',
        ].join('\n'),
      },
      './m.js',
    );
    expect(m.seen).toEqual(['a', 1, 2, 2]);
    expect(m.why).toBe(2);
    expect((m.everything as Record<string, unknown>).default).toBe('a');
  });

  it('gives a module that is not of this build, imported by default or as a namespace, with module.exports as its default', () => {
    const m = load(
      {
        './m.js': [
          "import path from 'node:path';",
          "import * as fs from 'node:fs';",
          "import { sep } from 'node:path';",
          'export const joined = path.join("a", "b");',
          'export const parts = [typeof fs.default.readFileSync, typeof fs.readFileSync, sep];',
        ].join('\n'),
      },
      './m.js',
    );
    expect(m.joined).toBe(`a${nodeRequire('node:path').sep}b`);
    expect(m.parts).toEqual(['function', 'function', nodeRequire('node:path').sep]);
    // A module of this build is given as it is.
    expect(commonJs("import * as a from './a.js';\nexport const b = a;\n")).toContain(
      'const __cjs_import0 = __cjs_interop(require("./a.js"));',
    );
    expect(commonJs("import { x } from './a.js';\nexport const b = x;\n")).toContain(
      'const __cjs_import0 = require("./a.js");',
    );
  });

  it('exports every name of export * but default, and not over a name the module declares', () => {
    const m = load(
      {
        './a.js': 'export const x = "a";\nexport const y = "a";\nexport const toString = "a";\nexport default 1;\n',
        './b.js': 'export const z = "b";\n',
        './m.js': "export * from './a.js';\nexport * from './b.js';\nexport const y = 'm';\n",
      },
      './m.js',
    );
    expect(Object.keys(m).sort()).toEqual(['toString', 'x', 'y', 'z']);
    expect([m.x, m.y, m.z, m.toString]).toEqual(['a', 'm', 'b', 'a']);
  });

  it('gives the names it adds a prefix the module does not hold', () => {
    const source = "import * as a from './a.js';\n/** __cjs_ and __cjs1_ */\nexport const __cjs_import0 = a;\n";
    const text = commonJs(source);
    expect(text).toContain('const __cjs2_import0 = __cjs2_interop(require("./a.js"));');
    expect(new Set(text.match(/__cjs\d*_\w+/g))).toEqual(
      new Set(['__cjs_import0', '__cjs2_interop', '__cjs2_import0']),
    );
    const m = load({ './a.js': 'export const x = 1;\n', './m.js': source }, './m.js');
    expect((m.__cjs_import0 as Record<string, unknown>).x).toBe(1);
  });

  it('turns import() of a module into a promise of its exports, with the specifier kept literal', async () => {
    expect(commonJs("export const later = () => import('./a.js');\n")).toContain(
      'const later = () => Promise.resolve().then(() => require("./a.js"));',
    );
    const m = load(
      { './a.js': 'export const x = 1;\n', './m.js': "export const later = () => import('./a.js');\n" },
      './m.js',
    );
    const a = (m.later as () => Promise<Record<string, unknown>>)();
    expect(a).toBeInstanceOf(Promise);
    expect((await a).x).toBe(1);
  });

  it('keeps the bindings of modules that import each other live', () => {
    const m = load(
      {
        './a.js': "import { b } from './b.js';\nexport const a = () => `a${b()}`;\nexport const name = 'a';\n",
        './b.js': "import { name } from './a.js';\nexport const b = () => `b${name}`;\n",
      },
      './a.js',
    );
    expect((m.a as () => string)()).toBe('aba');
  });

  it('refuses what CommonJS has no form of, and a source that holds the prefix of the hooks', () => {
    expect(() => commonJs('export const here = import.meta.url;\n')).toThrow(
      'uses import.meta, which CommonJS has no form of',
    );
    expect(() => commonJs('export const load = (name: string) => import(name);\n')).toThrow(
      'calls import() with a specifier computed at run time; the CommonJS build needs a string literal',
    );
    expect(() => commonJs("export const text = '__vite_ssr_import__';\n")).toThrow(
      'holds "__vite_ssr_", a prefix the CommonJS build keeps for the hooks it renames',
    );
  });
});
