import { beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from '../../generator/ir.js';
import { readSpec } from '../../generator/pipeline.js';
import { makePlan, schemaRef, scopedOperationId, typeRef, type Plan } from '../../generator/plan.js';
import { FIXTURE_SPEC_DIR } from '../helpers/paths.js';

let spec: Spec;
let plan: Plan;
beforeAll(async () => {
  spec = await readSpec({ specDir: FIXTURE_SPEC_DIR });
  plan = makePlan(spec, ['src/runtime/index.ts', 'LICENSE']);
});

describe('the plan of the fixture spec', () => {
  it('lists every file generate writes, each with the one target that writes it', () => {
    expect([...plan.files]).toEqual([
      ['LICENSE', 'copied'],
      ['README.md', 'docs'],
      ['api.json', 'api-json'],
      ['docs/index.md', 'docs'],
      ['docs/models/shared/people.md', 'docs'],
      ['docs/site/index.html', 'site'],
      ['docs/site/models/shared/people.html', 'site'],
      ['docs/site/search-index.js', 'site'],
      ['docs/site/site.css', 'site'],
      ['docs/site/site.js', 'site'],
      ['docs/site/zoo/pets.html', 'site'],
      ['docs/zoo/pets.md', 'docs'],
      ['openapi.json', 'openapi'],
      ['package.json', 'package'],
      ['src/api.ts', 'package'],
      ['src/client.ts', 'client'],
      ['src/index.ts', 'package'],
      ['src/mock/cli.ts', 'mock'],
      ['src/mock/index.ts', 'mock'],
      ['src/mock/routes.ts', 'mock'],
      ['src/node.ts', 'package'],
      ['src/require-node.cts', 'package'],
      ['src/require.cts', 'package'],
      ['src/resources/zoo.ts', 'client'],
      ['src/resources/zoo/index.ts', 'client'],
      ['src/resources/zoo/pets.ts', 'client'],
      ['src/resources/zoo/zoo.ts', 'client'],
      ['src/runtime/index.ts', 'copied'],
      ['src/schemas/endpoints.ts', 'schemas'],
      ['src/schemas/index.ts', 'schemas'],
      ['src/schemas/pets.ts', 'schemas'],
      ['src/schemas/shared/people.ts', 'schemas'],
      ['src/tree-shakable-node.ts', 'package'],
      ['src/tree-shakable.ts', 'package'],
      ['src/types/index.ts', 'types'],
      ['src/types/pets.ts', 'types'],
      ['src/types/shared/people.ts', 'types'],
      ['src/use-undici.ts', 'package'],
      ['tsconfig.json', 'package'],
    ]);
  });

  it('gives each module that declares something its types, schemas and docs page', () => {
    expect([...plan.modules.values()]).toEqual([
      { name: 'pets', typesFile: 'src/types/pets.ts', schemasFile: 'src/schemas/pets.ts', docsStem: 'zoo/pets' },
      {
        name: 'shared/people',
        typesFile: 'src/types/shared/people.ts',
        schemasFile: 'src/schemas/shared/people.ts',
        docsStem: 'models/shared/people',
      },
    ]);
  });

  it.each<[model: string, mode: 'request' | 'response', type: string, schema: string, file: string]>([
    // Cat has a readOnly id and is sent in create's body (through Pet): it has a request form.
    ['Cat', 'response', 'Cat', 'CatSchema', 'pets'],
    ['Cat', 'request', 'CatParam', 'CatParamSchema', 'pets'],
    ['Pet', 'request', 'PetParam', 'PetParamSchema', 'pets'],
    // Animal is only extended, never sent: its request form is itself.
    ['Animal', 'request', 'Animal', 'AnimalSchema', 'pets'],
    ['Owner', 'request', 'OwnerParam', 'OwnerParamSchema', 'shared/people'],
  ])('names %s in a %s as %s (schema %s) in module %s', (model, mode, type, schema, module) => {
    expect(typeRef(plan, model, mode)).toEqual({ name: type, file: `src/types/${module}.ts` });
    expect(schemaRef(plan, model, mode)).toEqual({ name: schema, file: `src/schemas/${module}.ts` });
  });

  it.each<[id: string, positional: string[], paramsType: string, operation: string, scope: string | undefined]>([
    ['zoo.pets.list', [], 'PetListParams', 'zooPetsList', undefined],
    ['zoo.pets.get', ['petID'], 'PetGetParams', 'zooPetsGetForAccount', 'account'],
    ['zoo.pets.get', ['petID'], 'PetGetParams', 'zooPetsGetForZone', 'zone'],
    ['zoo.pets.setTags', ['petID'], 'PetSetTagsParams', 'zooPetsSetTags', undefined],
  ])('plans %s: positional %j, params %s, operation %s', (id, positional, paramsType, operation, scope) => {
    const planned = plan.endpoints.get(id)!;
    expect(planned).toMatchObject({
      positional,
      paramsType,
      paramsSchema: `${paramsType}Schema`,
      typesFile: 'src/types/pets.ts',
      schemasFile: 'src/schemas/pets.ts',
      docsStem: 'zoo/pets',
    });
    const endpoint = spec.resources[0]!.endpoints.find((e) => e.id === id)!;
    expect(scopedOperationId(plan, endpoint, scope)).toBe(operation);
  });

  it('builds the client tree once: classes and files per node, as folders where they have children', () => {
    const [zoo] = plan.clientTree.children;
    expect(plan.clientTree).toMatchObject({ className: 'Cloudflare', file: 'src/client.ts', segments: [] });
    expect(zoo).toMatchObject({
      className: 'Zoo',
      baseClassName: 'BaseZoo',
      file: 'src/resources/zoo/zoo.ts',
      folder: { reexport: 'src/resources/zoo.ts', index: 'src/resources/zoo/index.ts' },
      segments: ['zoo'],
    });
    expect(zoo!.resource).toBeUndefined();
    expect(zoo!.children.map((c) => [c.className, c.file, c.resource?.path])).toEqual([
      ['Pets', 'src/resources/zoo/pets.ts', ['zoo', 'pets']],
    ]);
    expect([...plan.commands]).toEqual([['zoo-client-mock', 'src/mock/cli.ts']]);
  });

  it('is plain data, so it reaches the code thread whole, its IR objects still shared', () => {
    const copy = structuredClone(plan);
    expect([...copy.files]).toEqual([...plan.files]);
    const pets = copy.clientTree.children[0]!.children[0]!;
    expect(pets.resource).toBe(copy.spec.resources[0]);
  });
});
