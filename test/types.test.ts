import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';
import { typeErrors } from './helpers/type-check.js';

describe('types of the generated package', () => {
  it('reject wrong scopes and params, and type the responses', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/scope-and-params.ts')])).toEqual([]);
  }, 60_000);

  it('cover every resource family; wrong application-type fields do not compile', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/resources.ts')])).toEqual([]);
  }, 60_000);

  it("take code written for the SDK's tree-shakable entry; a resource not given is a type error", async () => {
    const sdkFile = path.join(ROOT, 'test/types/tree-shakable-sdk.ts');
    const source = await readFile(sdkFile, 'utf8');
    expect(source).toContain("from 'cloudflare/tree-shakable'");
    // The same code, the package's name swapped: test/output/ is not committed.
    const ours = path.join(ROOT, 'test/output/types/tree-shakable-ours.ts');
    await mkdir(path.dirname(ours), { recursive: true });
    await writeFile(ours, source.replaceAll("from 'cloudflare/", "from 'zero-trust-client/"));
    expect(typeErrors([sdkFile])).toEqual([]);
    expect(typeErrors([ours])).toEqual([]);
  }, 120_000);
});
