/**
 * A date in round brackets after a dateline's place with no dash after it, the lead's first
 * sentence following at once ("Jena (17.03.2040) Wenn Raupen …"), as German offices print it.
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';

/** A space and a capital letter, a digit or an opening quote: the lead's first sentence after the bracket. */
const SENTENCE_AFTER = /^\s{1,3}[\p{Lu}\d„"“‚‘]/u;

/**
 * The date filling the brackets that close at `close` in `s` (`insideText` is their content):
 * a full date with a day and a year and nothing else, with the lead's first sentence after the
 * closing bracket; null otherwise ("Smith (2019) showed" has no day, so it does not pass).
 */
export function bracketDateBeforeSentence(s: string, close: number, insideText: string): DateMatch | null {
  const t = insideText.trim();
  const date = findDates(t, { numeric: true })[0];
  if (!date || date.index !== 0 || date.end !== t.length || date.year === null || date.day < 1) return null;
  return SENTENCE_AFTER.test(s.slice(close + 1, close + 6)) ? date : null;
}
