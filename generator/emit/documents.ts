/**
 * The outputs that are not code: the docs, the site, api.json and the OpenAPI document, laid out
 * as generate writes them. generate loads this module once the plan is on its way to the code
 * thread, which then waits for nothing this module loads.
 */
import { formatFiles } from '../format.js';
import type { Plan } from '../plan.js';
import { emitApiJson } from './api-json.js';
import { emitDocs } from './docs.js';
import { emitOpenApi } from './openapi/index.js';
import { emitSite } from './site.js';

export async function emitDocuments(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  return formatFiles(
    new Map([...(await emitTemplated(plan, templatesDir)), ...emitApiJson(plan), ...emitOpenApi(plan)]),
  );
}

/** Only the files the templates give (what pipeline.ts generateDocs returns). */
export async function emitTemplatedDocuments(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  return formatFiles(await emitTemplated(plan, templatesDir));
}

async function emitTemplated(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  const [docs, site] = await Promise.all([emitDocs(plan, templatesDir), emitSite(plan, templatesDir)]);
  return new Map([...docs, ...site]);
}
