/**
 * The package as a user gets it: `npm pack` of generated/, the tarball installed with
 * `npm install` into a project outside the repository (so nothing resolves from the
 * repository's node_modules), and used there: imported, required, type-checked, its scripts
 * and its mock server command run, calls made. One install serves every test.
 */
import { execFile } from 'node:child_process';
import { lstat, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunningProcess } from './helpers/cli.js';
import { isEmptyModule } from './helpers/empty-module.js';
import { installInto, npmPack, type Packed } from './helpers/npm-package.js';
import { GENERATED_DIR } from './helpers/paths.js';
import { typeErrors } from './helpers/type-check.js';

const run = promisify(execFile);
const NAME = 'zero-trust-client';
const MB = 1024 * 1024;
const LISTENING = /^Mock API listening at (http:\/\/\S+)$/m;

/** Creates a group and lists the groups, from ESM; prints what came back. */
const ESM_CONSUMER = `import Cloudflare, { NotFoundError } from '${NAME}';
import { GroupListResponseSchema } from '${NAME}/schemas';
import { startMockServer } from '${NAME}/mock';
import { createClient } from '${NAME}/tree-shakable';
import { BaseGroups } from '${NAME}/resources/zero-trust/access/groups';

const client = new Cloudflare({ apiToken: 'esm-token', baseURL: process.argv[2] });
const created = await client.zeroTrust.access.groups.create({ account_id: 'acc1', name: 'Devs', include: [{ everyone: {} }] });
const page = await client.zeroTrust.access.groups.list({ account_id: 'acc1' });
let missing = '';
try {
  await client.zeroTrust.access.groups.get('nope', { account_id: 'acc1' });
} catch (error) {
  if (error instanceof NotFoundError) missing = String(error.status);
}
const partial = createClient({ apiToken: 'esm-token', baseURL: process.argv[2], resources: [BaseGroups] });
const partialPage = await partial.zeroTrust.access.groups.list({ account_id: 'acc1' });
console.log(JSON.stringify({
  created: created.name,
  listed: page.result.map((group) => GroupListResponseSchema.parse(group).name),
  missing,
  startMockServer: typeof startMockServer,
  treeShakable: partialPage.result.map((group) => group.name),
}));
`;

/** The same client from CommonJS: require() gives the client class, with every other export on it. */
const CJS_CONSUMER = `const Cloudflare = require('${NAME}');
const { NotFoundError } = require('${NAME}');
const { GroupListResponseSchema } = require('${NAME}/schemas');
const { startMockServer } = require('${NAME}/mock');
const { createClient } = require('${NAME}/tree-shakable');
const { BaseGroups } = require('${NAME}/resources/zero-trust/access/groups');
const client = new Cloudflare({ apiToken: 'cjs-token', baseURL: process.argv[2] });
const partial = createClient({ apiToken: 'cjs-token', baseURL: process.argv[2], resources: [BaseGroups] });
Promise.all([
  client.zeroTrust.access.groups.list({ account_id: 'acc1' }),
  partial.zeroTrust.access.groups.list({ account_id: 'acc1' }),
]).then(([page, partialPage]) => {
  console.log(JSON.stringify({
    exported: typeof require('${NAME}'),
    statics: [Cloudflare.default === Cloudflare, Cloudflare.Cloudflare === Cloudflare, typeof NotFoundError],
    listed: page.result.map((group) => GroupListResponseSchema.parse(group).name),
    startMockServer: typeof startMockServer,
    treeShakable: partialPage.result.map((group) => group.name),
  }));
});
`;

/**
 * One consumer of every entry point, type-checked under each moduleResolution (and module
 * format) TypeScript users have; the expected error proves the types are the package's, not any.
 */
const RESOLUTION_CONSUMER = `import Cloudflare, { NotFoundError, type ClientOptions, type GroupListResponse } from '${NAME}';
import { GroupListResponseSchema } from '${NAME}/schemas';
import { startMockServer, type MockServer } from '${NAME}/mock';
import { createClient } from '${NAME}/tree-shakable';
import { BaseGroups } from '${NAME}/resources/zero-trust/access/groups';
import { BaseDevices } from '${NAME}/resources/zero-trust/devices/devices_';

const options: ClientOptions = { apiToken: 'token', maxResponseBytes: 1_000_000, fetch: (url, init) => fetch(url, init) };
export async function run(): Promise<[GroupListResponse[], string | undefined, boolean, string]> {
  const client = new Cloudflare(options);
  const mock: MockServer = await startMockServer();
  const page = await client.zeroTrust.access.groups.list({ account_id: 'acc' });
  // @ts-expect-error: an Access group needs an account or a zone.
  await client.zeroTrust.access.groups.list({});
  const partial = createClient({ ...options, resources: [BaseGroups, BaseDevices] });
  const partialPage = await partial.zeroTrust.access.groups.list({ account_id: 'acc' });
  for await (const device of partial.zeroTrust.devices.devices.list({ account_id: 'acc' })) console.log(device.id);
  // @ts-expect-error: applications were not given to createClient.
  await partial.zeroTrust.access.applications.list({ account_id: 'acc' });
  const groups: GroupListResponse[] = [...page.result, ...partialPage.result];
  return [groups, GroupListResponseSchema.parse(page.result[0]).name, new Error() instanceof NotFoundError, mock.url];
}
`;

/**
 * moduleResolution -> the consumer's file name (its extension sets its module format) and compiler
 * options. The declarations themselves are checked (no skipLibCheck) under node16 with CommonJS
 * output and under nodenext, the strictest readers of each build; elsewhere, as `tsc --init`
 * sets it, skipLibCheck keeps each check short.
 */
const RESOLUTIONS: Readonly<Record<string, { file: string; options: ts.CompilerOptions }>> = {
  // As `tsc --init` writes it: zod's declarations need esModuleInterop under node10.
  node10: {
    file: 'node10-consumer.ts',
    options: {
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      esModuleInterop: true,
      skipLibCheck: true,
    },
  },
  'node16, CommonJS output': {
    file: 'node16-consumer.cts',
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  },
  'node16, ES module output': {
    file: 'node16-consumer.mts',
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: true },
  },
  'nodenext, CommonJS output': { file: 'nodenext-consumer.cts', options: { skipLibCheck: true } },
  nodenext: { file: 'nodenext-consumer.mts', options: {} },
  bundler: {
    file: 'bundler-consumer.ts',
    options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true },
  },
};

/** What a user writes against the package's types; type-checked, not run. */
const TYPED_CONSUMER = `import Cloudflare, { APIError, type ClientOptions, type GroupListResponse } from '${NAME}';
import { GroupListResponseSchema } from '${NAME}/schemas';
import { startMockServer, type MockServer } from '${NAME}/mock';

const options: ClientOptions = { apiToken: 'token', validation: 'strict' };
const client = new Cloudflare(options);
const mock: MockServer = await startMockServer();
const page = await client.zeroTrust.access.groups.list({ account_id: 'acc' });
const groups: GroupListResponse[] = page.result;
const parsed: GroupListResponse = GroupListResponseSchema.parse(groups[0]);
for await (const device of client.zeroTrust.devices.devices.list({ account_id: 'acc' })) console.log(device.id);
// @ts-expect-error: an Access group needs an account or a zone.
await client.zeroTrust.access.groups.list({});
export const seen: [string | undefined, boolean, string] = [parsed.name, new Error() instanceof APIError, mock.url];
`;

let dir: string;
let project: string;
let installed: string;
let packed: Packed;
let manifest: { bin?: Record<string, string>; scripts?: Record<string, string>; [key: string]: unknown };
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'package-install-'));
  packed = await npmPack(GENERATED_DIR, dir);
  project = path.join(dir, 'project');
  await installInto(project, [packed.tarball]);
  installed = path.join(project, 'node_modules', NAME);
  manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `node <file> <args>` in the project; its stdout as JSON. */
async function runInProject(file: string, text: string, args: string[]): Promise<unknown> {
  await writeFile(path.join(project, file), text);
  const { stdout } = await run(process.execPath, [file, ...args], { cwd: project });
  return JSON.parse(stdout);
}

/** Stops a command started in a process group of its own, and waits for it to end. */
async function stop(running: RunningProcess): Promise<void> {
  if (!running.alive) return;
  running.kill('SIGTERM');
  await running.exited;
}

describe('the tarball', () => {
  const files = () => packed.files.map((f) => f.path);

  it('holds the compiled package, the markdown docs, the README, the LICENSE, api.json and openapi.json, nothing else', () => {
    expect(files()).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'api.json',
        'openapi.json',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/mock/cli.js',
        'dist/cjs/package.json',
        'dist/cjs/index.js',
        'docs/index.md',
      ]),
    );
    const unexpected = files().filter(
      (file) =>
        !/^(?:dist\/.*\.(?:c?js|d\.c?ts)|dist\/cjs\/package\.json|docs\/.*\.md|README\.md|LICENSE|package\.json|api\.json|openapi\.json)$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
    // No sources: without source maps nothing points into them.
    expect(files().filter((file) => file.startsWith('src/') || file.endsWith('.map'))).toEqual([]);
    expect(files().filter((file) => /(?:^|\/)(?:tests?|__tests__|fixtures)\/|\.(?:test|spec)\./.test(file))).toEqual(
      [],
    );
  });

  it('has no empty modules, and a declaration file for every module', async () => {
    const js = files().filter((file) => /\.c?js$/.test(file));
    const texts = await Promise.all(js.map((file) => readFile(path.join(installed, file), 'utf8')));
    expect(js.filter((_, i) => isEmptyModule(texts[i]!))).toEqual([]);
    expect(js.filter((file) => !files().includes(file.replace(/\.(c?)js$/, '.d.$1ts')))).toEqual([]);
    // Modules that hold only types are there as declarations.
    expect(files()).toContain('dist/types/access/groups.d.ts');
    expect(files()).not.toContain('dist/types/access/groups.js');
  });

  // An ES module and a CommonJS build, each with its declarations.
  it('is under 3.5 MiB unpacked, docs included', () => {
    expect(packed.unpackedSize).toBeLessThan(3.5 * MB);
    expect(packed.unpackedSize).toBe(packed.files.reduce((sum, f) => sum + f.size, 0));
  });

  it('says who may use it and what it is', async () => {
    expect(manifest).toMatchObject({
      name: NAME,
      license: 'Apache-2.0',
      keywords: expect.arrayContaining(['cloudflare', 'zero-trust']),
    });
    expect(await readFile(path.join(installed, 'LICENSE'), 'utf8')).toMatch(/^ +Apache License\n +Version 2\.0,/);
  });
});

describe('installed from the tarball, outside the repository', () => {
  it('is a copy with its dependencies next to it, not a link', async () => {
    expect((await lstat(installed)).isDirectory()).toBe(true);
    const modules = await readdir(path.join(project, 'node_modules'));
    expect(modules).toEqual(expect.arrayContaining([NAME, 'undici', 'zod']));
  });

  it('type-checks a consumer against the published declarations', async () => {
    const file = path.join(project, 'typed-consumer.ts');
    await writeFile(file, TYPED_CONSUMER);
    expect(typeErrors([file])).toEqual([]);
  }, 60_000);

  it.each(Object.keys(RESOLUTIONS))(
    'resolves every entry point under moduleResolution %s',
    async (name) => {
      const { file, options } = RESOLUTIONS[name]!;
      await writeFile(path.join(project, file), RESOLUTION_CONSUMER);
      expect(typeErrors([path.join(project, file)], options)).toEqual([]);
    },
    60_000,
  );

  it('runs every script it declares, and its README asks for no other script or command', async () => {
    for (const script of Object.keys(manifest.scripts ?? {}))
      await expect(run('npm', ['run', script], { cwd: installed })).resolves.toBeDefined();
    const readme = await readFile(path.join(installed, 'README.md'), 'utf8');
    const npmRuns = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(npmRuns.filter((script) => !Object.hasOwn(manifest.scripts ?? {}, script!))).toEqual([]);
    const npxCommands = [...readme.matchAll(/npx ([\w@/.-]+)/g)].map((m) => m[1]);
    expect(npxCommands.length).toBeGreaterThan(0);
    expect(npxCommands.filter((command) => !Object.hasOwn(manifest.bin ?? {}, command!))).toEqual([]);
  }, 60_000);

  it('starts the mock server with npx, and the client calls it from ESM and from CommonJS', async () => {
    const bin = path.join(project, 'node_modules/.bin/zero-trust-client-mock');
    expect(await readlink(bin)).toBe('../zero-trust-client/dist/mock/cli.js');
    const mock = new RunningProcess('npx', ['zero-trust-client-mock', '--port', '0'], { cwd: project, group: true });
    try {
      const [, url] = await mock.waitFor('stdout', LISTENING, 30_000);
      expect(await runInProject('esm-consumer.mjs', ESM_CONSUMER, [url!])).toEqual({
        created: 'Devs',
        listed: ['Devs'],
        missing: '404',
        startMockServer: 'function',
        treeShakable: ['Devs'],
      });
      expect(await runInProject('cjs-consumer.cjs', CJS_CONSUMER, [url!])).toEqual({
        exported: 'function',
        statics: [true, true, 'function'],
        listed: ['Devs'],
        startMockServer: 'function',
        treeShakable: ['Devs'],
      });
      // The server logs each request it answers.
      expect(mock.stdout).toContain('POST /client/v4/accounts/acc1/access/groups 200');
    } finally {
      await stop(mock);
    }
  }, 60_000);
});

describe('npm install --install-links of the generated folder', () => {
  it('installs a copy that finds its dependencies outside the repository', async () => {
    const linked = path.join(dir, 'install-links');
    await installInto(linked, [GENERATED_DIR], ['--install-links']);
    expect((await lstat(path.join(linked, 'node_modules', NAME))).isDirectory()).toBe(true);
    const cli = path.join(linked, 'node_modules', NAME, 'dist/mock/cli.js');
    const mock = new RunningProcess(process.execPath, [cli, '--port', '0', '--quiet'], { cwd: linked, group: true });
    try {
      const [, url] = await mock.waitFor('stdout', LISTENING);
      await writeFile(
        path.join(linked, 'list.mjs'),
        `import Cloudflare from '${NAME}';
const client = new Cloudflare({ apiToken: 't', baseURL: process.argv[2] });
const page = await client.zeroTrust.access.groups.list({ account_id: 'acc1' });
console.log(JSON.stringify(page.result));
`,
      );
      const { stdout } = await run(process.execPath, ['list.mjs', url!], { cwd: linked });
      expect(JSON.parse(stdout)).toEqual([]);
    } finally {
      await stop(mock);
    }
  }, 120_000);
});
