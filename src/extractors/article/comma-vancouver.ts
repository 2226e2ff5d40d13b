/**
 * A Vancouver reference printed with commas only: "Roe K, Lim-Park S, Ito A, Title, Journal,
 * 63, e2036GL112874 (2036)." The names carry no full stop after them, so the title starts at
 * the first comma-separated item that is not a Vancouver name. Some print no title at all:
 * "Roe K, Lim S, Struct Health Monit 2037;47(3):1120-1134".
 * @packageDocumentation
 */

/** One Vancouver name: a family name (particles and a second surname allowed) and one to three capital initials. */
const VANCOUVER_NAME =
  /^(?:(?:van|von|de|der|den|del|della|da|di|du|dos|la|le|ter|ten)\s){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:[-\s]\p{Lu}[\p{Ll}\p{M}'’]+){0,2}\s\p{Lu}{1,3}$/u;

/** A capital letter opening the title after the names. */
const OPENS_CAPITAL = /^\p{Lu}/u;
/** Capital initials ending an item: a name this module's pattern does not know ("Mac an tSaoir C"), never a title. */
const ENDS_INITIALS = /\s\p{Lu}{1,3}$/u;
/** A year, as the numbers closing the reference print one. */
const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * Splits a comma-only Vancouver reference into its names and the rest ("Title, Journal, …"):
 * two or more names must open it and at least two items (title and journal) follow them, the
 * first opening with a capital, holding three words or more and ending in no initials, and the
 * rest printing a year. Null when it is not that shape.
 */
export function commaVancouverHead(part: string): [string, string] | null {
  const items = part.split(', ');
  let k = 0;
  while (k < items.length && VANCOUVER_NAME.test(items[k]!.trim())) k++;
  if (k < 2 || items.length - k < 2) return null;
  const first = items[k]!.trim();
  if (!OPENS_CAPITAL.test(first) || first.split(/\s+/).length < 3 || ENDS_INITIALS.test(first)) return null;
  const rest = items.slice(k).join(', ');
  return YEAR.test(rest) ? [items.slice(0, k).join(', '), rest] : null;
}

/** A journal's name (capitalised words, perhaps abbreviated), then a Vancouver year and volume: "Struct Health Monit 2037;47". */
const JOURNAL_THEN_NUMBERS = /^(\p{Lu}[\p{L}'’&-]*\.?(?:\s(?:\p{Lu}[\p{L}'’&-]*\.?|of|and|in|&)){0,8})\s(?:19|20)\d{2}(?:\s\p{Lu}\p{Ll}{2}(?:\s\d{1,2})?)?\s?;\s?\d/u;

/**
 * Splits a Vancouver reference that prints no title into its names and its journal: one name or
 * more, each a comma-separated item, then the journal with the year and volume after it
 * ("Roe K, Lim S, Struct Health Monit 2037;47(3):1120-1134"). Null when it is not that shape.
 */
export function namesThenJournal(part: string): { names: string; journal: string } | null {
  const items = part.split(', ');
  let k = 0;
  while (k < items.length && VANCOUVER_NAME.test(items[k]!.trim())) k++;
  if (k < 1 || k >= items.length) return null;
  const journal = JOURNAL_THEN_NUMBERS.exec(items[k]!.trim());
  return journal ? { names: items.slice(0, k).join(', '), journal: journal[1]!.replace(/\.$/, '') } : null;
}
