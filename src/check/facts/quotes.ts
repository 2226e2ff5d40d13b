/**
 * Quotation marks that open in a paragraph and never close, allowing the house style where a
 * quote runs over several paragraphs that each open with a mark and only the last closes.
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import { sourceOffset } from '../locate.js';

/** An opening quotation mark left open at the end of its paragraph. */
export interface OpenQuote {
  block: Block;
  /** Index of the mark in `block.text`. */
  index: number;
  /** Source offset of the mark. */
  offset: number;
  mark: string;
}

const OPENS_WITH_QUOTE = /^[\s*_]{0,4}["“«„]/;
// An attribution inside the open stretch ("…, said Dr. X") means the closing mark was left out,
// whatever the next paragraph does: a quote does not contain its own attribution.
const ATTRIBUTION = /[,;][ \u00a0](?:said|says|added|adds|explained|explains|noted|notes|according[ \u00a0]to|commented|comments|remarked|told)\b/i;

/**
 * True when a quoted text holds its own attribution ("…, said Dr. X"): its closing mark was
 * left out, so the speaker was read as part of the quote.
 */
export function holdsAttribution(text: string): boolean {
  return ATTRIBUTION.test(text.slice(0, 2000));
}

/**
 * The index of the double quotation mark left open in `text`, or -1 when every one closes.
 * Straight and curly marks pair with each other (`"…”` is a closed quote); an opening mark
 * while a quote is open continues it (paragraph breaks lost in plain text: `“A. “B.”`); a
 * straight mark right after a digit is an inch sign. Guillemets are tracked apart.
 */
export function unclosedQuote(text: string): number {
  let open = -1;
  let guillemet = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201e) {
      if (open < 0) open = i;
    } else if (c === 0x201d) open = -1;
    else if (c === 0x22) {
      if (open < 0 && i > 0 && /\d/.test(text[i - 1]!)) continue;
      open = open < 0 ? i : -1;
    } else if (c === 0xab) {
      if (guillemet < 0) guillemet = i;
    } else if (c === 0xbb) guillemet = -1;
  }
  if (open < 0) return guillemet;
  return guillemet < 0 ? open : Math.min(open, guillemet);
}

/** The paragraphs whose quotation stays open, except those continued by a paragraph that opens with a mark. */
export function openQuotes(doc: ReleaseDocument): OpenQuote[] {
  const out: OpenQuote[] = [];
  const blocks = doc.blocks;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind !== 'paragraph') continue;
    const index = unclosedQuote(block.text);
    if (index < 0) continue;
    const next = blocks[k + 1];
    const continued = next && next.kind === 'paragraph' && next.quoteDepth === block.quoteDepth && OPENS_WITH_QUOTE.test(next.text);
    if (continued && !ATTRIBUTION.test(block.text.slice(index, index + 2000))) continue;
    out.push({ block, index, offset: sourceOffset(doc, block, index, 1), mark: block.text[index]! });
  }
  return out;
}
