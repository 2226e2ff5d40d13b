/**
 * A title-first reference whose authors follow the title after commas, before the journal
 * ("Title of the paper, Ana Roe, Ken Lim and Eva Wu, Nature Catalysis (2039)", "The article: Title,
 * A, B, C, Advanced Materials 2038"): the run of names that closes what was read as the title.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { splitName } from '../../text/names.js';

/** One name in natural order: a capitalised given name, perhaps an initial or up to two particles, then one or two family words. */
const FULL_NAME = /^\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,30})?(?:\s\p{Lu}\.)?(?:\s(?:(?:van|von|de|der|den|del|da|la|le|ter|ten|bin)\s){0,2}\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,30})?){1,2}$/u;

/** Words of places and features that a list of places shares with a list of names ("Lake Malawi", "Mount Kenya", "North Sea"). */
const PLACE_WORD = /(?:^|\s)(?:Lake|Mount|River|Sea|Bay|Gulf|Island|Islands|Cape|Valley|North|South|East|West|New|Saint|San|Santa|St|Fort|Port|Park|Forest|Desert|Basin|Ocean|Coast|Republic|University|Institute)(?:\s|$)/;

/** The title and the people of a title that closes with a run of names, or null when it does not. */
export function splitTitleNames(title: string): { title: string; authors: Person[] } | null {
  if (!title.includes(', ') || title.length > 600) return null;
  const items = title.split(', ');
  const names: string[] = [];
  let k = items.length;
  while (k > 1) {
    const item = items[k - 1]!.trim();
    // The last item may join two names ("Ken Lim and Eva Wu", "Ken Lim & Eva Wu").
    const pair = k === items.length ? item.split(/\s(?:and|&)\s/) : [item];
    if (pair.length > 2 || !pair.every((n) => FULL_NAME.test(n) && !PLACE_WORD.test(n))) break;
    names.unshift(...pair);
    k--;
  }
  if (names.length < 2 || k < 1) return null;
  const head = items.slice(0, k).join(', ');
  // A title runs on in sentence case: a few words, at least one in lower case.
  if (head.split(/\s+/).length < 4 || !/\s\p{Ll}/u.test(head)) return null;
  const authors = names.map((n) => splitName(n)).filter((p): p is Person => p !== null);
  return authors.length === names.length ? { title: head, authors } : null;
}
