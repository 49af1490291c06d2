/**
 * The spec's auth schemes as OpenAPI security schemes: an `Authorization: Bearer {x}` header is
 * HTTP bearer authentication, any other header an API key in that header. A scheme with two
 * headers (X-Auth-Email and X-Auth-Key) is one security requirement that names both.
 */
import { openApiProse } from '../../escape.js';
import type { AuthScheme, Spec } from '../../ir.js';
import type { JsonSchema } from './json-schema.js';

interface HeaderScheme {
  /** The template variable the header is filled from (`apiToken`): the security scheme's name. */
  readonly name: string;
  readonly scheme: JsonSchema;
}

const BEARER = /^Bearer \{([A-Za-z0-9_.-]+)\}$/;
const VARIABLE = /\{([A-Za-z0-9_.-]+)\}/;

function headerSchemes(auth: AuthScheme): HeaderScheme[] {
  const description = auth.description === undefined ? {} : { description: openApiProse(auth.description) };
  return Object.entries(auth.headers).map(([header, template]): HeaderScheme => {
    const bearer = header.toLowerCase() === 'authorization' ? BEARER.exec(template) : null;
    if (bearer) return { name: bearer[1]!, scheme: { type: 'http', scheme: 'bearer', ...description } };
    const name = VARIABLE.exec(template)?.[1] ?? `${auth.name}-${header}`;
    return { name, scheme: { type: 'apiKey', in: 'header', name: header, ...description } };
  });
}

/** `components.securitySchemes` and the document's `security`: any one of the spec's schemes. */
export function security(spec: Spec): { schemes: Record<string, JsonSchema>; requirements: JsonSchema[] } {
  const schemes: Record<string, JsonSchema> = Object.create(null);
  const requirements = spec.api.auth.map((auth) => {
    const requirement: Record<string, string[]> = {};
    for (const { name, scheme } of headerSchemes(auth)) {
      schemes[name] = scheme;
      requirement[name] = [];
    }
    return requirement;
  });
  return { schemes, requirements };
}
