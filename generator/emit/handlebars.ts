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

/** Options of Handlebars' compiler that a folder of templates chooses; the helpers they may call are those registered. */
export type TemplateOptions = Omit<
  NonNullable<Parameters<typeof Handlebars.compile>[1]>,
  'knownHelpers' | 'knownHelpersOnly'
>;

/** A folder's templates and partials, read at once. */
export interface TemplateFolder {
  /** The text of one of the files read: a template, or a file copied as it is. */
  text(file: string): string;
  /** One of the files read, compiled as a template. */
  template(file: string): HandlebarsType.TemplateDelegate;
}

/**
 * Reads, all at once, the files of `dir` named in `files` and the partials `partials/<name><ext>`,
 * and registers the partials, compiled, on `hbs`. Every template is compiled with `options` to
 * call only the helpers registered on `hbs` (Handlebars' own among them): a call then goes to its
 * helper directly, where a template that may call any helper asks at each name whether a helper
 * of that name is registered. A call of any other helper fails, and every error of a template
 * names its file (`templates/partials/method.md.hbs:7:3: unknown helper "nope" ...`).
 */
export async function readTemplates(
  hbs: typeof HandlebarsType,
  dir: string,
  files: readonly string[],
  partials: { readonly names: readonly string[]; readonly ext: string },
  options: TemplateOptions,
): Promise<TemplateFolder> {
  const partialFiles = partials.names.map((name) => `partials/${name}${partials.ext}`);
  const names = [...files, ...partialFiles];
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  const read = new Map(names.map((name, i) => [name, texts[i]!]));
  const helpers = Object.keys(hbs.helpers);
  const compileOptions = {
    ...options,
    knownHelpers: Object.fromEntries(helpers.map((name) => [name, true])),
    knownHelpersOnly: true,
  };
  // Handlebars' own fallbacks for a missing helper are not named to a template's author.
  const callable = helpers.filter((name) => !name.endsWith('Missing'));
  const compile = (file: string) =>
    compileNamed(hbs.compile(read.get(file)!, compileOptions), path.join(dir, file), callable);
  partials.names.forEach((name, i) => hbs.registerPartial(name, compile(partialFiles[i]!)));
  const known = (file: string) => {
    if (!files.includes(file)) throw new Error(`${file} is not among the templates read`);
    return file;
  };
  return {
    text: (file) => read.get(known(file))!,
    template: (file) => compile(known(file)),
  };
}

/** Errors that already name their template: a partial's, passing through the template that called it. */
class TemplateError extends Error {}

/** `compiled`, its errors given as `templateError` gives them. */
function compileNamed(
  compiled: HandlebarsType.TemplateDelegate,
  file: string,
  helpers: readonly string[],
): HandlebarsType.TemplateDelegate {
  // Handlebars compiles a template when it first runs, so its syntax errors come from here too.
  return (context, runtimeOptions) => {
    try {
      return compiled(context, runtimeOptions);
    } catch (error) {
      throw error instanceof TemplateError ? error : templateError(file, error, helpers);
    }
  };
}

/** Handlebars' error, placed in its template: `templates/x.md.hbs:3:5: ...` when it gives a place. */
function templateError(file: string, error: unknown, helpers: readonly string[]): TemplateError {
  const { message, lineNumber, column } = error as { message?: string; lineNumber?: number; column?: number };
  const place = lineNumber === undefined ? '' : `:${lineNumber}:${(column ?? 0) + 1}`;
  const said = String(message ?? error).replace(/ - \d+:\d+$/, '');
  const unknown = /^You specified knownHelpersOnly, but used the unknown helper (.*)$/.exec(said);
  const text = unknown ? `unknown helper "${unknown[1]}" (the helpers are ${helpers.join(', ')})` : said;
  return new TemplateError(`${path.relative(process.cwd(), file) || file}${place}: ${text}`);
}
