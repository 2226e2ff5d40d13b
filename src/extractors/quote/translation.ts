/**
 * A quote's translation printed in brackets after it: `“La faille était là…,” says Dr. X.
 * (“The fault was always there…” Translation: EPFL.)`. The bracket that would mark a title
 * marks here the same statement in another language, so it stays speech.
 * @packageDocumentation
 */
import { isTitleCase } from './titles.js';

/** A translation cue: "Translation", "translated", "in English", "English version". */
const TRANSLATION_CUE = /\btranslat(?:ion|ed|or)\b|\bin English\b|\bEnglish (?:version|translation)\b/i;

/** The narration before a bracketed span: an opening bracket, maybe after a cue and a colon ("(Translation: "). */
const OPENS_BRACKET = /\(\s{0,3}(?:[\p{L} ]{0,30}:\s{0,3})?$/u;

/** A bracket opened after a sentence has ended ("… said X. ("), not after a noun it would name a title of. */
const BRACKET_AFTER_SENTENCE = /[.!?]["”’]?\s{0,3}\(\s{0,3}$/;

/** A quoted sentence: it ends on sentence punctuation, as a title seldom does. */
const ENDS_SENTENCE = /[.!?\u2026]$/;

/**
 * True when the quoted span `text`, after an earlier quote of the same paragraph (`afterQuote`),
 * opens a parenthesis whose words (the narration `before` it inside the bracket, or `after` it up
 * to the closing bracket) say it is a translation, or that holds nothing but that span, a whole
 * sentence not in title case, opened after the attribution's sentence has ended (`… said X. (“C'est …”)`).
 */
export function isTranslation(afterQuote: boolean, before: string, after: string, text = ''): boolean {
  if (!afterQuote || !before.includes('(')) return false;
  const b = before.slice(-40);
  if (!OPENS_BRACKET.test(b)) return false;
  const close = after.indexOf(')');
  const inside = b.slice(b.lastIndexOf('(')) + ' ' + (close >= 0 ? after.slice(0, Math.min(close, 80)) : '');
  if (TRANSLATION_CUE.test(inside)) return true;
  return BRACKET_AFTER_SENTENCE.test(b) && /^\s{0,3}\)/.test(after) && ENDS_SENTENCE.test(text.trimEnd()) && !isTitleCase(text);
}
