/**
 * A year-first date line read by Markdown as an ordered-list item: "2037. március 12." (the
 * Hungarian order) opens with "2037." and a space, the shape of an item numbered 2037, so the
 * item's text loses the year. The year is put back where the rest is a date's.
 * @packageDocumentation
 */
import { findDates } from '../text/dates.js';

/** The lowest and highest numbers read as a year before the rest of a date. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/**
 * The text of an ordered-list item numbered `ordinal` with its number put back as a year
 * ("március 12." numbered 2037 → "2037. március 12.") when the two read as one date with nothing
 * after it but a full stop; else null.
 */
export function yearFirstDate(ordinal: number | undefined, text: string): string | null {
  if (ordinal === undefined || ordinal < FIRST_YEAR || ordinal > LAST_YEAR || text.length > 40) return null;
  const whole = `${ordinal}. ${text.trim()}`;
  const date = findDates(whole)[0];
  return date && date.index === 0 && date.year === ordinal && /^\.?$/.test(whole.slice(date.end).trim()) ? whole : null;
}
