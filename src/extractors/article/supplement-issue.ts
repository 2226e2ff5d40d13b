/**
 * A supplement printed in an issue's place, right after the volume: "Volume 62, Supplement 2",
 * "Vol. 62, Suppl. 2", "62(Suppl 2)". The label and its number are the issue as printed.
 * @packageDocumentation
 */

/** "Volume 62, Supplement 2", "Vol. 62, Suppl. 2" or "62(Suppl 2)": group 1 is the supplement and its number. */
const SUPPLEMENT_AFTER_VOLUME = /\b(?:(?:Volume|Vol\.?)\s?\d{1,5},\s?|\d{1,5}\s?\()((?:Supplement|Suppl\.?)\s?\d{1,3})(?=\)|[,;:.]|\s|$)/i;

/**
 * The supplement that stands in an issue's place after a volume ("Volume 62, Supplement 2" →
 * "Supplement 2", "30(Suppl 2)" → "Suppl 2"); null when the text prints none.
 */
export function supplementIssue(text: string): string | null {
  if (!/suppl/i.test(text)) return null;
  const m = SUPPLEMENT_AFTER_VOLUME.exec(text);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
