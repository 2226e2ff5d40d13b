/**
 * A reference entry whose DOI is printed nowhere but in the target of its own link
 * ("Roe, K. & Lim, S. Title. Journal 24, 388–399 (2038).| article", the link on "article").
 *
 * @packageDocumentation
 */

import type { Block } from '../../types.js';
import { doiFromUrl, isDataDoi } from './doi.js';

/**
 * The DOI that the block's own links point to, when they point to exactly one paper's DOI
 * (a data set's DOI is none); else null.
 */
export function linkedEntryDoi(block: Block): string | null {
  const found = new Set<string>();
  for (const l of block.links) {
    const doi = doiFromUrl(l.url);
    if (doi && !isDataDoi(doi)) found.add(doi.toLowerCase());
  }
  return found.size === 1 ? [...found][0]! : null;
}
