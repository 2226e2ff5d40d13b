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

// Without the `i` flag, so that `\p{Lu}` in the look-ahead means a capital (under `i` it means any letter).
const PUBLISHED_IN =
  /\b(?:[Pp]ublishe[sd]|[Pp]ublishing|[Aa]ppears?|[Aa]ppearing|[Rr]eported|[Dd]escribed|[Dd]etailed|[Oo]utlined)[ \u00a0](?:(?:online|today|this[ \u00a0]week|recently|now|early)[ \u00a0]){0,3}in[ \u00a0](?:[Tt]he[ \u00a0])?(?:(?:scientific|medical|peer-reviewed|academic)[ \u00a0])?(?:[Jj]ournal[ \u00a0])?(?=[\p{Lu}*_“"])/gu;
const THE_JOURNAL = /\b(?:the[ \u00a0])?journal[ \u00a0](?=[\p{Lu}*_“"])/gu;
/** Sections that describe the press office or the contacts, not the reported research. */
const NOT_RESEARCH = new Set(['boilerplate', 'contacts', 'end', 'front']);

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
    if (NOT_RESEARCH.has(block.section)) continue;
    for (const re of [PUBLISHED_IN, THE_JOURNAL]) {
      re.lastIndex = 0;
      const m = re.exec(block.text);
      if (m) return { what: `"${m[0].trim()} …"`, place: sourceOffset(doc, block, m.index, m[0].length) };
    }
  }
  if (record.articles.length) return { what: 'the reported article', place: undefined };
  return null;
}
