/**
 * A volume printed in Roman numerals after its label ("Vol. XLII", "Volume XIV"), as some
 * older society and humanities journals still number their volumes.
 *
 * @packageDocumentation
 */

/** "Vol." or "Volume", then a well-formed upper-case Roman numeral up to 3999, ended by a comma, stop, colon, bracket or the end. */
const ROMAN_VOLUME = /\b(?:Volume|Vol\.)\s?(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?=[,.;:)]|\s\(|$)/;

/**
 * The Roman-numeral volume labelled in a citation ("Annali, Vol. XLII, No. 2" gives "XLII"),
 * as printed; null when the text labels none.
 */
export function romanVolume(text: string): string | null {
  const m = ROMAN_VOLUME.exec(text);
  return m?.[1] ? m[1] : null;
}
