/**
 * A reference whose title ran on over the journal and its bracketed year ("M. Roe, J. Lim: Title,
 * New Phytologist (2040), DOI: …"): the journal and year cut from the title's end.
 * @packageDocumentation
 */
import { cleanJournal, readJournalName } from './journal.js';

/** A title, a comma, a name and a year in brackets that end it, perhaps with a comma left ("…, New Phytologist (2040),"). */
const JOURNAL_YEAR_TAIL = /^(.{10,400}?),\s([^,()]{2,80}?)\s\(((?:19|20)\d{2})\),?$/;

/** The title without the journal and year that close it, with that journal and year; null when none closes it. */
export function splitTitleJournal(title: string): { title: string; journal: string; year: number } | null {
  if (!title.endsWith(')') && !title.endsWith('),')) return null;
  const m = JOURNAL_YEAR_TAIL.exec(title);
  if (!m) return null;
  // The whole of the name must read as a journal's ("New Phytologist"), not a clause with a year in brackets.
  const read = readJournalName(m[2]!);
  const journal = read && read.length === m[2]!.length ? cleanJournal(read.name) : null;
  return journal ? { title: m[1]!, journal, year: Number(m[3]) } : null;
}
