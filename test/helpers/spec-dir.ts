import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SpecError, formatDiagnostics } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { INPUTS } from './paths.js';

/** A spec folder made of the given files in a fresh temporary directory. */
export async function specDir(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spec-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The diagnostics of generating from these files, one `file:line:col: message` per line; '' when it succeeds. */
export async function diagnosticsOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const { dir, cleanup } = await specDir(files);
  try {
    await generate({ ...INPUTS, specDir: dir });
    return '';
  } catch (error) {
    if (error instanceof SpecError) return formatDiagnostics(error.diagnostics);
    throw error;
  } finally {
    await cleanup();
  }
}
