/**
 * Quoted spans in a paragraph: straight, curly, guillemet and corner-bracket double marks, found in one
 * linear pass with a two-level stack.
 * @packageDocumentation
 */

/** A quoted span inside a paragraph's text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the end of the text when the span never closes. */
  close: number;
  /** The words inside the marks, trimmed, with house-style restart marks removed. */
  text: string;
  /** False when the paragraph ends before a closing mark (house-style multi-paragraph quote). */
  closed: boolean;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB', '\u300C']);
const CLOSERS = new Set(['\u201D', '\u00BB', '\u300D']);
const STRAIGHT = '"';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** True when a straight mark at `i` reads as an opening mark (space or bracket before, text after). */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s(\[\u2014\u2013:-]/.test(before)) && !isSpace(after);
}

/** True when a mark at `i` reads as a closing mark (text before, space or punctuation after). */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return !isSpace(before) && !isWordChar(after);
}

/** True when an opening mark at `i` follows the end of a sentence: a house-style restart. */
function afterSentenceEnd(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 4 && /[ \t\n]/.test(text[j]!)) j--;
  return j < i - 1 && j >= 0 && /[.!?:]/.test(text[j]!);
}

/** The double marks {@link findSpans} reads: straight, curly (opening, low, closing), guillemets and CJK corner brackets (「 」). */
const MARKS = /["\u201c\u201e\u00ab\u201d\u00bb\u300c\u300d]/g;

/**
 * Finds the double-quoted spans of `text` in order. A closing mark ends the innermost open
 * span; an opening mark inside an open span nests (one level) unless it follows a sentence
 * end, where it is the house-style restart of a merged multi-paragraph quote. Marks that
 * cannot pair are ignored. Linear in the length of the text.
 */
export function findSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let outer = -1; // offset of the open outer mark
  let inner = -1; // offset of the open nested mark
  let reversed = false; // the open span opened with "»", the German house style ("»…«")
  const restarts: number[] = [];
  const finish = (end: number, closeAt: number, closed: boolean): void => {
    let body = '';
    let from = outer + 1;
    for (const r of restarts) {
      body += text.slice(from, r);
      from = r + 1;
    }
    body += text.slice(from, end);
    spans.push({ open: outer, close: closeAt, text: body.replace(/\s+/g, ' ').trim(), closed });
    outer = -1;
    inner = -1;
    reversed = false;
    restarts.length = 0;
  };
  // Only the marks matter: the expression finds them, every other character is passed over.
  MARKS.lastIndex = 0;
  for (let hit = MARKS.exec(text); hit; hit = MARKS.exec(text)) {
    const i = hit.index;
    const c = text[i]!;
    const opener = OPENERS.has(c);
    const closer = CLOSERS.has(c);
    if (!opener && !closer && c !== STRAIGHT) continue;
    if (outer < 0) {
      // The Swedish and Finnish house style opens with the closing mark too ("”Vi ville se …”, säger X").
      // The German house style opens with "»" and closes with "«" ("»Wir sehen …«, sagt X").
      if (c === '\u00BB' && opensHere(text, i) && !closesHere(text, i)) {
        outer = i;
        reversed = true;
        continue;
      }
      if (opener || (c === STRAIGHT && (opensHere(text, i) || !closesHere(text, i))) || (c === '\u201D' && opensHere(text, i) && !closesHere(text, i))) outer = i;
      continue;
    }
    if (reversed && c === '\u00AB' && inner < 0) {
      finish(i, i + 1, true);
      continue;
    }
    if (inner >= 0) {
      if (closer || (c === STRAIGHT && closesHere(text, i)) || (c === '\u201C' && closesHere(text, i) && !opensHere(text, i))) inner = -1;
      continue;
    }
    if (closer) {
      finish(i, i + 1, true);
      continue;
    }
    if (c === STRAIGHT) {
      if (closesHere(text, i) || !opensHere(text, i)) finish(i, i + 1, true);
      else if (afterSentenceEnd(text, i)) restarts.push(i);
      else finish(i, i + 1, true);
      continue;
    }
    // An opening curly or guillemet mark inside an open span.
    if (c === '\u201C' && closesHere(text, i) && !opensHere(text, i)) finish(i, i + 1, true); // “ used as a closer
    else if (afterSentenceEnd(text, i)) restarts.push(i);
    else inner = i;
  }
  if (outer >= 0) finish(text.length, text.length, false);
  return spans;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * Words in a span of text, counted as runs of letters or digits: the matches of
 * `/[\p{L}\p{N}][\p{L}\p{N}'’\-]*\/gu`, counted in one scan by code point (ASCII by its code).
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ln: boolean;
    if (c < 128) ln = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      ln = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
    }
    if (ln) {
      if (!inWord) count++;
      inWord = true;
    } else inWord = inWord && (c === 39 || c === 0x2019 || c === 45);
  }
  return count;
}

/** " by " and a capital right after a closing mark: the end of a title before its authors. */
const BY_NAME_AFTER = /^ by \p{Lu}/u;

/**
 * Finds speech set in single marks (‘…’ or straight '…'), the British house style, for a
 * paragraph with no double marks. An opening mark follows a space, a bracket, a colon or a
 * dash, or opens the paragraph, and is followed by a letter or digit; a closing mark (’ for
 * ‘, ' for ') follows punctuation or is followed by punctuation, so apostrophes inside words
 * and plural possessives do not close (a mark followed by " by " and a name closes a title);
 * a mark of the other kind closes when the expected kind never comes later (‘…' from a
 * document export). Linear in the text length.
 */
export function findSingleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = 0;
  if (!text.includes('\u2018') && !text.includes("'")) return spans; // no opening mark, no span
  const lastStraight = text.lastIndexOf("'");
  const lastCurly = text.lastIndexOf('\u2019');
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2018 && code !== 0x2019 && code !== 0x27) continue;
    if (open < 0) {
      if (code === 0x2019) continue;
      const before = text[i - 1];
      if ((before === undefined || /[\s(\[:\u2014\u2013-]/.test(before)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        open = i;
        closer = code === 0x27 ? 0x27 : 0x2019;
      }
      continue;
    }
    // A document export may close ‘ with a straight ' (or ' with ’): the other mark closes when no mark of the expected kind comes later.
    if (code === closer || (code === (closer === 0x27 ? 0x2019 : 0x27) && (closer === 0x27 ? lastStraight : lastCurly) < i)) {
      const before = text[i - 1] ?? '';
      const after = text[i + 1];
      const closes = (after === undefined || /[\s,.;:!?)\]\u2014\u2013-]/.test(after)) && (/[.,!?;:\u2026-]/.test(before) || after === undefined || /[,.;:!?)\]]/.test(after))
        // A title closed before its authors ('Title of the paper' by X et al.): no possessive is followed by "by" and a name.
        || BY_NAME_AFTER.test(text.slice(i + 1, i + 6));
      if (closes) {
        spans.push({ open, close: i + 1, text: text.slice(open + 1, i).replace(/\s+/g, ' ').trim(), closed: true });
        open = -1;
      }
    }
  }
  if (open >= 0 && text.slice(0, open).trim() === '') spans.push({ open, close: text.length, text: text.slice(open + 1).replace(/\s+/g, ' ').trim(), closed: false });
  return spans;
}
