/**
 * A reference set over two paragraphs: its names, year and title in one, its journal line
 * ("Journal, 245(3), 1011–1024. https://doi.org/…") in the next, as a web page prints it with
 * two `<p>` elements.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';

/** Names and a bracketed year opening the first part: "Family, I., Family, I. J., & Family, I. (2037). Title." */
const NAMES_YEAR_TITLE = /^(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?,\s(?:\p{Lu}\.\s?){1,3},?\s(?:&\s|and\s)?){1,20}(?:et\s?al\.,?\s)?\((?:19|20)\d{2}[a-z]?\)\.\s\S[^\n]{10,400}[.?!]$/u;

/** A journal line: the name, a comma, the volume with an optional bracketed issue, a comma and the pages. */
const JOURNAL_LINE = /^\p{Lu}[^,.\n:;]{2,80},\s\d{1,5}(?:\s?\(\d{1,4}(?:[-–]\d{1,4})?\))?,\s[A-Za-z]?\d{1,8}(?:[-–][A-Za-z]?\d{1,8})?\.?(?:\s|$)/u;

/**
 * True when `first` holds a reference's names, bracketed year and title, with nothing after
 * the title, and `next`, the paragraph right after it in the same section, opens with the
 * journal line that completes it. A journal line after prose, or a first part that already
 * has its journal or a DOI, is left alone.
 */
export function continuesReference(first: Block, next: Block | undefined): boolean {
  if (!next || next.section !== first.section || first.kind === 'heading' || next.kind === 'heading') return false;
  if (first.text.includes('\n') || /\bdoi\b|https?:/i.test(first.text)) return false;
  return NAMES_YEAR_TITLE.test(first.text.trim()) && JOURNAL_LINE.test(next.text.trim());
}
