// Copied from generator/runtime/build-request.ts by `npm run generate`. Edit it there.
import type { Endpoint } from './endpoint.js';
import { fillRequest, RequestProblem, type BuiltRequest } from './request-fill.js';
import { problemError } from './request-problems.js';

export type { BuiltRequest } from './request-fill.js';

/** Fills the path template, and splits params between the query string and the JSON body. */
export function buildRequest(
  endpoint: Endpoint,
  pathArgs: readonly unknown[],
  params: object | undefined,
): BuiltRequest {
  try {
    return fillRequest(endpoint, pathArgs, params);
  } catch (error) {
    throw error instanceof RequestProblem ? problemError(error) : error;
  }
}
