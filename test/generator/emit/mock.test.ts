/** The mock server's generated part: its route table, and the entry points that bind it to the hand-written server. */
import { describe, expect, it } from 'vitest';
import { emitMock } from '../../../generator/emit/mock.js';
import { PETS_YAML, planOf, printedFiles } from '../../helpers/emit-stages.js';

describe('mock emitter', () => {
  // As ts-morph prints them; Biome lays them out (their indentation too) when the files are written.
  const files = printedFiles(planOf({ 'pets.yaml': PETS_YAML }), emitMock);

  it('writes the route table: a list and a get of one collection, the get starting from an example item', () => {
    expect([...files.keys()]).toEqual(['src/mock/routes.ts', 'src/mock/index.ts', 'src/mock/cli.ts']);
    expect(files.get('src/mock/routes.ts')).toBe(`import type { MockRoute } from "./route.js";

/** What the mock server does for each endpoint of the spec. */
export const MOCK_ROUTES: readonly MockRoute[] = [{
        id: 'zoo.pets.list',
        method: 'GET',
        path: '/accounts/{account_id}/pets',
        pagination: 'page',
        query: {
            name: 'string',
        },
        action: 'list',
        store: '/accounts/{account_id}/pets',
        itemParam: 'pet_id',
        idField: 'id',
        filters: ['name'],
    }, {
        id: 'zoo.pets.get',
        method: 'GET',
        path: '/accounts/{account_id}/pets/{pet_id}',
        action: 'get',
        store: '/accounts/{account_id}/pets',
        itemParam: 'pet_id',
        idField: 'id',
        template: {
            id: '699d9864-2c56-4d2e-855e-9661899b7252',
            name: 'Engineering',
        },
    }];
`);
  });

  it('writes startMockServer, which serves the table with the registry of schemas, and the command', () => {
    expect(files.get('src/mock/index.ts')).toBe(`import { ENDPOINT_SCHEMAS } from "../schemas/endpoints.js";
import { MOCK_ROUTES } from "./routes.js";
import { type MockServer, type MockServerOptions, serveMock } from "./server.js";

/** Starts the mock server (on 127.0.0.1 and a free port unless told otherwise); \`url\` is the base URL for clients. */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
    return serveMock({ routes: MOCK_ROUTES, schemas: ENDPOINT_SCHEMAS }, options);
}

export { BASE_PATH } from "./server.js";
export type { MockServer, MockServerOptions } from "./server.js";
export { Faults } from "./faults.js";
export type { FaultSpec } from "./faults.js";
export { Store } from "./store.js";
export type { Item, Snapshot } from "./store.js";
`);
    expect(files.get('src/mock/cli.ts')).toBe(`import { runMockCommand } from "./command.js";
import { startMockServer } from "./index.js";

process.exitCode = await runMockCommand(process.argv.slice(2), startMockServer);
`);
  });
});
