/**
 * A reference set over two paragraphs, as a web page prints it with two `<p>` elements: its
 * names, year and title in one (APA "(2037). Title." or Harvard "(2037) Title.") and its journal
 * line ("Journal, 245(3), 1011–1024. https://doi.org/…") in the next; or a Vancouver list of
 * names alone ("Family AB, Family C.") over "Title. Journal. 2037;448:109231. doi:…".
 * @packageDocumentation
 */
import type { Block } from '../../types.js';

/** Names and a bracketed year opening the first part: "Family, I., Family, I. J., & Family, I. (2037). Title." */
const NAMES_YEAR_TITLE = /^(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?,\s(?:\p{Lu}\.\s?){1,3},?\s(?:&\s|and\s)?){1,20}(?:et\s?al\.,?\s)?\((?:19|20)\d{2}[a-z]?\)\.?\s\S[^\n]{10,400}[.?!]$/u;

/** A Vancouver list of names and nothing else: "Family AB, Family-Name CD, Family E." (two or more names, or one with "et al."). */
const VANCOUVER_NAMES = /^(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?\s\p{Lu}{1,3},\s){1,30}(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?\s\p{Lu}{1,3}|et\sal)\.$/u;

/** A title sentence, then a journal and a Vancouver "2037;448:109231" or "2037 Mar;12(3):45-52" tail. */
const TITLE_JOURNAL_YEAR = /^\p{Lu}[^\n]{10,400}?[.?!]\s\p{Lu}[^\n.;]{1,80}\.\s(?:19|20)\d{2}(?:\s\p{L}{3}(?:\s\d{1,2})?)?;\s?\d{1,5}/u;

/** A journal line: the name, a comma, the volume with an optional bracketed issue, a comma and the pages. */
const JOURNAL_LINE = /^\p{Lu}[^,.\n:;]{2,80},\s\d{1,5}(?:\s?\(\d{1,4}(?:[-–]\d{1,4})?\))?,\s[A-Za-z]?\d{1,8}(?:[-–][A-Za-z]?\d{1,8})?\.?(?:\s|$)/u;

/**
 * True when `first` holds a reference's names, bracketed year and title, with nothing after
 * the title, and `next`, the paragraph right after it in the same section, opens with the
 * journal line that completes it; or when `first` is a Vancouver list of names alone and
 * `next` opens with the title, the journal and a "year;volume" tail. A journal line after prose, or a first part that already
 * has its journal or a DOI, is left alone.
 */
export function continuesReference(first: Block, next: Block | undefined): boolean {
  if (!next || next.section !== first.section || first.kind === 'heading' || next.kind === 'heading') return false;
  if (first.text.includes('\n') || /\bdoi\b|https?:/i.test(first.text)) return false;
  const a = first.text.trim();
  const b = next.text.trim();
  if (NAMES_YEAR_TITLE.test(a) && JOURNAL_LINE.test(b)) return true;
  // "Family AB, Family C." over "Title. Journal. 2037;448:109231." (Vancouver names alone, then the rest).
  return VANCOUVER_NAMES.test(a) && TITLE_JOURNAL_YEAR.test(b);
}
