/**
 * A preprint's DOI printed as the earlier version of a paper that is now out in a journal
 * ("first shared as a preprint in 2034 (bioRxiv, doi:…) and has now been published in eLife").
 */

/** Words before a DOI in its sentence that make it the paper's first posting. */
const FIRST_POSTED =
  /\b(?:first|originally|initially)\s+(?:(?:shared|posted|deposited|uploaded|released|made\s+available|appeared)\b[^.]{0,80}?\bpreprint|(?:shared|posted|deposited|uploaded|released|made\s+available|appeared)\s+(?:online\s+)?(?:on|to|at|via)\s+(?:the\s+)?(?:arXiv|bioRxiv|medRxiv|ChemRxiv|PsyArXiv|EarthArXiv|SSRN|Research\s+Square|Preprints\.org))\b/i;

/**
 * True when the words just before a DOI in its sentence (`before`) call it the paper's first
 * posting as a preprint: a later journal version is then the reported paper.
 */
export function firstPostedPreprint(before: string): boolean {
  const sentence = before.slice(before.lastIndexOf('. ') + 1);
  return FIRST_POSTED.test(sentence);
}

/** A field label on a reference's line ("Preprint:", "Published version:", "DOI:"), its words captured. */
const LINE_LABEL = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,20}(?:[ \t]\p{L}{1,20}){0,2})[ \t]?:/gu;
/** A label that names a paper's preprint posting: "Preprint:", "Earlier version:", "bioRxiv:". */
const PREPRINT_LABEL = /^(?:preprint|earlier\s+version|preprint\s+version|bioRxiv|medRxiv|arXiv|ChemRxiv|Research\s+Square)$/i;

/**
 * True when the last field label before a DOI on its line (`before`, the line up to the DOI),
 * passing over "DOI:" and "doi:", names a preprint ("Preprint: bioRxiv, doi: 10.1101/…"); a
 * label glued on after an earlier DOI ("…512345Published version: DOI: 10.…") is read as its own.
 */
export function preprintLabelled(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  let last: string | null = null;
  for (const m of line.matchAll(LINE_LABEL)) {
    const label = m[1]!;
    if (/^(?:doi|url|https?|link)$/i.test(label)) continue;
    // "…512345Published version": a label glued to the DOI before it starts at its capital.
    last = label;
  }
  return last !== null && PREPRINT_LABEL.test(last.trim());
}
