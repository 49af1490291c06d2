/** The registry the runtime validates with: each endpoint's params schema and the schema of its result. */
import { describe, expect, it } from 'vitest';
import { emitEndpointSchemas } from '../../../generator/emit/endpoint-schemas.js';
import { emitSchemas } from '../../../generator/emit/schemas.js';
import { PETS_YAML, planOf, printedFiles } from '../../helpers/emit-stages.js';

describe('endpoint schemas emitter', () => {
  it('writes the registry by endpoint id, the schema of one item for a list, and exports it from the index', () => {
    const files = printedFiles(planOf({ 'pets.yaml': PETS_YAML }), emitSchemas, emitEndpointSchemas);
    expect(files.get('src/schemas/index.ts')).toBe(
      'export * from "./pets.js";\nexport { ENDPOINT_SCHEMAS } from "./endpoints.js";\n',
    );
    // As ts-morph prints it; Biome lays it out (its indentation too) when the file is written.
    expect(files.get('src/schemas/endpoints.ts')).toBe(`import type { SchemaRegistry } from "../runtime/index.js";
import { PetGetParamsSchema, PetListParamsSchema, PetSchema } from "./pets.js";

/** Each endpoint's params schema and the schema of its result (of one item, for lists). */
export const ENDPOINT_SCHEMAS: SchemaRegistry = {
        'zoo.pets.list': {
            request: PetListParamsSchema,
            response: PetSchema,
        },
        'zoo.pets.get': {
            request: PetGetParamsSchema,
            response: PetSchema,
        },
    };
`);
  });
});
