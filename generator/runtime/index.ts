export { resolveAuthHeaders, type AuthScheme } from './auth.js';
export { BaseClient, type ApiDescription, type BaseClientOptions, type Logger, type RequestOptions } from './client.js';
export { buildRequest, type BuiltRequest } from './build-request.js';
export type { Endpoint, HttpMethod, PaginationStyle } from './endpoint.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIResponseParseError,
  APIResponseTooLargeError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CloudflareError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  errorClassForStatus,
  errorFromResponse,
  type APIErrorInit,
  type ApiErrorDetail,
} from './errors.js';
export { Page, type PageData, type PageLoader, type ResultInfo } from './pagination.js';
export { APIPromise, PagePromise, type WithResponse } from './promise.js';
export { parseRetryAfter, retryDelay } from './retry.js';
export { APIResource } from './resource.js';
export type { FetchLike } from './transport-fetch.js';
export type { UndiciDispatcher } from './platform.js';
export type { AccountOrZoneScope, AccountScope, LooseScope, ZoneScope } from './scope.js';
export {
  ValidationError,
  type EndpointSchemas,
  type Schema,
  type SchemaIssue,
  type SchemaRegistry,
  type ValidationMode,
} from './validation.js';
