/**
 * Year-first dotted dates as Korean offices print them ("2038. 3. 5."): to Markdown the line
 * opens three nested ordered lists (items 2038, 3 and 5), so the date is lost. The space after
 * the year becomes a no-break space, which no list marker accepts, so the line stays a
 * paragraph; offsets are kept (one character for one).
 * @packageDocumentation
 */

/** A line opening with a year, a month and a day, each closed by a dot and a space. */
const DOTTED = /^([ ]{0,3}(?:19|20)\d{2}\.)[ \t](?=(?:0?[1-9]|1[0-2])\.[ \t]{1,3}(?:0?[1-9]|[12]\d|3[01])\.?(?![\d.]))/gm;

/** `text` with the list marker of each year-first dotted date line defused ("2038. 3. 5." stays a date). */
export function defuseDottedDates(text: string): string {
  return text.replace(DOTTED, '$1\u00a0');
}
