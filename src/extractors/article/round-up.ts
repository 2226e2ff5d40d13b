/**
 * Round-ups: one release, several short items under their own headings, each reporting its own
 * paper ("## Bats that hum to their young … appears in Animal Behaviour").
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import type { Mention } from './mention.js';
import { sameJournal } from './journal.js';

/** One item of a round-up: the blocks under its heading (or its capitals line), up to the next one. */
export interface RoundUpItem {
  /** Index of the item's first block of text (the block of a capitals line holds it). */
  from: number;
  /** Index of the item's last block. */
  to: number;
}

/** Sections whose headings may open an item of a round-up. */
const HEAD: ReadonlySet<string> = new Set(['subheadline', 'lead', 'body']);
/** Sections an item may run through (not the contacts, the boilerplate or the end). */
const BODY: ReadonlySet<string> = new Set(['subheadline', 'lead', 'body', 'citation']);
/** A line in capitals over the item's text in a plain-text page ("CORAL LARVAE FOLLOW THE SOUND OF HEALTHY REEFS⏎…"). */
const CAPS_LINE = /^(?=[^\n]{12,})[\p{Lu}\d'’,:&–-]{1,30}(?:\s[\p{Lu}\d'’,:&–-]{1,30}){2,14}\n/u;

/** A title in bold opening a paragraph, ending in a full stop or a colon ("**Heart cells that beat in time.** Cardiologists …"). */
function leadIn(b: Block): boolean {
  const e = b.emphasis[0]!.trim();
  if (!b.text.startsWith(e) || !/[.:!?]$/.test(e)) return false;
  const words = e.split(/\s+/).length;
  return words >= 3 && words <= 16 && /^\s\p{Lu}/u.test(b.text.slice(e.length, e.length + 2));
}

/**
 * The items of a round-up: at least two headed parts of the body that each report a
 * publication in a journal of their own; an empty list for any other release.
 */
export function roundUpItems(doc: ReleaseDocument, mentions: readonly Mention[]): RoundUpItem[] {
  const starts: number[] = [];
  for (const b of doc.blocks) {
    if (!HEAD.has(b.section)) continue;
    if (b.kind === 'heading' && b.depth >= 2) starts.push(b.index + 1);
    else if (b.kind === 'paragraph' && b.text.includes('\n') && CAPS_LINE.test(b.text)) starts.push(b.index);
    else if (b.kind === 'paragraph' && b.emphasis.length && leadIn(b)) starts.push(b.index);
  }
  if (starts.length < 2) return [];
  const items: RoundUpItem[] = starts.map((from, i) => {
    const next = starts[i + 1];
    let to = next !== undefined ? next - 1 : doc.blocks.length - 1;
    // The item ends before the contacts, the notes or a rule, and before the next heading.
    for (let j = from; j <= to; j++) {
      const b: Block = doc.blocks[j]!;
      if (!BODY.has(b.section) || b.kind === 'end' || (b.kind === 'heading' && j > from)) {
        to = j - 1;
        break;
      }
    }
    return { from, to };
  });
  const journals: string[] = [];
  let reporting = 0;
  for (const it of items) {
    // "according to a study in *Critical Care Medicine*": a weaker cue counts inside an item too.
    const m = mentions.find((x) => x.kind === 'published' && x.block.index >= it.from && x.block.index <= it.to);
    if (!m) continue;
    reporting++;
    if (!journals.some((j) => sameJournal(j, m.journal))) journals.push(m.journal);
  }
  return reporting >= 2 && journals.length >= 2 && mentions.some((x) => x.kind === 'published' && !x.weak) ? items : [];
}

/** The round-up item that holds a block, if any. */
export function itemOf(items: readonly RoundUpItem[], blockIndex: number): RoundUpItem | undefined {
  return items.find((it) => blockIndex >= it.from && blockIndex <= it.to);
}
