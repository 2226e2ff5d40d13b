/**
 * Rules on the paper's DOI: missing, malformed, and link and text that disagree.
 * @packageDocumentation
 */
import type { Rule, RuleContext } from '../rule.js';
import { doiConflicts, doiMentions, doiProblem } from '../facts/dois.js';
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
    for (const c of doiConflicts(ctx.doc)) {
      ctx.report(`DOI link and text disagree: the link goes to ${excerpt(c.linked, 80)} but the text prints ${excerpt(c.printed, 80)}, expected the same DOI`, c.offset);
    }
  },
};
