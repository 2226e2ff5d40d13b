/**
 * Authors named before "as" and their role: "This research, in which Dr. A and Ph.D. candidate B
 * of the Department of X participated as co-first authors, was published …" (the house style of
 * many Korean and Japanese university offices), "… (DOI: …), with C as first author" and "The paper
 * lists A as first author and B as senior author".
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** A verb of taking part, then "as" and an author role: the names before it are that role's. */
const PARTICIPATED_AS =
  /\s(?:participated|took\s+part|served|acted|contributed)\s+as\s+(?:the\s+)?(?:co-?|joint\s+)?(?:first|lead|senior|last|corresponding|main)[\s-](?:co-?)?authors?\b/gi;

/** "with C (and D) as (the) first author(s)": group 1 is the names. */
const WITH_AS =
  /\bwith\s+([^.;:()\n]{3,160}?)\s+as\s+(?:the\s+)?(?:(?:study|paper|article)['’]s\s+)?(?:co-?|joint\s+)?(?:first|lead|senior|last|corresponding|main)[\s-](?:co-?)?authors?\b/gi;

/** "lists", "names" or "credits" with a paper as subject: each "X as (the) … author" after it in the sentence names an author. */
const LISTS_VERB = /\b(?:lists|listed|names|named|credits|credited)\s+(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu})/gu;

/** One "X as (the) first author" of such a list, after the verb, a comma or "and"; group 1 is the names. */
const NAME_AS_ROLE =
  /(?:^|,\s*|\s(?:and|&)\s+)([^;:()\n,]{3,80}?)\s+as\s+(?:the\s+|its\s+)?(?:co-?|joint\s+)?(?:first|lead|senior|last|corresponding|main)[\s-](?:co-?)?authors?\b/gy;

/** Where the sentence after a {@link LISTS_VERB} ends, at most. */
const LIST_SENTENCE_END = /[.;](?:\s|$)(?<!\b(?:\p{Lu}|Dr|Prof|Mr|Ms|Mrs)\.\s)|\n/u;

/** Where the subject of "participated as" opens: a relative "in which" / "where", else the clause's start. */
const SUBJECT_OPEN = /(?:\bin\s+which|\bwhere|[,;:.]\s)\s*/gi;

/** Where a person's affiliation starts after the name ("B of the Department of X"). */
const AFFILIATION = /\s(?:of|from|at|in)\s/;

/** The run of capitalised words that ends a part, after any job words before it ("Ph.D. candidate B"). */
const NAME_END = /((?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/** A title that opens a name. */
const TITLE = /^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+/;

/** An author named before "as … author", with where the list starts. */
export interface AsRoleHit {
  person: Person;
  index: number;
}

/** The people of a list such as "Dr. A and Ph.D. candidate B of the Department of X". */
function peopleOf(list: string): Person[] {
  const out: Person[] = [];
  for (const raw of list.split(/,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)) {
    const part = raw.split(AFFILIATION)[0]!.trim();
    const run = NAME_END.exec(part);
    if (!run) continue;
    const name = readName(run[1]!.replace(TITLE, ''));
    if (name) out.push(name.person);
  }
  return out;
}

/** At most this many matches of each pattern are read from one block. */
const MAX_HITS = 20;

/** Finds the authors named before "participated as … author(s)", in "with X as first author" and in "lists X as first author and Y as senior author". */
export function findAsRoleAuthors(text: string): AsRoleHit[] {
  const out: AsRoleHit[] = [];
  if (!/\sas\s/.test(text)) return out;
  let n = 0;
  for (let m: RegExpExecArray | null = (PARTICIPATED_AS.lastIndex = 0, null); (m = nextMatch(PARTICIPATED_AS, text)); ) {
    if (++n > MAX_HITS) break;
    const lo = Math.max(0, m.index - 240);
    const back = text.slice(lo, m.index);
    let open = 0;
    for (let s: RegExpExecArray | null = (SUBJECT_OPEN.lastIndex = 0, null); (s = nextMatch(SUBJECT_OPEN, back)); ) {
      // "Dr. A, Ph.D. candidate B": a comma between two names does not open the clause.
      if (s[0].startsWith(',') && /^\s*(?:and\s+)?(?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}/u.test(back.slice(s.index + s[0].length)) && open > 0) continue;
      // A full stop after an initial or a title ("Dr.", "Ph.D.") opens nothing.
      if (s[0].startsWith('.') && /(?:\b\p{Lu}|Dr|Prof|Ph\.D|M\.D)$/u.test(back.slice(0, s.index))) continue;
      open = s.index + s[0].length;
    }
    for (const person of peopleOf(back.slice(open))) out.push({ person, index: lo + open });
  }
  n = 0;
  for (let m: RegExpExecArray | null = (LISTS_VERB.lastIndex = 0, null); (m = nextMatch(LISTS_VERB, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 400);
    const stop = rest.search(LIST_SENTENCE_END);
    const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
    // "… lists A as first author and B as senior author": one pair after another, each joined to the last.
    let at = 0;
    for (let p: RegExpExecArray | null; (NAME_AS_ROLE.lastIndex = at, p = NAME_AS_ROLE.exec(sentence)); at = NAME_AS_ROLE.lastIndex) {
      for (const person of peopleOf(p[1]!)) out.push({ person, index: from + p.index });
    }
  }
  n = 0;
  for (let m: RegExpExecArray | null = (WITH_AS.lastIndex = 0, null); (m = nextMatch(WITH_AS, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].indexOf(m[1]!);
    for (const person of peopleOf(m[1]!)) out.push({ person, index: from });
  }
  return out;
}
