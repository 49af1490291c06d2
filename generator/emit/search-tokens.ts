/**
 * How search text becomes words, at generation time for the index and (the same rules, written
 * again in templates/site/site.js) for what the reader types: lower case, split at anything that
 * is not a letter or digit and between camelCase humps; a compound name also stays whole.
 */
export function tokens(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.split(/[^A-Za-z0-9]+/).filter(Boolean)) {
    // Every split is before a capital that follows another character; most words have none.
    const parts = /[A-Z]/.test(word.slice(1)) ? word.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/) : [word];
    for (const part of parts) out.add(part.toLowerCase());
    if (parts.length > 1) out.add(word.toLowerCase());
  }
  for (const compound of text.split(/[^A-Za-z0-9_]+/).filter((w) => w.includes('_')))
    out.add(compound.toLowerCase().replace(/^_+|_+$/g, ''));
  return [...out].filter(Boolean);
}
