/**
 * Target: the static HTML site under docs/site/: a page per resource and per shared-model file,
 * an index, a navigation tree, and a search over methods, paths, resources, models, fields, enum
 * values and error classes. Plain HTML, CSS and one small script; code is highlighted here, not
 * in the browser; it opens from the file system as well as from any static host.
 */
import path from 'node:path';
import { html, htmlBreakable, htmlProse, jsonInScript } from '../escape.js';
import { Handlebars, readTemplates } from './handlebars.js';
import { PATHS, type ClientNode, type Plan } from '../plan.js';
import { DocPages, documentedModules, pageStem, type DocStyle } from './doc-pages.js';
import { highlight } from './highlight.js';
import { errorClasses } from './runtime-facts.js';
import { SEARCH_KINDS, SearchIndex } from './search-index.js';

const LANGUAGE_NAMES = { ts: 'TypeScript', json: 'JSON', sh: 'Shell' } as const;

export const HTML: DocStyle = {
  ext: '.html',
  root: PATHS.siteRoot,
  code: (text) => `<code>${html(text)}</code>`,
  link: (text, href) => `<a href="${html(href)}">${text}</a>`,
  or: ' | ',
  escape: html,
  text: htmlProse,
  codeBlock: (code, language) =>
    `<div class="code"><button type="button" class="copy" aria-label="Copy ${LANGUAGE_NAMES[language]} code">Copy</button>` +
    `<pre tabindex="0"><code class="language-${language}">${highlight(code, language)}</code></pre></div>`,
  chips: (items) => items.map((item) => `<code class="chip">${html(item)}</code>`).join(' '),
  breakableCode: (text) => `<code>${htmlBreakable(text)}</code>`,
};

interface NavNode {
  label: string;
  link?: string;
  current?: boolean;
  sections?: { anchor: string; name: string }[];
  children: NavNode[];
}

export async function emitSite(plan: Plan, templatesDir: string): Promise<Map<string, string>> {
  const { spec } = plan;
  const dir = path.join(templatesDir, 'site');
  const hbs = Handlebars.create();
  const templates = await readTemplates(
    hbs,
    dir,
    ['layout.html.hbs', 'page.html.hbs', 'index.html.hbs', ...PATHS.siteAssets],
    { names: ['nav', 'method', 'model', 'fields', 'example'], ext: '.html.hbs' },
    {},
  );
  const layout = templates.template('layout.html.hbs');
  const pageBody = templates.template('page.html.hbs');
  const indexBody = templates.template('index.html.hbs');

  const pages = new DocPages(plan, HTML);
  const modules = documentedModules(plan);
  const search = new SearchIndex();
  const out = new Map<string, string>();
  const wrap = (stem: string, title: string, body: string, sections: NavNode['sections'] = []) => {
    const root = '../'.repeat(stem.split('/').length - 1);
    const nav = navTree(plan, `${stem}${HTML.ext}`, sections);
    return layout({ title, apiTitle: spec.api.title, root, nav, body });
  };

  for (const module of modules) {
    const stem = pageStem(plan, module.name);
    const href = `${stem}${HTML.ext}`;
    const page = pages.page(module);
    const resource = module.resource;
    if (resource)
      search.add('resource', resource.path.join('.'), page.title, href, page.title, resource.description ?? '');
    for (const [i, m] of page.methods.entries()) {
      const e = resource!.endpoints[i]!;
      const at = `${href}#${m.anchor}`;
      search.add(
        'method',
        m.id,
        `${m.method} ${m.path} · ${m.title}`,
        at,
        `${m.method} ${m.path} ${m.title}`,
        e.description ?? '',
      );
      for (const f of [...m.positional, ...m.params]) {
        search.add('field', f.name, `${m.id} params`, `${href}#${f.anchor}`, '', f.rawDescription);
        for (const value of f.rawValues) search.add('value', value, `${f.name} of ${m.id}`, `${href}#${f.anchor}`, '');
      }
    }
    for (const m of page.models) {
      search.add(
        'model',
        m.name,
        page.title,
        `${href}#${m.anchor}`,
        '',
        module.models.find((x) => x.name === m.name)?.type.meta.description ?? '',
      );
      for (const value of m.rawValues) search.add('value', value, m.name, `${href}#${m.anchor}`, '');
      for (const f of m.fields) {
        search.add('field', f.name, m.name, `${href}#${f.anchor}`, '', f.rawDescription);
        for (const value of f.rawValues)
          search.add('value', value, `${f.name} of ${m.name}`, `${href}#${f.anchor}`, '');
      }
    }
    const sections = [...page.methods, ...page.models].map((x) => ({ anchor: x.anchor, name: x.name }));
    out.set(pages.file(stem), wrap(stem, page.title, pageBody(page), sections));
  }
  const index = pages.index();
  for (const error of errorClasses())
    search.add(
      'error',
      error.name,
      error.statuses.join(', ') || 'error class',
      `index.html#${index.errors.find((e) => e.name === error.name)!.anchor}`,
      '',
      error.meaning,
    );
  out.set(pages.file('index'), wrap('index', index.title, indexBody(index)));
  const data = { kinds: SEARCH_KINDS, entries: search.list() };
  out.set(PATHS.searchIndex, `window.SEARCH_INDEX = ${jsonInScript(data)};\n`);
  for (const asset of PATHS.siteAssets) out.set(`${PATHS.siteRoot}/${asset}`, templates.text(asset));
  return out;
}

/**
 * The client tree below its top node (every resource is under `zeroTrust`), each resource
 * linked to its page; then the shared-model pages under `models`. The current page is marked,
 * and lists its sections.
 */
function navTree(plan: Plan, current: string, sections: NavNode['sections']): NavNode[] {
  const mark = (node: NavNode): NavNode => (node.link === current ? { ...node, current: true, sections } : node);
  const fromClient = (node: ClientNode): NavNode =>
    mark({
      label: node.segments.at(-1)!,
      link: node.resource && `${pageStem(plan, node.resource.module)}${HTML.ext}`,
      children: node.children.map(fromClient),
    });
  const resources = plan.clientTree.children.flatMap((top) => top.children.map(fromClient));
  const models = documentedModules(plan)
    .filter((m) => !m.resource)
    .map((m) => mark({ label: m.name, link: `${pageStem(plan, m.name)}${HTML.ext}`, children: [] }));
  return [...resources, ...(models.length > 0 ? [{ label: 'models', children: models }] : [])];
}
