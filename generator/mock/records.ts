/**
 * Objects keyed by names that come from a request or a file. They have no prototype, and names
 * are looked up only among a table's own keys, so no name (`__proto__`, `constructor`) ever
 * reaches Object.prototype.
 */

/** An empty object without a prototype: `record[name] = value` only ever sets an own key. */
export const emptyRecord = <T = unknown>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** `table[name]` if the table has that key of its own; never something inherited. */
export const own = <T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  table !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
