/**
 * A release's title line printed under its dated lead paragraph, as some offices lay out a
 * release pasted from a word processor: the office's name over "PRESS RELEASE", then
 * "Place, date - first sentence …", then the title line, then the body.
 * @packageDocumentation
 */

import type { Block } from '../../types.js';
import { findDates } from '../../text/dates.js';

/** True for a lead paragraph that opens with its date ("Leiden, 14 June 2037 - …", "CITY -- May 2, 2037 -- …"): a date within its first 60 characters, in a paragraph of fifteen words or more that ends a sentence. */
function isDatedLead(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || t.split(/\s+/).length < 15 || !/[.!?]["”’]?$/.test(t)) return false;
  const date = findDates(t.slice(0, 80))[0];
  return date !== undefined && date.index <= 60;
}

/** True for a title line: one line of four to eighteen words that opens with a capital and ends in no sentence or clause mark, and holds no quotation mark. */
function isTitleLine(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || !/^\p{Lu}/u.test(t) || /[.!?:;,]$/.test(t) || /["“”]/.test(t)) return false;
  const n = t.split(/\s+/).length;
  return n >= 4 && n <= 18;
}

/**
 * The title line directly under the first paragraph of the text when that paragraph is a dated
 * lead, and a sentence follows the title line; null when there is none. The first `within`
 * blocks are searched for the lead.
 */
export function titleAfterDatedLead(blocks: readonly Block[], isRefused: (b: Block) => boolean, within = 4): Block | null {
  const at = blocks.slice(0, within).findIndex((b) => b.section !== 'front' && b.section !== 'label' && b.section !== 'embargo');
  if (at < 0 || !isDatedLead(blocks[at]!.text)) return null;
  const title = blocks[at + 1];
  const next = blocks[at + 2];
  if (!title || !next || !isTitleLine(title.text) || isRefused(title)) return null;
  return /[.!?]["”’]?$/.test(next.text.trim()) && next.text.trim().split(/\s+/).length >= 8 ? title : null;
}
