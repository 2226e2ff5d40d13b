/**
 * Maps positions in a block's plain text back to offsets in the source, and provenance to places.
 * @packageDocumentation
 */
import type { Block, PressRecord, ReleaseDocument } from '../types.js';
import type { Place } from './rule.js';

/** How far the aligner looks ahead in the source for the next character of the text. */
const LOOKAHEAD = 64;
/** How far the aligner searches when markup longer than the look-ahead intervenes. */
const FAR = 4096;
const alignments = new WeakMap<Block, Int32Array>();
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/**
 * Aligns a block's plain text with its source: for each text index, the source offset of the
 * same character, found by walking both strings and skipping markup (bounded look-ahead, so
 * linear in the block's size). Characters the source spells differently (entities) map to the
 * current source position.
 */
function alignment(doc: ReleaseDocument, block: Block): Int32Array {
  const hit = alignments.get(block);
  if (hit) return hit;
  const text = block.text;
  const src = doc.text;
  const end = Math.min(block.end, src.length);
  const map = new Int32Array(text.length + 1);
  let j = Math.max(0, block.start);
  let lostUntil = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const limit = Math.min(end, j + LOOKAHEAD);
    let k = j;
    while (k < limit && src[k] !== c && !(isSpace(c) && isSpace(src[k]))) k++;
    if (k >= limit && i >= lostUntil) {
      // A long tag or link target in between: look further for the next few characters.
      const needle = text.slice(i, i + 8);
      const far = src.slice(j, Math.min(end, j + FAR)).indexOf(needle);
      if (far >= 0) k = j + far;
      else lostUntil = i + LOOKAHEAD;
    }
    if (k < limit || (k < end && src[k] === c)) {
      map[i] = k;
      j = k + 1;
    } else map[i] = Math.min(j, Math.max(block.start, end - 1));
  }
  map[text.length] = j;
  alignments.set(block, map);
  return map;
}

/**
 * The source offset of the text `block.text.slice(index, index + length)`: where the aligned
 * character sits, checked against the source and searched near it when markup intervenes.
 */
export function sourceOffset(doc: ReleaseDocument, block: Block, index: number, length = 1): number {
  const i = Math.max(0, Math.min(index, block.text.length));
  const at = alignment(doc, block)[i] ?? block.start;
  const needle = block.text.slice(i, i + Math.max(1, Math.min(length, 40)));
  if (!needle || doc.text.startsWith(needle, at)) return at;
  const from = Math.max(block.start, at - LOOKAHEAD);
  const near = doc.text.slice(from, Math.min(block.end, at + 4 * LOOKAHEAD)).indexOf(needle);
  return near >= 0 ? from + near : at;
}

/** The place recorded for the first of `paths` that has provenance with a line, else undefined. */
export function provenancePlace(record: PressRecord, ...paths: string[]): Place {
  for (const path of paths) {
    const p = record.provenance[path];
    if (p?.line !== undefined) return { line: p.line, column: p.column ?? 1 };
  }
  return undefined;
}

/** The place of any provenance entry under `prefix` (`articles[0].`), earliest line first. */
export function provenanceUnder(record: PressRecord, prefix: string): Place {
  let best: { line: number; column: number } | undefined;
  for (const [path, p] of Object.entries(record.provenance)) {
    if (!path.startsWith(prefix) || p.line === undefined) continue;
    const here = { line: p.line, column: p.column ?? 1 };
    if (!best || here.line < best.line || (here.line === best.line && here.column < best.column)) best = here;
  }
  return best;
}

/** The blocks that carry prose: paragraphs, headings and table rows (not code, not end marks). */
export function proseBlocks(doc: ReleaseDocument): Block[] {
  return doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'tableRow' || b.kind === 'html');
}

/** Shortens release text for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
