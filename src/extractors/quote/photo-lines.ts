/**
 * Photos set inside a release's text: an image on its own, or a caption that ends with the
 * photo's credit ("… eelgrass beds. Photo: A. Name/University"). A quote runs on across them.
 * @packageDocumentation
 */
import { isImageOnly } from '../../parse/sections.js';
import type { Block } from '../../types.js';

/** The longest caption read, in characters. */
const MAX_CAPTION = 300;

/**
 * A credit that opens a caption or ends it after a sentence, a bracket or a bar: "Photo: X",
 * "Image credit: X", "Photograph by X", "(Credit: X)", "Courtesy of X", "© X".
 */
const CREDIT =
  /(?:^|[.!?]\s{1,3}|[(|[]\s{0,3}|\s[–—-]\s{1,3})(?:(?:photo(?:graph)?|image|picture|illustration|video|graphic)s?(?:\s{1,3}(?:credit|courtesy)s?)?\s{0,3}(?::|\bby\s)|credits?\s{0,3}:|courtesy\s{1,3}(?:of\s{1,3})?\p{Lu}|©\s{0,2}\p{Lu})[^\n:]{1,100}$/iu;

/** True for a block that is only a photo, or its caption ending in (or opening with) the credit, with no quotation mark. */
export function isPhotoBlock(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  if (isImageOnly(block.node)) return true;
  const t = block.text.trim();
  return t.length <= MAX_CAPTION && !t.includes('\n') && !/["“”„«»]/.test(t) && CREDIT.test(t);
}

/** A caption's opening label: "Photo:", "Image:", "Pictured:", "Caption:" (a credit word may follow). */
const CAPTION_LABEL = /^(?:photo(?:graph)?|image|picture|pictured|caption)s?(?:\s{1,3}(?:credit|courtesy))?\s{0,3}:\s{0,3}\S/i;

/**
 * True for a photo caption that opens with its label and quotes someone ("Photo: Dr. X in the
 * lab. “…,” she said."): read for quotes even where it sits among the release's head lines.
 */
export function isQuotedCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_CAPTION * 2 && !t.includes('\n') && CAPTION_LABEL.test(t) && /["“„«]/.test(t);
}
