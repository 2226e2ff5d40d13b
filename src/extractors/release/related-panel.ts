/**
 * A pasted page's panel of other stories or events ("Related news", "More stories", "Upcoming
 * events"): its headlines and dates are not the release's own.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { readDateLine } from '../../text/date-line.js';

/** The label that opens a panel of other stories or events, alone on its line ("Related news", "More stories:", "You may also like"). */
const PANEL_LABEL =
  /^(?:related\s{1,3}(?:news|stories|articles|content|posts|links|releases)|more\s{1,3}(?:stories|news|articles|releases|headlines)|(?:latest|recent|other|top|popular|trending)\s{1,3}(?:news|stories|articles|headlines|releases)|you\s{1,3}(?:may|might)\s{1,3}also\s{1,3}(?:like|enjoy|be\s{1,3}interested\s{1,3}in)|read\s{1,3}(?:next|also)|see\s{1,3}also|(?:upcoming|forthcoming|future)\s{1,3}events|what'?s\s{1,3}on)\s{0,3}:?$/i;

/** An events line that opens with its label and a colon ("Upcoming: Open Day 2 May 2031", "Upcoming events: Public lecture …"). */
const EVENTS_LINE = /^(?:upcoming|forthcoming)(?:\s{1,3}events?)?\s{0,3}:\s{0,3}\S/i;

/**
 * True for a block that is a page's panel of other stories or events: its first line is a
 * panel's label ("Related news", "More stories") or an events line ("Upcoming: Open Day 2 May 2031").
 */
export function isRelatedPanel(b: Block): boolean {
  if (b.text.length > 1500) return false;
  // A label is short: a first line longer than 100 characters is none, whatever markup it wears
  // (checked before the trimming expression, which would otherwise run over whole paragraphs).
  const nl = b.text.indexOf('\n');
  if ((nl < 0 ? b.text.length : nl) > 100) return false;
  const line = (nl < 0 ? b.text : b.text.slice(0, nl)).replace(/^[#*_\s]+|[*_\s]+$/g, '');
  if (!line || line.length > 60) return false;
  return PANEL_LABEL.test(line) || EVENTS_LINE.test(line);
}

/**
 * The indexes of the blocks of the first forty that belong to a panel of other stories or events
 * (see {@link isRelatedPanel}): the panel's blocks and, under a panel's label alone, the list
 * items that follow it ("Latest news" over "- Library extends opening hours (3 March 2031)").
 */
export function relatedPanelBlocks(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  const head = blocks.slice(0, 40);
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (!isRelatedPanel(b)) continue;
    out.add(b.index);
    if (b.text.includes('\n') || b.inList) continue;
    if (head[i + 1]?.inList) {
      for (let j = i + 1; j < head.length && head[j]!.inList; j++) out.add(head[j]!.index);
      continue;
    }
    for (const k of datedItemsAfter(head, i)) out.add(k);
  }
  return out;
}

/** True for a block that is only a bare date, without a place ("June 2, 2036", "2 June 2036"). */
function isBareDate(b: Block | undefined): boolean {
  if (!b || b.text.length > 40 || b.text.includes('\n')) return false;
  const dl = readDateLine(b.text.trim());
  return dl !== null && dl.placeIndex < 0;
}

/**
 * The indexes of the items of a panel whose label stands alone over blocks that are not list items,
 * each item a story's one-line headline over its bare date ("Solar glass wins prize" over "June 2,
 * 2036") or, when the first block under the label is a bare date, each date over its headline
 * ("24 February 2037" over "Heated blade coating …", each headline a heading followed by the next
 * date or by a heading): pairs read until a block fits neither. A pair followed by the running
 * text of a release is that release's own head, not an item, and so is a pair whose headline is set
 * unlike the items before it (a heading after paragraphs).
 */
function datedItemsAfter(head: readonly Block[], label: number): number[] {
  const out: number[] = [];
  const dateFirst = isBareDate(head[label + 1]);
  let j = label + 1;
  while (j + 1 < head.length) {
    const title = head[dateFirst ? j + 1 : j]!;
    const date = head[dateFirst ? j : j + 1]!;
    if (title.text.includes('\n') || title.text.length > 160 || !isBareDate(date)) break;
    // The items of one panel are set alike: a heading after paragraph items (or a paragraph after
    // heading items) is the article's own headline over its date, where the panel has ended.
    if (out.length > 0 && title.kind !== head[out[0]!]!.kind) break;
    const after = head[j + 2];
    if (after && (after.section === 'lead' || after.section === 'body')) break;
    // Date over headline: each headline is a heading, and the next block another item's date or a
    // heading (the article's own title), never running text.
    if (dateFirst && (title.kind !== 'heading' || (after && after.kind !== 'heading' && !isBareDate(after)))) break;
    out.push(title.index, date.index);
    j += 2;
  }
  return out;
}
