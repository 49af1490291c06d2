/** Target: markdown documentation. This module only prepares data; the pages are handlebars templates. */
import { markdownCell, markdownCode, markdownFence } from '../escape.js';
import { markdownHandlebars, readTemplates } from './handlebars.js';
import { PATHS, type Plan } from '../plan.js';
import { DocPages, documentedModules, pageStem, type DocStyle } from './doc-pages.js';

export const MARKDOWN: DocStyle = {
  ext: '.md',
  root: PATHS.docsRoot,
  code: markdownCode,
  link: (text, href) => `[${text}](${href})`,
  or: ' \\| ',
  escape: (text) => text,
  text: markdownCell,
  codeBlock: (code, language) => markdownFence(code, language),
  chips: (items) => items.map(markdownCode).join(', '),
  breakableCode: markdownCode,
};

export async function emitDocs(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  const { spec } = plan;
  const hbs = markdownHandlebars();
  const templates = await readTemplates(
    hbs,
    templatesDir,
    ['resource.md.hbs', 'index.md.hbs', 'package-readme.md.hbs'],
    { names: ['method', 'model', 'fields'], ext: '.md.hbs' },
    { noEscape: true },
  );
  const resourcePage = templates.template('resource.md.hbs');
  const indexPage = templates.template('index.md.hbs');
  const packageReadme = templates.template('package-readme.md.hbs');

  const pages = new DocPages(plan, MARKDOWN);
  const out = new Map<string, string>();
  let example: string | undefined;
  for (const module of documentedModules(plan)) {
    const page = pages.page(module);
    example ??= page.methods[0]?.examples[0]?.tsSource;
    out.set(pages.file(pageStem(plan, module.name)), resourcePage(page));
  }
  const index = pages.index();
  out.set(pages.file('index'), indexPage(index));
  out.set(
    plan.paths.readme,
    packageReadme({
      name: spec.api.package.name,
      description: spec.api.package.description ?? spec.api.title,
      auth: spec.api.auth[0],
      resources: index.resources.map((r) => ({ ...r, link: `${plan.paths.docsRoot}/${r.link}` })),
      example,
      mockCommand: plan.mockCommand,
    }),
  );
  return out;
}
