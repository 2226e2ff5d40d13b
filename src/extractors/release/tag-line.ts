/**
 * A page's line of topic tags under its headline ("Ecology | Pollution", "Health · Cancer · Genetics").
 * @packageDocumentation
 */

/** Two to six short capitalised tags of one to three words, each pair set apart by a spaced bar or bullet. */
const TAG_LINE = /^\p{Lu}[\p{L}&'’-]{0,24}(?: [\p{L}&'’-]{1,24}){0,2}(?: {1,3}[|·•] {1,3}\p{Lu}[\p{L}&'’-]{0,24}(?: [\p{L}&'’-]{1,24}){0,2}){1,5}$/u;

/** True for a line of topic tags printed under a headline ("Ecology | Pollution"), never a sentence or a dated line. */
export function isTagLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || !(t.includes('|') || t.includes('·') || t.includes('•'))) return false;
  return TAG_LINE.test(t);
}
