/** The control endpoints under /__mock: read, replace or clear the state; arm, list or clear faults. */
import { ERROR_CODES, failure, type Answer } from './actions.js';
import type { FaultSpec, Faults } from './faults.js';
import { checkState } from './state-check.js';
import type { StatePaths } from './state-paths.js';
import type { Store } from './store.js';

export const CONTROL_PATH = '/__mock';

export interface ControlledState {
  readonly store: Store;
  readonly faults: Faults;
  readonly paths: StatePaths;
  /** Writes the state file, if there is one; rejects when that fails. */
  readonly persist: () => Promise<void>;
}

/** The answer to a control request; `body` is its parsed JSON body. */
export async function control(state: ControlledState, method: string, path: string, body: unknown): Promise<Answer> {
  const { store, faults, paths, persist } = state;
  const ok = (result: unknown, status = 200): Answer => ({ status, body: result });
  if (path === '/state' && method === 'GET') return ok(store.snapshot());
  if (path === '/state' && (method === 'PUT' || method === 'DELETE')) {
    const refused =
      method === 'PUT' ? attempt(() => store.replace(checkState(body, paths))) : (store.clear(), undefined);
    if (refused) return refused;
    await persist();
    return ok(store.snapshot());
  }
  if (path === '/faults' && method === 'GET') return ok(faults.list());
  if (path === '/faults' && method === 'POST')
    return attempt(() => faults.add(body as FaultSpec)) ?? ok(faults.list(), 201);
  if (path === '/faults' && method === 'DELETE') {
    faults.clear();
    return ok([]);
  }
  return failure(404, ERROR_CODES.noRoute, `No control route for ${method} ${CONTROL_PATH}${path}`);
}

/** Runs `change`; a 400 with its reason if it throws (it changes nothing then). */
function attempt(change: () => void): Answer | undefined {
  try {
    change();
    return undefined;
  } catch (error) {
    return failure(400, ERROR_CODES.invalidRequest, (error as Error).message);
  }
}
