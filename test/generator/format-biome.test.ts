/**
 * TypeScript laid out by Biome, in a process of its own (so not in the unit layer): every file
 * in one text on Biome's standard input, each file coming out as Biome lays it out alone.
 */
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../../generator/format.js';

describe('formatFiles with Biome', () => {
  it('lays out TypeScript', async () => {
    const formatted = await formatFiles(new Map([['src/a.ts', 'export const  a = {b:1}']]));
    expect(formatted.get('src/a.ts')).toBe('export const a = { b: 1 };\n');
  });

  it('lays out each of several files as it would be alone', async () => {
    const given = new Map([
      // No final semicolon, before a file that begins with a parenthesis.
      ['src/a.ts', 'export const a = 1'],
      ['src/b.ts', '(() => {  })()\n'],
      // Only the start of a text may hold `#!`; Biome keeps one blank line after it.
      ['src/bin.ts', '#!/usr/bin/env node\n\n\nconsole.log( "x" )'],
      // Blank lines first, a comment last.
      ['src/c.ts', '\n\nexport type T = {a:string}\n// the end\n'],
      // The comment the files are cut at, but in a file.
      ['src/d.ts', '// file 0: src/x.ts\nexport const b = [1,2]'],
    ]);
    expect(Object.fromEntries(await formatFiles(given))).toEqual({
      'src/a.ts': 'export const a = 1;\n',
      'src/b.ts': '(() => {})();\n',
      'src/bin.ts': "#!/usr/bin/env node\n\nconsole.log('x');\n",
      'src/c.ts': 'export type T = { a: string };\n// the end\n',
      'src/d.ts': '// file 0: src/x.ts\nexport const b = [1, 2];\n',
    });
  });

  it('names the file and its line of a text Biome cannot format', async () => {
    const given = new Map([
      ['src/a.ts', '#!/usr/bin/env node\nexport const a = 1;\n\n'],
      ['src/b.ts', 'export const b = 2;\nexport const = ;'],
    ]);
    await expect(formatFiles(given)).rejects.toThrow(/could not be formatted: [^]*\bsrc\/b\.ts:2:14\b/);
  });
});
