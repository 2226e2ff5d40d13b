/**
 * Rules on the release's own facts: its date and its dateline.
 * @packageDocumentation
 */
import type { ReleaseDocument } from '../../types.js';
import type { Place, Rule } from '../rule.js';
import { dateline, leadBlock, releaseDate } from '../facts/release.js';

/** Where a missing date or dateline belongs: the start of the lead, else the first paragraph, else the first block. */
function topPlace(doc: ReleaseDocument): Place {
  return leadBlock(doc)?.start ?? doc.blocks.find((b) => b.kind === 'paragraph')?.start ?? doc.blocks[0]?.start ?? 0;
}

/** `date-missing`: the release prints no date of its own. */
export const dateMissing: Rule = {
  id: 'date-missing',
  severity: 'warn',
  doc: 'The release prints no date of its own (an embargo date does not count).',
  check(ctx) {
    if (releaseDate(ctx.doc, ctx.record)) return;
    ctx.report('Missing release date, expected a dated dateline ("CITY, Month D, YYYY –") or a date line', topPlace(ctx.doc));
  },
};

/** `dateline-missing`: the lead does not open with a dateline. */
export const datelineMissing: Rule = {
  id: 'dateline-missing',
  severity: 'warn',
  doc: 'The lead paragraph does not open with a dateline ("CITY, Month D, YYYY –").',
  check(ctx) {
    if (dateline(ctx.doc, ctx.record)) return;
    ctx.report('Missing dateline, expected the lead to open with "CITY, Month D, YYYY –"', topPlace(ctx.doc));
  },
};
