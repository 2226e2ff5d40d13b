/**
 * Personal names: honorifics and degrees removed, given/family split with particles kept.
 * Shared by authors, speakers and contacts.
 * @packageDocumentation
 */
import type { Person } from '../types.js';

/** Titles printed before a name (with the Indian "Shri", "Shrimati" and "Smt.", and the Czech and Slovak "Mgr.", "Ing.", "Bc.", "doc.", "RNDr.", the Austrian "Assoz.-Prof." and "Ass.-Prof.", and the German "Professorin", "Juniorprofessor(in)" and "Jun.-Prof."). */
export const HONORIFIC =
  /^(?:(?:(?:associate|assistant|adjunct|clinical|emeritus|visiting|distinguished|research|project|honorary|specially\s+appointed)\s+)*(?:professor(?:in)?|prof\.?|dr\.?|dra\.?|lic(?:da)?\.|lcda\.|mtr[oa]\.|m\.\s?sc\.|doctor|univ\.-prof\.?|jun\.-prof\.?|juniorprofessor(?:in)?|assoz\.-prof\.?|ass\.-prof\.?|dipl\.-ing\.?|dr\.-ing\.?|priv\.-doz\.?|mag\.(?:a\.)?|mgr\.|ing\.|bc\.|doc\.|(?:ph|rn|mu|ju|mvd|paed|pharm)dr\.|(?:techn|med|rer|nat|phil|habil|hab|dent|vet|jur|oec|sc)\.|izv\.|mr\.?|mrs\.?|ms\.?|miss|mx\.?|sir|dame|lord|lady|shri|shrimati|smt\.?|rev\.?|reverend|fr\.?|father|sister|brother|aunty|auntie|uncle|president|dean|chancellor|senator|rep\.?|gov\.?)\s+)+/i;

/** Degrees and post-nominals printed after a name, with or without dots. */
const DEGREE_WORD =
  "(?:M\\.?\\s?D|Ph\\.?\\s?D|D\\.?\\s?Phil|Sc\\.?\\s?D|M\\.?\\s?P\\.?\\s?H|M\\.?\\s?Sc|B\\.?\\s?Sc|M\\.?\\s?S|M\\.?\\s?A|B\\.?\\s?A|M\\.?\\s?B\\.?\\s?A|M\\.?\\s?B\\.?\\s?B\\.?\\s?S|M\\.?\\s?B|B\\.?\\s?S|B\\.?\\s?Ch|F\\.?\\s?R\\.?\\s?C\\.?\\s?S|F\\.?\\s?R\\.?\\s?C\\.?\\s?P|F\\.?\\s?R\\.?\\s?S|F\\.?\\s?A\\.?\\s?C\\.?\\s?C|F\\.?\\s?A\\.?\\s?C\\.?\\s?P|F\\.?\\s?A\\.?\\s?C\\.?\\s?S|F\\.?\\s?A\\.?\\s?A\\.?\\s?N|F\\.?\\s?A\\.?\\s?H\\.?\\s?A|F\\.?\\s?M\\.?\\s?Ed\\.?\\s?Sci|FMedSci|FRSE|FRCPath|FRCOG|FRACP|FRCPC|R\\.?\\s?N|N\\.?\\s?P|D\\.?\\s?O|D\\.?\\s?D\\.?\\s?S|D\\.?\\s?M\\.?\\s?D|D\\.?\\s?V\\.?\\s?M|Pharm\\.?\\s?D|Psy\\.?\\s?D|Ed\\.?\\s?D|J\\.?\\s?D|M\\.?\\s?P\\.?\\s?P|M\\.?\\s?S\\.?\\s?W|M\\.?\\s?S\\.?\\s?N|M\\.?\\s?S\\.?\\s?c\\.?\\s?E|M\\.?\\s?Eng|D\\.?\\s?N\\.?\\s?P|O\\.?\\s?B\\.?\\s?E|C\\.?\\s?B\\.?\\s?E|M\\.?\\s?B\\.?\\s?E|K\\.?\\s?B\\.?\\s?E|Jr|Sr|II|III|IV)\\.?";
/** Trailing degrees, each after a comma or a space. */
export const DEGREES = new RegExp(`(?:\\s*,?\\s*${DEGREE_WORD}(?![\\p{L}]))+\\s*$`, 'u');

/** The last letter of every degree in {@link DEGREES} when it is a capital. */
const DEGREE_LAST = 'DHSABPCNEGOMWIV';
/** The last two letters of every degree in {@link DEGREES} that ends in a small letter. */
const DEGREE_LAST_TWO: ReadonlySet<string> = new Set(['il', 'Sc', 'Ch', 'th', 'ci', 'ng', 'Jr', 'Sr']);
const SPACE = /^\s$/;

/**
 * False when `n` cannot end in a degree (its last letters, before an optional full stop and
 * spaces, end none): a cheap check that spares most names the {@link DEGREES} search.
 */
function mayEndInDegree(n: string): boolean {
  let e = n.length;
  while (e > 0 && SPACE.test(n.charAt(e - 1))) e--;
  if (e > 0 && n.charAt(e - 1) === '.') e--;
  if (e === 0) return false;
  return DEGREE_LAST.includes(n.charAt(e - 1)) || DEGREE_LAST_TWO.has(n.slice(Math.max(0, e - 2), e));
}

/** Lower-case particles that belong to the family name. */
const PARTICLE = /^(?:van|von|der|den|de|del|della|dal|dalla|dello|di|da|dos|das|do|du|la|le|ter|ten|bin|binti|ibn|al|el|zu|af|av|y)$/i;

/** An Irish or Scottish Gaelic particle that opens a family name ("Ó Dúill", "Ní Bhriain", "Nic Giolla Phádraig", "Mac an tSaoir"). */
export const GAELIC_PARTICLE = /^(?:Ó|Ní|Nic|Mac|Mhic|Ua|Uí)$/u;
/** A word after a Gaelic particle: the article "an", or a family word with a small mutation letter before its capital ("tSaoir", "bhFáilbhe", "hÓgáin"). */
export const GAELIC_AFTER = /^(?:an|\p{Ll}{1,2}\p{Lu}[\p{Ll}\p{M}'’]+)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * A Spanish patronymic family name ("Fernández", "Díaz", "Gutiérrez"): a capitalised word ending
 * in -ez or -az (accented or not), which hardly any given name does.
 */
const PATRONYMIC = /^\p{Lu}\p{Ll}{1,12}[aeáé]z$/u;

/** White space other than a space, or two spaces in a row. */
const NOT_ONE_SPACE = /[^\S ]| {2}/;

/** A given name printed abbreviated, which a name goes on after: the Filipino "Ma." (María), the South Asian "Md." and "Mohd." (Muhammad), the older English "Wm.", "Chas.", "Thos.", "Jas.", "Geo.". */
export const GIVEN_ABBREVIATION = /^(?:Ma|Md|Mohd|Muhd|Wm|Chas|Thos|Jas|Geo)\.$/;

/** Removes honorifics before and degrees after a name, and surrounding punctuation. */
export function cleanName(name: string): string {
  // (The spaces are rewritten only when some run is not one space: most names have none.)
  let n = (NOT_ONE_SPACE.test(name) ? name.replace(/\s+/g, ' ') : name).trim();
  n = n.replace(HONORIFIC, '');
  for (let i = 0; i < 3 && mayEndInDegree(n); i++) n = n.replace(DEGREES, '').trim();
  return n.replace(/^[\s,;:(]+|[\s,;:)]+$/g, '').trim();
}

/** True for a token that is an initial (`J.`, `J`, `JA`, `J.-P.`). */
export const isInitials = (token: string): boolean => INITIALS.test(token) && token.length <= 6;
const INITIALS = /^(?:\p{Lu}\.?-?){1,3}$/u;
const CAPS = /^\p{Lu}{1,3}$/u;

/**
 * Splits a written name ("Rosemary C. Bagot", "Ludwig van Beethoven", "Bagot RC",
 * "Bagot, Rosemary C.") into given and family names, honorifics and degrees removed.
 */
export function splitName(raw: string): Person | null {
  const name = cleanName(raw);
  if (!name) return null;
  if (name.includes(',')) {
    const [family, given] = name.split(',', 2).map((s) => s.trim());
    if (family && given) return { given, family };
  }
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length === 1) return { given: null, family: tokens[0]! };
  // Vancouver style: "Smith J", "Doe AB", "van der Berg JH".
  const last = tokens[tokens.length - 1]!;
  if (tokens.length >= 2 && CAPS.test(last) && !isInitials(tokens[0]!)) {
    return { given: last.split('').join('. ') + '.', family: tokens.slice(0, -1).join(' ') };
  }
  let i = tokens.length - 1;
  while (i > 1 && PARTICLE.test(tokens[i - 1]!)) i--;
  // "Ruiz y Delgado": a Spanish "y" joins the family name before it to the one after it.
  if (i >= 2 && tokens[i] === 'y') i--;
  // "Lucía Fernández de la Torre": a patronymic in -ez before "de"/"del" is the first of two family names.
  else if (i >= 2 && (tokens[i] === 'de' || tokens[i] === 'del') && PATRONYMIC.test(tokens[i - 1]!)) i--;
  // "Pané i Vidal", "Souza e Silva": a Catalan "i" or a Portuguese "e" joins two family names, when a given name stays before them.
  else if (i >= 3 && (tokens[i - 1] === 'i' || tokens[i - 1] === 'e')) i -= 2;
  // A particle at the very start of the name ("de Souza") with one given name before it is rare; keep simple.
  if (i === 1 && tokens.length > 2 && PARTICLE.test(tokens[0]!)) i = 0;
  // "Seán Ó Dúill", "Cathal Mac an tSaoir": a Gaelic particle after the given name opens the family name.
  for (let k = 1; k < i; k++) {
    const next = tokens[k + 1]!;
    if (GAELIC_PARTICLE.test(tokens[k]!) && (CAPITALISED.test(next) || GAELIC_AFTER.test(next))) {
      i = k;
      break;
    }
  }
  const given = tokens.slice(0, i).join(' ');
  return { given: given || null, family: tokens.slice(i).join(' ') };
}

/** The name as one string, "Given Family". */
export const fullName = (p: Person): string => [p.given, p.family].filter(Boolean).join(' ');

/** A key for comparing people: folded family name and first initial. */
export function personKey(p: Person): string {
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return `${fold(p.family).split(/\s+/).pop()}|${fold(p.given ?? '').charAt(0)}`;
}
