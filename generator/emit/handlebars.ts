/**
 * Handlebars, required rather than imported (see ts-morph.ts), from the one-file build the
 * package ships: its Node entry loads forty modules and source-map, for source maps of compiled
 * templates that the docs do not use, in twice the time.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type HandlebarsType from 'handlebars';
import { markdownCell, markdownCode, markdownInCell, markdownProse } from '../escape.js';

export const Handlebars = createRequire(import.meta.url)('handlebars/dist/handlebars.js') as typeof HandlebarsType;

/**
 * Handlebars for the markdown templates. Markdown has no escaping of its own (they compile with
 * `noEscape`), so they write every spec value through one of these helpers of escape.ts:
 * `{{prose x}}` for paragraphs, `{{cell x}}` for one line (table cells, headings), `{{code a b}}`
 * for inline code of its arguments joined by spaces, `{{inCell x}}` for markdown already written
 * (code spans, chips) that goes in a table cell.
 */
export function markdownHandlebars(): typeof HandlebarsType {
  const hbs = Handlebars.create();
  hbs.registerHelper('prose', (text: unknown) => markdownProse(String(text ?? '')));
  hbs.registerHelper('cell', (text: unknown) => markdownCell(String(text ?? '')));
  hbs.registerHelper('inCell', (markdown: unknown) => markdownInCell(String(markdown ?? '')));
  hbs.registerHelper('code', (...args: unknown[]) => markdownCode(args.slice(0, -1).map(String).join(' ')));
  return hbs;
}

/**
 * Reads, all at once, the files of `dir` named in `files` and the partials `partials/<name><ext>`,
 * registers the partials on `hbs`, and gives the files' texts in the order named.
 */
export async function readTemplates(
  hbs: typeof HandlebarsType,
  dir: string,
  files: readonly string[],
  partials: { readonly names: readonly string[]; readonly ext: string },
): Promise<string[]> {
  const names = [...files, ...partials.names.map((name) => `partials/${name}${partials.ext}`)];
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  partials.names.forEach((name, i) => hbs.registerPartial(name, texts[files.length + i]!));
  return texts.slice(0, files.length);
}
