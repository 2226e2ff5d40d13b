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
