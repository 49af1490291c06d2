// Copied from generator/runtime/envelope.ts by `npm run generate`. Edit it there.
import { APIResponseParseError, errorFromResponse, type APIError, type ApiErrorDetail } from './errors.js';
import type { PageData } from './pagination.js';
import { REDACTION_LOOKAHEAD } from './redact.js';
import type { RawResponse } from './transport.js';

/** Removes secrets from text that the server sent back, before it lands in an error. */
export type Redact = (text: string) => string;

const SNIPPET_LENGTH = 100;

function parseError(raw: RawResponse, problem: string, redact: Redact): APIResponseParseError {
  const contentType = raw.headers.get('content-type') ?? 'none';
  // Redacted before the cut, which could otherwise keep the start of a secret that it splits.
  const excerpt = redact(raw.text.slice(0, SNIPPET_LENGTH + REDACTION_LOOKAHEAD)).slice(0, SNIPPET_LENGTH);
  const snippet = raw.text === '' ? '(empty body)' : JSON.stringify(excerpt);
  const message = `${raw.status} ${raw.method} ${raw.path}: ${problem} (content-type: ${contentType}): ${snippet}`;
  return new APIResponseParseError(message, {
    status: raw.status,
    headers: raw.headers,
    method: raw.method,
    path: raw.path,
  });
}

function parseJson(raw: RawResponse, redact: Redact): unknown {
  try {
    return JSON.parse(raw.text);
  } catch {
    throw parseError(raw, 'the response is not valid JSON', redact);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorDetails(body: unknown, redact: Redact): ApiErrorDetail[] {
  const errors = isRecord(body) && Array.isArray(body['errors']) ? body['errors'] : [];
  return errors.map((e: unknown) => {
    const item = isRecord(e) ? e : {};
    const code = typeof item['code'] === 'number' ? item['code'] : Number(item['code'] ?? 0) || 0;
    const message = typeof item['message'] === 'string' ? item['message'] : JSON.stringify(e);
    return { code, message: redact(message) };
  });
}

function failure(raw: RawResponse, body: unknown, redact: Redact): APIError {
  const { status, headers, method, path } = raw;
  return errorFromResponse({ status, headers, method, path, errors: errorDetails(body, redact) });
}

/** The error for a non-2xx response. */
export function errorForStatus(raw: RawResponse, redact: Redact): APIError {
  return failure(raw, parseJson(raw, redact), redact);
}

function readBody(raw: RawResponse, redact: Redact): unknown {
  const body = parseJson(raw, redact);
  if (isRecord(body) && body['success'] === false) throw failure(raw, body, redact);
  return body;
}

function field(raw: RawResponse, body: unknown, name: string | null, redact: Redact): unknown {
  if (name === null) return body;
  if (!isRecord(body)) throw parseError(raw, 'the response is not a JSON object envelope', redact);
  return body[name] ?? null;
}

/** What a 2xx response returns: the envelope field `unwrap` (null: the whole body); an absent field reads as null. */
export function readResult(raw: RawResponse, unwrap: string | null, redact: Redact): unknown {
  if (raw.status === 204 && raw.text === '') return null;
  return field(raw, readBody(raw, redact), unwrap, redact);
}

/** The items and result_info of one page of a 2xx response; a null result is an empty page. */
export function readPage(raw: RawResponse, unwrap: string | null, redact: Redact): PageData<unknown> {
  const body = readBody(raw, redact);
  const items = field(raw, body, unwrap, redact) ?? [];
  if (!Array.isArray(items)) throw parseError(raw, `expected ${unwrap ?? 'the body'} to be an array`, redact);
  const info = isRecord(body) && isRecord(body['result_info']) ? body['result_info'] : {};
  return { result: items, result_info: info };
}
