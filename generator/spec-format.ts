/**
 * The spec format, defined once. Every spec file is checked against `SpecFileFormat`;
 * spec/README.md describes the same format for people.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import type { output, ZodType } from 'zod';
import { LICENSES } from './licenses.js';
import { HTTP_METHODS } from './runtime/endpoint.js';

// Required, not imported: zod's CommonJS build loads in less time than its ES modules.
const { z } = createRequire(import.meta.url)('zod') as typeof Zod;

export const FORMATS = ['date-time', 'date', 'uuid', 'email', 'uri', 'hostname', 'ipv4', 'ipv6', 'cidr'] as const;
export const PAGINATION_STYLES = ['page', 'cursor', 'single'] as const;

export type Literal = string | number | boolean;

/**
 * A type written as a mapping; a bare string is shorthand for `{ type: <string> }`. Written out
 * because zod cannot infer a type that recurses through `preprocess`; `typeShape` below is bound
 * to it key for key by `satisfies`.
 */
export interface RawType {
  type?: string;
  extends?: string | string[];
  fields?: Record<string, RawField>;
  items?: RawType;
  values?: RawType;
  enum?: (string | RawEnumItem)[];
  const?: Literal;
  oneOf?: RawType[];
  discriminator?: string;
  nullable?: boolean;
  description?: string;
  deprecated?: boolean | string;
  default?: unknown;
  example?: unknown;
  format?: (typeof FORMATS)[number];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  source?: string;
}

export interface RawField extends RawType {
  /** `request`: required in requests, optional in responses. */
  required?: boolean | 'request';
  readOnly?: boolean;
  wireName?: string;
  responseType?: RawType;
}

const shorthand = (v: unknown) => (typeof v === 'string' ? { type: v } : v);
const deprecated = z.union([z.boolean(), z.string()]);
const literal = z.union([z.string(), z.number(), z.boolean()]);
const count = z.int().nonnegative();

const typeShape = {
  type: z.string().min(1).optional(),
  extends: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  get fields() {
    return z.record(z.string(), Field).optional();
  },
  get items() {
    return Type.optional();
  },
  get values() {
    return Type.optional();
  },
  get enum() {
    return z
      .array(z.union([z.string(), EnumItem]))
      .min(1)
      .optional();
  },
  const: literal.optional(),
  get oneOf() {
    return z.array(Type).min(1).optional();
  },
  discriminator: z.string().optional(),
  nullable: z.boolean().optional(),
  description: z.string().optional(),
  deprecated: deprecated.optional(),
  default: z.unknown().optional(),
  example: z.unknown().optional(),
  format: z.enum(FORMATS).optional(),
  minLength: count.optional(),
  maxLength: count.optional(),
  pattern: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minItems: count.optional(),
  maxItems: count.optional(),
  source: z.string().optional(),
  // Meaningful on fields only; resolve reports them anywhere else.
  required: z.union([z.boolean(), z.literal('request')], { error: 'must be true, false or "request"' }).optional(),
  readOnly: z.boolean().optional(),
  wireName: z.string().min(1).optional(),
  get responseType() {
    return Type.optional();
  },
} satisfies { [Key in keyof RawField]-?: ZodType<RawField[Key]> };

/** Types and fields share one schema: zod's recursive getters cannot be spread into a second shape. */
export const Field: ZodType<RawField> = z.preprocess(shorthand, z.strictObject(typeShape));
export const Type: ZodType<RawType> = Field;

const fields = z.record(z.string(), Field);

const Body = z.strictObject({
  fields: fields.optional(),
  type: Type.optional(),
  param: z.string().optional(),
  description: z.string().optional(),
});

const Endpoint = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  http: z
    .string()
    .regex(
      new RegExp(`^(${HTTP_METHODS.join('|')}) /\\S*$`),
      'must be "VERB /path", e.g. "GET /accounts/{account_id}/devices"',
    ),
  pathParams: fields.optional(),
  query: fields.optional(),
  body: Body.optional(),
  response: Type.optional(),
  pagination: z.string().optional(),
  unwrap: z.string().optional(),
  deprecated: deprecated.optional(),
  source: z.string().optional(),
  paramsType: z.string().optional(),
  responseExample: z.unknown().optional(),
});

// npm's rule for package names; the name is also written into code and commands in the docs.
const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
// RFC 9110 token: what a header name may hold.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const Package = z.strictObject({
  name: z.string().regex(PACKAGE_NAME, 'must be an npm package name, e.g. zero-trust-client or @scope/name'),
  version: z.string(),
  description: z.string().optional(),
  license: z.enum(LICENSES).optional(),
  repository: z.strictObject({ url: z.url(), directory: z.string().optional() }).optional(),
  homepage: z.url().optional(),
  keywords: z.array(z.string().min(1)).optional(),
});

const AuthScheme = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  headers: z.record(
    z.string().regex(HEADER_NAME, 'must be an HTTP header name, e.g. Authorization'),
    // A line break in a header value would start another header; a placeholder names a client option.
    z
      .string()
      .regex(
        /^(?:[^\u0000-\u001f\u007f{}]|\{[A-Za-z_$][A-Za-z0-9_$]*\})*$/,
        'must be one line of text whose {placeholders} are option names, e.g. "Bearer {apiToken}"',
      ),
  ),
  env: z.record(
    z.string().regex(IDENTIFIER, 'must be the option name of a placeholder, e.g. apiToken'),
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name, e.g. CLOUDFLARE_API_TOKEN'),
  ),
});

const Envelope = z.strictObject({
  fields: z.array(z.string()).min(1),
  unwrap: z.string(),
});

const PaginationKind = z.strictObject({
  style: z.enum(PAGINATION_STYLES),
  description: z.string().optional(),
  query: fields.optional(),
});

const Api = z.strictObject({
  title: z.string(),
  description: z.string().optional(),
  // The client sends every request there, and the docs show it.
  baseURL: z.url({ protocol: /^https?$/ }),
  package: Package,
  source: z.string().optional(),
  auth: z.array(AuthScheme).min(1),
  envelope: Envelope,
  pagination: z.record(z.string(), PaginationKind),
});

const EnumItem = z.strictObject({
  value: z.string(),
  description: z.string().optional(),
  deprecated: deprecated.optional(),
});

const File = z.strictObject({
  api: Api.optional(),
  resource: z
    .string()
    .regex(
      /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/,
      'must be a dotted path of camelCase names, e.g. zeroTrust.access.groups',
    )
    .optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  source: z.string().optional(),
  typePrefix: z.string().optional(),
  models: z.record(z.string(), Type).optional(),
  endpoints: z.record(z.string(), Endpoint).optional(),
});

export const SpecFileFormat = File;

export type RawEnumItem = output<typeof EnumItem>;
export type RawBody = output<typeof Body>;
export type RawEndpoint = output<typeof Endpoint>;
export type RawAuthScheme = output<typeof AuthScheme>;
/** What the generated package.json says of the package. */
export type RawPackage = output<typeof Package>;
export type RawApi = output<typeof Api>;
export type RawSpecFile = output<typeof File>;

/** Every key the format knows anywhere, for "did you mean" on an unknown one. */
export const FORMAT_KEYS: readonly string[] = [
  ...new Set(
    [
      typeShape,
      Body.shape,
      Endpoint.shape,
      Api.shape,
      Package.shape,
      AuthScheme.shape,
      Envelope.shape,
      PaginationKind.shape,
      EnumItem.shape,
      File.shape,
    ].flatMap((shape) => Object.keys(shape)),
  ),
];
