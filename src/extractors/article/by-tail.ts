/**
 * The "…, by A, B and C." that closes a prose sentence reporting a paper ("The findings were
 * published in Journal X, vol. 68, …, doi, by A, B and C."): the names are the paper's
 * authors, and the sentence before them is the reference to read.
 *
 * @packageDocumentation
 */

/** One capitalised word, perhaps hyphenated ("Venkatesan", "Ashworth-Ng", "Lloyd-jones"). */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
/** One name of two to four capitalised words ("Priya Venkatesan", "Declan Ashworth-Ng"; "Joost van Leeuwen" is left out). */
const NAME = String.raw`${WORD}(?:\s${WORD}){1,3}`;
/** Names parted by commas, "and" or "&" ("A, B and C", "A & B"); one name pattern, so the list compiles small. */
const LIST = String.raw`${NAME}(?:(?:,\s|,?\s(?:and|&)\s)${NAME})*`;

/** ", by A, B and C." at the end of a sentence: a plain list of full names, then the sentence's end. */
let byTailPattern: RegExp | undefined;
// Built on first use, like the next: their name classes cost a start-up that never reaches them.
const BY_TAIL = (): RegExp => (byTailPattern ??= new RegExp(String.raw`,\s+by\s+(${LIST})\.?\s*$`, 'u'));

/**
 * ", by A, B and C, appears in …" inside the sentence: the names between the paper's title and
 * the verb saying where it was published; also "'Title' (2038) by A, B and C has been published
 * in …", the names after the title's bracketed year, with no comma around them.
 */
let byMidPattern: RegExp | undefined;
const BY_MID = (): RegExp =>
  (byMidPattern ??= new RegExp(String.raw`(,|\s\((?:19|20)\d{2}\))\s+by\s+(${LIST}),?\s+(?=${MID_VERB})`, 'u'));

/** The verb after the names that says where the paper was published (", appears in", ", is published today in"). */
const MID_VERB = String.raw`(?:appears|appeared|(?:is|was|has\s+been)\s+published|is\s+out)\s+(?:online\s+|today\s+)?in\b`;
/** That verb after a comma, the cheap test before {@link BY_MID}. */
const AFTER_NAMES = new RegExp(String.raw`,?\s+${MID_VERB}`);

/** The sentence says where the paper was published ("published in", "appears in", "appeared in"). */
const PUBLISHED_IN = /\b(?:published|appears?|appeared)\s+(?:online\s+)?in\b/i;

/** A reference sentence split at its closing "by …" names. */
export interface ByTail {
  /** The sentence before ", by …". */
  head: string;
  /** The names after "by", as printed ("A, B and C"). */
  names: string;
}

/**
 * Splits `text` at a closing ", by A, B and C." when the sentence reports where a paper was
 * published, or at ", by A, B and C," before "appears in" or "is published in"; null otherwise
 * ("a study led by X" or a sentence without a publication lead).
 */
export function byTail(text: string): ByTail | null {
  if (!text.includes(' by ')) return null;
  // "The paper, Title, by A, B and C, appears in Journal.": the sentence goes on after the names.
  const mid = AFTER_NAMES.test(text) ? BY_MID().exec(text) : null;
  // The bracketed year before "by" stays with the head: it is the paper's year.
  if (mid) return { head: `${text.slice(0, mid.index)}${mid[1] === ',' ? '' : mid[1]}, ${text.slice(mid.index + mid[0].length)}`, names: mid[2]! };
  if (!PUBLISHED_IN.test(text)) return null;
  const m = BY_TAIL().exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  if (!PUBLISHED_IN.test(head)) return null;
  return { head, names: m[1]! };
}
