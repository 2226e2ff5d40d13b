/**
 * Oxford Academic's "Cite" line: names, title and journal joined by commas, then labelled
 * numbers: "Grace Roe, Ken Lim, Title, Journal of X, Volume 41, Issue 2, March 2032, Pages 145–168, https://…".
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { splitName } from '../../text/names.js';

/** What an Oxford Academic line gives before its numbers. */
export interface OupHead {
  authors: Person[];
  title: string;
  journal: string;
}

/** The labelled volume that ends the head of the line. */
const VOLUME_LABEL = /,\sVolume\s\d{1,5},\s/;
/** One person's name in natural order, two to four words ("Grace Nakato", "Ana María de la Cruz"). */
const NAME_SEGMENT = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:\s(?:\p{Lu}\.|(?:van|von|de|der|del|da|la|al|el|bin)\s)?\p{Lu}[\p{Ll}\p{M}'’-]{1,30}){1,3}$/u;
/** A segment that reads as a journal's name: capitalised words, "of", "and", "&". */
const JOURNAL_SEGMENT = /^(?:The\s)?\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’-]{0,30}|of|and|&|in|for|on|the)){0,10}$/u;

/** Reads the names, title and journal of an Oxford Academic line; null when `text` is not one. */
export function readOupHead(text: string): OupHead | null {
  const v = VOLUME_LABEL.exec(text);
  if (!v || v.index > 600) return null;
  const segs = text.slice(0, v.index).split(', ');
  if (segs.length < 3 || segs.length > 40) return null;
  const journal = segs[segs.length - 1]!.trim();
  if (!JOURNAL_SEGMENT.test(journal)) return null;
  let n = 0;
  while (n < segs.length - 2 && NAME_SEGMENT.test(segs[n]!.trim())) n++;
  if (n === 0) return null;
  const authors = segs.slice(0, n).map((s) => splitName(s.trim())).filter((p): p is Person => p !== null);
  if (authors.length !== n) return null;
  const title = segs.slice(n, -1).join(', ').trim();
  return title.split(' ').length >= 3 ? { authors, title, journal } : null;
}
