/**
 * Lays out generated files. TypeScript goes through Biome's formatter: the native binary formats
 * every file in one process, in a tenth of the time prettier took in this one, and its style is
 * prettier's. Markdown is tidied here; JSON comes laid out by its emitters (json-layout.ts), and
 * the OpenAPI document is one line of it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Fixed options: the output must not depend on any formatter config lying around. */
const BIOME_CONFIG = {
  vcs: { enabled: false },
  files: { maxSize: 64 * 1024 * 1024 },
  formatter: { enabled: true, indentStyle: 'space', indentWidth: 2, lineWidth: 100, lineEnding: 'lf' },
  javascript: { formatter: { quoteStyle: 'single', trailingCommas: 'all' } },
  linter: { enabled: false },
  assist: { enabled: false },
};

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

/**
 * The temporary folders Biome formatted in, kept until `remove`: creating files right after many
 * were deleted is slower on ext4, which passes over inodes freed in the last seconds, so the code
 * thread deletes them when it is closed, which a generation with dist/ does once its output is
 * written.
 */
export class FormatScratch {
  private readonly folders: string[] = [];

  keep(dir: string): void {
    this.folders.push(dir);
  }

  async remove(): Promise<void> {
    await Promise.all(this.folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/**
 * Formats generated files; the result is sorted by path. Biome's temporary folder is removed
 * before this returns, or kept in `scratch` to be removed later.
 */
export async function formatFiles(
  files: ReadonlyMap<string, string>,
  scratch?: FormatScratch,
): Promise<Map<string, string>> {
  const formatted = new Map<string, string>();
  const code = new Map<string, string>();
  for (const [file, text] of files) {
    if (file.endsWith('.md')) formatted.set(file, tidyMarkdown(text));
    else if (file.endsWith('.ts') && !text.startsWith(COPIED_HEADER)) code.set(file, text);
    else formatted.set(file, text);
  }
  for (const [file, text] of await formatWithBiome(code, scratch)) formatted.set(file, text);
  return new Map([...formatted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Biome formats files in place, so the files are written to a temporary folder, formatted
 * there by one run of the binary, and read back. They are written synchronously, so that Biome
 * starts before whatever this thread runs next (dist/'s compilers, on the code thread).
 */
async function formatWithBiome(
  files: ReadonlyMap<string, string>,
  scratch: FormatScratch | undefined,
): Promise<Map<string, string>> {
  if (files.size === 0) return new Map();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-format-'));
  let texts: string[];
  try {
    const config = path.join(dir, 'biome.json');
    const root = path.join(dir, 'files');
    writeFileSync(config, JSON.stringify(BIOME_CONFIG));
    for (const folder of new Set([...files.keys()].map((file) => path.dirname(path.join(root, file)))))
      mkdirSync(folder, { recursive: true });
    for (const [file, text] of files) writeFileSync(path.join(root, file), text);
    await runBiome(['format', '--write', `--config-path=${config}`, '--no-errors-on-unmatched', root]);
    texts = await Promise.all([...files.keys()].map((file) => readFile(path.join(root, file), 'utf8')));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  if (scratch) scratch.keep(dir);
  else await rm(dir, { recursive: true, force: true });
  return new Map([...files.keys()].map((file, i) => [file, texts[i]!]));
}

function runBiome(args: readonly string[]): Promise<void> {
  // Biome reads settings from BIOME_* variables; the fixed config above is the only one that counts.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BIOME_')));
  return new Promise((resolve, reject) => {
    const child = spawn(biomeBinary(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`the generated files could not be formatted (biome exited with ${code}):\n${output}`));
    });
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
