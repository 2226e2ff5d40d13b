/**
 * A "Cite this page" box: how to cite the news item itself, whose DOI (when the site mints
 * one) is not the reported paper's.
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';

/** "Cite this page", "Cite this story:", "How to cite this news item", "Cite this press release". */
const CITE_PAGE = /^[\s*_#>]{0,6}(?:how\s+to\s+)?cite\s+this\s+(?:page|story|news(?:\s+(?:item|story|article|release))?|item|post|press\s+release|release|web\s?page|blog\s+post)\b/i;

/** True when `block`, or the short label line right before it, opens with a "Cite this page" label. */
export function isPageCitation(doc: ReleaseDocument, block: Block): boolean {
  if (block.text && CITE_PAGE.test(block.text)) return true;
  const prev = doc.blocks[block.index - 1];
  return Boolean(prev && prev.text && prev.text.length < 40 && CITE_PAGE.test(prev.text));
}
