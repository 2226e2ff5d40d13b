/**
 * A prose list of authors in two parts, the second after ", together with" or ", along with"
 * ("A, B and C of the X Department, together with D of the University of Y"), each part perhaps
 * closing on its last author's affiliation: the parts are read one by one, without that tail.
 *
 * @packageDocumentation
 */

/** The comma and words that open the second part of such a list. */
const TOGETHER = /,\s(?:together|along)\swith\s/;
/**
 * An affiliation closing a part after its last name: "of", "from" or "at", then capitalised
 * words and their small links, to the part's end, with no "and" or "&" that could hold a name.
 */
const TAIL = /\s(?:of|from|at)\s(?:the\s)?\p{Lu}(?:(?!\s(?:and|&)\s)[^,;])*$/u;

/** Splits a list of authors at ", together with", each part without its closing affiliation. */
export function togetherParts(list: string): string[] {
  return list.split(TOGETHER).map((part) => part.replace(TAIL, '').trim()).filter((part) => part.length > 0);
}
