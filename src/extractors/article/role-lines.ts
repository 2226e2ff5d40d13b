/**
 * Lines that each give one person and an author role, as a list of the team prints them under
 * "The team:" or "Researchers:": "- Dr. Ana Roe, X Institute (first author)", "Ken Lim – senior
 * author, professor of ecology".
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';

/** A line that opens with a name (after a bullet), then a comma, a dash or a bracket; group 1 is the name. */
const NAME_LINE = /^[ \t]*(?:[-*•·][ \t]+)?((?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|du|la|le|bin|binti|ter)){1,4})(?:,\s+|\s+[–—-]\s+|\s+(?=\())/u;
/** An author role in brackets anywhere on the line: "(first author)", "(co-author)", "(senior and corresponding author)". */
const ROLE_IN_BRACKETS = /\((?:(?:co-?)?(?:first|lead|senior|last|corresponding|principal)(?:\s(?:and|&)\s(?:co-?)?(?:first|lead|senior|last|corresponding|principal))?[\s-](?:co-?)?author|co-?author)\)/i;
/** An author role right after the name's separator, ending there or before a comma: "lead author, PhD candidate". */
const ROLE_FIRST = /^(?:the\s+)?(?:(?:co-?)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?author|co-?author)(?=\s*(?:[,;]|$))/i;
/** Quotation marks: a line that quotes someone is prose, not a list line. */
const QUOTE_MARK = /["“”]/;
/** The longest line read as a list line. */
const MAX_LINE = 200;

/** An author read from a list line. */
export interface RoleLineHit {
  person: Person;
  /** Where the line starts in the text. */
  index: number;
}

/** The people of a block's lines that each open with a name and carry an author role, in order. */
export function findRoleLines(text: string): RoleLineHit[] {
  const out: RoleLineHit[] = [];
  if (!text.includes('author')) return out;
  let at = 0;
  for (const line of text.split('\n', 80)) {
    const start = at;
    at += line.length + 1;
    if (line.length > MAX_LINE || !line.includes('author') || QUOTE_MARK.test(line)) continue;
    const m = NAME_LINE.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (!ROLE_IN_BRACKETS.test(rest) && !ROLE_FIRST.test(rest)) continue;
    const name = readName(m[1]!);
    if (name) out.push({ person: name.person, index: start });
  }
  return out;
}
