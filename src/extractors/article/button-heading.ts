/**
 * A paper cited only by a button-like link to its DOI ("Read the study", "View the paper")
 * that stands in a paragraph of its own right under a heading: the heading is the paper's title.
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';

/** A link's text that labels a button to the paper rather than naming it. */
const BUTTON = /^(?:(?:read|view|see|access|open|download|explore)\s+(?:the\s+)?(?:full\s+)?(?:study|paper|article|publication|research\s+(?:paper|article))|full\s+(?:text|paper|study|article))\s*[.!›»→>]?$/i;

/** A heading that labels a part of the page, never a paper's title ("About the study", "Reference", "Media contact"). */
const SECTION_LABEL = /^(?:about|more|related|further|read|see|reference|references|publication|the\s+(?:paper|study)|paper|study|journal|citation|media|press|contacts?|notes?|funding|background|images?|photos?|video)\b/i;

/**
 * The title a button link's heading gives: `block` holds nothing but the link (its text
 * `linkText`), and the block right before it is a heading of four to forty words, other than
 * the release's first heading and a section's label. Null otherwise.
 */
export function buttonHeadingTitle(doc: ReleaseDocument, block: Block, linkText: string): string | null {
  if (!BUTTON.test(linkText.trim()) || block.text.trim() !== linkText.trim()) return null;
  const prev = doc.blocks[block.index - 1];
  if (!prev || prev.kind !== 'heading' || prev.section === 'boilerplate') return null;
  const firstHeading = doc.blocks.find((b) => b.kind === 'heading');
  if (firstHeading === prev) return null;
  const text = prev.text.trim();
  const words = text.split(/\s+/).length;
  if (words < 4 || words > 40 || text.endsWith(':') || SECTION_LABEL.test(text)) return null;
  return text;
}
