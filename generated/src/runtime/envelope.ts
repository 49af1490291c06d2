// Copied from generator/runtime/envelope.ts by `npm run generate`. Edit it there.
/**
 * Reads what a 2xx response returns. What cannot be read is an Unread, and the failure module words its
 * error (envelope-errors.ts): a call that succeeds loads none of that.
 */
import type { PageData } from './pagination.js';
import type { RawResponse } from './transport.js';

/** Why a 2xx response could not be read; `body` is the parsed JSON, when it parsed. */
export class Unread {
  constructor(
    readonly problem: 'not-json' | 'unsuccessful' | 'not-envelope' | 'not-array',
    readonly body?: unknown,
  ) {}
}

const NOT_JSON = new Unread('not-json');

function parseJson(raw: RawResponse): unknown {
  try {
    return JSON.parse(raw.text);
  } catch {
    return NOT_JSON;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(raw: RawResponse): unknown {
  const body = parseJson(raw);
  return isRecord(body) && body['success'] === false ? new Unread('unsuccessful', body) : body;
}

function field(body: unknown, name: string | null): unknown {
  if (name === null || body instanceof Unread) return body;
  if (!isRecord(body)) return new Unread('not-envelope', body);
  return body[name] ?? null;
}

/** What a 2xx response returns: the envelope field `unwrap` (null: the whole body); an absent field reads as null. */
export function readResult(raw: RawResponse, unwrap: string | null): unknown {
  if (raw.status === 204 && raw.text === '') return null;
  return field(readBody(raw), unwrap);
}

/** The items and result_info of one page of a 2xx response; a null result is an empty page. */
export function readPage(raw: RawResponse, unwrap: string | null): PageData<unknown> | Unread {
  const body = readBody(raw);
  const items = field(body, unwrap) ?? [];
  if (items instanceof Unread) return items;
  if (!Array.isArray(items)) return new Unread('not-array', body);
  const info = isRecord(body) && isRecord(body['result_info']) ? body['result_info'] : {};
  return { result: items, result_info: info };
}
