/**
 * Laying out the generated files, for the files that are laid out here: markdown tidied, and
 * files that are shipped as written (JSON, laid out by its emitters). TypeScript goes through
 * Biome, a process of its own: format-biome.test.ts, and the golden and generated-in-sync tests.
 */
import { describe, expect, it } from 'vitest';
import { COPIED_HEADER, formatFiles } from '../../generator/format.js';

describe('formatFiles', () => {
  it.each<{ name: string; given: [file: string, text: string]; want: string }>([
    {
      name: 'markdown without trailing spaces, blank-line runs or blank ends',
      given: ['docs/index.md', '\n\n# Title  \n\n\n\ntext\t\nmore\n\n\n'],
      want: '# Title\n\ntext\nmore\n',
    },
    { name: 'markdown ending in one newline', given: ['README.md', '# Title'], want: '# Title\n' },
    { name: 'the OpenAPI document, one line as written', given: ['openapi.json', '{"a": 1}\n'], want: '{"a": 1}\n' },
    { name: 'other JSON as written', given: ['api.json', '{"a":  [ 1 ]}'], want: '{"a":  [ 1 ]}' },
    {
      name: 'a copied file as written',
      given: ['src/runtime/x.ts', `${COPIED_HEADER}generator/runtime/x.ts.\nconst  x=1`],
      want: `${COPIED_HEADER}generator/runtime/x.ts.\nconst  x=1`,
    },
    { name: 'HTML as written', given: ['docs/site/index.html', '<p>  </p>\n\n\n'], want: '<p>  </p>\n\n\n' },
  ])('$name', async ({ given: [file, text], want }) => {
    expect((await formatFiles(new Map([[file, text]]))).get(file)).toBe(want);
  });

  it('returns the files sorted by path', async () => {
    const files = new Map([
      ['docs/site/site.css', ''],
      ['README.md', 'x'],
      ['docs/index.md', 'y'],
    ]);
    expect([...(await formatFiles(files)).keys()]).toEqual(['README.md', 'docs/index.md', 'docs/site/site.css']);
  });
});
