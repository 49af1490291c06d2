import { format, type Options } from 'prettier';

/** Fixed formatting options: the output must not depend on any prettier config lying around. */
const OPTIONS: Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', proseWrap: 'preserve' };

const PARSERS: Record<string, string> = { ts: 'typescript', json: 'json' };

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

export async function formatFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const formatted = await Promise.all(
    [...files].map(async ([path, text]): Promise<[string, string]> => {
      const ext = path.slice(path.lastIndexOf('.') + 1);
      if (ext === 'md') return [path, tidyMarkdown(text)];
      const parser = PARSERS[ext];
      if (!parser || text.startsWith(COPIED_HEADER)) return [path, text];
      try {
        return [path, await format(text, { ...OPTIONS, parser })];
      } catch (error) {
        throw new Error(`generated ${path} is not valid ${parser}: ${(error as Error).message}\n${text}`);
      }
    }),
  );
  return new Map(formatted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
