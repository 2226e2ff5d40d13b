/**
 * Kicker headlines: a one- or two-word label and a colon before the headline itself
 * ("Study: Small ponds hold more insects", "New research: …"), which are not citation labels.
 * @packageDocumentation
 */

/** A short label, a colon, and the rest of the line. */
const KICKER = /^([\p{L}-]{2,20}(?:\s[\p{L}-]{2,20})?)\s{0,2}:\s{1,3}(\S.{0,300})$/u;
/** What a citation or contact line carries and a headline does not: a DOI, "et al.", a year, a link, an email. */
const CITATION_CUE = /\bdoi\b|\b10\.\d{4,9}\/|\bet\s{1,3}al\b|\b(?:19|20)\d{2}\b|https?:|www\.|@|\(\d|\d\)/i;

/**
 * True when `line` is a headline behind a kicker ("Study: New test finds …"): after the label
 * come at least four words, opening with a capital, a digit or a quotation mark, and nothing
 * a citation or contact line carries.
 */
export function isKickerLine(line: string): boolean {
  if (line.length > 320) return false;
  const m = KICKER.exec(line.trim());
  if (!m) return false;
  const rest = m[2]!;
  if (!/^[\p{Lu}\d“"‘']/u.test(rest) || CITATION_CUE.test(rest)) return false;
  return rest.split(/\s+/).length >= 4;
}
