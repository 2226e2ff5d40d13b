/**
 * Joining words that a hard-wrapped line split with a hyphen, as in text pasted from a PDF.
 * @packageDocumentation
 */

/** A word broken at a line's end by a hyphen, its rest opening the next line in lower case ("Sat-\nellite"). */
const WRAPPED = /(\p{L}{2,})-[ \t]*\r?\n[ \t]*(\p{Ll}+)/gu;

/** True when most words of four letters or more open with a capital: a Title Case line. */
function isTitleCase(text: string): boolean {
  const words = text.replace(WRAPPED, ' ').match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const upper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return upper / words.length >= 0.75;
}

/**
 * Joins a word split over two lines by a hyphen at the first line's end: in a Title Case
 * text, a rest in lower case cannot be a compound's second word, so the hyphen is dropped
 * ("Sat-\nellite" is "Satellite"); otherwise the hyphen is kept and the two parts are closed
 * up ("long-\nterm" is "long-term"). Text without such a break is returned unchanged.
 */
export function joinWrappedWords(text: string): string {
  if (!/-[ \t]*\r?\n/.test(text)) return text;
  const drop = isTitleCase(text);
  return text.replace(WRAPPED, (_m, head: string, rest: string) => (drop ? `${head}${rest}` : `${head}-${rest}`));
}
