/** Doc comments: the description, then a tag a line, spec text escaped for the comment. */
import { describe, expect, it } from 'vitest';
import { docComment, docText, jsDoc, type DocTag } from '../../../generator/emit/jsdoc.js';

describe('jsDoc', () => {
  it.each<{ name: string; given: Parameters<typeof jsDoc>; want: string[] }>([
    { name: 'nothing to say', given: [{ meta: { nullable: false }, constraints: {} }], want: [] },
    {
      name: 'a description',
      given: [{ meta: { nullable: false, description: 'A pet.' }, constraints: {} }],
      want: ['A pet.'],
    },
    {
      name: 'format, constraints, default and deprecation as tags, in that order',
      given: [
        {
          format: 'uuid',
          meta: { nullable: false, description: 'The id.', default: 'a*/b', deprecated: 'Use `key`.' },
          constraints: { minLength: 1, pattern: '^@x' },
        },
      ],
      want: ['The id.\n\n@format uuid\n@minLength 1\n@pattern ^@x\n@default "a*\\/b"\n@deprecated Use `key`.'],
    },
    {
      name: 'a deprecation without a message',
      given: [{ meta: { nullable: false, deprecated: true }, constraints: {} }],
      want: ['@deprecated'],
    },
    {
      name: 'paragraphs of its own after the description',
      given: [{ meta: { nullable: false, description: 'A pet.' }, constraints: {} }, ['The request form.']],
      want: ['A pet.\n\nThe request form.'],
    },
    {
      name: 'spec text that would close the comment or start a tag',
      given: [{ meta: { nullable: false, description: '@internal\nsecond */' }, constraints: {} }],
      want: ['&#64;internal\nsecond *\\/'],
    },
  ])('$name', ({ given, want }) => {
    expect(jsDoc(...given)).toEqual(want);
  });
});

describe('docComment', () => {
  it.each<{ given: [string | undefined, DocTag[]]; want: string[] }>([
    { given: [undefined, []], want: [] },
    { given: ['', []], want: [] },
    {
      // A tag whose text starts on a line of its own, as an example's code block does.
      given: ['Text.', [{ tagName: 'example', text: '\n```ts\nx\n```' }]],
      want: ['Text.\n\n@example\n```ts\nx\n```'],
    },
    {
      given: [
        undefined,
        [
          { tagName: 'deprecated', text: '' },
          { tagName: 'see', text: 'Other' },
        ],
      ],
      want: ['@deprecated\n@see Other'],
    },
  ])('$given', ({ given, want }) => {
    expect(docComment(...given)).toEqual(want);
  });
});

describe('docText', () => {
  it.each<{ given: (string | undefined)[]; want: string }>([
    { given: ['a', undefined, '', 'b */'], want: 'a\n\nb *\\/' },
    { given: [], want: '' },
  ])('$given', ({ given, want }) => {
    expect(docText(...given)).toBe(want);
  });
});
