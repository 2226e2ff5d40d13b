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

/** The label that opens a note on a corrected or updated release ("CORRECTED RELEASE —", "Correction, 21 March 2031:", "Editor's note:"). */
const CORRECTION_OPENING = /^[*_\s]{0,3}(?:(?:corrected|updated|revised)\s{1,3}(?:release|version)|correction|clarification|update|editor['’]s\s{1,3}note)\b[^\n:–—]{0,40}[:–—]/i;

/** A sentence in such a note that names when the first version was issued ("The original release was issued on", "An earlier version of this release, issued on"). */
const ORIGINAL_ISSUED = /\b(?:original(?:ly)?|earlier|first|previous)\b[^.\n]{0,60}?\b(?:issued|published|released|posted|distributed|sent)\s{1,3}(?:on\s{1,3})?/gi;

/** True for a block that is a note on a corrected or updated release ("CORRECTED RELEASE — This release was updated on …"), which is no headline. */
export function isCorrectionNote(text: string): boolean {
  if (text.length > 600 || !CORRECTION_OPENING.test(text)) return false;
  return /\b(?:this|earlier|original|previous)\s{1,3}(?:press\s{1,3}|news\s{1,3})?(?:release|version|story|article)\b/i.test(text);
}

/**
 * The date on which a correction note says the release was first issued ("The original release
 * was issued on March 11, 2031"), the release's own date; null when the note names none.
 */
export function readCorrectionOriginal(text: string): DateMatch | null {
  if (!isCorrectionNote(text)) return null;
  for (const m of text.matchAll(ORIGINAL_ISSUED)) {
    const at = m.index + m[0].length;
    const d = findDates(text.slice(at, at + 40), { numeric: true })[0];
    if (d && d.index === 0) return { ...d, index: d.index + at, end: d.end + at };
  }
  return null;
}
