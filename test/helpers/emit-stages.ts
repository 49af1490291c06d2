/** The plan of a small spec written in a test, and the code emitters run on it, all in memory. */
import { SourceFiles } from '../../generator/emit/source-files.js';
import { makePlan, type Plan } from '../../generator/plan.js';
import { specOf } from './spec-stages.js';

/** A resource with one model and two endpoints, a list and a get: the spec of the whole-file emitter tests. */
export const PETS_YAML = `resource: zoo.pets
typePrefix: Pet
models:
  Pet:
    description: A pet.
    fields:
      id: { type: string, readOnly: true, required: true }
      name: { type: string, required: true, maxLength: 50 }
      tags: "string[]"
endpoints:
  list:
    title: List pets
    http: GET /accounts/{account_id}/pets
    query:
      name: string
    pagination: Pages
    response: Pet
  get:
    title: Get a pet
    http: GET /accounts/{account_id}/pets/{pet_id}
    pathParams:
      pet_id: string
    response: Pet
`;

/** The plan of api.yaml (API_YAML unless given) and these files; throws with the messages when a stage reports. */
export function planOf(files: Record<string, string>): Plan {
  return makePlan(specOf(files), []);
}

/** The files the emitters write, run in the order given, as ts-morph prints them: before Biome lays them out. */
export function printedFiles(
  plan: Plan,
  ...emitters: ((plan: Plan, files: SourceFiles) => void)[]
): Map<string, string> {
  const files = new SourceFiles();
  for (const emit of emitters) emit(plan, files);
  return files.texts();
}
