import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownHandlebars, readTemplates } from '../../../generator/emit/handlebars.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'templates-'));
  await mkdir(path.join(dir, 'partials'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes `files` (and a style.css) below the folder, and reads page.md.hbs and style.css with the partial row. */
async function read(files: Record<string, string>) {
  for (const [file, text] of Object.entries({ 'style.css': 'a { }\n', ...files }))
    await writeFile(path.join(dir, file), text);
  return readTemplates(
    markdownHandlebars(),
    dir,
    ['page.md.hbs', 'style.css'],
    { names: ['row'], ext: '.md.hbs' },
    { noEscape: true },
  );
}

const HELPERS = 'each, if, unless, log, lookup, with, prose, cell, inCell, code';

describe('readTemplates', () => {
  it('compiles the templates and partials with the registered helpers, and gives the other files as they are', async () => {
    const folder = await read({
      'page.md.hbs': '# {{cell title}}\n\n{{#each rows}}\n{{> row}}\n{{/each}}\n[{{missing}}]\n',
      'partials/row.md.hbs': '- {{code name}}{{#if note}}: {{note}}{{/if}}\n',
    });
    const data = { title: 'A | B', rows: [{ name: 'x' }, { name: 'y', note: 'no <escaping>' }] };
    expect(folder.template('page.md.hbs')(data)).toBe('# A \\| B\n\n- `x`\n- `y`: no <escaping>\n[]\n');
    expect(folder.text('style.css')).toBe('a { }\n');
  });

  it.each([
    {
      why: 'a helper that is not registered, in a partial',
      files: { 'page.md.hbs': '{{#each rows}}{{> row}}{{/each}}', 'partials/row.md.hbs': 'x\n  {{nope name}}' },
      want: `partials/row.md.hbs:2:3: unknown helper "nope" (the helpers are ${HELPERS})`,
    },
    {
      why: 'a block helper that is not registered',
      files: { 'page.md.hbs': '{{#nope rows}}x{{/nope}}', 'partials/row.md.hbs': '' },
      want: `page.md.hbs:1:1: unknown helper "nope" (the helpers are ${HELPERS})`,
    },
    {
      why: 'a block left open',
      files: { 'page.md.hbs': 'x\n{{#if rows}}', 'partials/row.md.hbs': '' },
      want: 'page.md.hbs: Parse error on line 2:\nx{{#if rows}}\n-------------^\nExpecting',
    },
  ])('names the template and the place of $why', async ({ files, want }) => {
    const folder = await read(files);
    expect(() => folder.template('page.md.hbs')({ rows: [{ name: 'x' }] })).toThrow(
      `${path.relative(process.cwd(), dir)}/${want}`,
    );
  });

  it('refuses a file it was not asked to read', async () => {
    const folder = await read({ 'page.md.hbs': '', 'partials/row.md.hbs': '' });
    expect(() => folder.template('partials/row.md.hbs')).toThrow('partials/row.md.hbs is not among the templates read');
  });
});
