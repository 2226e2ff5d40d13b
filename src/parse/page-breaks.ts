/**
 * Page furniture in a release converted from a PDF or typed for paper: "Page 2 of 4" footers,
 * "- 2 -" page numbers, the newswire "-more-" at the foot of a page, form feeds. Left in, each
 * one cuts the paragraph it falls in: a quote loses its speaker, a footer reads as a title.
 * @packageDocumentation
 */
import { endsMidSentence } from '../text/mid-sentence.js';

/** A line that is only page furniture ("- 30 -" is the end mark, not a page number). */
const FURNITURE = /^[ \t\f]*(?:page[ \t]{1,3}\d{1,3}(?:[ \t]{0,3}(?:of|\/)[ \t]{0,3}\d{1,3})?|[-–—][ \t]{0,3}(?!30\b)\d{1,3}[ \t]{0,3}[-–—]|[-–—]{1,3}[ \t]{0,3}more[ \t]{0,3}[-–—]{1,3}|\(more\)|more\.{0,3})[ \t\f]*$/i;


/** A line that opens in lower case: the sentence before the break runs on. */
const OPENS_LOWER = /^\s*\p{Ll}/u;

/** Whether a line holds nothing but spaces and form feeds. */
const isBlank = (line: string): boolean => /^[ \t\f]*$/.test(line);

/**
 * `text` with its page furniture ({@link FURNITURE}) and form feeds blanked out, and the two
 * halves of a paragraph that a page break cut joined again: when the line before the break
 * stops on a comma or on a word such as "the" (`endsMidSentence`), or the line after opens in
 * lower case, every line end between them becomes a space (a headline over a page number stays
 * apart from the body). Every offset stays where it was (one character for one). A text with no
 * furniture line is returned as it is.
 */
export function removePageBreaks(text: string): string {
  if (!text.includes('\f') && !/^[ \t]*(?:page|[-–—(]|more)/im.test(text)) return text;
  const lines = text.split('\n');
  const furniture = lines.map((line) => line.includes('\f') ? isBlank(line) || FURNITURE.test(line) : line.length <= 24 && FURNITURE.test(line));
  if (!furniture.some(Boolean)) return text;
  const out = lines.map((line, i) => (furniture[i] ? line.replace(/[^\n]/g, ' ') : line));
  // Join across each gap of blank and furniture lines that holds furniture.
  const joinAfter = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i]) continue;
    let start = i;
    while (start > 0 && (furniture[start - 1] || isBlank(lines[start - 1]!))) start--;
    let end = i;
    while (end < lines.length - 1 && (furniture[end + 1] || isBlank(lines[end + 1]!))) end++;
    const before = lines[start - 1];
    const after = lines[end + 1];
    if (before === undefined || after === undefined) continue;
    // A headline over a page number stays apart from the body after it: only a sentence that
    // visibly goes on is joined.
    if (!endsMidSentence(before) && !OPENS_LOWER.test(after)) continue;
    for (let k = start - 1; k <= end; k++) joinAfter.add(k);
    i = end;
  }
  let result = '';
  for (let i = 0; i < out.length; i++) {
    result += out[i];
    if (i < out.length - 1) result += joinAfter.has(i) ? ' ' : '\n';
  }
  return result;
}
