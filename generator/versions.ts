/** Versions of the installed libraries whose behaviour shapes the output. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './root.js';

/** Read from package.json files: loading the libraries themselves takes long. */
export async function installedVersion(name: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return String(manifest.version);
  } catch {
    return 'not installed';
  }
}
