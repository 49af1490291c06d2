import type { Options } from 'prettier';
import { hashOf, sourceOf, type ContentCache } from './content-cache.js';
import { OPENAPI_FILE } from './layout.js';
import { installedVersion } from './versions.js';

/** Fixed formatting options: the output must not depend on any prettier config lying around. */
const OPTIONS: Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', proseWrap: 'preserve' };

const PARSERS: Record<string, string> = { ts: 'typescript', json: 'json' };

/**
 * Written as they are meant to be: the OpenAPI document is one line of JSON (see emit/openapi/),
 * which prettier would spread over 800 kB, in seconds.
 */
const LAID_OUT: ReadonlySet<string> = new Set([OPENAPI_FILE]);

/** How hand-written files shipped in the package begin; they are shipped exactly as written. */
export const COPIED_HEADER = '// Copied from ';

/**
 * Markdown comes from templates that already lay it out; prettier would only pad table columns,
 * at a cost of seconds on a spec this size. Blank-line runs and trailing spaces are tidied here.
 */
function tidyMarkdown(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * Formats generated files. With a cache, a file prettier has formatted before is taken from it,
 * and prettier is not even loaded when every file is found there.
 */
export async function formatFiles(
  files: ReadonlyMap<string, string>,
  cache?: ContentCache<string>,
): Promise<Map<string, string>> {
  const salt = cache ? [await installedVersion('prettier'), await sourceOf(import.meta.url)] : [];
  const formatted = await Promise.all(
    [...files].map(async ([path, text]): Promise<[string, string]> => {
      const ext = path.slice(path.lastIndexOf('.') + 1);
      if (ext === 'md') return [path, tidyMarkdown(text)];
      const parser = PARSERS[ext];
      if (!parser || LAID_OUT.has(path) || text.startsWith(COPIED_HEADER)) return [path, text];
      if (!cache) return [path, await prettierFormat(path, text, parser)];
      const key = hashOf(...salt, parser, text);
      let result = cache.get(key);
      if (result === undefined) cache.set(key, (result = await prettierFormat(path, text, parser)));
      return [path, result];
    }),
  );
  return new Map(formatted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function prettierFormat(path: string, text: string, parser: string): Promise<string> {
  const { format } = await import('prettier');
  try {
    return await format(text, { ...OPTIONS, parser });
  } catch (error) {
    throw new Error(`generated ${path} is not valid ${parser}: ${(error as Error).message}\n${text}`);
  }
}
