/**
 * Labelled numbers in brackets after "the journal's (March) issue", later in the sentence that
 * names the journal: "… in the Journal of X. The study appeared in the journal's March issue
 * (Vol. 67, No. 2, pp. 311–323)."
 * @packageDocumentation
 */

/** "the journal's (March) issue (Vol. 67, No. 2, pp. 311–323)": group 1 is the bracket's text, which opens with a volume label. */
const JOURNAL_ISSUE = /\bthe\s+journal['’]s\s+(?:[A-Z][a-z]{2,8}(?:\s(?:19|20)\d{2})?\s+|(?:latest|current|new|special)\s+)?issue\s?\(((?:vol(?:ume)?\.?)\s?\d{1,5}\b[^()\n]{0,60})\)/i;

/**
 * The bracket of labelled numbers after "the journal's … issue" in the 400 characters of
 * `text` from `from` (the end of the journal's name), or null; a paragraph break ends the search.
 */
export function journalIssueNumbers(text: string, from: number): string | null {
  const window = text.slice(from, from + 400);
  const stop = window.indexOf('\n\n');
  const m = JOURNAL_ISSUE.exec(stop < 0 ? window : window.slice(0, stop));
  return m ? m[1]! : null;
}
