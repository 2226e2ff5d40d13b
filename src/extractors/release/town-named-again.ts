/**
 * Whether a release names a word again as a town ("Université de Genève", "University of
 * Geneva", "Universität Tübingen"), which tells a town printed in mixed case before a bar
 * ("Genève | 12 mai 2037") from a section label or a byline ("Research | 12 May 2037").
 * @packageDocumentation
 */

/** Characters with a meaning in a regular expression, escaped before a word goes into one. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * True when `text` names `word` after a preposition of place that English section labels never
 * follow ("de Genève", "d'Orléans", "aus Kiel", "van Utrecht") or after a university's or city's
 * name ("University of Geneva", "Universität Tübingen", "City of Lugano"); English "of" or "in"
 * alone does not count ("Department of Health", "published in Science").
 */
export function isTownNamedAgain(word: string, text: string): boolean {
  if (word.length < 3 || /\s/.test(word)) return false;
  const w = word.replace(REGEX_SPECIAL, '\\$&');
  const again = new RegExp(
    `(?:(?<![\\p{L}])(?:de|di|du|à|em|aus|zu|van|von)\\s{1,2}|(?<![\\p{L}])d['’]|(?<![\\p{L}])(?:Universit\\p{L}{0,4}|City|Canton|Kanton)\\s{1,2}(?:(?:of|de|di|do|da)\\s{1,2})?)${w}(?![\\p{L}])`,
    'u',
  );
  return again.test(text);
}
