/**
 * Array helpers for data whose size the source decides. `target.push(...items)` passes every item
 * as an argument and throws "Maximum call stack size exceeded" past ~100k items (a 1 MB line of
 * text gives a million offsets); these loop instead.
 */

/** Appends every item of `items` to `target`; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest of `values` (Infinity when empty), without spreading them into Math.min. */
export function minOf(values: Iterable<number>): number {
  let least = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** The largest of `values` (-Infinity when empty), without spreading them into Math.max. */
export function maxOf(values: Iterable<number>): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > most) most = value;
  return most;
}
