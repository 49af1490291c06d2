/**
 * Where the nodes of a YAML document start, as a tree that either reading of a spec file
 * (yaml-data.ts, or yaml's document) builds, and the one walk that turns a YAML path into
 * `line:col` over it.
 */
import type { Document, Node } from 'yaml';
import { yaml } from './yaml.js';

export type YamlPath = readonly (string | number)[];

/** A node: its offset, and a mapping's entries by their key's value or a sequence's items. */
export interface Placed {
  readonly offset: number | undefined;
  readonly entries?: ReadonlyMap<unknown, PlacedEntry>;
  readonly items?: readonly (Placed | undefined)[];
}

export interface PlacedEntry {
  readonly key: number | undefined;
  readonly value: Placed | undefined;
}

/**
 * The offset of the node at `at` (or of its key). When the path goes past what exists, as for a
 * missing field, it is the key of the deepest mapping entry found: "get" for `get.http`.
 */
export function offsetAt(root: Placed | undefined, at: YamlPath, key: boolean): number {
  let node = root;
  let offset = node?.offset ?? 0;
  let parentKey: number | undefined;
  for (let i = 0; i < at.length; i++) {
    const step = at[i]!;
    if (node?.entries) {
      const entry = node.entries.get(step);
      if (!entry) return parentKey ?? offset;
      if (i === at.length - 1 && key && entry.key !== undefined) return entry.key;
      parentKey = entry.key;
      node = entry.value;
      offset = node?.offset ?? parentKey ?? offset;
    } else if (node?.items && typeof step === 'number' && node.items[step]) {
      node = node.items[step]!;
      offset = node.offset ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/** The tree of yaml's document; of two entries with one key, the first. */
export function placedOfDocument(doc: Document): Placed | undefined {
  return placedOfNode(doc.contents);
}

function placedOfNode(node: Node | null): Placed | undefined {
  if (!node) return undefined;
  const { isMap, isScalar, isSeq } = yaml();
  const offset = node.range?.[0];
  if (isMap(node)) {
    const entries = new Map<unknown, PlacedEntry>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const name = isScalar(key) ? key.value : key;
      if (!entries.has(name))
        entries.set(name, { key: key?.range?.[0], value: placedOfNode(pair.value as Node | null) });
    }
    return { offset, entries };
  }
  if (isSeq(node)) return { offset, items: node.items.map((item) => placedOfNode(item as Node | null)) };
  return { offset };
}

/** Line and column (from 1) of an offset, as yaml's LineCounter gives them; yaml-data.ts's reading does without yaml. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** The line positions of `text`, counted as yaml's parser counts them (a line starts after each `\n`). */
export function linePositionsOf(text: string): LinePositions {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    linePos(offset) {
      // The last line that starts at or before the offset.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - starts[low]! + 1 };
    },
  };
}

/** A spec file's `locate`: the line and column of the node at a path, or of its key. */
export function locator(placed: Placed | undefined, lines: LinePositions) {
  return (at: YamlPath, key = false) => lines.linePos(offsetAt(placed, at, key));
}
