/**
 * Releases whose paragraphs are separated by a single line break, not a blank line: text copied
 * out of a web page or a word processor, where each paragraph is one long line. Markdown reads
 * such a text as one paragraph; pr2meta reads each of its lines as a block of its own.
 * @packageDocumentation
 */

/** How long a line must be to count as a paragraph printed on one line. */
const PARAGRAPH_LINE = 160;

/** The end of a YAML front matter at the start of a text, or 0 when it has none. */
function frontMatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const close = text.indexOf('\n---', 3);
  return close < 0 ? 0 : close + 4;
}

/**
 * Whether `text` (plain text or Markdown) separates its paragraphs with single line breaks:
 * between its first and last lines it has at least two lines of {@link PARAGRAPH_LINE}
 * characters or more (paragraphs on one line each), four lines or more, and fewer than one blank line for every eight
 * lines of text. A release with blank lines between its paragraphs, or a hard-wrapped one (whose
 * lines are short), never is.
 */
export function isSingleSpaced(text: string): boolean {
  let lines = 0;
  let blank = 0;
  let pendingBlank = 0;
  let long = 0;
  let at = frontMatterEnd(text);
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const width = end - at;
    // A line of spaces only is blank; counting its characters is enough (no regular expression over a long line).
    let empty = true;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) {
        empty = false;
        break;
      }
    }
    if (empty) {
      if (lines > 0) pendingBlank++;
    } else {
      lines++;
      blank += pendingBlank;
      pendingBlank = 0;
      if (width >= PARAGRAPH_LINE) long++;
    }
    at = end + 1;
  }
  return long >= 2 && lines >= 4 && blank * 8 < lines;
}
