/**
 * A paper printed as three short blocks, one above the other: its title, its authors and its
 * DOI ("Title⏎⏎A, B, C⏎⏎DOI: 10.…"), as some offices print it under an "ABSTRACT" label.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { DOI_ALONE } from './doi.js';
import { dropAffiliationMarks, parseNameList } from './name-list.js';
import type { Reference } from './reference-line.js';

/** A full stop that ends a sentence inside a block: no title holds one. */
const SENTENCE_STOP = /\.\s+\p{Lu}/u;
/** Where the items of a list of names part. */
const ITEM_BREAK = /,|;|\s(?:and|&)\s/;

/**
 * The reference of a title block, a names block and a DOI block that open at `blocks[i]`, with
 * the index of the DOI block; null unless the title is one line of three to forty words with no
 * sentence's end, every item of the names block is a person and the third block is only a DOI.
 */
export function stackedReference(blocks: readonly Block[], i: number): { ref: Reference; end: number } | null {
  const [title, names, doi] = [blocks[i], blocks[i + 1], blocks[i + 2]];
  if (!title || !names || !doi || doi.text.length > 120 || title.text.length > 300 || names.text.length > 1000) return null;
  const id = DOI_ALONE.exec(doi.text);
  if (!id) return null;
  const t = title.text.trim();
  const words = t.split(/\s+/).length;
  if (t.includes('\n') || words < 3 || words > 40 || SENTENCE_STOP.test(t) || /[.:]$/.test(t)) return null;
  const list = dropAffiliationMarks(names.text.trim().replace(/\s*\([^()]{0,200}\)/g, ''));
  const read = parseNameList(list);
  if (!read.length || read.length < list.split(ITEM_BREAK).filter((x) => x.trim()).length) return null;
  return {
    ref: { doi: id[1]!, title: t, titleStrategy: 'reference-line', authors: read.map((n) => n.person), authorsStrategy: 'reference-line', journal: null, volume: null, issue: null, pages: null, year: null },
    end: i + 2,
  };
}
