/**
 * A journal printed by its acronym with its full name in brackets after it ("published in
 * CMAJ (Canadian Medical Association Journal)"): the full name is the journal's name.
 * @packageDocumentation
 */
import type { ReleaseDocument } from '../../types.js';
import { looksLikeJournal } from './journal.js';

/** An acronym a journal goes by: two to eight capitals ("CMAJ", "PNAS", "BMJ"). */
const ACRONYM = /^[A-Z]{2,8}$/;
/** The name in brackets: capitalised words with small linking words between them. */
const SPELLED = /^\((?:the\s)?(\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’-]{0,30}|of|the|and|for|in|on|&)){1,10})\)/u;

/** True when the letters of `acronym` are, in order, initials of the words of `name`, the first word's among them. */
function spells(acronym: string, name: string): boolean {
  const initials = name.split(/\s+/).map((w) => w.charAt(0).toUpperCase());
  if (initials[0] !== acronym.charAt(0)) return false;
  let at = 0;
  for (const c of initials) if (c === acronym.charAt(at)) at++;
  return at === acronym.length;
}

/** The full name the release prints in brackets right after the journal's acronym `acronym`, else null. */
export function spelledAcronym(doc: ReleaseDocument, acronym: string): string | null {
  if (!ACRONYM.test(acronym)) return null;
  const needle = `${acronym} (`;
  for (const b of doc.blocks) {
    if (b.section === 'boilerplate') continue;
    const i = b.text.indexOf(needle);
    if (i < 0 || (i > 0 && /[\p{L}\d]/u.test(b.text.charAt(i - 1)))) continue;
    const m = SPELLED.exec(b.text.slice(i + acronym.length + 1, i + acronym.length + 200));
    if (m && looksLikeJournal(m[1]!) && spells(acronym, m[1]!)) return m[1]!;
  }
  return null;
}
