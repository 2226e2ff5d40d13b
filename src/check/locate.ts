/**
 * Maps positions in a block's plain text back to offsets in the source, and provenance to places.
 * @packageDocumentation
 */
import type { Block, PressRecord, ReleaseDocument } from '../types.js';
import type { Place } from './rule.js';

/**
 * The source offset of the text `block.text.slice(index, index + length)`: the same
 * occurrence of that text in the block's source, else the first, else the block's start.
 */
export function sourceOffset(doc: ReleaseDocument, block: Block, index: number, length = 1): number {
  const needle = block.text.slice(index, index + Math.max(1, length));
  if (!needle) return block.start;
  let nth = 0;
  for (let at = block.text.indexOf(needle); at >= 0 && at < index; at = block.text.indexOf(needle, at + 1)) nth++;
  let found = doc.text.indexOf(needle, block.start);
  for (let k = 0; k < nth && found >= 0 && found < block.end; k++) found = doc.text.indexOf(needle, found + 1);
  if (found >= 0 && found < block.end) return found;
  return doc.locate(block, needle);
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
