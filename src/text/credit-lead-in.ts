/**
 * A dateline glued to the photo credit printed before it, once a page's caption and lead were
 * copied as one line ("Photo: Jo Roe/University of XLEEDS, England — …").
 * @packageDocumentation
 */

/** The label that opens an image's credit. */
const CREDIT_LABEL = /^(?:photo(?:graph)?|image|picture|credit|foto)(?:\s{1,3}credit)?\s{0,2}:\s{0,3}\S/i;
/** A small letter glued to a town in capitals that a comma or a spaced dash ends ("…LeedsLEEDS, England —"). */
const GLUED_CAPS = /\p{Ll}(?=\p{Lu}{2,}[\p{Lu}\s.'-]{0,30}(?:,|\s[–—-]))/u;

/**
 * The text after a photo credit that runs into a dateline in capitals, from the dateline on;
 * null when the text opens with no credit or no dateline is glued to it within its first 160 characters.
 */
export function afterGluedCredit(text: string): string | null {
  if (!CREDIT_LABEL.test(text)) return null;
  const m = GLUED_CAPS.exec(text.slice(0, 160));
  return m ? text.slice(m.index + 1) : null;
}
