/**
 * Lays out generated files. TypeScript goes through Biome's formatter: the native binary formats
 * every file in one process, in a tenth of the time prettier took in this one, and its style is
 * prettier's. Markdown is tidied here; JSON comes laid out by its emitters (json-layout.ts), and
 * the OpenAPI document is one line of it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Fixed options, in a file of their own: the output must not depend on any formatter config lying around. */
const BIOME_CONFIG = fileURLToPath(new URL('./biome-format.json', import.meta.url));

/** The name Biome is given for the text on its standard input. */
const BIOME_INPUT = 'generated.ts';

/** Where Biome's messages place a problem in that text: the name after the working directory, a line and a column. */
const BIOME_PLACE = /(?:\S*[\\/])?generated\.ts:(\d+):(\d+)/g;

/** How hand-written files shipped in the package begin; they are shipped exactly as written. */
export const COPIED_HEADER = '// Copied from ';

/**
 * Markdown comes from templates that already lay it out; a formatter would only pad table
 * columns. Blank-line runs and trailing spaces are tidied here.
 */
function tidyMarkdown(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Formats generated files; the result is sorted by path. */
export async function formatFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const formatted = new Map<string, string>();
  const code = new Map<string, string>();
  for (const [file, text] of files) {
    if (file.endsWith('.md')) formatted.set(file, tidyMarkdown(text));
    else if (file.endsWith('.ts') && !text.startsWith(COPIED_HEADER)) code.set(file, text);
    else formatted.set(file, text);
  }
  for (const [file, text] of await formatWithBiome(code)) formatted.set(file, text);
  return new Map([...formatted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A file's place in the text Biome formats. */
interface Part {
  readonly file: string;
  /** The file's first line when it is `#!`: only the start of a text may hold one. */
  readonly shebang: string;
  /** The line of the text on which the file's own text begins, from 1. */
  readonly line: number;
}

/**
 * Biome formats the files as one text given on its standard input, each file after a comment
 * line that names it, and the formatted text is cut at the same lines: one process and no
 * temporary files, where writing the files to a folder for Biome and reading them back took
 * longer than the formatting. Biome lays out each statement by itself, so a file comes out as
 * it would alone. Each file is followed by an empty statement, which Biome drops, so that no
 * statement of one file runs on into the next.
 */
async function formatWithBiome(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  if (files.size === 0) return new Map();
  const texts = [...files.values()];
  // A comment no file holds, so that the cuts are exactly the boundaries.
  let n = 0;
  while (texts.some((text) => text.includes(`// file ${n}:`))) n++;
  const boundary = `// file ${n}:`;
  const parts: Part[] = [];
  const input: string[] = [];
  let line = 1;
  for (const [file, text] of files) {
    const shebang = /^#![^\n]*\n/.exec(text)?.[0] ?? '';
    const chunk = `${boundary} ${file}\n${text.slice(shebang.length)}\n;\n`;
    parts.push({ file, shebang, line: line + 1 });
    input.push(chunk);
    line += lineCount(chunk);
  }
  let output: string;
  try {
    output = await runBiome(
      ['format', `--config-path=${BIOME_CONFIG}`, `--stdin-file-path=${BIOME_INPUT}`],
      input.join(''),
    );
  } catch (error) {
    throw new Error(`the generated files could not be formatted: ${placeInFiles((error as Error).message, parts)}`);
  }
  const cut = output.split(new RegExp(`^${boundary} (.*)\n`, 'm'));
  const formatted = new Map<string, string>();
  for (const [i, part] of parts.entries()) {
    const file = cut[1 + 2 * i];
    const body = cut[2 + 2 * i];
    if (file !== part.file || body === undefined)
      throw new Error(`Biome's output of the generated files does not keep the boundary of ${part.file}`);
    // Biome ends a file with one line break and drops the blank lines that begin it, but keeps one after a `#!` line.
    const ended = body.replace(/\n+$/, '');
    const text = part.shebang ? ended : ended.replace(/^\n+/, '');
    formatted.set(file, text.trim() === '' ? part.shebang : `${part.shebang}${text}\n`);
  }
  if (cut.length !== 1 + 2 * parts.length || cut[0] !== '')
    throw new Error("Biome's output of the generated files holds text outside them");
  return formatted;
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Biome's message with each `generated.ts:line:column` given as the file and its own line. */
function placeInFiles(message: string, parts: readonly Part[]): string {
  return message.replace(BIOME_PLACE, (whole, line: string, column: string) => {
    const at = Number(line);
    const part = parts.findLast((p) => p.line <= at);
    return part ? `${part.file}:${at - part.line + 1 + (part.shebang ? 1 : 0)}:${column}` : whole;
  });
}

/** Biome's standard output for `input`; rejects with what it said when it fails. */
function runBiome(args: readonly string[], input: string): Promise<string> {
  // Biome reads settings from BIOME_* variables; the fixed config above is the only one that counts.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BIOME_')));
  return new Promise((resolve, reject) => {
    const child = spawn(biomeBinary(), args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'));
      else reject(new Error(`biome exited with ${code}:\n${stderr}`));
    });
    // Biome may exit before it has read everything (a text it cannot parse); its exit code says so.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/**
 * The native binary of the installed Biome (npm installs the one package of the platform's);
 * run directly rather than through the package's node script, which would start node once more.
 */
function biomeBinary(): string {
  const require = createRequire(import.meta.url);
  const name = `${process.platform}-${process.arch}`;
  const executable = process.platform === 'win32' ? 'biome.exe' : 'biome';
  for (const variant of [name, `${name}-musl`]) {
    try {
      return require.resolve(`@biomejs/cli-${variant}/${executable}`);
    } catch {
      // Not this variant.
    }
  }
  throw new Error(`no Biome binary is installed for ${name}; run npm ci`);
}
