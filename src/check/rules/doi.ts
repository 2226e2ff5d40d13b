/**
 * Rules on the paper's DOI: missing, malformed, and link and text that disagree.
 * @packageDocumentation
 */
import type { Rule, RuleContext, Place } from '../rule.js';
import { doiMentions, doiProblem, sameDoi } from '../facts/dois.js';
import { excerpt, provenancePlace } from '../locate.js';
import { paperEvidence } from '../facts/paper.js';

/** `doi-missing`: the release reports on a paper but prints no DOI for it. */
export const doiMissing: Rule = {
  id: 'doi-missing',
  severity: 'warn',
  doc: 'The release reports on a paper but gives no DOI for it.',
  check(ctx: RuleContext) {
    if (ctx.record.articles.some((a) => a.doi) || doiMentions(ctx.doc).length) return;
    const evidence = paperEvidence(ctx.doc, ctx.record);
    if (!evidence) return;
    ctx.report(`Missing DOI for the paper (${evidence.what}), expected "doi: 10.NNNN/…" or a https://doi.org/ link`, evidence.place);
  },
};

/** `doi-malformed`: a DOI-looking string that cannot be a DOI. */
export const doiMalformed: Rule = {
  id: 'doi-malformed',
  severity: 'error',
  doc: 'A printed or linked DOI is malformed: short prefix, spaces, illegal characters, no suffix.',
  check(ctx: RuleContext) {
    const seen = new Set<string>();
    for (const d of doiMentions(ctx.doc)) {
      if (!d.problem) continue;
      seen.add(d.doi.toLowerCase());
      const what = d.kind === 'link' ? `in the link "${excerpt(d.raw, 120)}"` : `"${excerpt(d.raw, 80)}"`;
      ctx.report(`Malformed DOI ${what}: ${d.problem}, expected 10.NNNN/suffix`, d.offset);
    }
    ctx.record.articles.forEach((a, i) => {
      if (!a.doi || seen.has(a.doi.toLowerCase())) return;
      const problem = doiProblem(a.doi);
      if (problem) ctx.report(`Malformed DOI "${excerpt(a.doi, 80)}": ${problem}, expected 10.NNNN/suffix`, provenancePlace(ctx.record, `articles[${i}].doi`));
    });
  },
};

/** `doi-conflict`: a link's DOI and the DOI printed with it disagree. */
export const doiConflict: Rule = {
  id: 'doi-conflict',
  severity: 'error',
  doc: 'A doi.org or publisher link points to a different DOI than the one printed with it.',
  check(ctx: RuleContext) {
    const mentions = doiMentions(ctx.doc);
    const report = (linked: string, printed: string, place: Place): void =>
      ctx.report(`DOI link and text disagree: the link goes to ${linked} but the text prints ${printed}, expected the same DOI`, place);
    const blocks = new Set(mentions.map((m) => m.block));
    for (const block of blocks) {
      const here = mentions.filter((m) => m.block === block && !m.problem);
      const links = here.filter((m) => m.kind === 'link');
      const texts = here.filter((m) => m.kind === 'text');
      for (const link of links) {
        if (link.linkTextDoi) {
          if (!doiProblem(link.linkTextDoi) && !sameDoi(link.linkTextDoi, link.doi)) report(excerpt(link.doi, 80), excerpt(link.linkTextDoi, 80), link.offset);
          continue;
        }
        // A bare link next to one printed DOI: the two should be the same paper.
        const printed = [...new Map(texts.map((t) => [t.key, t])).values()];
        const linkKeys = new Set(links.map((l) => l.key));
        if (printed.length === 1 && linkKeys.size === 1 && !sameDoi(printed[0]!.doi, link.doi)) report(excerpt(link.doi, 80), excerpt(printed[0]!.doi, 80), link.offset);
      }
    }
  },
};
