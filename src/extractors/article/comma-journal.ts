/**
 * A journal's name that holds commas ("Plant, Cell & Environment", "Water, Air, & Soil
 * Pollution", "Pharmacology, Biochemistry and Behavior") after a reference's quoted title,
 * which a split at each comma would cut to its first word.
 * @packageDocumentation
 */

/**
 * One to three capitalised words each closed by a comma, then the last part joined by "&" or
 * "and", then a comma and the volume (a number that is no year).
 */
const COMMA_NAME =
  /^((?:\p{Lu}[\p{L}\p{M}-]+,\s){1,3}(?:(?:&|and)\s)?\p{Lu}[\p{L}\p{M}-]+(?:\s(?:&|and|of|\p{Lu}[\p{L}\p{M}-]+)){0,4}),\s(?=(?:vol\.\s?)?(?!(?:19|20)\d{2}\b)\d{1,4}\s?[(,:])/u;

/**
 * The journal's name opening `after` (the text after a quoted title, emphasis removed) when it
 * holds commas and an "&" or "and" and is followed by the volume; else null.
 */
export function commaJournalAt(after: string): string | null {
  const m = COMMA_NAME.exec(after.replace(/^[*_]+/, '').replace(/[*_]+(?=,)/, ''));
  if (!m) return null;
  const name = m[1]!;
  return /\s(?:&|and)\s/.test(name) ? name : null;
}
