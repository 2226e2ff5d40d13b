/**
 * Head lines that date a later edit of a release ("UPDATED 15 March 2031, 10:30 GMT",
 * "Corrected: 16 March 2031") or name who first issued it and when ("Originally published by
 * the University of X on 12 March 2031").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';

/** The label of a later edit, then perhaps "on" and a colon ("UPDATED", "Last updated on:", "Corrected"). */
const EDIT_LABEL = /^(?:last\s{1,3})?(?:updated|modified|revised|corrected|amended)(?:\s{1,3}on)?\s{0,3}:?\s{0,3}/i;

/** What may follow an edit's date: its time and zone ("10:30 GMT", "at 9.15am AEDT"), nothing else of a sentence. */
const EDIT_AFTER = /^[\s,]{0,3}(?:(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?:\s{0,2}[ap]\.?m\.?)?(?:\s{0,3}\(?[A-Z]{2,5}\)?)?)?\s{0,3}\.?$/i;

/** The opening of a line naming who first issued the release ("Originally published by ", "First posted by "). */
const ORIGINAL_BY = /^(?:originally|first)\s{1,3}(?:published|posted|released|issued)\s{1,3}by\s{1,3}\p{Lu}/iu;

/** The words between the issuer's name and the date ("… Finland on ", "…, "). */
const BEFORE_ORIGINAL_DATE = /(?:\s(?:on|in)|,)\s{1,3}$/;

/** A weekday before a date ("Monday, ", "Tue "). */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3}/i;

/** True for a short line that only dates a later edit of the release ("UPDATED 15 March 2031, 10:30 GMT"). */
export function isEditLine(line: string): boolean {
  if (line.length > 80 || !EDIT_LABEL.test(line)) return false;
  const label = EDIT_LABEL.exec(line)!;
  const rest = line.slice(label[0].length).replace(WEEKDAY, '');
  const d = findDates(rest, { numeric: true })[0];
  return d !== undefined && d.index === 0 && EDIT_AFTER.test(rest.slice(d.end));
}

/**
 * The date of a line naming who first issued the release ("Originally published by the
 * University of X on 12 March 2031"): a date that ends the line after "on", "in" or a comma;
 * null for any other line.
 */
export function readOriginalLine(line: string): DateMatch | null {
  if (line.length > 200 || !ORIGINAL_BY.test(line)) return null;
  const d = findDates(line, { numeric: true })[0];
  if (!d || !BEFORE_ORIGINAL_DATE.test(line.slice(0, d.index)) || !/^\s{0,3}\.?$/.test(line.slice(d.end))) return null;
  return d;
}
