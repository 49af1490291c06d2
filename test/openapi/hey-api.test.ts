/**
 * A generator we did not write reads the OpenAPI document: @hey-api/openapi-ts makes a fetch
 * client from it, and that client, with a few calls of it, type-checks in a strict project.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '../helpers/openapi.js';
import { typeErrors } from '../helpers/type-check.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hey-api-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Calls of the generated functions; the marked lines must not compile, so the types are not `any`. */
const USE = `import { zeroTrustAccessGroupsListForAccount, zeroTrustDevicesDevicesList } from './client/index.js';
import type { GroupGetResponse } from './client/index.js';

export async function use(): Promise<string | undefined> {
  const groups = await zeroTrustAccessGroupsListForAccount({ path: { account_id: 'a' }, query: { page: 2 } });
  const first: GroupGetResponse | undefined = groups.data?.result[0];
  await zeroTrustDevicesDevicesList({ path: { account_id: 'a' }, query: { id: ['x'], 'last_seen_user.email': 'u@example.com' } });
  // @ts-expect-error the account id is required
  await zeroTrustAccessGroupsListForAccount({ path: {} });
  // @ts-expect-error page is a number
  await zeroTrustAccessGroupsListForAccount({ path: { account_id: 'a' }, query: { page: 'two' } });
  return first?.name;
}
`;

describe('@hey-api/openapi-ts', () => {
  it('generates a client from the document that type-checks', async () => {
    const output = path.join(dir, 'client');
    await createClient({ input: OPENAPI_PATH, output, logs: { level: 'silent' } });
    await writeFile(path.join(dir, 'use.ts'), USE);
    const files = (await readdir(dir, { recursive: true }))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f));
    expect(files.length).toBeGreaterThan(5);
    expect(typeErrors(files)).toEqual([]);
  }, 120_000);
});
