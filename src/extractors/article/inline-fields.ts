/**
 * Labelled citation fields that a web page printed one a line (with `<br>` between them) and
 * a scrape ran onto one line: "Title: … Authors: … Journal: … DOI: …",
 * "Journal: X Published: 4 March 2037 DOI: …". Each label is put back at the start of a line.
 * @packageDocumentation
 */

/** A line that opens with a citation field's label and its colon ("Title:", "**Journal:**"). */
const OPENS_WITH_LABEL = /^[\s*_]{0,4}(?:(?:paper\s+|article\s+)?title|authors?|journal|doi|published(?:\s+(?:online|in))?|volume|issue|pages?|year)[*_]{0,2}[ \t]{0,3}:/i;

/**
 * A further label inside the line, capitalised as a field's label is printed and set off by a
 * space: " Authors:", " Journal:", " Published:", " DOI:". A title's own colon ("Warming: a review")
 * names no field, and a lower-case "doi:" inside a value stays with it.
 */
const INLINE_LABEL = /[ \t]+(?=(?:Authors?|Journal|DOI|Published(?:\s(?:online|in))?|Volume|Issue|Pages?|Year|Title)[ \t]?:[ \t])/g;

/** The longest line read as a row of fields: a citation's fields run together stay well under it, and a longer line is prose. */
const MAX_ROW = 2000;

/**
 * `text` with every line that opens with a citation label split before each further label in it.
 * Lines longer than {@link MAX_ROW} are left whole, which bounds the work on hostile input.
 */
export function splitInlineFields(text: string): string {
  if (!text.includes(':')) return text;
  return text
    .split('\n')
    .map((line) => (line.length <= MAX_ROW && OPENS_WITH_LABEL.test(line) ? line.replace(INLINE_LABEL, '\n') : line))
    .join('\n');
}
