/**
 * Page metadata lines of a release's head that carry its date among names and labels set apart
 * by pipes, bullets or dashes ("Research News | November 30, 2027 | University of X",
 * "Press release from Karolinska Institutet, 28 August 2023", "Date created: June 2, 2027").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';

/** What may end the text before the date: nothing, a pipe, a bullet, a comma, a colon or a spaced dash. */
const BEFORE_END = /(?:^|[|·•,:]|\s[–—-]{1,2})\s{0,3}$/;
/** What may open the text after the date: nothing, a pipe, a bullet or a spaced dash. */
const AFTER_START = /^\s{0,3}(?:$|[|·•]|[–—-]{1,2}\s)/;
/** The separators between the parts of a metadata line. */
const PART_SEP = /\s{0,3}(?:[|·•]|\s[–—-]{1,2}\s)\s{0,3}/;
/** Words of a later edit, an embargo, an event or a printed or saved copy: their date is not the release's. */
const NOT_RELEASE = /\b(?:updated|modified|printed|downloaded|generated|retrieved|accessed|revised|reviewed|edited|changed|embargo(?:ed)?|until|before|deadline|expires?|event|conference|meeting|webinar|opens?|closes?|held|takes?\s{1,3}place)\b/i;
/** Words in lower case that names, labels and bylines may hold ("Press release from X", "by Jane Roe", "Date created"). */
const LABEL_WORD =
  /^(?:of|for|the|and|at|in|on|from|by|de|du|des|la|le|di|do|da|für|und|der|die|das|zu|am|release|releases|news|created|published|posted|issued|date|views?|source|written|story|article|research|sciences?|press|media)$/i;

/** True for a part of a metadata line: at most twelve words (an office's full name: "Statement from the Editorial Office of the Journal of X"), no sentence's end, at most one word of weight in lower case. */
function isMetaPart(part: string): boolean {
  const t = part.trim().replace(/:$/, '');
  if (t === '') return true;
  if (t.length > 80 || /[.!?]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w) && !LABEL_WORD.test(w.replace(/[:,]$/, ''))).length <= 1;
}

/**
 * The release's date in a head line of page metadata: the first full date with a year that is a
 * part of its own between separators, all other parts names, labels or bylines; null for any other
 * line (a sentence, an event's or embargo's date, a later edit).
 */
export function readMetaDate(text: string): DateMatch | null {
  return readMetaDatePart(text)?.date ?? null;
}

/**
 * The date of a head line of page metadata (see {@link readMetaDate}) with the part that holds
 * it, between the separators around it ("Brussels, 15 May 2032" of "X consortium · Press release ·
 * Brussels, 15 May 2032"); null for any other line.
 */
export function readMetaDatePart(text: string): { date: DateMatch; part: string } | null {
  if (text.length > 200 || text.includes('\n')) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (NOT_RELEASE.test(t)) return null;
  const date = findDates(t, { numeric: true }).find((d) => d.year !== null);
  if (!date) return null;
  const before = t.slice(0, date.index);
  const after = t.slice(date.end);
  if (!BEFORE_END.test(before) || !AFTER_START.test(after)) return null;
  const parts = [...before.split(PART_SEP), ...after.split(PART_SEP)];
  if (parts.length > 6 || !parts.every(isMetaPart)) return null;
  const head = before.split(PART_SEP);
  const tail = after.split(PART_SEP);
  return { date, part: `${head[head.length - 1]!}${date.text}${tail[0]!}`.trim() };
}
