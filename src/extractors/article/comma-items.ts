/**
 * A reference line whose parts are all parted by commas, with no full stops or brackets between
 * them: "A, B, Title, Journal, 2037" (the names first) or "Title, A, B, C" (the names last).
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { looksLikeJournal, readJournalName } from './journal.js';
import { readName } from './name-list.js';

/** The fields a comma-parted line gives. */
export interface CommaItems {
  title: string;
  authors: Person[];
  journal: string | null;
  year: number | null;
}

/** What one item of the line is. */
type Item = { kind: 'name'; person: Person } | { kind: 'journal'; name: string } | { kind: 'year'; year: number } | { kind: 'title'; text: string };

const YEAR = /^(?:19|20)\d{2}$/;
/** A full stop or colon inside an item, before a space. */
const SENTENCE_STOP = /[.:]\s/;
/** A word in lower case: titles hold some, names and journals' names few. */
const LOWER_WORD = /(?:^|\s)\p{Ll}{2,}/gu;

/** What `item` reads as, or null when it is none of a full name, a journal's name, a year or a title. */
function itemOf(item: string): Item | null {
  if (YEAR.test(item)) return { kind: 'year', year: Number(item) };
  const words = item.split(' ').length;
  const lower = (item.match(LOWER_WORD) ?? []).length;
  const journal = looksLikeJournal(item) ? readJournalName(item) : null;
  if (journal && journal.length >= item.length - 1) return { kind: 'journal', name: journal.name };
  // A title is one sentence: "Name. Title. Journal" and "Name: Title" are other shapes.
  if (words >= 4 && lower >= 2) return SENTENCE_STOP.test(item) ? null : { kind: 'title', text: item };
  const name = words >= 2 && words <= 4 ? readName(item) : null;
  if (name && name.style === 'full' && name.text === item) return { kind: 'name', person: name.person };
  return null;
}

/**
 * Reads a line of comma-parted items: two or more full names, a title, then perhaps a journal
 * and a year; or a title, then two or more full names. Null for any other line, or one with
 * quotation marks or brackets (other readers take those).
 */
export function commaItemsReference(text: string): CommaItems | null {
  if (text.length > 600 || /[“”"«»()]/.test(text)) return null;
  const items = text.trim().replace(/[\s.,;]+$/, '').split(', ');
  if (items.length < 3 || items.length > 30) return null;
  const read: Item[] = [];
  for (const item of items) {
    const one = itemOf(item.trim());
    if (!one) return null;
    read.push(one);
  }
  const kinds = read.map((r) => r.kind).join(' ');
  // "A, B, Title, Journal, 2037" or "Title, A, B, C".
  if (!/^(?:name ){2,}title(?: journal)?(?: year)?$|^title(?: name){2,}(?: year)?$/.test(kinds)) return null;
  const title = read.find((r) => r.kind === 'title');
  const journal = read.find((r) => r.kind === 'journal');
  const year = read.find((r) => r.kind === 'year');
  return {
    title: title && title.kind === 'title' ? title.text : '',
    authors: read.flatMap((r) => (r.kind === 'name' ? [r.person] : [])),
    journal: journal && journal.kind === 'journal' ? journal.name : null,
    year: year && year.kind === 'year' ? year.year : null,
  };
}
