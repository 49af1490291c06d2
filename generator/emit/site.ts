/**
 * Target: the static HTML site under docs/site/: a page per resource and per shared-model file,
 * an index, a navigation tree, and a search over methods, resources and models. Plain HTML, CSS
 * and one small script; it opens from the file system as well as from any static host.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { html, htmlProse, jsonInScript } from '../escape.js';
import { Handlebars } from './handlebars.js';
import type { Spec } from '../ir.js';
import { clientTree, type ClientNode } from '../layout.js';
import { DocPages, documentedModules, pageStem, resourceStem, type DocStyle } from './doc-pages.js';

const SITE_ROOT = 'docs/site';

export const HTML: DocStyle = {
  ext: '.html',
  root: SITE_ROOT,
  code: (text) => `<code>${html(text)}</code>`,
  link: (text, href) => `<a href="${html(href)}">${text}</a>`,
  or: ' | ',
  escape: html,
  text: htmlProse,
  anchor: (kind, name) => `${kind}-${name}`,
};

interface NavNode {
  label: string;
  link?: string;
  children: NavNode[];
}

interface SearchEntry {
  kind: 'resource' | 'method' | 'model';
  name: string;
  title: string;
  href: string;
}

export async function emitSite(spec: Spec, templatesDir: string): Promise<Map<string, string>> {
  const dir = path.join(templatesDir, 'site');
  const read = (name: string) => readFile(path.join(dir, name), 'utf8');
  const hbs = Handlebars.create();
  for (const partial of ['nav', 'method', 'model', 'fields', 'example'])
    hbs.registerPartial(partial, await read(`partials/${partial}.html.hbs`));
  const layout = hbs.compile(await read('layout.html.hbs'), { strict: false });
  const pageBody = hbs.compile(await read('page.html.hbs'));
  const indexBody = hbs.compile(await read('index.html.hbs'));

  const pages = new DocPages(spec, HTML);
  const modules = documentedModules(spec);
  const nav = navTree(spec);
  const search: SearchEntry[] = [];
  const out = new Map<string, string>();
  const wrap = (stem: string, title: string, body: string) => {
    const root = '../'.repeat(stem.split('/').length - 1);
    return layout({ title, apiTitle: spec.api.title, root, nav, body });
  };

  for (const module of modules) {
    const stem = pageStem(module);
    const href = `${stem}.html`;
    const page = pages.page(module);
    if (module.resource) search.push({ kind: 'resource', name: page.client!, title: page.title, href });
    for (const m of page.methods)
      search.push({ kind: 'method', name: m.id, title: m.title, href: `${href}#${m.anchor}` });
    for (const m of page.models) search.push({ kind: 'model', name: m.name, title: '', href: `${href}#${m.anchor}` });
    out.set(pages.file(stem), wrap(stem, page.title, pageBody(page)));
  }
  const index = pages.index();
  out.set(pages.file('index'), wrap('index', index.title, indexBody(index)));
  search.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  out.set(`${SITE_ROOT}/search-index.js`, `window.SEARCH_INDEX = ${jsonInScript(search, 1)};\n`);
  for (const asset of ['site.css', 'search.js']) out.set(`${SITE_ROOT}/${asset}`, await read(asset));
  return out;
}

/**
 * The client tree below its top node (every resource is under `zeroTrust`), each resource
 * linked to its page; then the shared-model pages under `models`.
 */
function navTree(spec: Spec): NavNode[] {
  const fromClient = (node: ClientNode): NavNode => ({
    label: node.segments.at(-1)!,
    link: node.resource && `${resourceStem(node.resource)}.html`,
    children: node.children.map(fromClient),
  });
  const resources = clientTree(spec).children.flatMap((top) => top.children.map(fromClient));
  const models = documentedModules(spec)
    .filter((m) => !m.resource)
    .map((m) => ({ label: m.name, link: `${pageStem(m)}.html`, children: [] }));
  return [...resources, ...(models.length > 0 ? [{ label: 'models', children: models }] : [])];
}
