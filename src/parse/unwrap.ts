/**
 * Joining the lines of a hard-wrapped plain-text or Markdown release (an e-mailed release, a
 * Markdown file wrapped at 72 or 80 columns), so that a paragraph reads as one line, as it does
 * in a release that is not wrapped.
 * @packageDocumentation
 */
import { endsOnOpenWord } from '../text/mid-sentence.js';

/** A line that opens a structure of its own: a list item, a heading or its underline, a table row, a quotation, a code fence, an HTML tag. */
const STRUCTURAL = /^\s*(?:[-*+•–]\s|\d{1,2}[.)]\s|#|\||>|[=-]{3,}\s*$|`{3}|~{3}|<)/;

/** A Markdown hard line break at a line's end: two spaces or a backslash. */
const HARD_BREAK = /(?: {2}|\\)\r?$/;

/** A heading or a table row, which no wrapped line continues. */
const ROW_OR_HEADING = /^\s*(?:#|\|)/;

/** A first word in lower case that is no address ("the", "and"): a sentence running on, as wrapping tools that break short of the width leave it. */
const CONTINUATION = /^\p{Ll}[^@/]*$/u;

/** A first word that is an e-mail address or a web address, which a contact block prints on a line of its own. */
const ADDRESS = /@|^(?:https?:|www\.)/i;

/** A line's leading spaces and tabs. */
const INDENT = /^[ \t]*/;

/** The width of a line's indentation. */
const indentOf = (line: string): number => INDENT.exec(line)?.[0].length ?? 0;

/**
 * True when `line` and `next` are set at indents that differ and one of them is indented by four or more (centred
 * title and subtitle lines): a paragraph wrapped by a tool keeps one indent down its lines.
 */
const isCentredBreak = (line: string, next: string): boolean => {
  const a = indentOf(line);
  const b = indentOf(next);
  return a !== b && Math.max(a, b) >= 4;
};

/** The first word of a line, as far as its first space. */
const FIRST_WORD = /^\S+/;

/** How many lines must run close to the wrapping width before a text counts as wrapped. */
const MIN_FULL_LINES = 5;

/**
 * The width a text's `lines` look hard-wrapped at, or null when they are not wrapped: a width between 50
 * and 100 columns that at least {@link MIN_FULL_LINES} lines followed by another line come
 * within 12 columns of, and that nine lines in ten stay within.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (nonBlank.length < MIN_FULL_LINES * 2) return null;
  const followed = lines.filter((l, i) => l.trim() !== '' && (lines[i + 1] ?? '').trim() !== '').map((l) => l.trimEnd().length);
  if (followed.length < MIN_FULL_LINES) return null;
  const sorted = [...followed].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  if (width < 50 || width > 100) return null;
  if (followed.filter((n) => n >= width - 12 && n <= width).length < MIN_FULL_LINES) return null;
  if (nonBlank.filter((l) => l.trimEnd().length <= width).length < nonBlank.length * 0.9) return null;
  return width;
}

/** An ATX heading's opening marks. */
const ATX_HEADING = /^\s{0,3}#{1,6}\s/;

/**
 * True when a wrapped ATX heading goes on on the next line: the heading runs at least four
 * fifths of the width and the next line opens with a word in lower case ("## A survey finds that
 * one in five⏎palms show damage"). A short heading ("## Background") never does.
 */
const headingRunsOn = (line: string, body: string, word: string, width: number): boolean =>
  ATX_HEADING.test(line) && body.length >= width * 0.8 && CONTINUATION.test(word);

/** The text of a line without its carriage return and trailing spaces. */
const bodyOf = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line).trimEnd();

/**
 * `text` with each line break that wrapping made turned into a space, so that every offset
 * stays where it was. A break is a wrap when the line runs at least three fifths of the width
 * and the next line's first word would not have fit on it, or goes on in lower case, or the
 * line runs four fifths of the width (tools such as fmt break short of it). Never before a
 * line that opens a structure of its own or an address (unless the line stops on a word such as "at" or "or"), nor after a label's colon, a Markdown
 * hard break, a heading (but a long one the next line goes on in lower case), a table row or a word broken by a hyphen (joined elsewhere), nor between
 * lines set at different indents one of which is indented four or more (centred lines), nor inside
 * a front matter. A text that is not wrapped
 * ({@link wrapWidth}) is returned as it is.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const width = wrapWidth(lines.map(bodyOf));
  if (width === null) return text;
  // A front matter (between "---" lines at the top) holds one field a line.
  const matterEnd = bodyOf(lines[0]!) === '---' ? lines.findIndex((l, i) => i > 0 && bodyOf(l) === '---') : -1;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === lines.length - 1) {
      out += line;
      break;
    }
    if (i <= matterEnd) {
      out += `${line}\n`;
      continue;
    }
    const body = bodyOf(line);
    const next = lines[i + 1]!;
    const word = FIRST_WORD.exec(next.trimStart())?.[0] ?? '';
    const wrapped =
      body !== '' &&
      word !== '' &&
      body.length >= width * 0.6 &&
      (body.length + 1 + word.length > width || body.length >= width * 0.8 || CONTINUATION.test(word)) &&
      !body.endsWith(':') &&
      !HARD_BREAK.test(line) &&
      // "… may contact Dr. X at⏎x@…": an address goes on a sentence that stopped on "at", "or", "to".
      (!ADDRESS.test(word) || endsOnOpenWord(body)) &&
      !body.endsWith('-') &&
      (!ROW_OR_HEADING.test(line) || headingRunsOn(line, body, word, width)) &&
      !STRUCTURAL.test(next) &&
      !isCentredBreak(line, next);
    // "\r\n" becomes two spaces, "\n" one: the offsets after it do not move.
    out += wrapped ? (line.endsWith('\r') ? `${line.slice(0, -1)}  ` : `${line} `) : `${line}\n`;
  }
  return out;
}
