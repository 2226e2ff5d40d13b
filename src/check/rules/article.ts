/**
 * Rules on the reported paper's citation: its journal and its title.
 * @packageDocumentation
 */
import type { Article } from '../../types.js';
import type { Place, Rule, RuleContext } from '../rule.js';
import { provenancePlace, provenanceUnder } from '../locate.js';
import { doiMentions } from '../facts/dois.js';

/** Where article `i` is evidenced: its DOI, title or any field with provenance, else the printed DOI. */
function articlePlace(ctx: RuleContext, i: number, a: Article): Place {
  const place = provenancePlace(ctx.record, `articles[${i}].doi`, `articles[${i}].title`) ?? provenanceUnder(ctx.record, `articles[${i}].`);
  if (place) return place;
  const printed = a.doi ? doiMentions(ctx.doc).find((d) => d.key === a.doi!.toLowerCase()) : undefined;
  return printed?.offset;
}

const named = (a: Article): string => (a.doi ? `DOI ${a.doi}` : a.title ? `"${a.title}"` : 'the reported article');

/** `journal-missing`: a reported paper without the journal it appears in. */
export const journalMissing: Rule = {
  id: 'journal-missing',
  severity: 'warn',
  doc: 'A reported paper is cited without the journal it appears in.',
  check(ctx) {
    ctx.record.articles.forEach((a, i) => {
      if (a.journal) return;
      ctx.report(`Missing journal for ${named(a)}, expected the journal's name in the citation`, articlePlace(ctx, i, a));
    });
  },
};

/** `title-missing`: a reported paper without its title. */
export const titleMissing: Rule = {
  id: 'title-missing',
  severity: 'warn',
  doc: "A reported paper is cited without the paper's title.",
  check(ctx) {
    ctx.record.articles.forEach((a, i) => {
      if (a.title) return;
      ctx.report(`Missing title for ${named(a)}, expected the paper's title in the citation`, articlePlace(ctx, i, a));
    });
  },
};
