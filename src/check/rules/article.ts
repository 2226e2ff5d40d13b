/**
 * Rules on the reported paper's citation: its journal and its title.
 * @packageDocumentation
 */
import type { Article } from '../../types.js';
import type { Place, Rule, RuleContext } from '../rule.js';
import { provenancePlace, provenanceUnder } from '../locate.js';
import { doiConflicts, doiMentions, sameDoi } from '../facts/dois.js';

/** Where article `i` is evidenced: its DOI, title or any field with provenance, else the printed DOI. */
function articlePlace(ctx: RuleContext, i: number, a: Article): Place {
  const place = provenancePlace(ctx.record, `articles[${i}].doi`, `articles[${i}].title`) ?? provenanceUnder(ctx.record, `articles[${i}].`);
  if (place) return place;
  const printed = a.doi ? doiMentions(ctx.doc).find((d) => d.key === a.doi!.toLowerCase()) : undefined;
  return printed?.offset;
}

/**
 * The articles of the record grouped by paper: a link and the DOI printed with it that
 * disagree (a `doi-conflict`) make two articles of one paper; each group lists indexes.
 */
function papers(ctx: RuleContext): number[][] {
  const articles = ctx.record.articles;
  const conflicts = doiConflicts(ctx.doc);
  const groups: number[][] = [];
  const groupOf = new Map<number, number[]>();
  articles.forEach((a, i) => {
    const partner = a.doi
      ? [...groupOf.keys()].find((j) => {
          const b = articles[j]!.doi;
          return b !== null && conflicts.some((c) => (sameDoi(c.linked, a.doi!) && sameDoi(c.printed, b)) || (sameDoi(c.printed, a.doi!) && sameDoi(c.linked, b)));
        })
      : undefined;
    const group = partner === undefined ? undefined : groupOf.get(partner);
    if (group) group.push(i);
    else groups.push([i]);
    groupOf.set(i, group ?? groups[groups.length - 1]!);
  });
  return groups;
}

/** Reports `problem` once per paper whose articles all lack the field that `has` reads. */
function eachPaperWithout(ctx: RuleContext, has: (a: Article) => boolean, problem: (a: Article) => string): void {
  for (const group of papers(ctx)) {
    if (group.some((i) => has(ctx.record.articles[i]!))) continue;
    const i = group[0]!;
    const a = ctx.record.articles[i]!;
    ctx.report(problem(a), articlePlace(ctx, i, a));
  }
}

const named = (a: Article): string => (a.doi ? `DOI ${a.doi}` : a.title ? `"${a.title}"` : a.journal ? `the article in ${a.journal}` : 'the reported article');

/** `journal-missing`: a reported paper without the journal it appears in. */
export const journalMissing: Rule = {
  id: 'journal-missing',
  severity: 'warn',
  doc: 'A reported paper is cited without the journal it appears in.',
  check(ctx) {
    eachPaperWithout(ctx, (a) => a.journal !== null && a.journal !== '', (a) => `Missing journal for ${named(a)}, expected the journal's name in the citation`);
  },
};

/** `title-missing`: a reported paper without its title. */
export const titleMissing: Rule = {
  id: 'title-missing',
  severity: 'warn',
  doc: "A reported paper is cited without the paper's title.",
  check(ctx) {
    eachPaperWithout(ctx, (a) => a.title !== null && a.title !== '', (a) => `Missing title for ${named(a)}, expected the paper's title in the citation`);
  },
};
