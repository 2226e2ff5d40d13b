/**
 * The journal a tip sheet's headline names for all its papers: "Tip sheet: highlights from the
 * 14 March issue of Geophysical Research Letters", "Embargoed papers in this week's issue of Neurology".
 * @packageDocumentation
 */
import type { ReleaseDocument } from '../../types.js';
import { cleanJournal, readJournalName } from './journal.js';

/** A dated or "current" issue, then "of", up to where the journal's name begins. */
const ISSUE_OF =
  /\b(?:\d{1,2}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|week['’]s|month['’]s|current|latest|upcoming|next|new|special|forthcoming)\s+(?:issue|edition)\s+of\s+(?:the\s+)?(?=\p{Lu})/iu;

/** The journal a headline names by "the 14 March issue of X", else null. */
export function headlineIssueJournal(doc: ReleaseDocument): string | null {
  const head = doc.blocks.find((b) => b.section === 'headline');
  if (!head || !head.text.includes(' of ')) return null;
  const text = head.text.slice(0, 300);
  const m = ISSUE_OF.exec(text);
  if (!m) return null;
  const read = readJournalName(text.slice(m.index + m[0].length));
  return read ? cleanJournal(read.name) : null;
}
