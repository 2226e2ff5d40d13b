/**
 * The tail of a law review citation in Bluebook style: volume, the journal's abbreviated name,
 * first page (and a pinpoint page) and the year in brackets: "98 N.Y.U. L. Rev. 412 (2031)",
 * "45 Yale J.L. & Tech. 101, 118 (2031)".
 * @packageDocumentation
 */

/** The parts of a Bluebook tail, and the text before it (authors and title). */
export interface BluebookTail {
  /** The text before the volume: authors, then the title. */
  lead: string;
  volume: string;
  journal: string;
  pages: string;
  year: number;
}

// One journal word: a capitalised abbreviation or word ("N.Y.U.", "L.", "Rev.", "Yale", "J.L."), or "&".
const WORD = String.raw`(?:\p{Lu}[\p{L}.'’]{0,14}|&)`;
/**
 * The tail at the end of the line (a full stop after it allowed): ", 98 N.Y.U. L. Rev. 412 (2031)".
 * Words are separated by one space each, so each word is read one way only and the pattern stays linear.
 */
// Built on first use (parsing its \p{…} classes took about half a millisecond of every start-up);
// only a line that ends in a bracket ever reaches it.
let tail: RegExp | undefined;
const TAIL = (): RegExp =>
  (tail ??= new RegExp(String.raw`,\s(\d{1,4})\s(${WORD}(?:\s${WORD}){0,8})\s(\d{1,5})(?:,\s\d{1,5}(?:[-–]\d{1,5})?)?\s\((?:\p{Lu}\p{Ll}{2,8}\.?\s(?:\d{1,2},\s)?)?((?:19|20)\d{2})\)\.?$`, 'u'));
/** A journal of the law: an abbreviation with a full stop ("L. Rev.", "L.J.", "J.") or such a word in full. */
const LAW_JOURNAL = /\b(?:L\.|Rev\.|J\.|L\.J\.|Law|Review|Journal)(?=\s|$|\.)/;

/** True when `line` ends with a year of 19xx or 20xx and a closing bracket, a full stop after it allowed. */
function endsWithBracketedYear(line: string): boolean {
  const close = line.endsWith(').') ? line.length - 2 : line.endsWith(')') ? line.length - 1 : -1;
  if (close < 4) return false;
  const year = line.slice(close - 4, close);
  if (!year.startsWith('19') && !year.startsWith('20')) return false;
  for (let i = 2; i < 4; i++) if (year.charCodeAt(i) < 48 || year.charCodeAt(i) > 57) return false;
  return true;
}

/** The Bluebook tail of `text`, or null when the line does not end in one. */
export function bluebookTail(text: string): BluebookTail | null {
  // Every tail ends with a year in brackets ("(2031)", "(Mar. 3, 2031)."); most lines have none,
  // and a run that never meets one never compiles TAIL.
  if (!text.includes(')') || !endsWithBracketedYear(text.trim())) return null;
  const t = text.trim().slice(-240);
  const m = TAIL().exec(t);
  if (!m || !LAW_JOURNAL.test(m[2]!)) return null;
  const lead = text.trim().slice(0, text.trim().length - t.length + m.index);
  return { lead, volume: m[1]!, journal: m[2]!, pages: m[3]!, year: Number(m[4]) };
}
