/**
 * A reference in the style of the U.S. Geological Survey and the Geological Society of America:
 * names, the year after a comma, the title, a colon, the journal, then "v.", "no." and "p.":
 * "Roe, J.A., Lim, K., and Osei, P., 2037, Title of the paper: Journal Name, v. 71, no. 9,
 * p. 4012–4021".
 * @packageDocumentation
 */

/** The parts of such a reference, as printed. */
export interface UsgsParts {
  /** The authors' names, as printed before the year. */
  names: string;
  year: number;
  title: string;
  journal: string;
  volume: string;
  issue: string | null;
  pages: string | null;
}

/**
 * Names up to the first ", YEAR, ", the title up to the last ": " before the journal, the journal
 * (no colon in it) up to ", v. N", then perhaps ", no. N" and ", p. X–Y". Each part is bounded.
 */
const USGS =
  /^(.{3,600}?),\s((?:19|20)\d{2})[a-z]?,\s(.{8,500}):\s(\p{Lu}[^:\n]{2,120}?),\s[vV]\.\s?(\d{1,5}[A-Z]?)(?:,\s(?:no|iss)\.\s?([\dA-Za-z–-]{1,12}))?(?:,\s(?:p|pp)\.\s?([\dA-Za-z–-]{1,25}))?(?=[,.;\s]|$)/u;

/** The parts of a USGS-style reference opening `text`, or null when `text` is not one. */
export function usgsParts(text: string): UsgsParts | null {
  if (!text.includes(', v.') && !text.includes(', V.')) return null;
  const m = USGS.exec(text);
  if (!m) return null;
  return {
    names: m[1]!,
    year: Number(m[2]),
    title: m[3]!.trim(),
    journal: m[4]!.trim(),
    volume: m[5]!,
    issue: m[6] ?? null,
    pages: m[7] ? m[7].replace(/–/g, '-') : null,
  };
}
