/**
 * A DOI whose line, scraped from a web page, lost the break before the link or label that
 * followed it: "10.1002/ece3.71234Open access", "…cub.2037.03.041Read the paper",
 * "…512345Published version:". The glued word is no part of the DOI.
 * @packageDocumentation
 */

/**
 * The words a page sets right after a reference's DOI (a link's or a label's first word),
 * glued on when a line break was lost; each follows a digit or a small letter of the DOI.
 */
const GLUED_TAIL = /(?<=[0-9a-z)])(?:Open|Read|Published|View|Download|Full|Available|Preprint|Free|Accessed|Retrieved|Link|PDF)$/;

/** `doi` without a link or label word glued to its end ("10.1002/ece3.71234Open" → "10.1002/ece3.71234"). */
export function cutGluedTail(doi: string): string {
  const m = GLUED_TAIL.exec(doi);
  if (!m) return doi;
  const cut = doi.slice(0, m.index);
  // The DOI must keep a suffix of its own after the slash.
  return /\/[^/]{2,}$/.test(cut) ? cut : doi;
}
