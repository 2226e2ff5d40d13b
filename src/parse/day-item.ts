/**
 * A day-first date line read by Markdown as an ordered-list item: "10. März 2038" (the German,
 * Scandinavian and Central European order) opens with "10." and a space, the shape of an item
 * numbered 10, so the item's text loses its day. The day is put back where the rest is a date's.
 * @packageDocumentation
 */
import { findDates } from '../text/dates.js';

/** The highest number read as a day before the rest of a date. */
const LAST_DAY = 31;

/**
 * The text of an ordered-list item numbered `ordinal` with its number put back as a day
 * ("März 2038" numbered 10 → "10. März 2038") when the two read as one dated day with a month
 * name and a year and nothing after it but a full stop; else null.
 */
export function dayFirstDate(ordinal: number | undefined, text: string): string | null {
  if (ordinal === undefined || ordinal < 1 || ordinal > LAST_DAY || text.length > 40) return null;
  const trimmed = text.trim();
  // A month name must follow the day ("10. 3. 2038" stays a list item).
  if (!/^\p{L}/u.test(trimmed)) return null;
  const whole = `${ordinal}. ${trimmed}`;
  const date = findDates(whole)[0];
  return date && date.index === 0 && date.day === ordinal && date.year !== null && /^\.?$/.test(whole.slice(date.end).trim()) ? whole : null;
}
