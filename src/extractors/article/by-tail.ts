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

/** ", by A, B and C." at the end of a sentence: a plain list of full names, then the sentence's end. */
const BY_TAIL = new RegExp(String.raw`,\s+by\s+(${NAME}(?:,\s${NAME})*(?:,?\s(?:and|&)\s${NAME})?)\.?\s*$`, 'u');

/**
 * ", by A, B and C, appears in …" inside the sentence: the names between the paper's title and
 * the verb saying where it was published.
 */
const BY_MID = new RegExp(String.raw`,\s+by\s+(${NAME}(?:,\s${NAME})*(?:,?\s(?:and|&)\s${NAME})?),\s+(?=(?:appears|appeared|(?:is|was|has\s+been)\s+published|is\s+out)\s+(?:online\s+|today\s+)?in\b)`, 'u');

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
  const mid = BY_MID.exec(text);
  if (mid) return { head: `${text.slice(0, mid.index)}, ${text.slice(mid.index + mid[0].length)}`, names: mid[1]! };
  const m = BY_TAIL.exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  if (!PUBLISHED_IN.test(head)) return null;
  return { head, names: m[1]! };
}
