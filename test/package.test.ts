/**
 * Another project using the generated package by name, linked as `npm install ./generated`
 * links it: it type-checks against the published types and runs from dist/.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR } from './helpers/paths.js';
import { typeErrors } from './helpers/type-check.js';
import { envelope, startServer, type TestServer } from './helpers/http-server.js';

const CONSUMER = `import Cloudflare, { APIError, type GroupListResponse } from 'zero-trust-client';
import { GroupListResponseSchema } from 'zero-trust-client/schemas';

const client = new Cloudflare({ apiToken: 'consumer-token', baseURL: process.argv[2] });
const page = await client.zeroTrust.access.groups.list({ account_id: 'acc' });
const groups: GroupListResponse[] = page.result;
const parsed = GroupListResponseSchema.parse(groups[0]);
console.log(JSON.stringify({ name: parsed.name, isError: new APIError('x', { status: 400, errors: [], headers: undefined, method: 'GET', path: '/' }) instanceof Error }));
`;

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'consumer-'));
  await mkdir(path.join(dir, 'node_modules'));
  await symlink(GENERATED_DIR, path.join(dir, 'node_modules/zero-trust-client'));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ type: 'module', dependencies: { 'zero-trust-client': 'file:../generated' } }),
  );
  await writeFile(path.join(dir, 'consumer.ts'), CONSUMER);
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the generated package as a dependency', () => {
  it('is an ESM package whose exports point at built files with types', async () => {
    const manifest = JSON.parse(await readFile(path.join(GENERATED_DIR, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'zero-trust-client',
      type: 'module',
      exports: {
        '.': {
          import: { types: './dist/index.d.ts', node: './dist/node.js', default: './dist/index.js' },
          require: { types: './dist/cjs/index.d.ts', node: './dist/cjs/require-node.cjs' },
        },
      },
    });
    // Deno and Bun also match `node`: their conditions, and the other runtimes', come first.
    const conditions = Object.keys(manifest.exports['.'].import);
    expect(conditions.indexOf('node')).toBeGreaterThan(Math.max(conditions.indexOf('deno'), conditions.indexOf('bun')));
    expect(conditions.slice(0, 1)).toEqual(['types']);
  });

  it('type-checks a consumer that imports it by name', () => {
    expect(typeErrors([path.join(dir, 'consumer.ts')])).toEqual([]);
  }, 60_000);

  it('runs the consumer against a server', async () => {
    server.reply({
      json: envelope([{ id: 'g1', name: 'Devs' }], {
        result_info: { page: 1, per_page: 20, count: 1, total_count: 1, total_pages: 1 },
      }),
    });
    const js = ts.transpileModule(CONSUMER, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    await writeFile(path.join(dir, 'consumer.js'), js);
    const { stdout } = await promisify(execFile)(process.execPath, ['consumer.js', server.url], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ name: 'Devs', isError: true });
    expect(server.requests[0]).toMatchObject({
      method: 'GET',
      url: '/accounts/acc/access/groups',
      headers: { authorization: 'Bearer consumer-token' },
    });
  }, 30_000);

  it('keeps zod and undici out of the main entry: both are imported when first needed', async () => {
    const dist = path.join(GENERATED_DIR, 'dist');
    // `import x from '…'`, `export … from '…'`, and `import '…'` for its side effect.
    const staticImports = /^\s*(?:import|export)\s(?:[^'"]*?from\s*)?['"]([^'"]+)['"]/gm;
    const seen = new Set<string>();
    const packages = new Set<string>();
    const unrefs: string[] = [];
    const visit = async (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(file, 'utf8');
      if (/\.unref\b/.test(text)) unrefs.push(file);
      for (const [, specifier] of text.matchAll(staticImports)) {
        if (specifier!.startsWith('.')) await visit(path.resolve(path.dirname(file), specifier!));
        else packages.add(specifier!);
      }
    };
    // The portable entry imports no package and no node: module; Node's, node:events alone.
    await visit(path.join(dist, 'index.js'));
    expect([...packages]).toEqual([]);
    // Browsers' and workerd's timers are numbers, without unref.
    expect(unrefs).toEqual([]);
    await visit(path.join(dist, 'node.js'));
    expect([...packages]).toEqual(['node:events']);
    expect(await readFile(path.join(dist, 'runtime/transport-undici.js'), 'utf8')).toMatch(/import\(['"]undici['"]\)/);
    expect(seen.has(path.join(dist, 'schemas/endpoints.js'))).toBe(false);
    expect(await readFile(path.join(dist, 'api.js'), 'utf8')).toMatch(/import\(['"]\.\/schemas\/endpoints\.js['"]\)/);
  });
});
