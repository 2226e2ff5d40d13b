/**
 * Round-ups: one release, several short items under their own headings, each reporting its own
 * paper ("## Bats that hum to their young … appears in Animal Behaviour").
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import type { Mention } from './mention.js';
import { sameJournal } from './journal.js';

/** One item of a round-up: the blocks from its heading to the next heading. */
export interface RoundUpItem {
  /** Index of the item's heading block. */
  from: number;
  /** Index of the item's last block. */
  to: number;
}

/** Sections whose headings may open an item of a round-up. */
const HEAD: ReadonlySet<string> = new Set(['subheadline', 'lead', 'body']);
/** Sections an item may run through (not the contacts, the boilerplate or the end). */
const BODY: ReadonlySet<string> = new Set(['subheadline', 'lead', 'body', 'citation']);

/**
 * The items of a round-up: at least two headed parts of the body that each report a
 * publication in a journal of their own; an empty list for any other release.
 */
export function roundUpItems(doc: ReleaseDocument, mentions: readonly Mention[]): RoundUpItem[] {
  const heads = doc.blocks.filter((b) => b.kind === 'heading' && b.depth >= 2 && HEAD.has(b.section));
  if (heads.length < 2) return [];
  const items: RoundUpItem[] = heads.map((h, i) => {
    const next = heads[i + 1];
    let to = next ? next.index - 1 : doc.blocks.length - 1;
    // The item ends before the contacts, the notes or a rule.
    for (let j = h.index + 1; j <= to; j++) {
      const b: Block = doc.blocks[j]!;
      if (!BODY.has(b.section) || b.kind === 'end') {
        to = j - 1;
        break;
      }
    }
    return { from: h.index, to };
  });
  const journals: string[] = [];
  let reporting = 0;
  for (const it of items) {
    const m = mentions.find((x) => x.kind === 'published' && !x.weak && x.block.index > it.from && x.block.index <= it.to);
    if (!m) continue;
    reporting++;
    if (!journals.some((j) => sameJournal(j, m.journal))) journals.push(m.journal);
  }
  return reporting >= 2 && journals.length >= 2 ? items : [];
}

/** The round-up item that holds a block, if any. */
export function itemOf(items: readonly RoundUpItem[], blockIndex: number): RoundUpItem | undefined {
  return items.find((it) => blockIndex > it.from && blockIndex <= it.to);
}
