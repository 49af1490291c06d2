// Copied from generator/mock/control.ts by `npm run generate`. Edit it there.
/** The control endpoints under /__mock: read, replace or clear the state; arm, list or clear faults. */
import { ERROR_CODES, failure, type Answer } from './actions.js';
import type { FaultSpec, Faults } from './faults.js';
import type { Item, Snapshot, Store } from './store.js';

export const CONTROL_PATH = '/__mock';

export interface ControlledState {
  readonly store: Store;
  readonly faults: Faults;
  readonly idOf: (collection: string, item: Item) => string;
  readonly persist: () => Promise<void>;
}

export async function control(state: ControlledState, method: string, path: string, text: string): Promise<Answer> {
  const { store, faults, idOf, persist } = state;
  const ok = (result: unknown, status = 200): Answer => ({ status, body: result });
  const parsed = (): unknown => (text === '' ? undefined : JSON.parse(text));
  try {
    if (path === '/state' && method === 'GET') return ok(store.snapshot());
    if (path === '/state' && (method === 'PUT' || method === 'DELETE')) {
      if (method === 'PUT') store.load(parsed() as Snapshot, idOf);
      else store.clear();
      await persist();
      return ok(store.snapshot());
    }
    if (path === '/faults' && method === 'GET') return ok(faults.list());
    if (path === '/faults' && method === 'POST') {
      faults.add(parsed() as FaultSpec);
      return ok(faults.list(), 201);
    }
    if (path === '/faults' && method === 'DELETE') {
      faults.clear();
      return ok([]);
    }
  } catch (error) {
    return failure(400, ERROR_CODES.invalidRequest, (error as Error).message);
  }
  return failure(404, ERROR_CODES.noRoute, `No control route for ${method} ${CONTROL_PATH}${path}`);
}
