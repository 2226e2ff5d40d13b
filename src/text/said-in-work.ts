/**
 * A verb of speech or writing set "in" a paper ("the authors wrote in the paper that "…"",
 * "she said in a report, "…""): the quoted words after it are what was written or said
 * there, not the paper's title.
 * @packageDocumentation
 */

/** A verb of speech and "in the/their/a" that end the text right before a paper's noun. */
export const SAID_IN = /\b(?:said|says|say|writes?|wrote|written|adds?|added|explains?|explained|notes?|noted|stated|states|argued?|argues|concluded?|concludes|warned?|warns)\s+in\s+(?:the|their|his|her|its|a|an|this)\s+$/i;

/** The same, with the paper's noun and an optional "that" or comma, at the end of the text. */
const SAID_IN_WORK = /\b(?:said|says|say|writes?|wrote|written|adds?|added|explains?|explained|notes?|noted|stated|states|argued?|argues|concluded?|concludes|warned?|warns)\s+in\s+(?:the|their|his|her|its|a|an|this)\s+(?:paper|study|article|report|review|commentary|editorial|letter|manuscript|publication|abstract)\s{0,3}(?:,|that)?\s{0,3}$/i;

/**
 * True when the narration `before` a quoted span ends with a verb of speech set in a paper
 * ("… wrote in the paper that "), so the span is a statement, not a title.
 */
export function saidInWork(before: string): boolean {
  return SAID_IN_WORK.test(before.slice(-80));
}
