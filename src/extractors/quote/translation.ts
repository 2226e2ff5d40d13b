/**
 * A quote's translation printed in brackets after it: `“La faille était là…,” says Dr. X.
 * (“The fault was always there…” Translation: EPFL.)`. The bracket that would mark a title
 * marks here the same statement in another language, so it stays speech.
 * @packageDocumentation
 */

/** A translation cue: "Translation", "translated", "in English", "English version". */
const TRANSLATION_CUE = /\btranslat(?:ion|ed|or)\b|\bin English\b|\bEnglish (?:version|translation)\b/i;

/** The narration before a bracketed span: an opening bracket, maybe after a cue and a colon ("(Translation: "). */
const OPENS_BRACKET = /\(\s{0,3}(?:[\p{L} ]{0,30}:\s{0,3})?$/u;

/**
 * True when the quoted span, after an earlier quote of the same paragraph (`afterQuote`), opens
 * a parenthesis whose words (the narration `before` it inside the bracket, or `after` it up to
 * the closing bracket) say it is a translation.
 */
export function isTranslation(afterQuote: boolean, before: string, after: string): boolean {
  if (!afterQuote || !before.includes('(')) return false;
  const b = before.slice(-40);
  if (!OPENS_BRACKET.test(b)) return false;
  const close = after.indexOf(')');
  const inside = b.slice(b.lastIndexOf('(')) + ' ' + (close >= 0 ? after.slice(0, Math.min(close, 80)) : '');
  return TRANSLATION_CUE.test(inside);
}
