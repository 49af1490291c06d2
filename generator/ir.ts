/**
 * The resolved spec that emitters consume. Emitters never see YAML: every node here
 * is normalized (shorthands expanded, scope derived from the path, pagination query
 * parameters added) and carries the spec position it came from.
 */
import type { HttpMethod } from './runtime/endpoint.js';
import type { FORMATS, Literal, PAGINATION_STYLES, RawPackage } from './spec-format.js';

export interface Loc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export type Format = (typeof FORMATS)[number];
export type PaginationStyle = (typeof PAGINATION_STYLES)[number];
export type { HttpMethod };
export type PrimitiveName = 'string' | 'number' | 'integer' | 'boolean' | 'unknown';

export interface Constraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** What any type node may say about itself besides its shape. */
export interface TypeMeta {
  readonly description?: string;
  /** `true`, or the deprecation message. */
  readonly deprecated?: true | string;
  readonly default?: unknown;
  readonly example?: unknown;
  readonly nullable: boolean;
  readonly source?: string;
}

export interface EnumValue {
  readonly value: string;
  readonly description?: string;
  readonly deprecated?: true | string;
}

export interface Field {
  readonly name: string;
  readonly type: TypeNode;
  readonly required: boolean;
  readonly readOnly: boolean;
  /** The name the API reads, when a query or body parameter has another name in the params object. */
  readonly wireName?: string;
  /**
   * The spelling the documentation uses, when a model field's `name` (its wire name) differs from it,
   * e.g. `azure_ad` for `azureAD`.
   */
  readonly documentedAs?: string;
  /** The field's type in responses, where the API returns something other than what it accepts. */
  readonly responseType?: TypeNode;
  /** Required in requests (`required`) but not always present in responses. */
  readonly optionalInResponses?: true;
  readonly loc: Loc;
}

interface NodeBase {
  readonly meta: TypeMeta;
  readonly constraints: Constraints;
  readonly loc: Loc;
}

export type TypeNode = NodeBase &
  (
    | { readonly kind: 'primitive'; readonly name: PrimitiveName; readonly format?: Format }
    | { readonly kind: 'ref'; readonly name: string }
    | { readonly kind: 'array'; readonly items: TypeNode }
    | { readonly kind: 'map'; readonly values: TypeNode }
    | {
        readonly kind: 'object';
        readonly fields: readonly Field[];
        /** Object models whose fields this object has too; `resolve` copies them into `fields`. */
        readonly extends?: readonly { readonly name: string; readonly loc: Loc }[];
      }
    | { readonly kind: 'enum'; readonly values: readonly EnumValue[] }
    | { readonly kind: 'literal'; readonly value: Literal }
    | { readonly kind: 'union'; readonly variants: readonly TypeNode[]; readonly discriminator?: string }
  );

export type TypeKind = TypeNode['kind'];
export type TypeOf<K extends TypeKind> = Extract<TypeNode, { kind: K }>;

export interface Model {
  readonly name: string;
  readonly type: TypeNode;
  /** Spec file stem that declares it, e.g. `access/groups`. */
  readonly module: string;
  readonly loc: Loc;
}

/** Where the account or zone id goes: derived from the path's first segments. */
export type Scope = 'account' | 'zone' | 'account_or_zone' | 'none';

export type Body =
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'type'; readonly type: TypeNode }
  /** The whole body is one params field (`params.body`). */
  | { readonly kind: 'param'; readonly field: Field };

export interface Pagination {
  readonly name: string;
  readonly style: PaginationStyle;
  readonly description?: string;
  readonly query: readonly Field[];
}

export interface Endpoint {
  /** Method name on its resource, e.g. `list`. */
  readonly name: string;
  /** Full client path, e.g. `zeroTrust.access.groups.list`. */
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: true | string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly scope: Scope;
  /** Positional arguments, in path order. */
  readonly pathParams: readonly Field[];
  /** Declared query parameters, without the pagination ones. */
  readonly query: readonly Field[];
  readonly body?: Body;
  readonly response?: TypeNode;
  readonly pagination?: Pagination;
  /** Envelope field returned; `null` returns the body as it is. */
  readonly unwrap: string | null;
  readonly paramsType: string;
  /** What the call returns, as documented (for a list: one item); shown in the docs. */
  readonly responseExample?: unknown;
  readonly source?: string;
  readonly loc: Loc;
  /** Position of the `http` line, for problems with the path. */
  readonly httpLoc: Loc;
}

export interface Resource {
  /** Client path segments, e.g. `['zeroTrust', 'access', 'groups']`. */
  readonly path: readonly string[];
  readonly title: string;
  readonly description?: string;
  readonly typePrefix: string;
  readonly module: string;
  readonly source?: string;
  readonly endpoints: readonly Endpoint[];
  readonly loc: Loc;
}

export interface AuthScheme {
  readonly name: string;
  readonly description?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
}

export interface Api {
  readonly title: string;
  readonly description?: string;
  readonly baseURL: string;
  readonly package: Readonly<RawPackage>;
  readonly source?: string;
  readonly auth: readonly AuthScheme[];
  readonly envelope: { readonly fields: readonly string[]; readonly unwrap: string };
  readonly pagination: ReadonlyMap<string, Pagination>;
  readonly loc: Loc;
}

export interface SpecModule {
  /** Spec file stem, e.g. `access/groups`. */
  readonly name: string;
  readonly file: string;
  /** Where the file's facts come from, unless a model or endpoint says otherwise. */
  readonly source?: string;
  readonly models: readonly Model[];
  readonly resource?: Resource;
}

export interface Spec {
  readonly api: Api;
  /** Sorted by module name. */
  readonly modules: readonly SpecModule[];
  readonly models: ReadonlyMap<string, Model>;
  readonly resources: readonly Resource[];
}
