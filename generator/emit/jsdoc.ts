import type { JSDocStructure, OptionalKind } from 'ts-morph';
import { jsDocText } from '../escape.js';
import type { TypeNode } from '../ir.js';

/** JSDoc for a declaration or property: description, constraints as tags, deprecation. */
export function jsDoc(
  node: Pick<TypeNode, 'meta' | 'constraints'> & { format?: string },
  extra: string[] = [],
): OptionalKind<JSDocStructure>[] {
  const { meta, constraints } = node;
  const tags: { tagName: string; text?: string }[] = [];
  if (node.format) tags.push({ tagName: 'format', text: node.format });
  for (const [key, value] of Object.entries(constraints)) tags.push({ tagName: key, text: jsDocText(String(value)) });
  if (meta.default !== undefined) tags.push({ tagName: 'default', text: jsDocText(JSON.stringify(meta.default)) });
  if (meta.deprecated)
    tags.push({ tagName: 'deprecated', text: meta.deprecated === true ? undefined : jsDocText(meta.deprecated) });
  const description = docText(meta.description, ...extra);
  if (!description && tags.length === 0) return [];
  return [{ description: description ? `${description}${tags.length ? '\n' : ''}` : undefined, tags }];
}

/** Paragraphs of a doc comment, spec text among them, escaped for it; empty ones are left out. */
export function docText(...paragraphs: (string | undefined)[]): string {
  return jsDocText(paragraphs.filter(Boolean).join('\n\n'));
}
