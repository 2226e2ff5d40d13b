/**
 * A pull quote whose credit line lost its line break on a scraped page and runs on straight
 * after the closing mark ("“A few degrees change everything.”Dr. Jo Roe, University of X").
 * @packageDocumentation
 */
import { type Attribution, type Known } from './attribution.js';
import { creditLine } from './credit-line.js';
import { TokenizedText, withTokens } from './speakers.js';

/** One whole quotation at the start, then a capital letter with no space after the closing mark. */
const GLUED = /^(\s*(?:"[^"\n]+"|“[^“”\n]+”|„[^„“”\n]+[“”]|«[^«»\n]+»))(?=\p{Lu})/u;

/**
 * The speaker credited by the words glued onto the end of a paragraph that is otherwise one
 * quotation, read as {@link creditLine} reads a credit on the next line (an honorific before the
 * name or a role after a comma), with the offset of the name in `text`; else null. A space after
 * the closing mark is ordinary narration and is not read here.
 */
export function gluedCredit(text: string, known: Known): Attribution | null {
  const m = GLUED.exec(text);
  if (!m) return null;
  const base = m[1]!.length;
  const credit = text.slice(base);
  const found = withTokens(new TokenizedText(credit), () => creditLine(m[1]!.trim(), credit, known));
  return found ? { ...found, offset: found.offset + base } : null;
}
