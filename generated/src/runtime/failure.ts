// Copied from generator/runtime/failure.ts by `npm run generate`. Edit it there.
/**
 * What follows a failed attempt, a call that cannot be sent as given, or a response that cannot be read: the
 * error classes and their wording, redaction, retries and the wait before each. Loaded by lazy.ts when the first of these happens.
 */
export { jsonBody } from './body-problems.js';
export { errorForStatus, unreadError } from './envelope-errors.js';
export { redactorOf } from './redact.js';
export { problemError } from './request-problems.js';
export { retryWait } from './retry.js';
export { fetchError, userAbortError } from './transport-errors.js';
export { delay } from './transport.js';
