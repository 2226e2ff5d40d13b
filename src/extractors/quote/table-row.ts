/**
 * A table row that sets a quote in one cell and its speaker in the next ("“…”" | "Dr. X, role").
 * @packageDocumentation
 */
import { citeLine, type Attribution, type Known } from './attribution.js';
import { TokenizedText, withTokens } from './speakers.js';

/** A cell that is one quotation and nothing else: an opening mark, the words, a closing mark. */
const WHOLE_QUOTE = /^(?:"[^"]+"|“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»)$/;

/** True when `text` (trimmed) is one quotation and nothing else. */
export const isWholeQuote = (text: string): boolean => WHOLE_QUOTE.test(text.trim());

/**
 * The speaker of a table row whose first cell is wholly one quotation and whose second,
 * last cell is only a name with perhaps a role after a comma ("Dr. Linnea X, wildlife
 * ecologist"), with the offset of the name in the row's text (cells joined by tabs); else null.
 * A row with more cells, a header row or a name cell with other words is not read.
 */
export function tableRowSpeaker(row: string, known: Known): Attribution | null {
  const cells = row.split('\t');
  if (cells.length !== 2) return null;
  const [quote, who] = [cells[0]!.trim(), cells[1]!];
  if (!WHOLE_QUOTE.test(quote) || who.trim() === '') return null;
  const base = cells[0]!.length + 1;
  const found = withTokens(new TokenizedText(who), () => citeLine(who, known));
  return found ? { ...found, offset: found.offset + base } : null;
}
