import { jsDocText } from '../escape.js';
import type { TypeNode } from '../ir.js';

export interface DocTag {
  readonly tagName: string;
  /** Already escaped (jsDocText), or text of the generator's own. */
  readonly text?: string;
}

/**
 * A doc comment as the one string ts-morph is given: the description, a blank line, one line per
 * tag. Not a JSDoc structure: ts-morph writes a structure's parts through a scratch code writer
 * that reads them as code, and a `/*` in spec text made it close a comment it thought was open.
 */
export function docComment(description: string | undefined, tags: readonly DocTag[] = []): string[] {
  const tagLines = tags.map(({ tagName, text }) =>
    text === undefined || text === '' ? `@${tagName}` : `@${tagName}${text.startsWith('\n') ? '' : ' '}${text}`,
  );
  const parts = [description || undefined, tagLines.length > 0 ? tagLines.join('\n') : undefined].filter(Boolean);
  return parts.length === 0 ? [] : [parts.join('\n\n')];
}

/** JSDoc for a declaration or property: description, constraints as tags, deprecation. */
export function jsDoc(
  node: Pick<TypeNode, 'meta' | 'constraints'> & { format?: string },
  extra: string[] = [],
): string[] {
  const { meta, constraints } = node;
  const tags: DocTag[] = [];
  if (node.format) tags.push({ tagName: 'format', text: node.format });
  for (const [key, value] of Object.entries(constraints)) tags.push({ tagName: key, text: jsDocText(String(value)) });
  if (meta.default !== undefined) tags.push({ tagName: 'default', text: jsDocText(JSON.stringify(meta.default)) });
  if (meta.deprecated)
    tags.push({ tagName: 'deprecated', text: meta.deprecated === true ? undefined : jsDocText(meta.deprecated) });
  return docComment(docText(meta.description, ...extra), tags);
}

/** Paragraphs of a doc comment, spec text among them, escaped for it; empty ones are left out. */
export function docText(...paragraphs: (string | undefined)[]): string {
  return jsDocText(paragraphs.filter(Boolean).join('\n\n'));
}
