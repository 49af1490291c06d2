// Copied from generator/mock/request-body.ts by `npm run generate`. Edit it there.
/** A request's JSON body, read within the limits: at most 1 MiB, and (if asked) nested at most so deep. */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CODES, failure, type Answer } from './actions.js';
import { MAX_BODY_BYTES, nestedDeeperThan } from './limits.js';

export type BodyRead =
  { readonly value: unknown } | { readonly refused: Answer; readonly headers: Readonly<Record<string, string>> };

/** The parsed body (undefined when empty), or the answer that refuses it. */
export async function readJsonBody(req: IncomingMessage, maxDepth?: number): Promise<BodyRead> {
  const bytes = await readLimited(req, MAX_BODY_BYTES);
  if (bytes === undefined) {
    const message = `The request body is larger than 1 MiB (${MAX_BODY_BYTES} bytes)`;
    // The rest of the body is never read: the connection is closed once the answer is sent.
    lingerBeforeClosing(req.socket);
    return { refused: failure(413, ERROR_CODES.tooLarge, message), headers: { connection: 'close' } };
  }
  if (bytes.length === 0) return { value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { refused: failure(400, ERROR_CODES.invalidJson, 'The request body is not valid JSON'), headers: {} };
  }
  if (maxDepth !== undefined && nestedDeeperThan(value, maxDepth)) {
    const message = `The request body is nested more than ${maxDepth} levels deep`;
    return { refused: failure(400, ERROR_CODES.invalidRequest, message), headers: {} };
  }
  return { value };
}

/** The body's bytes; undefined as soon as it is known to be larger than `limit` (from its length, or as it arrives). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => reject(new Error('the connection closed before the request body was complete')));
  });
}

/** How long a connection that is closed with its request body unread goes on taking what the client sends. */
const LINGER_MS = 2000;

/**
 * Closes the way RFC 9112 (9.6) asks once the answer is out: a FIN first, then what the client still sends
 * is read and dropped until it closes its side too, or LINGER_MS pass. Closing with bytes unread resets
 * the connection, and a client that is still sending its body may then lose the answer.
 */
function lingerBeforeClosing(socket: Socket): void {
  // Node's server ends a `connection: close` exchange with destroySoon(), which closes as soon as the FIN is out.
  socket.destroySoon = () => {
    const close = () => socket.destroy();
    socket.once('end', close);
    setTimeout(close, LINGER_MS).unref();
    socket.end();
  };
}
