/**
 * Whether a publication sentence dates the paper to the release's day ("published today",
 * "this week"), leaving out a "today" that means "nowadays" ("than fields farmed today").
 * @packageDocumentation
 */

/** A word that dates the publication to the release's day or week. */
const TODAY = /\b(?:today|this\s+week|tonight)\b/i;

/**
 * A "today" that means "nowadays": in a comparison ("than soils from fields farmed today",
 * "than anyone does today") or after "even", "still" or "until", up to the clause's end.
 */
const NOWADAYS = /\bthan\s[^,;:.]{0,60}?\btoday\b(?!\s+(?:in|at|by|online)\b)|\b(?:even|still|until|up\s+to)\s+today\b/gi;

/** True when `sentence` says the paper comes out today or this week, not only that something happens nowadays. */
export function publishedToday(sentence: string): boolean {
  if (!TODAY.test(sentence)) return false;
  return TODAY.test(sentence.replace(NOWADAYS, ' '));
}
