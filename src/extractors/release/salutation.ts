/**
 * A letter's salutation ("Dear editor,", "Dear colleagues:", "To the news desk,"): a release set
 * as a letter to the press opens with one, and it is never the release's title.
 * @packageDocumentation
 */

/** A salutation alone on its line: "Dear" or "To" and at most six words, closed by a comma or colon. */
const SALUTATION =
  /^(?:dear|hello|hi|greetings|to)(?:\s{1,3}[\p{L}.'’&/-]{1,25}){0,6}\s{0,2}[,:]$/iu;

/** "To" opens a salutation only when a reader of the press follows ("To the editor:", "To the news desk,"). */
const TO_PRESS = /^to\s{1,3}(?:the\s{1,3})?(?:editors?|news\s{1,3}desks?|newsdesks?|journalists?|reporters?|media|press|colleagues)\b/i;

/**
 * True for a line that is only a letter's salutation ("Dear editor,", "Dear Sir or Madam,",
 * "To the news desk:"); a line with words after the comma, or "To" before anything but the
 * press ("To boldly go:"), is none.
 */
export function isSalutation(line: string): boolean {
  const t = line.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (t.length > 60 || !SALUTATION.test(t)) return false;
  return !/^to\s/i.test(t) || TO_PRESS.test(t);
}
