/**
 * The licenses a spec can give its package (`api.package.license`), by SPDX id. Each one's text
 * is in licenses/<id>.txt and ships, as it is, as the package's LICENSE file.
 */
import { readFile } from 'node:fs/promises';

export const LICENSES = ['Apache-2.0'] as const;

export type License = (typeof LICENSES)[number];

export function licenseText(license: License): Promise<string> {
  return readFile(new URL(`./licenses/${license}.txt`, import.meta.url), 'utf8');
}
