// Generated from the YAML spec by `npm run generate`. Do not edit.
import { ENDPOINT_SCHEMAS } from '../schemas/endpoints.js';
import { MOCK_ROUTES } from './routes.js';
import { type MockServer, type MockServerOptions, serveMock } from './server.js';

/** Starts the mock server (on 127.0.0.1 and a free port unless told otherwise); `url` is the base URL for clients. */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return serveMock({ routes: MOCK_ROUTES, schemas: ENDPOINT_SCHEMAS }, options);
}

export { BASE_PATH } from './server.js';
export type { MockServer, MockServerOptions } from './server.js';
export { Faults } from './faults.js';
export type { FaultSpec } from './faults.js';
export { Store } from './store.js';
export type { Item, Snapshot } from './store.js';
