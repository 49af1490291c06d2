/**
 * The templated documents: the docs, the site and the package README, laid out as generate
 * writes them. generate loads this module once the plan is on its way to the code thread, which
 * then waits for nothing this module loads.
 */
import { formatFiles } from '../format.js';
import type { Plan } from '../plan.js';
import { emitDocs } from './docs.js';
import { emitSite } from './site.js';

export async function emitDocuments(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  const [docs, site] = await Promise.all([emitDocs(plan, templatesDir), emitSite(plan, templatesDir)]);
  return formatFiles(new Map([...docs, ...site]));
}
