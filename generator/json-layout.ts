/**
 * The layout of every JSON file the generator writes, in the style of the TypeScript (two
 * spaces, 100 columns): an object or array stays on one line when the file's policy lets it
 * and that line fits, else each member goes on a line of its own. Laid out here rather than by
 * a formatter process, which would cost more than emitting the files.
 */
const LINE_WIDTH = 100;
const INDENT = '  ';

/** An object or array of a JSON value. */
export type JsonContainer = unknown[] | Record<string, unknown>;

/** The file's policy: whether a non-empty container has one member per line even where it would fit on one. */
export type Expanded = (container: JsonContainer) => boolean;

export function layOutJson(value: unknown, expanded: Expanded): string {
  return `${block(value, expanded, '', 0)}\n`;
}

/** `value` starting at column `column` of a line indented by `indent`, followed by `after` characters. */
function block(value: unknown, expanded: Expanded, indent: string, column: number, after = 0): string {
  if (!isContainer(value)) return JSON.stringify(value);
  const items = members(value);
  if (items.length === 0 || (!expanded(value) && !alwaysBreaks(value))) {
    const line = flat(value);
    if (items.length === 0 || column + line.length + after <= LINE_WIDTH) return line;
  }
  const inner = indent + INDENT;
  const lines = items.map(([key, item], i) => {
    const head = `${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`;
    return head + block(item, expanded, inner, head.length, i < items.length - 1 ? 1 : 0);
  });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** The one-line form: `{ "a": [1, 2] }`. */
function flat(value: unknown): string {
  if (!isContainer(value)) return JSON.stringify(value);
  const items = members(value).map(
    ([key, item]) => `${key === undefined ? '' : `${JSON.stringify(key)}: `}${flat(item)}`,
  );
  if (Array.isArray(value)) return `[${items.join(', ')}]`;
  return items.length === 0 ? '{}' : `{ ${items.join(', ')} }`;
}

/** What JSON.stringify writes of a container: an object without its undefined members, an array with null for them. */
function members(value: JsonContainer): [key: string | undefined, item: unknown][] {
  if (Array.isArray(value)) return value.map((item) => [undefined, item ?? null]);
  return Object.entries(value).filter(([, item]) => item !== undefined);
}

function isContainer(value: unknown): value is JsonContainer {
  return typeof value === 'object' && value !== null;
}

function alwaysBreaks(value: JsonContainer): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const arrays = Array.isArray(value[0]);
  return value.every((item) => isContainer(item) && Array.isArray(item) === arrays && members(item).length > 1);
}
