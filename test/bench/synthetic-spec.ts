/** Specs N times the size of the real one: the real spec's files copied N times, every name made unique. */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const RESOURCE_LINE = /^resource:\s*zeroTrust\b/m;
const HTTP_LINE = /^(\s*http:\s*[A-Z]+\s+\S+?)\s*$/gm;
const TITLE_LINE = /^(title:.*\S)\s*$/m;

async function yamlFiles(dir: string, below = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, below), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const rel = path.join(below, entry.name);
      if (entry.isDirectory()) return yamlFiles(dir, rel);
      return entry.name.endsWith('.yaml') ? [rel] : [];
    }),
  );
  return nested.flat().sort();
}

/** Model names and type prefixes: the names that must differ between copies (params types derive from prefixes). */
function declaredNames(doc: unknown): string[] {
  const record = (doc ?? {}) as { models?: Record<string, unknown>; typePrefix?: string };
  return [...Object.keys(record.models ?? {}), ...(record.typePrefix ? [record.typePrefix] : [])];
}

/**
 * Copy `k` (k ≥ 2) of a spec file: every declared name gets the suffix `X<k>` wherever it appears as a word
 * (declarations, type expressions, extends, oneOf, descriptions), the resource moves to `zeroTrustX<k>`, every
 * path gains a last segment `x<k>` and the resource title the suffix, so the client trees, classes, files, models,
 * params types, routes and titles of the copies never clash.
 */
export function renameCopy(text: string, names: readonly string[], copy: number): string {
  const suffix = `X${copy}`;
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const word = new RegExp(`\\b(${byLength.join('|')})\\b`, 'g');
  return text
    .replace(word, (name) => `${name}${suffix}`)
    .replace(RESOURCE_LINE, `resource: zeroTrust${suffix}`)
    .replace(HTTP_LINE, `$1/x${copy}`)
    .replace(TITLE_LINE, `$1 ${suffix}`);
}

/** Writes into `outDir` a spec of `copies` times the real spec; api.yaml is kept once. */
export async function writeScaledSpec(specDir: string, outDir: string, copies: number): Promise<void> {
  const files = (await yamlFiles(specDir)).filter((file) => file !== 'api.yaml');
  const texts = new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(path.join(specDir, f), 'utf8')] as const)),
  );
  const names = [...texts.values()].flatMap((text) => declaredNames(parse(text)));
  await mkdir(outDir, { recursive: true });
  await cp(path.join(specDir, 'api.yaml'), path.join(outDir, 'api.yaml'));
  for (let copy = 1; copy <= copies; copy++) {
    for (const [file, text] of texts) {
      const target = path.join(outDir, copy === 1 ? '' : `copy-${copy}`, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, copy === 1 ? text : renameCopy(text, names, copy));
    }
  }
}
