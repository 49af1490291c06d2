import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { TypeNode } from '../ir.js';

/** JSDoc for a declaration or property: description, constraints as tags, deprecation. */
export function jsDoc(
  node: Pick<TypeNode, 'meta' | 'constraints'> & { format?: string },
  extra: string[] = [],
): OptionalKind<JSDocStructure>[] {
  const { meta, constraints } = node;
  const tags: { tagName: string; text?: string }[] = [];
  if (node.format) tags.push({ tagName: 'format', text: node.format });
  for (const [key, value] of Object.entries(constraints)) tags.push({ tagName: key, text: String(value) });
  if (meta.default !== undefined) tags.push({ tagName: 'default', text: JSON.stringify(meta.default) });
  if (meta.deprecated)
    tags.push({ tagName: 'deprecated', text: meta.deprecated === true ? undefined : meta.deprecated });
  const description = [meta.description, ...extra].filter(Boolean).join('\n\n');
  if (!description && tags.length === 0) return [];
  return [{ description: description ? `${description}${tags.length ? '\n' : ''}` : undefined, tags }];
}
