/**
 * Blocks that are a linked headline of another news story ("[Sea-ice algae study published
 * in Nature last year](/news/2035/ice) (12 Dec 2035)"): a page's "Related news" or sidebar
 * list, whose journals are not the reported paper's.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';

/** A link target that names a paper: a DOI or a DOI resolver. */
const PAPER_URL = /\b10\.\d{4,9}\/|doi/i;
/** A link target on the page's own site or in a news section ("/news/2035/ice", "https://x.edu/stories/…"). */
const STORY_URL = /^(?:\/(?!\/)|\.{0,2}\/|#|[\w-]{1,60}(?:\/|\.html?$))|\/(?:news|stories|story|press|media|blog|articles?-?\d|events?)(?:\/|$|-)/i;
/** A list marker or bracket before the link text. */
const LEAD = /^[\s*•·>–—-]{0,6}/;

/**
 * True when `block` is one linked headline of another page: its text opens with the text of
 * a link to a news page (not to a paper), and that link text is most of the block.
 */
export function isStoryLink(block: Block): boolean {
  const link = block.links[0];
  if (!link) return false;
  const text = block.text.replace(LEAD, '');
  const label = link.text.trim();
  if (label.length < 12 || !text.startsWith(label) || label.length * 10 < text.trim().length * 6) return false;
  return !PAPER_URL.test(link.url) && STORY_URL.test(link.url);
}
