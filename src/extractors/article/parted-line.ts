/**
 * A reference line whose parts are parted by bars or spaced dashes, not full stops: "Title |
 * Journal | DOI: …", "Title – A, B, C – Journal 2037, 304: 20370118 – DOI: …", as some offices
 * print a paper under its label.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { DOI_ALONE } from './doi.js';
import { looksLikeJournal, readJournalName } from './journal.js';
import { parseNameList } from './name-list.js';
import { readNumbers, type Numbers } from './volume-issue.js';

/** A bar or a spaced en or em dash between two parts. */
const PART_BREAK = /\s{1,3}[|–—]\s{1,3}/;
/** A part that is only a link. */
const LINK_PART = /^(?:https?:\/\/|www\.)\S+$/;
/** What may follow a journal's name in its part: numbers, a year, punctuation. */
const NUMBERS_ONLY = /^[\s\d,;:.()–eE-]*$/;
/** Where the items of a list of names part. */
const ITEM_BREAK = /,|;|\s(?:and|&|e|y|et|und)\s/;

/** The fields a parted line gives. */
export interface PartedReference extends Numbers {
  title: string;
  journal: string;
  authors: Person[];
}

/**
 * Reads a line of three or more parts parted by bars or spaced dashes, one of them the DOI: the
 * first part that is no list of names is the title, a later one that reads whole as a
 * journal's name (perhaps with its numbers) the journal, and a list of names the authors. Null
 * when any part is none of these, or the line has no title or no journal.
 */
export function partedReference(text: string): PartedReference | null {
  if (!text.includes('|') && !text.includes('–') && !text.includes('—')) return null;
  const parts = text.trim().replace(/[.\s]+$/, '').split(PART_BREAK).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 8 || !parts.some((p) => DOI_ALONE.test(p))) return null;
  let title: string | null = null;
  let journal: string | null = null;
  let numbers: Numbers = { volume: null, issue: null, pages: null, year: null };
  let authors: Person[] = [];
  for (const part of parts) {
    if (!part || DOI_ALONE.test(part) || LINK_PART.test(part)) continue;
    // After the title, a part that reads whole as a journal's name ("Nature Biotechnology" is no person).
    const read: { name: string; length: number } | null = title !== null && journal === null ? readJournalName(part) : null;
    if (read && looksLikeJournal(read.name) && NUMBERS_ONLY.test(part.slice(read.length))) {
      journal = read.name;
      numbers = readNumbers(part.slice(read.length));
      continue;
    }
    if (!authors.length) {
      const names = parseNameList(part);
      if (names.length && names.length >= part.split(ITEM_BREAK).filter((x) => x.trim()).length) {
        authors = names.map((n) => n.person);
        continue;
      }
    }
    if (title !== null || part.split(' ').length < 3 || part.length > 400) return null;
    title = part.replace(/[.,]$/, '');
  }
  return title && journal ? { title, journal, authors, ...numbers } : null;
}
