/**
 * How much two lines say the same thing, counted in words: the token F1 the scorer and the
 * headline strategies use to tell a repeated title from a different one.
 * @packageDocumentation
 */

/** The lower-cased words of `text`, letters and digits only. */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The share of words two word lists have in common (token F1): 1 for the same words, 0 for none in common. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
