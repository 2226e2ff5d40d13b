/**
 * Centred and indented lines of a plain-text release, which Markdown would read as code.
 * @packageDocumentation
 */

/** A line's run of four or more leading spaces (a centred title, an indented block). */
const INDENT = /^( {4,})(?=\S)/gm;

/**
 * Keeps the indented lines of a plain-text release ("                 ANCIENT DNA SHOWS …", a
 * centred headline and subtitle) as text: their leading spaces become no-break spaces, which
 * Markdown does not count as indentation, so they are never read as a code block. Every offset
 * stays put (one character for one).
 */
export function defuseIndentedText(text: string): string {
  return text.replace(INDENT, (spaces: string) => '\u00a0'.repeat(spaces.length));
}
