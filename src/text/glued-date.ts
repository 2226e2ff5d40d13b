/**
 * Dates whose spaces were lost when a web page was copied as plain text: a byline's name glued to
 * the date after it ("By Jane Roe4 March 2037", "Jane RoeMarch 4, 2037") and a page's button label
 * glued to the year before it ("4 March 2037Share").
 * @packageDocumentation
 */

/** The names of the months, in full or cut short, as dates print them. */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// Both built on first use: they are a last resort, which most releases never reach.
let dayFirst: RegExp | undefined;
let monthFirst: RegExp | undefined;
/** A small letter glued to a day-first date ("Roe4 March 2037"). */
const GLUED_DAY_FIRST = (): RegExp => (dayFirst ??= new RegExp(`(\\p{Ll})(?=\\d{1,2}\\s{1,3}${MONTH}\\s{1,3}\\d{4}(?!\\d))`, 'gu'));
/** A small letter glued to a month-first date ("RoeMarch 4, 2037"). */
const GLUED_MONTH_FIRST = (): RegExp => (monthFirst ??= new RegExp(`(\\p{Ll})(?=${MONTH}\\s{1,3}\\d{1,2},?\\s{1,3}\\d{4}(?!\\d))`, 'gu'));
/** A page's share, print or comment button glued to the year before it ("2037Share", "2037PrintEmail"), with anything after it. */
const GLUED_BUTTON = /(\d{4})(?:Share|Print|E-?mail|Tweet|Save|Listen|Comments?|Facebook|Twitter|LinkedIn)(?!\p{Ll}).*$/u;

/**
 * The line with its glued date set apart: a space between a small letter and the date glued to it,
 * and a share or print button glued to the year dropped with what follows it. A line without such
 * glue comes back unchanged.
 */
export function unglueDate(line: string): string {
  return line.replace(GLUED_DAY_FIRST(), '$1 ').replace(GLUED_MONTH_FIRST(), '$1 ').replace(GLUED_BUTTON, '$1');
}
