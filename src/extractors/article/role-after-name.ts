/**
 * An author's role printed after the name and a job with no article: "Dr. Ana Roe, marine
 * ecologist at the X Institute and first author, said", and the same apposition in French,
 * German, Spanish, Italian and Portuguese ("…, écologue et première auteure de l'étude",
 * "…, Erstautorin der Studie", "…, autora principal del trabajo", "…, prima autrice dello
 * studio", "…, primeira autora do estudo").
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** An English author role, singular ("first author", "co-author"). */
const ENGLISH_ROLE = String.raw`(?:(?:co-?)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?author|co-?author)(?![\p{L}-])`;

/** A singular author role of French, German, Spanish, Italian or Portuguese. */
const OTHER_ROLE =
  String.raw`(?:premi(?:er|ère)\s+(?:co-?)?auteure?|derni(?:er|ère)\s+auteure?|auteure?\s+principal(?:e)?|co-?auteure?` +
  String.raw`|(?:Erst|Haupt|Letzt|Senior|Mit|Ko-?)autor(?:in)?` +
  String.raw`|(?:primer[ao]?|primeir[ao]|últim[ao])\s+autor(?:a)?|autor(?:a)?\s+(?:principal|sénior|sênior)|coautor(?:a)?` +
  String.raw`|(?:prim[oa]|ultim[oa])\s+autr(?:ice|ore)|autr(?:ice|ore)\s+principale|coautr(?:ice|ore))(?![\p{L}-])`;

/** The capitalised words that open a job's title ("Research Assistant Professor", "Postdoctoral Fellow", "Senior Lecturer"). */
const JOB_TITLE_WORD = String.raw`(?:Assistant|Associate|Adjunct|Research|Senior|Postdoctoral|Post-doctoral|Doctoral|Graduate|PhD|Professor|Lecturer|Reader|Fellow|Scientist|Researcher|Director|Head|Chair|Principal|Chief|Staff|Visiting|Clinical|Distinguished|Emeritus|Regents['’]?)`;

/** A job's title in capitals after the comma ("…, Research Assistant Professor in X, CU Medicine, and first author"). */
const JOB_TITLE_AFTER = new RegExp(String.raw`^,\s+${JOB_TITLE_WORD}\s`, 'u');

/**
 * ", marine ecologist at the Wattenmeer Institute and first author", ", écologue et première
 * auteure", ", Erstautorin der Studie": a comma, then perhaps an article and a job that opens with
 * a lower-case word and ends with "and" (or "et", "und", "y", "e"), then the role; or a job's title
 * in capitals, perhaps with its institution after commas, and "and" (", Research Assistant
 * Professor in the Department of X, Y Medicine, and first author").
 */
const ROLE_AFTER = new RegExp(
  String.raw`,\s+(?:(?:a|an|the|un|une|una|uno|la|le|el|il|lo|eine?|die|der|o)\s+)?` +
    String.raw`(?:\p{Ll}[\p{L}'’-]{1,25}\s+(?:[\p{L}'’.-]{1,25}\s+){0,8}(?:and|et|und|y|e|i)\s+|${JOB_TITLE_WORD}\s+(?:[\p{L}'’.&-]{1,25},?\s+){0,14}and\s+)?` +
    String.raw`(?:(?:the|a|la|le|el|il|o)\s+)?(?:(?:study|paper)['’]s\s+)?` +
    `(?:(${ENGLISH_ROLE})|(${OTHER_ROLE}))`,
  'gu',
);

/** A run of capitalised words (perhaps after a title) that ends the text: the name before the comma. */
const NAME_BEFORE = /(?:^|[\s(«“"])((?:(?:Dr|Prof|Professor)\.?\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)$/u;
/** The Romance "for" that opens a run of capitalised words at a sentence's start ("Para X, coautor"). */
const FOR_BEFORE_NAME = /^(?:Para|Pour)\s+(?=\p{Lu})/u;
/** A preposition before a run of capitalised words: the run is a place, not a person. */
const PLACE_BEFORE = /\b(?:at|of|from|in|with|for|by|à|de|du|des|an|der|bei|von|en|del|di|della|dello|do|da|na|no)\s*$/iu;
/** Words after the role that make it an author of other work, or say the person was not involved. */
const NOT_THIS_PAPER = /^\s+(?:of|on)\s+(?:an?\s+|the\s+)?(?:earlier|previous|prior|separate|another|other|related|(?:19|20)\d{2})\b|\b(?:editorial|commentary|editor['’]s\s+note)\b|not\s+involved/i;

/** An author named by a role after the name. */
export interface RoleAfterHit {
  person: Person;
  /** Where the name starts in the text. */
  index: number;
}

/** The stem every role above holds ("author", "auteur", "Autorin", "autrice"). */
const AUTHOR_STEM = /aut(?:h?or|eur|r(?:ice|ore))/i;

/** At most this many roles are read from one block. */
const MAX_HITS = 40;

/** The authors a block names by a role after the name and a bare job, or by a role in another language. */
export function findRolesAfterName(text: string): RoleAfterHit[] {
  const out: RoleAfterHit[] = [];
  if (!text.includes(',') || !AUTHOR_STEM.test(text)) return out;
  let n = 0;
  for (let m: RegExpExecArray | null = (ROLE_AFTER.lastIndex = 0, null); (m = nextMatch(ROLE_AFTER, text)); ) {
    if (++n > MAX_HITS) break;
    // ", the study's first author": with nothing between the comma and the role, English
    // appositions are read elsewhere; only the job without an article, or another language, here.
    if (m[1] && !JOB_TITLE_AFTER.test(m[0]) && !/\p{Ll}[\p{L}'’-]*\s+(?:[\p{L}'’.-]+\s+){0,8}and\s/u.test(m[0].slice(1))) continue;
    if (m[1] && /^,\s+(?:a|an|the)\s/.test(m[0])) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (NOT_THIS_PAPER.test(rest)) continue;
    const back = text.slice(Math.max(0, m.index - 100), m.index);
    const run = NAME_BEFORE.exec(back);
    if (!run) continue;
    // "Para X, …" / "Pour X, …" (Romance "for X"): the preposition opens the run, not the name.
    const runText = run[1]!.replace(FOR_BEFORE_NAME, '');
    const at = back.length - runText.length;
    if (PLACE_BEFORE.test(back.slice(0, at))) continue;
    const name = readName(runText);
    // The index of the name itself, after any title, as the other patterns give it.
    if (name) out.push({ person: name.person, index: m.index - (back.endsWith(name.text) ? name.text.length : runText.length) });
  }
  return out;
}
