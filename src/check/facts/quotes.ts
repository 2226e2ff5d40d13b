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

/** The index of the mark left open in `text`, or -1 when every opening mark closes. */
export function unclosedQuote(text: string): number {
  const curly: number[] = [];
  const guillemets: number[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly.push(i);
    else if (c === 0x201d) curly.pop();
    else if (c === 0xab) guillemets.push(i);
    else if (c === 0xbb) guillemets.pop();
    else if (c === 0x22) {
      // A straight mark right after a digit is an inch sign (`12"`), not a quote.
      if (straightOpen < 0 && i > 0 && /\d/.test(text[i - 1]!)) continue;
      straightOpen = straightOpen < 0 ? i : -1;
    }
  }
  const open = [curly[0], guillemets[0], straightOpen >= 0 ? straightOpen : undefined].filter((n): n is number => n !== undefined);
  return open.length ? Math.min(...open) : -1;
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
