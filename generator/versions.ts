/** Versions of the installed libraries whose behaviour shapes the output. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './root.js';

/** Read from package.json files: loading the libraries themselves takes long. */
export function installedVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return String(manifest.version);
  } catch {
    return 'not installed';
  }
}
