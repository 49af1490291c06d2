/**
 * The data of a spec file read from js-yaml's event stream, which a cold process reads in a
 * fraction of the time yaml takes to build its document. The data is what yaml's `toJS` gives for
 * the same text under the YAML 1.2 core schema, the one load.ts parses with. Wherever the two
 * could read a text differently, the text is left to yaml, which also places every error: a text
 * that js-yaml rejects, that is not one mapping, that uses anchors, aliases, tags or directives,
 * whose keys are not scalars that begin their line, are empty, too long or repeated, or that
 * matches one of the patterns below.
 */
import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import type { Placed, PlacedEntry } from './yaml-positions.js';

// Required, not imported: see emit/ts-morph.ts.
const { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } = createRequire(import.meta.url)(
  'js-yaml',
) as typeof JsYaml;

/** What yaml and js-yaml read differently, found by comparing them on random texts. */
const UNLIKE: readonly RegExp[] = [
  // Tabs: yaml takes them for indentation in more places.
  /\t/,
  // A carriage return on its own: a line break to js-yaml only.
  /\r(?!\n)/,
  // Document markers.
  /^ *(?:---|\.\.\.)(?!\S)/m,
  // Block scalars that keep their final line breaks or give their indentation.
  /[|>](?:\+|-?[1-9])/,
  // An escaped line break before an empty line, in a double-quoted scalar.
  /\\\r?\n *\r?\n/,
];

/** yaml reports an implicit key longer than this. */
const MAX_KEY_LENGTH = 1024;

/**
 * The core schema's reading of a plain scalar, in the order yaml tries its tags: null, bool,
 * octal, decimal and hexadecimal int, the special floats, then floats with and without an
 * exponent; anything else is a string.
 */
function plainScalar(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** A mapping being read: its object, where its entries are, and the key waiting for its value. */
interface OpenMapping {
  readonly object: Record<string, unknown>;
  readonly entries: Map<unknown, PlacedEntry>;
  readonly block: boolean;
  key?: { readonly value: unknown; readonly offset: number; readonly end: number };
}

interface OpenSequence {
  readonly array: unknown[];
  readonly items: Placed[];
}

/** A node just read: its data, where it starts, and its event when it is a scalar. */
interface ReadNode {
  readonly value: unknown;
  readonly placed: Placed;
  readonly scalar?: JsYaml.ScalarEvent;
}

/** Thrown to leave the text to yaml. */
class Declined extends Error {}

/** A spec file's data, and where its nodes are. */
export interface QuickYaml {
  readonly data: unknown;
  readonly placed: Placed | undefined;
}

/**
 * The data of `text`, or undefined when yaml is to read it. `flowAcrossLines` says whether a flow
 * collection in it spans lines, which yaml reads more strictly (yaml-nesting.ts finds it while it
 * measures the nesting).
 */
export function quickYaml(text: string, flowAcrossLines: boolean): QuickYaml | undefined {
  if (flowAcrossLines || UNLIKE.some((pattern) => pattern.test(text))) return undefined;
  let events: JsYaml.Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  try {
    return build(text, events);
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

function build(text: string, events: readonly JsYaml.Event[]): QuickYaml {
  const open: (OpenMapping | OpenSequence)[] = [];
  let documents = 0;
  let root: QuickYaml = { data: null, placed: undefined };
  const add = (node: ReadNode) => {
    const parent = open.at(-1);
    if (parent === undefined) {
      // A spec file is a mapping: a document that is a scalar or a sequence is left to yaml.
      if (node.scalar !== undefined || Array.isArray(node.value)) throw new Declined();
      root = { data: node.value, placed: node.placed };
    } else if ('array' in parent) {
      parent.array.push(node.value);
      parent.items.push(node.placed);
    } else if (parent.key === undefined) setKey(text, parent, node);
    else setValue(text, parent, node);
  };
  for (const event of events) {
    if ('tagStart' in event && (event.anchorStart !== -1 || event.tagStart !== -1)) throw new Declined();
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) throw new Declined();
        break;
      case EVENT_ID.SCALAR: {
        const source = getScalarValue(text, event);
        add({
          value: event.style === SCALAR_STYLE.PLAIN ? plainScalar(source) : source,
          placed: { offset: scalarStart(text, event) },
          scalar: event,
        });
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const sequence: OpenSequence = { array: [], items: [] };
        add({ value: sequence.array, placed: { offset: event.start, items: sequence.items } });
        open.push(sequence);
        break;
      }
      case EVENT_ID.MAPPING: {
        const mapping: OpenMapping = { object: {}, entries: new Map(), block: event.style === COLLECTION_STYLE.BLOCK };
        add({ value: mapping.object, placed: { offset: event.start, entries: mapping.entries } });
        open.push(mapping);
        break;
      }
      case EVENT_ID.ALIAS:
        throw new Declined();
      case EVENT_ID.POP:
        // A document opens nothing here: its end finds nothing open.
        open.pop();
        break;
    }
  }
  return root;
}

/** Takes the scalar read for the key of the mapping's next entry. */
function setKey(text: string, mapping: OpenMapping, { value, placed, scalar }: ReadNode): void {
  if (
    scalar === undefined ||
    value === null ||
    scalar.valueEnd - scalar.valueStart > MAX_KEY_LENGTH ||
    mapping.entries.has(value) ||
    (mapping.block && !startsLine(text, scalar))
  )
    throw new Declined();
  mapping.key = { value, offset: placed.offset!, end: scalar.valueEnd };
}

function setValue(text: string, mapping: OpenMapping, { value, placed, scalar }: ReadNode): void {
  const key = mapping.key!;
  // yaml takes a plain scalar on a line after a comment for the start of a key.
  if (mapping.block && scalar?.style === SCALAR_STYLE.PLAIN && text.slice(key.end, scalar.valueStart).includes('#'))
    throw new Declined();
  // Named as yaml's toJS names it (`1.50` is "1.5"); an own property, as there, even under the
  // name of the prototype's accessor.
  const name = String(key.value);
  if (name === '__proto__')
    Object.defineProperty(mapping.object, name, { value, writable: true, enumerable: true, configurable: true });
  else mapping.object[name] = value;
  mapping.entries.set(key.value, { key: key.offset, value: placed });
  mapping.key = undefined;
}

/**
 * Where yaml has a scalar start: at its first character, its opening quote, or its block
 * indicator (`|`, `>`), which ends the line before the one js-yaml starts the scalar at. An empty
 * scalar, which js-yaml does not place, is left to yaml.
 */
function scalarStart(text: string, scalar: JsYaml.ScalarEvent): number {
  if (scalar.valueStart === -1) throw new Declined();
  switch (scalar.style) {
    case SCALAR_STYLE.PLAIN:
      return scalar.valueStart;
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return scalar.valueStart - 1;
    default: {
      const lineStart = text.lastIndexOf('\n', scalar.valueStart - 2) + 1;
      const header = BLOCK_HEADER.exec(text.slice(lineStart, scalar.valueStart - 1));
      if (!header) throw new Declined();
      return lineStart + header.index;
    }
  }
}

/** The end of a block scalar's first line: its indicator, chomping, and a comment. */
const BLOCK_HEADER = /[|>]-?[ ]*(?:#.*)?\r?$/;

/**
 * Whether a key of a block mapping comes first on its line, after the indicators of the entries
 * it begins (`- `, `? `): js-yaml also takes a key after a sequence's entry on the same line.
 */
function startsLine(text: string, key: JsYaml.ScalarEvent): boolean {
  const start = key.style === SCALAR_STYLE.PLAIN ? key.valueStart : key.valueStart - 1;
  return /^ *(?:[-?] +)*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}
