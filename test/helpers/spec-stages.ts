/** The spec stages (load from text, validate, resolve, check) run in memory on a few YAML files. */
import { check } from '../../generator/check.js';
import { formatDiagnostics, type Diagnostic } from '../../generator/diagnostics.js';
import type { Field, Spec } from '../../generator/ir.js';
import { parseSpecText, type SpecFile } from '../../generator/load.js';
import { resolve } from '../../generator/resolve.js';
import { validateFormat } from '../../generator/validate.js';

/** The smallest `api` a spec needs. */
export const API_YAML = `api:
  title: Zoo API
  baseURL: https://zoo.example.com/v1
  package: { name: zoo-client, version: 1.0.0 }
  auth:
    - name: apiToken
      headers: { Authorization: "Bearer {apiToken}" }
      env: { apiToken: ZOO_TOKEN }
  envelope: { fields: [success, errors, result], unwrap: result }
  pagination:
    Pages: { style: page }
`;

export interface StagesResult {
  readonly spec?: Spec;
  /** `file:line:col: message`, one a line; '' when every stage passed. */
  readonly messages: string;
}

/** Runs the stages on `api.yaml` (API_YAML unless given) and the given files, stopping at the first that reports. */
export function runStages(files: Record<string, string>): StagesResult {
  const loaded: SpecFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [name, text] of Object.entries({ 'api.yaml': API_YAML, ...files })) {
    const result = parseSpecText(name, name.replace(/\.yaml$/, ''), new TextEncoder().encode(text));
    if (result.file) loaded.push(result.file);
    diagnostics.push(...result.diagnostics);
  }
  const stop = (): StagesResult => ({ messages: formatDiagnostics(diagnostics) });
  if (diagnostics.length > 0) return stop();
  const validated = validateFormat(loaded);
  diagnostics.push(...validated.diagnostics);
  if (diagnostics.length > 0) return stop();
  const resolved = resolve(validated.valid);
  diagnostics.push(...resolved.diagnostics);
  if (!resolved.spec || diagnostics.length > 0) return stop();
  diagnostics.push(...check(resolved.spec));
  return diagnostics.length > 0 ? stop() : { spec: resolved.spec, messages: '' };
}

/** The spec of api.yaml (API_YAML unless given) and these files; throws with the messages when a stage reports. */
export function specOf(files: Record<string, string>): Spec {
  const { spec, messages } = runStages(files);
  if (!spec) throw new Error(messages);
  return spec;
}

/** A resource file holding the given models (YAML mapping text, indented by two). */
export function modelsYaml(models: string): string {
  return `resource: zoo.pets\nmodels:\n${models}`;
}

/** A resource file, type prefix `Pet`, with the given endpoints and models (YAML mapping text, indented by two). */
export function resourceYaml(endpoints: string, models = ''): string {
  const head = models ? modelsYaml(models) : 'resource: zoo.pets\n';
  return `${head}typePrefix: Pet\nendpoints:\n${endpoints}`;
}

/** The resolved type of field `value` of a model whose field is written `field` (YAML flow text). */
export function fieldOf(field: string, extraModels = ''): Field {
  const { spec, messages } = runStages({
    'pets.yaml': modelsYaml(`  Pet: { fields: { value: ${field} } }\n${extraModels}`),
  });
  const type = spec?.models.get('Pet')?.type;
  const found = type?.kind === 'object' ? type.fields.find((f) => f.name === 'value') : undefined;
  if (!found) throw new Error(`no field resolved from ${field}: ${messages}`);
  return found;
}
