/**
 * British house style nests double marks inside single ones (‘They called it “a windbreak”, …’):
 * the single-quoted span is then the speech and the double-quoted one only a phrase inside it.
 * @packageDocumentation
 */

import type { QuoteSpan } from './spans.js';

/**
 * True when the paragraph's speech is set in single marks with double marks nested inside:
 * there is at least one single-quoted span, and every double-quoted span lies inside one of
 * them. A paragraph with a double-quoted span outside every single one keeps its double marks.
 */
export function singlesAreOuter(double: readonly QuoteSpan[], single: readonly QuoteSpan[]): boolean {
  if (!single.length || !double.length) return false;
  return double.every((d) => single.some((s) => s.open < d.open && d.close <= s.close));
}
