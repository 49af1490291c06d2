/** The errors of responses that failed, or that could not be read (envelope.ts). */
import type { Unread } from './envelope.js';
import { APIResponseParseError, errorFromResponse, type APIError, type ApiErrorDetail } from './errors.js';
import { REDACTION_LOOKAHEAD } from './redact.js';
import type { RawResponse } from './transport.js';

/** Removes secrets from text that the server sent back, before it lands in an error. */
export type Redact = (text: string) => string;

const SNIPPET_LENGTH = 100;

// As envelope.ts's; not imported from there, which would put that module in a chunk of its own.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** The error of a 2xx response that could not be read. */
export function unreadError(raw: RawResponse, unread: Unread, unwrap: string | null, redact: Redact): APIError {
  switch (unread.problem) {
    case 'not-json':
      return parseError(raw, 'the response is not valid JSON', redact);
    case 'unsuccessful':
      return failure(raw, unread.body, redact);
    case 'not-envelope':
      return parseError(raw, 'the response is not a JSON object envelope', redact);
    case 'not-array':
      return parseError(raw, `expected ${unwrap ?? 'the body'} to be an array`, redact);
  }
}

/** The error for a non-2xx response. */
export function errorForStatus(raw: RawResponse, redact: Redact): APIError {
  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    throw parseError(raw, 'the response is not valid JSON', redact);
  }
  return failure(raw, body, redact);
}
