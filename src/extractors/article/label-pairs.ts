/**
 * Citation fields printed as bare label blocks, each followed by its value's block, as an HTML
 * definition list (`<dt>Journal</dt><dd>…</dd>`) or a page pasted one cell a line gives them:
 * "Journal", "Advanced Materials", "DOI", "10.1002/…".
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import { isFieldLabel } from './labelled-fields.js';

/** At most this many label and value pairs are read (no citation block prints more). */
const MAX_PAIRS = 20;

/** A value's block: one short line that is no label itself. */
const isValue = (b: Block | undefined): b is Block =>
  b !== undefined && b.kind !== 'heading' && b.text.length <= 400 && !b.text.includes('\n') && !isFieldLabel(b.text);

/**
 * The run of bare-label and value blocks that opens at block `i`, read as "Label: value" lines
 * with the index of its last block; null unless it holds two pairs or more.
 */
export function labelPairs(doc: ReleaseDocument, i: number): { text: string; end: number } | null {
  const lines: string[] = [];
  let j = i;
  while (lines.length < MAX_PAIRS && j + 1 < doc.blocks.length) {
    const label = doc.blocks[j]!;
    const value = doc.blocks[j + 1];
    if (label.kind === 'heading' || label.section !== doc.blocks[i]!.section || !isFieldLabel(label.text) || !isValue(value)) break;
    lines.push(`${label.text.trim()}: ${value.text.trim()}`);
    j += 2;
  }
  return lines.length >= 2 ? { text: lines.join('\n'), end: j - 1 } : null;
}
