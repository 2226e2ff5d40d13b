/**
 * A bounded memo for pure string functions the extractors call again and again.
 * @packageDocumentation
 */

/** Entries a memo holds at most before it starts over (peak memory matters more than old hits). */
export const MEMO_SIZE = 256;

/**
 * Wraps `compute` so that its answer for a key is remembered; at most {@link MEMO_SIZE}
 * answers are kept (the memo is cleared when full), and keys longer than `maxKey` are not kept.
 */
export function memoize<V>(compute: (key: string) => V, maxKey = 300): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= MEMO_SIZE) known.clear();
    if (key.length <= maxKey) known.set(key, value);
    return value;
  };
}
