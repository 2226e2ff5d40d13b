/**
 * A DOI printed on a line labelled as a notice about a paper ("Retraction notice: … DOI: …",
 * "Correction: … 10.…"): the notice's own DOI, which names no research paper.
 */

/** A line that opens with a notice's label and a colon. */
const NOTICE_LABEL =
  /^[\s*_>-]{0,4}(?:the\s+)?(?:(?:notice\s+of\s+)?(?:retraction|correction)|erratum|corrigendum|addendum|(?:editorial\s+)?expression\s+of\s+concern)(?:\s+(?:notice|note|statement))?[*_]{0,2}\s?:/i;

/** The words one of which every {@link NOTICE_LABEL} holds: a cheap check before it. */
const NOTICE_WORD = /retract|correct|errat|corrig|addend|concern/i;

/** True when `text` opens with a notice's label ("Correction: Communications Biology 14, 702 (2031)"). */
export function isNoticeLine(text: string): boolean {
  const head = text.slice(0, 80);
  return NOTICE_WORD.test(head) && NOTICE_LABEL.test(head);
}

/** True when the DOI at `index` of `text` stands on a line that opens with a notice's label. */
export function onNoticeLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  return isNoticeLine(text.slice(start, index));
}

/**
 * A sentence whose subject is a notice, up to the DOI: "The retraction notice, published
 * today, is available at https://doi.org/…" (a full stop inside a link goes on).
 */
const NOTICE_SENTENCE =
  /(?:^|[.!?]["”]?\s)(?:the|this|a|an)\s(?:(?:notice\s+of\s+)?(?:retraction|correction)|erratum|corrigendum|addendum|(?:editorial\s+)?expression\s+of\s+concern)(?:\s(?:notice|note|statement))?\b(?:[^.!?]|\.(?=\S)){0,160}$/i;

/** True when the DOI at `index` of `text` closes a sentence about a notice ("The retraction notice … is at https://doi.org/…"). */
export function inNoticeSentence(text: string, index: number): boolean {
  const head = text.slice(Math.max(0, index - 200), index);
  if (!NOTICE_WORD.test(head)) return false;
  return NOTICE_SENTENCE.test(head);
}
