/**
 * Lists of a pasted web page that are not the release: "Related news" teasers, "You may also
 * like", testimonials. Their quotes belong to other stories or to no statement of the release.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';

/** A label opening a page's list of other stories or testimonials ("Related news", "Patient stories", "What our clients say"). */
const LIST_LABEL =
  /^(?:related\s{1,3}(?:news|stories|articles|content|posts|links|reading|coverage)|(?:more|latest|recent|other|similar|top)\s{1,3}(?:news|stories|articles|headlines|press\s{1,3}releases)|you\s{1,3}(?:may|might)\s{1,3}(?:also\s{1,3})?(?:like|enjoy|be\s{1,3}interested\s{1,3}in|have\s{1,3}missed)|read\s{1,3}next|most\s{1,3}(?:read|popular|viewed|shared)|testimonials?|(?:patient|customer|client|student|alumni|member)\s{1,3}(?:stories|testimonials|voices|reviews)|what\s{1,3}(?:our|people)\s{1,3}(?:\p{L}{1,20}\s{1,3})?(?:say|are\s{1,3}saying)|success\s{1,3}stories|see\s{1,3}also)\s{0,3}[:.]?$/iu;

/** Blocks after a list label that a list may still hold: list items or short lines. */
const MAX_ITEM_CHARS = 300;
/** The most blocks one list takes after its label. */
const MAX_LIST_BLOCKS = 12;

/** True when the first line of `text` is a label opening a page's list of other stories or testimonials. */
export function isPageListLabel(text: string): boolean {
  if (text.length > 2000) return false;
  // A label is short: a first line longer than 100 characters is none, whatever markup it wears
  // (checked before the trimming expression, which would otherwise run over whole paragraphs).
  const nl = text.indexOf('\n');
  if ((nl < 0 ? text.length : nl) > 100) return false;
  const first = (nl < 0 ? text : text.slice(0, nl)).replace(/^[#*_>\s\W]{0,6}|[*_\s]+$/gu, '');
  return first !== '' && first.length <= 60 && LIST_LABEL.test(first);
}

/**
 * The indices of the blocks that belong to a page's list of other stories or testimonials: the
 * block opened by the label and, after it, list items and short blocks up to the next heading
 * that is no such label (at most {@link MAX_LIST_BLOCKS}). A label whose own block already holds
 * lines below it (a list pasted as plain lines) takes only list items after that block: the
 * short paragraphs that follow are the page again.
 */
export function pageListBlocks(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let left = 0;
  // Whether the label's block held its items as lines, so that only list items may follow.
  let itemsOnly = false;
  for (const b of blocks) {
    if (b.text.length <= 2000 && isPageListLabel(b.text)) {
      out.add(b.index);
      left = MAX_LIST_BLOCKS;
      itemsOnly = b.kind !== 'heading' && b.text.trim().includes('\n');
      continue;
    }
    if (left === 0) continue;
    if (b.kind === 'heading' || !(b.inList || (!itemsOnly && b.text.length <= MAX_ITEM_CHARS))) {
      left = 0;
      continue;
    }
    out.add(b.index);
    left--;
  }
  return out;
}
