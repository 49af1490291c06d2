/** The most the mock server takes from a request or a state file, and the check of nesting depth. */

/** Request bodies larger than this are refused with a 413. */
export const MAX_BODY_BYTES: number = 1 << 20;

/** How deep objects and arrays may nest in a request body, a stored item or a stored value. */
export const MAX_DEPTH = 64;

/** The longest item id a state may give. */
export const MAX_ID_LENGTH = 1024;

/**
 * Whether objects and arrays nest more than `limit` levels in `value` (`{}` is one level).
 * Iterative, so that no depth (nor a cycle, which is infinitely deep) can overflow the stack.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, level] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (level > limit) return true;
    for (const child of Object.values(node)) pending.push([child, level + 1]);
  }
  return false;
}
