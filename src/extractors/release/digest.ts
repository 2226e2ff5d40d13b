/**
 * The release inside a newsletter or digest: its contents list ("In this issue:" over the items'
 * titles) and, below it, each item under its own heading; the release is the item that reports
 * research (a quotation with "said", a journal, a DOI), and its headline is that item's own heading.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';

/** A newsletter's contents label ("In this issue:", "IN THIS EDITION", "In today's digest"). */
const DIGEST_CONTENTS = /^in\s{1,3}(?:this|today'?s|today’s)\s{1,3}(?:issue|edition|digest|newsletter|bulletin)\s{0,3}:?$/i;

/** A separator rule alone on a line ("-----", "=====", "* * *"). */
const RULE = /^(?:[-=_*~#]\s{0,2}){3,}$/;

/** A number or bullet before an item's heading ("1. ", "2) ", "• "). */
const ITEM_NUMBER = /^(?:\d{1,2}[.)]|[•·*-])\s{1,3}/;

/** A quotation mark before "said" or "says" within a few words: a quote of the item's own. */
const QUOTE_SAID = /["”’]\s{0,3}(?:[^\n"“”]{0,80}\s)?(?:said|says)\b|\b(?:said|says)\s{1,3}[^\n"“”]{0,80}[:,]\s{0,3}["“]/i;

/** A sign that an item reports a paper: a DOI, a journal or a report in one. */
const PAPER_SIGN = /\bdoi\b|\b10\.\d{4,9}\/|\bjournal\b|\bpublished\s{1,3}(?:today\s{1,3})?in\b|\breport(?:ed)?\s{1,3}(?:today\s{1,3})?in\b|\bpapers?\s{0,3}:/i;

/** Text folded for comparing titles: lower case, any run of other characters than letters and digits one space. */
const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True when a block could be an item's own heading: one line of one to twenty-five words, no closing full stop or colon. */
function headingShaped(b: Block): boolean {
  const t = b.text.trim();
  if (t.includes('\n') || t.length > 200 || RULE.test(t) || /[.:;,]["”’]?$/.test(t)) return false;
  return t.split(/\s+/).length <= 25;
}

/** True when a heading's folded text is the contents entry's, or one begins the other at a word's end. */
function sameTitle(heading: string, entry: string): boolean {
  if (!entry) return false;
  return heading === entry || heading.startsWith(entry + ' ') || entry.startsWith(heading + ' ');
}

/** True when a block is set as a heading: a Markdown or HTML heading, a list item or a line in capitals. */
const setAsHeading = (b: Block): boolean => b.kind === 'heading' || b.inList || (/\p{Lu}/u.test(b.text) && !/\p{Ll}/u.test(b.text));

/**
 * The heading of the item of a digest that is the release, or null when `blocks` hold no digest:
 * a contents label among the head blocks (`head`) over two to twelve list items, then the items'
 * own headings in that order below the list (an entry's heading repeats it, perhaps longer or in
 * capitals; an entry whose heading differs takes the first line set as a heading in its place),
 * and the item is the first whose text holds a quotation with "said" or a sign of a paper. A head with
 * a heading of six words or more before the contents label is a release's own, and no digest.
 * `refuse` tells blocks that cannot be a headline.
 */
export function digestItemHeading(blocks: readonly Block[], head: readonly Block[], refuse: (b: Block) => boolean): Block | null {
  const label = head.find((b) => b.text.length <= 40 && DIGEST_CONTENTS.test(b.text.trim()));
  if (!label) return null;
  // A release under its own heading of six words or more that lists its parts below is no digest ("# Volunteers plant 4,000 trees …").
  if (head.some((b) => b.index < label.index && b.kind === 'heading' && b.text.trim().split(/\s+/).length >= 6 && !refuse(b))) return null;
  const entries: string[] = [];
  let at = label.index + 1;
  for (; at < blocks.length && blocks[at]!.inList && entries.length < 13; at++) {
    const entry = fold(blocks[at]!.text.replace(ITEM_NUMBER, ''));
    // An item's own heading numbered like the entries ("1. TITLE" under "3. Volunteer news") repeats an entry: the list ended before it.
    if (entries.some((e) => sameTitle(entry, e))) break;
    entries.push(entry);
  }
  if (entries.length < 2 || entries.length > 12) return null;
  // The items' own headings, in the contents' order.
  const shaped: Block[] = [];
  for (const b of blocks.slice(at, at + 400)) if (headingShaped(b)) shaped.push(b);
  const headings: (Block | null)[] = [];
  let from = 0;
  for (let i = 0; i < entries.length; i++) {
    const match = shaped.findIndex((b, j) => j >= from && sameTitle(fold(b.text.replace(ITEM_NUMBER, '')), entries[i]!));
    // An entry whose own heading is worded otherwise: the first line set as a heading before the next entry's heading.
    const nextMatch = i + 1 < entries.length ? shaped.findIndex((b, j) => j >= from && sameTitle(fold(b.text.replace(ITEM_NUMBER, '')), entries[i + 1]!)) : -1;
    const j = match >= 0 && (nextMatch < 0 || match <= nextMatch) ? match : shaped.findIndex((b, k) => k >= from && (nextMatch < 0 || k < nextMatch) && setAsHeading(b));
    if (j < 0) return null;
    headings.push(shaped[j]!);
    from = j + 1;
  }
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const end = headings[i + 1]?.index ?? Math.min(blocks.length, h.index + 40);
    let text = '';
    for (const b of blocks.slice(h.index + 1, end)) text += b.text.slice(0, 4000) + '\n';
    if ((QUOTE_SAID.test(text) || PAPER_SIGN.test(text)) && !refuse(h)) return h;
  }
  return null;
}

/** An item's heading without its number ("1. RESEARCH VESSEL FINDS …" gives "RESEARCH VESSEL FINDS …"). */
export const itemHeadingText = (b: Block): string => b.text.trim().replace(ITEM_NUMBER, '');
