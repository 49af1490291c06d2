/**
 * Properties of generation, on random valid specs (test/helpers/random-spec.ts): it succeeds,
 * the generated package type-checks, and random values of each model are accepted by the
 * model's zod schema, by its TypeScript type and by its JSON Schema in the OpenAPI document.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OPENAPI_FILE } from '../../generator/layout.js';
import { generate } from '../../generator/pipeline.js';
import { DocumentValidator, type OpenApiDocument } from '../helpers/openapi.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from '../helpers/paths.js';
import { randomSpec, resourceYaml, valueArbitrary, type RandomSpec } from '../helpers/random-spec.js';
import { specDir } from '../helpers/spec-dir.js';
import { TypeChecker } from '../helpers/type-checker.js';

// Inside the repository, so that the generated code finds zod and @types/node.
const OUT = path.join(ROOT, 'test/output/properties');
// One package folder, rewritten by every run: the runtime in it stays, so it is parsed and checked once.
const PACKAGE = path.join(OUT, 'package');
const RUNTIME = path.join(PACKAGE, 'src/runtime');

let apiYaml: string;
let checker: TypeChecker | undefined;
let runtime: Map<string, string> | undefined;
let previousFiles: string[] = [];
let runs = 0;

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  apiYaml = await readFile(path.join(FIXTURE_SPEC_DIR, 'api.yaml'), 'utf8');
});
afterAll(() => rm(OUT, { recursive: true, force: true }));

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Puts a generated package, and `src/values.ts`, in PACKAGE; returns its TypeScript files. */
async function writePackage(files: ReadonlyMap<string, string>, values: string): Promise<string[]> {
  const shipped = new Map([...files].filter(([file]) => file.startsWith('src/runtime/')));
  if (!runtime) {
    runtime = shipped;
    for (const [file, text] of shipped) await write(path.join(PACKAGE, file), text);
  }
  expect(shipped).toEqual(runtime);
  for (const file of previousFiles) await rm(file);
  const own = [...files].filter(([file]) => !shipped.has(file));
  own.push(['src/values.ts', values]);
  for (const [file, text] of own) await write(path.join(PACKAGE, file), text);
  previousFiles = own.map(([file]) => path.join(PACKAGE, file));
  return previousFiles.filter((file) => file.endsWith('.ts'));
}

/** Imports the generated zod schemas, from a folder of their own: a module is imported once per path. */
async function importSchemas(files: ReadonlyMap<string, string>): Promise<Record<string, z.ZodType>> {
  const dir = path.join(OUT, `schemas-${runs++}`);
  for (const [file, text] of files) if (file.startsWith('src/schemas/')) await write(path.join(dir, file), text);
  return import(pathToFileURL(path.join(dir, 'src/schemas/index.ts')).href);
}

/**
 * `const v: Model = <value>` for each value, and one value of the wrong type per model, which
 * must not compile: it shows the types are real types, not `any`.
 */
function valuesModule(spec: RandomSpec, values: readonly (readonly unknown[])[]): string {
  const names = spec.models.map((m) => m.name);
  const lines = [`import type { ${names.join(', ')} } from './index.js';`, ''];
  spec.models.forEach((model, i) => {
    lines.push('// @ts-expect-error a number is not a model', `export const not${model.name}: ${model.name} = 0;`);
    values[i]!.forEach((value, j) =>
      lines.push(`export const ${model.name.toLowerCase()}${j}: ${model.name} = ${JSON.stringify(value)};`),
    );
  });
  return lines.join('\n') + '\n';
}

const specWithValues = randomSpec.chain((spec) =>
  fc.tuple(
    fc.constant(spec),
    fc.tuple(...spec.models.map((m) => fc.array(valueArbitrary(spec, m.name), { minLength: 1, maxLength: 3 }))),
  ),
);

describe('generation from random valid specs', () => {
  it('succeeds, type-checks, and its schemas and types accept values of each model', async () => {
    await fc.assert(
      fc.asyncProperty(specWithValues, async ([spec, values]) => {
        const files = { 'api.yaml': apiYaml, 'things.yaml': resourceYaml(spec) };
        const folder = await specDir(files);
        try {
          const output = await generate({ ...INPUTS, specDir: folder.dir });

          const schemas = await importSchemas(output.files);
          spec.models.forEach((model, i) => {
            const schema = schemas[`${model.name}Schema`]!;
            for (const value of values[i]!) {
              const issues = schema.safeParse(value).error?.issues ?? [];
              expect(issues, `${model.name}Schema on ${JSON.stringify(value)}`).toEqual([]);
            }
            expect(schema.safeParse(0).success, `${model.name}Schema on 0`).toBe(false);
          });

          // The same values, and the same wrong one, for the JSON Schema: two encodings, one meaning.
          const document = JSON.parse(output.files.get(OPENAPI_FILE)!) as OpenApiDocument;
          const json = new DocumentValidator(document);
          spec.models.forEach((model, i) => {
            const ref = { $ref: `#/components/schemas/${model.name}` };
            for (const value of values[i]!)
              expect(json.errors(ref, value), `${model.name} JSON Schema on ${JSON.stringify(value)}`).toEqual([]);
            expect(json.errors(ref, 0), `${model.name} JSON Schema on 0`).not.toEqual([]);
          });

          const sources = await writePackage(output.files, valuesModule(spec, values));
          checker ??= new TypeChecker(TypeChecker.optionsOf(path.join(PACKAGE, 'tsconfig.json')), [RUNTIME]);
          expect(checker.check(sources)).toEqual([]);
        } finally {
          await folder.cleanup();
        }
      }),
      { seed: 20251125, numRuns: 8, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  }, 120_000);
});
