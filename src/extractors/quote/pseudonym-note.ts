/**
 * A note after a quoted person's name saying the name is not their real one: `said Ingrid (not
 * her real name), 71`, `said Tomás (a pseudonym)`, `said Ana (name changed)`. The note is no
 * part of the name and does not part the name from its attribution.
 * @packageDocumentation
 */

/** The bracketed note, with the spaces before it. */
const PSEUDONYM_NOTE =
  /\s{0,3}\((?:not\s{1,3}(?:her|his|their)\s{1,3}real\s{1,3}name|a\s{1,3}pseudonym|pseudonym|name\s{1,3}(?:has\s{1,3}been\s{1,3})?changed)\)/giu;

/**
 * Blanks every pseudonym note in `text` with spaces of the same length, so offsets into the text
 * stay right ("said Ingrid (not her real name), 71" reads as "said Ingrid, 71").
 */
export function blankPseudonymNotes(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(PSEUDONYM_NOTE, (m) => ' '.repeat(m.length));
}
