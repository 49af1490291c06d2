/** The OpenAPI 3.1 document of the spec: info, servers, security, tags, paths, components. */
import { openApiProse, openApiText } from '../../escape.js';
import type { Resource } from '../../ir.js';
import type { Plan } from '../../plan.js';
import { envelopeSchemas, failureResponseComponents } from './envelope.js';
import { jsonSchema, type JsonSchema } from './json-schema.js';
import { paths } from './operations.js';
import { security } from './security.js';

export const OPENAPI_VERSION = '3.1.1';

/** One tag per resource, named by its title (check.ts keeps titles unique). */
const tagOf = (resource: Resource): string => openApiText(resource.title);

export function openApiDocument(plan: Plan): JsonSchema {
  const { spec } = plan;
  const { api } = spec;
  const auth = security(spec);
  const license = api.package.license;
  const models: Record<string, JsonSchema> = Object.create(null);
  for (const name of [...spec.models.keys()].sort()) models[name] = jsonSchema(spec, spec.models.get(name)!.type);
  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: openApiText(api.title),
      version: api.package.version,
      ...(api.description === undefined ? {} : { description: openApiProse(api.description) }),
      ...(license === undefined ? {} : { license: { name: license, identifier: license } }),
    },
    servers: [{ url: api.baseURL }],
    security: auth.requirements,
    tags: spec.resources.map((r) => ({
      name: tagOf(r),
      ...(r.description === undefined ? {} : { description: openApiProse(r.description) }),
      'x-sdk-resource': r.path.join('.'),
    })),
    paths: paths(plan, tagOf),
    components: {
      schemas: { ...envelopeSchemas(), ...models },
      responses: failureResponseComponents(),
      securitySchemes: auth.schemes,
    },
  };
}
