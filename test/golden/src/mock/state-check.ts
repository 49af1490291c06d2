// Copied from generator/mock/state-check.ts by `npm run generate`. Edit it there.
/**
 * A state from a seed, a state file or `PUT /__mock/state`, checked whole before any of it is
 * kept: every path one the state keeps things at, every item an object with a usable id, nothing
 * nested deeper than the limit, and all of it a copy made of plain JSON.
 */
import { newId } from './actions.js';
import { MAX_DEPTH, MAX_ID_LENGTH, nestedDeeperThan } from './limits.js';
import { isObject, own } from './records.js';
import type { StatePaths } from './state-paths.js';
import type { CheckedState, Item } from './store.js';

const SECTIONS = ['collections', 'values'];

/** The state `input` describes, keyed as the store keeps it; throws naming the first place that is not valid. */
export function checkState(input: unknown, paths: StatePaths): CheckedState {
  if (!isObject(input)) throw new Error('a state must be an object: { "collections": {...}, "values": {...} }');
  const unknown = Object.keys(input).find((key) => !SECTIONS.includes(key));
  if (unknown !== undefined) throw new Error(`a state has "collections" and "values", not "${unknown}"`);

  const collections = new Map<string, Map<string, Item>>();
  for (const [path, items] of sectionOf(input, 'collections', 'collection')) {
    const place = paths.collection(path);
    if (!place) throw new Error(`collections["${path}"]: no collection is kept there`);
    if (!Array.isArray(items)) throw new Error(`collections["${path}"] must be an array of objects`);
    const kept = collections.get(place.key) ?? new Map<string, Item>();
    items.forEach((given: unknown, i) => {
      const where = `collections["${path}"][${i}]`;
      const item = jsonCopy(given, where);
      if (!isObject(item)) throw new Error(`collections["${path}"] must be an array of objects`);
      const id = own(item, place.idField) === undefined ? newId(place.idFormat) : item[place.idField];
      if (!isId(id))
        throw new Error(
          `${where}.${place.idField} must be a string of 1 to ${MAX_ID_LENGTH} characters, other than "." and ".."`,
        );
      if (kept.has(id)) throw new Error(`${where}.${place.idField} "${id}" is already the id of another item`);
      item[place.idField] = id;
      kept.set(id, item);
    });
    if (kept.size > 0) collections.set(place.key, kept);
  }

  const values = new Map<string, unknown>();
  for (const [path, value] of sectionOf(input, 'values', 'value')) {
    const key = paths.value(path);
    if (key === undefined) throw new Error(`values["${path}"]: no value is kept there`);
    values.set(key, jsonCopy(value, `values["${path}"]`));
  }
  return { collections, values };
}

function sectionOf(input: Record<string, unknown>, name: string, kind: string): [string, unknown][] {
  const section = own(input, name);
  if (section === undefined) return [];
  if (!isObject(section)) throw new Error(`"${name}" must be an object of ${kind} paths`);
  return Object.entries(section);
}

const isId = (id: unknown): id is string =>
  typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH && id !== '.' && id !== '..';

/** A copy holding only JSON (what a state file can keep), refused if nested too deeply. */
function jsonCopy(value: unknown, where: string): unknown {
  if (nestedDeeperThan(value, MAX_DEPTH)) throw new Error(`${where} is nested more than ${MAX_DEPTH} levels deep`);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new Error(`${where} is not JSON (${(error as Error).message})`);
  }
  if (text === undefined) throw new Error(`${where} is not JSON`);
  return JSON.parse(text);
}
