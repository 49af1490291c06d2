/**
 * Coverage per resource, counted from the spec: how many methods, how many documented by the
 * seeds and how many filled in from Cloudflare's public reference. The docs index, the package
 * README and the repository README show it through the `coverage` partial.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { markdownHandlebars } from './emit/handlebars.js';
import type { Spec } from './ir.js';

export interface CoverageCounts {
  readonly methods: number;
  readonly seed: number;
  readonly reference: number;
  readonly deprecated: number;
}

export interface Coverage {
  readonly rows: readonly (CoverageCounts & { readonly title: string; readonly client: string })[];
  readonly total: CoverageCounts;
}

export function coverage(spec: Spec): Coverage {
  const rows = spec.resources
    .map((r) => ({
      title: r.title,
      client: `client.${r.path.join('.')}`,
      methods: r.endpoints.length,
      seed: r.endpoints.filter((e) => e.source?.startsWith('seed ')).length,
      reference: r.endpoints.filter((e) => !e.source?.startsWith('seed ')).length,
      deprecated: r.endpoints.filter((e) => e.deprecated).length,
    }))
    .sort((a, b) => (a.client < b.client ? -1 : 1));
  const sum = (key: keyof CoverageCounts) => rows.reduce((n, row) => n + row[key], 0);
  return {
    rows,
    total: { methods: sum('methods'), seed: sum('seed'), reference: sum('reference'), deprecated: sum('deprecated') },
  };
}

const START = '<!-- coverage:start (written by `npm run readme:coverage` from the spec) -->';
const END = '<!-- coverage:end -->';

/** The repository README with its coverage section rewritten from the spec. */
export async function readmeWithCoverage(readme: string, spec: Spec, templatesDir: string): Promise<string> {
  const partial = await readFile(path.join(templatesDir, 'partials/coverage.md.hbs'), 'utf8');
  const table = markdownHandlebars().compile(partial, { noEscape: true })({ coverage: coverage(spec) });
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no coverage section (${START} ... ${END})`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n${readme.slice(end)}`;
}
