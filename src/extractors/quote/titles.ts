/**
 * Quoted strings that are titles of papers, articles or events rather than statements:
 * `The article "…," by …`, `titled "…"`, `In the paper, "…,"`, a citation's author list
 * before the marks, or words set in title case.
 * @packageDocumentation
 */
import { publishedAfter } from '../../text/published-after.js';

import { saidInWork } from '../../text/said-in-work.js';

const TITLE_CUE_BEFORE =
  /(?:\b(?:article|paper|study|commentary|editorial|report|book|chapter|essay|review|abstract|presentation|talk|lecture|poster|session|symposium|film|documentary|series|episode|campaign|program|programme|project|exhibit|exhibition|song|album|column|op-ed|letter|manuscript|thesis|dissertation|publication|titled|entitled|called|named|headlined|dubbed|title)\b[^.!?"“”]{0,24}|(?:\p{Lu}[\p{L}\-]+,\s+(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[\p{L}\-]+|et al\.?),?\s*|[:;(]\s*)$/iu;

const TITLE_CUE_AFTER = /^\s*[,.]?\s*(?:by\s+\p{Lu}|\(?\s*doi|in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*\s*[,.(]|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,5}\s*[,.]\s*(?:\d|vol|doi|pub))/u;

const SMALL = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|as|vs|via|into|onto|per|nor|is|are|be)$/i;

/** A naming word right before the mark: `titled "…"`, `a project called “…”`, `dubbed "…"` (not `called it "…"`). */
const NAMING_WORD_BEFORE = /\b(?:titled|entitled|headlined|called|named|renamed|dubbed|nicknamed)\s{0,3}[:,]?\s{0,3}$/i;

/**
 * True when the narration `before` a quoted span ends with a word that names a work or a thing
 * (`titled`, `entitled`, `called`, `named`, `dubbed`), so the span is a name, not speech, even
 * when a person is the sentence's subject.
 */
export function namedRightBefore(before: string): boolean {
  if (before.length === 0) return false;
  return NAMING_WORD_BEFORE.test(before.slice(-40));
}

/** True when most words of `text` are capitalised, as in a title. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’\-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL.test(w));
  if (content.length < 3) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.7;
}

/**
 * True when the quoted `text`, with the narration `before` and `after` it in the paragraph,
 * reads as the title of a work rather than something someone said.
 */
export function looksLikeTitle(text: string, before: string, after: string): boolean {
  const b = before.slice(-80);
  // "The authors wrote in the paper that "…"": a paper's noun, but the words are what was written there.
  if (TITLE_CUE_BEFORE.test(b) && !saidInWork(b)) return true;
  if (TITLE_CUE_AFTER.test(after.slice(0, 120))) return true;
  return isTitleCase(text);
}

/** A short label with a date or a time, ending in a colon, that opens a listing's line ("14 October: ", "Tue 3 June, 4 pm: "). */
const DATED_LABEL = /^[\p{L}\d ,.]{0,40}\d[\p{L}\d ,.:]{0,20}:$/u;

/**
 * True when the quoted `text` is an item's title in a listing: it ends without punctuation and
 * follows only a dated label ("14 October: "Soils in a warming Arctic" - Dr. X, Room 4").
 */
export function listedTitle(text: string, before: string): boolean {
  if (!before.includes(':') || /[.,!?;:\u2026\u2013\u2014-]\s*$/.test(text)) return false;
  const label = before.trim();
  return label.length <= 60 && DATED_LABEL.test(label);
}

/** A paper's noun and a comma right before a quoted span ("according to the study, "…""). */
const PAPER_NOUN_COMMA = /\b(?:study|paper|article|report|preprint|research)\s?,\s{0,3}$/i;

/**
 * True when a quoted span stands set off by commas between a paper's noun and a verb of
 * publication ("according to the study, "Reef sounds attract larvae", published today in …"):
 * the paper's title, not the words of whoever the sentence names.
 */
export function titleBetweenCommas(before: string, after: string): boolean {
  return PAPER_NOUN_COMMA.test(before.slice(-40)) && /^\s{0,3},/.test(after) && publishedAfter(after.slice(0, 80));
}
