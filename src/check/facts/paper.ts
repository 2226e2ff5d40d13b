/**
 * Whether the release reports on a paper, and where it says so: an article in the record, a
 * printed DOI, or a sentence such as "published today in the Journal of …".
 * @packageDocumentation
 */
import type { PressRecord, ReleaseDocument } from '../../types.js';
import { proseBlocks, provenanceUnder, sourceOffset } from '../locate.js';
import type { Place } from '../rule.js';
import { doiMentions } from './dois.js';

/** A sign that the release reports a paper, with a short description and its place. */
export interface PaperEvidence {
  what: string;
  place: Place;
}

const PUBLISHED_IN =
  /\b(?:published|publishes|publishing|appears?|appearing|reported|described|detailed|outlined)[ \u00a0](?:(?:online|today|this[ \u00a0]week|recently|now|early)[ \u00a0]){0,3}in[ \u00a0](?:the[ \u00a0])?(?:(?:scientific|medical|peer-reviewed|academic)[ \u00a0])?(?:journal[ \u00a0])?(?=[\p{Lu}*_“"])/giu;
const THE_JOURNAL = /\b(?:the[ \u00a0])?journal[ \u00a0](?=[\p{Lu}*_“"])/gu;

/** The first sign that the release reports on a paper, or null. */
export function paperEvidence(doc: ReleaseDocument, record: PressRecord): PaperEvidence | null {
  if (record.articles.length) {
    const a = record.articles[0]!;
    const what = a.title ? `"${a.title}"` : a.journal ? `in ${a.journal}` : 'the reported article';
    const place = provenanceUnder(record, 'articles[0].');
    if (place) return { what, place };
  }
  const doi = doiMentions(doc)[0];
  if (doi) return { what: doi.doi, place: doi.offset };
  for (const block of proseBlocks(doc)) {
    for (const re of [PUBLISHED_IN, THE_JOURNAL]) {
      re.lastIndex = 0;
      const m = re.exec(block.text);
      if (m) return { what: `"${m[0].trim()} …"`, place: sourceOffset(doc, block, m.index, m[0].length) };
    }
  }
  if (record.articles.length) return { what: 'the reported article', place: undefined };
  return null;
}
