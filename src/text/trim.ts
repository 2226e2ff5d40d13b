/**
 * Linear-time trimming of a trailing run of characters: a regular expression such as
 * `/[:\s]+$/` retries from every character of a long run and is quadratic on hostile input.
 * @packageDocumentation
 */

const SPACE = /\s/;

/** `text` without the run of whitespace and characters of `chars` at its end, in one backward pass. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charAt(end - 1);
    if (!chars.includes(c) && !SPACE.test(c)) break;
    end--;
  }
  return text.slice(0, end);
}
