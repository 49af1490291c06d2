import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIError,
  APIResponseParseError,
  AuthenticationError,
  BadRequestError,
  CloudflareError,
  ConflictError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../generator/runtime/index.js';
import { groups, TestClient, TOKEN } from './fixtures.js';
import { failed, startServer, type Reply, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
let client: TestClient;

beforeEach(async () => {
  server = await startServer();
  client = new TestClient({ baseURL: `${server.url}/client/v4`, maxRetries: 0 });
});

afterEach(async () => {
  await client.close();
  await server.close();
});

async function errorOf(reply: Reply, endpoint = groups.get): Promise<APIError> {
  server.reply(reply);
  const outcome = await client.request(endpoint, ['x'], { account_id: 'abc' }).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected an error, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(APIError);
  return outcome.error as APIError;
}

describe('status errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('%i becomes %o', async (status, ErrorClass) => {
    const error = await errorOf(failed(status, 7003, 'Could not route to /accounts/abc'));
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error.status).toBe(status);
    expect(error.errors).toEqual([{ code: 7003, message: 'Could not route to /accounts/abc' }]);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/accounts/abc/access/groups/x');
    expect(error.headers?.get('content-type')).toBe('application/json');
    expect(error.message).toBe(`${status} GET /accounts/abc/access/groups/x: [7003] Could not route to /accounts/abc`);
  });

  it('a 2xx with success: false is an APIError carrying the errors', async () => {
    const error = await errorOf({
      json: {
        success: false,
        errors: [
          { code: 1001, message: 'bad' },
          { code: 1002, message: 'worse' },
        ],
      },
    });
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toBe('200 GET /accounts/abc/access/groups/x: [1001] bad; [1002] worse');
  });

  it('an error without details still says what failed', async () => {
    const error = await errorOf({ status: 404, json: {} });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.errors).toEqual([]);
    expect(error.message).toBe('404 GET /accounts/abc/access/groups/x: the response has no error details');
  });

  it('errorFromResponse picks the class from the status', () => {
    const error = errorFromResponse({ status: 502, errors: [], method: 'POST', path: '/p' });
    expect(error).toBeInstanceOf(InternalServerError);
  });
});

describe('bodies that are not JSON', () => {
  const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>'.padEnd(300, 'x');

  it('an HTML 502 is an APIResponseParseError with the status, content type and start of the body', async () => {
    const error = await errorOf({ status: 502, body: html, headers: { 'content-type': 'text/html; charset=UTF-8' } });
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error.status).toBe(502);
    expect(error.message).toContain('502 GET /accounts/abc/access/groups/x');
    expect(error.message).toContain('text/html; charset=UTF-8');
    expect(error.message).toContain(html.slice(0, 100));
    expect(error.message).not.toContain(html.slice(0, 101));
  });

  it('an HTML 200 is an APIResponseParseError, not undefined', async () => {
    const error = await errorOf({
      status: 200,
      body: '<html>maintenance</html>',
      headers: { 'content-type': 'text/html' },
    });
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('<html>maintenance</html>');
    expect(error.cause).toBeUndefined();
  });

  it('truncated JSON is an APIResponseParseError, not a SyntaxError', async () => {
    const error = await errorOf({
      status: 200,
      body: '{"success":true,"result":{"id":',
      headers: { 'content-type': 'application/json' },
    });
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.message).toContain('{\\"success\\":true,\\"result\\":{\\"id\\":');
  });

  it('an empty 200 body is an APIResponseParseError', async () => {
    const error = await errorOf({ status: 200, body: '' });
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error.message).toContain('(empty body)');
  });

  it('JSON that is not an envelope is an APIResponseParseError', async () => {
    const error = await errorOf({ json: 'just a string' });
    expect(error).toBeInstanceOf(APIResponseParseError);
  });

  it('a body that echoes the credential has it redacted', async () => {
    const error = await errorOf({ status: 400, body: `<pre>Authorization: Bearer ${TOKEN}</pre>` });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
    const echoed = await errorOf(failed(400, 9, `bad token ${TOKEN}`));
    expect(echoed.message).not.toContain(TOKEN);
    expect(JSON.stringify(echoed.errors)).not.toContain(TOKEN);
  });
});

describe('other responses', () => {
  it('an API error names no credential', async () => {
    const error = await errorOf(failed(401, 10000, 'Authentication error'));
    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('a 204 with no body resolves to null', async () => {
    server.reply({ status: 204 });
    expect(await client.request(groups.delete, ['x'], { account_id: 'abc' })).toBeNull();
  });
});
