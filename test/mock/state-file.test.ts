/**
 * The state file (`--state FILE`) when things go wrong: a request that must not be kept, a
 * write that fails, a file that is not a valid state, and a process killed with SIGKILL while
 * it writes.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockServer } from 'zero-trust-client/mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlUrl, mockStarter, MockProcess, send } from '../helpers/mock.js';

const start = mockStarter();
const groupsOf = (account: string) => `/accounts/${account}/access/groups`;
const newGroup = (name: string) => ({ name, include: [{ everyone: {} }] });
const nested = (levels: number) => '{"a":'.repeat(levels) + 'null' + '}'.repeat(levels);

let dir: string;
let stateFile: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mock-state-'));
  stateFile = path.join(dir, 'state.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const temporaries = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('with --state', () => {
  it('a deep body stores nothing, a failed write breaks no later one, and a restart keeps only what was kept', async () => {
    const { mock } = await start({ stateFile });
    const post = (account: string, body: unknown) => send(`${mock.url}${groupsOf(account)}`, 'POST', body);

    const deep = await post('a', `{"name":"deep","include":[{"everyone":{}}],"x":${nested(5_000)}}`);
    expect(deep.status).toBe(400);
    expect((await post('b', newGroup('after the deep one'))).status).toBe(200);

    // A directory where the file should be: the write fails, and says why.
    await rm(stateFile);
    await mkdir(path.join(stateFile, 'in-the-way'), { recursive: true });
    const failed = await post('c', newGroup('not written'));
    expect(failed.status).toBe(500);
    expect(failed.json.errors[0].message).toMatch(
      /^The change was made, but the state file could not be written \(.*state\.json.*\); it is written again with the next change$/,
    );
    expect(await temporaries()).toEqual([]);
    await rm(stateFile, { recursive: true });

    // Later writes, in any account, and the control endpoints, work again.
    expect((await post('d', newGroup('written'))).status).toBe(200);
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    expect(Object.keys(saved.collections)).toEqual([groupsOf('b'), groupsOf('c'), groupsOf('d')]);
    expect((await send(controlUrl(mock.url, '/state'), 'DELETE')).status).toBe(200);
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({ collections: {}, values: {} });
    expect((await post('e', newGroup('last'))).status).toBe(200);
    await mock.close();

    const again = await start({ stateFile });
    for (const account of ['a', 'b', 'c', 'd']) {
      const list = await send(`${again.mock.url}${groupsOf(account)}`, 'GET');
      expect([account, list.status, list.json.result]).toEqual([account, 200, []]);
    }
    const kept = await send(`${again.mock.url}${groupsOf('e')}`, 'GET');
    expect(kept.json.result.map((g: { name: string }) => g.name)).toEqual(['last']);
  });

  it.each([
    [
      'an item nested 100 levels deep',
      `{"collections":{"${groupsOf('a')}":[{"id":"g","x":${nested(100)}}]}}`,
      /collections\[".*"\]\[0\] is nested more than 64/,
    ],
    [
      'a number for an id',
      `{"collections":{"${groupsOf('a')}":[{"id":7}]}}`,
      /collections\[".*"\]\[0\]\.id must be a string/,
    ],
    [
      'a path where nothing is kept',
      '{"collections":{"/nowhere":[]}}',
      /collections\["\/nowhere"\]: no collection is kept there/,
    ],
    ['an array', '[]', /not a state/],
  ])('a state file holding %s stops the start, naming the file and the place', async (_label, text, message) => {
    await writeFile(stateFile, text);
    const error = await startMockServer({ stateFile }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(stateFile);
    expect((error as Error).message).toMatch(message);
  });
});

describe('after a kill -9 during writes', () => {
  it('the next start removes the temporary files it left, and nothing else', async () => {
    // A large state, so that each write takes a while.
    const seed = path.join(dir, 'seed.json');
    const items = Array.from({ length: 4000 }, (_, i) => ({
      id: `g${i}`,
      ...newGroup(`group ${i} ${'x'.repeat(400)}`),
    }));
    await writeFile(seed, JSON.stringify({ collections: { [groupsOf('a')]: items } }));
    const others = ['state.json.tmp', 'state.json.bak', 'other.json.123.0.tmp', 'state.json.x.0.tmp', 'seed.json'];
    for (const name of others.slice(0, -1)) await writeFile(path.join(dir, name), 'not ours');

    let strays: string[] = [];
    for (let round = 0; round < 20 && strays.length === 0; round++) {
      const child = new MockProcess(['--port', '0', '--quiet', '--state', stateFile, '--seed', seed]);
      const url = await child.url();
      expect((await send(`${url}${groupsOf('b')}`, 'POST', newGroup('first'))).status).toBe(200);
      for (let i = 0; i < 200; i++) void send(`${url}${groupsOf('b')}`, 'POST', newGroup(`w${i}`)).catch(() => {});
      const ours = (names: string[]) => names.filter((name) => name.startsWith(`state.json.${child.pid}.`));
      while (ours(await readdir(dir)).length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      child.kill('SIGKILL');
      expect((await child.exited).signal).toBe('SIGKILL');
      strays = ours(await readdir(dir));
    }
    expect(strays).not.toEqual([]);

    const next = new MockProcess(['--port', '0', '--quiet', '--state', stateFile, '--seed', seed]);
    try {
      const url = await next.url();
      expect((await readdir(dir)).sort()).toEqual([...others, 'state.json'].sort());
      // The state file is the last one written whole.
      const list = await send(`${url}${groupsOf('a')}?per_page=1`, 'GET');
      expect([list.status, list.json.result_info.total_count]).toEqual([200, 4000]);
      const written = await send(`${url}${groupsOf('b')}?per_page=1`, 'GET');
      expect(written.json.result[0].name).toBe('first');
    } finally {
      await next.stop();
    }
  });
});
