// Build step: rewrites the source's case-insensitive regular-expression literals (flag i, not v)
// to case-sensitive ones with the same matches, in the bundled CLI: each cased literal
// character becomes a class of its case variants ("s" → "[Ss]"), each class that /i would widen
// becomes the widened class, and the i flag goes.
//
// Why: for every literal character of an /i expression, V8 asks ICU for the character's case
// closure when it compiles the expression, so a long alternation of words ("said|says|added|…")
// costs two to four times as much to compile as the same expression without /i. A single
// `pr2meta release.md` compiles about 190 such expressions once each, and compiling them was
// about a third of its regular-expression compile time.
//
// The rewrite is exact: which code units (code points, with the u flag) a character or class
// matches under /i is asked of V8 itself, by searching all of them, so the variants are V8's own
// ("s" matches "ſ" and "k" the Kelvin sign in Unicode mode only). An expression with a
// backreference is left alone, since /i also compares what a backreference repeats without
// regard to case; so is a Unicode one with \w, \b or their negations, which /iu also widens. The library API
// (dist/, from tsc) keeps the original expressions. test/case-fold.test.ts checks the rewrite.
import { applyEdits, regexLiterals } from './source-edits.mjs';

/** The code units a pattern piece (one character or one class) matches, under `flags`, cached. */
const matchedCache = new Map();

/** The rewritten text of each pattern piece, by flags and piece. */
const foldedCache = new Map();

/** The contiguous stretches of code points searched, each as its first code point and text. */
let segments = null;

/**
 * {@link segments}, built on first use: all code units but the surrogates in two stretches, and
 * the supplementary planes in a third, as surrogate pairs (searched in Unicode mode only).
 */
function allSegments() {
  if (segments === null) {
    const units = (from, to) => String.fromCharCode(...Array.from({ length: to - from }, (_, i) => from + i));
    const astral = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 0x1000) astral.push(String.fromCodePoint(...Array.from({ length: 0x1000 }, (_, i) => cp + i)));
    segments = { bmp: [[0, units(0, 0xd800)], [0xe000, units(0xe000, 0x10000)]], astral: [0x10000, astral.join('')] };
  }
  return segments;
}

/**
 * The code units (code points, with the u flag) that the one-character pattern `piece` matches
 * with `flags`, as sorted, disjoint [first, last] ranges.
 */
function matched(piece, flags) {
  const key = `${flags}\u0000${piece}`;
  let ranges = matchedCache.get(key);
  if (!ranges) {
    const unicode = flags.includes('u');
    const plain = flags.replace(/[gy]/g, '');
    // Each search finds runs of matches; the text is in code-point order, so a run is a range.
    const runs = new RegExp(`(?:${piece})+`, `${plain}g`);
    const { bmp, astral } = allSegments();
    ranges = [];
    const add = (first, last) => {
      const prev = ranges[ranges.length - 1];
      if (prev && prev[1] + 1 === first) prev[1] = last;
      else ranges.push([first, last]);
    };
    const one = new RegExp(`^(?:${piece})$`, plain);
    const surrogates = () => {
      for (let u = 0xd800; u <= 0xdfff; u++) if (one.test(String.fromCharCode(u))) add(u, u);
    };
    for (const [start, text] of bmp) {
      if (start === 0xe000) surrogates();
      for (let m = runs.exec(text); m; m = runs.exec(text)) add(start + m.index, start + m.index + m[0].length - 1);
    }
    if (unicode) {
      const [start, text] = astral;
      for (let m = runs.exec(text); m; m = runs.exec(text)) add(start + m.index / 2, start + (m.index + m[0].length) / 2 - 1);
    }
    matchedCache.set(key, ranges);
  }
  return ranges;
}

/**
 * A code unit (code point, with the u flag) as class text: letters and digits as themselves,
 * anything else as \uXXXX, or \u{X} in Unicode mode, where two \uXXXX escapes of surrogates
 * would read as one pair.
 */
function unitText(u, unicode) {
  if (u < 0x80 && /^[A-Za-z0-9]$/.test(String.fromCharCode(u))) return String.fromCharCode(u);
  return unicode ? `\\u{${u.toString(16).toUpperCase()}}` : `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Ranges as the body of a class ("a-zA-Z…"). */
function rangesText(ranges, unicode) {
  let out = '';
  for (const [first, last] of ranges) {
    const [a, b] = [unitText(first, unicode), unitText(last, unicode)];
    out += first === last ? a : first + 1 === last ? a + b : `${a}-${b}`;
  }
  return out;
}

/** The ranges of code units (code points) up to `max` outside `ranges`. */
function complement(ranges, max) {
  const out = [];
  let next = 0;
  for (const [first, last] of ranges) {
    if (first > next) out.push([next, first - 1]);
    next = last + 1;
  }
  if (next <= max) out.push([next, max]);
  return out;
}

/** Same ranges. */
function same(a, b) {
  return a.length === b.length && a.every(([first, last], i) => first === b[i][0] && last === b[i][1]);
}

/**
 * A case-sensitive class for the code units `piece` matches under /i, or `piece` itself when /i
 * adds nothing to it; the negated form when that is the shorter text.
 */
function foldPiece(piece, flags) {
  const key = `${flags}\u0000${piece}`;
  let text = foldedCache.get(key);
  if (text === undefined) foldedCache.set(key, (text = foldPieceUncached(piece, flags)));
  return text;
}

/** {@link foldPiece}, computed. */
function foldPieceUncached(piece, flags) {
  const folded = matched(piece, flags);
  if (same(folded, matched(piece, flags.replace('i', '')))) return piece;
  const unicode = flags.includes('u');
  const positive = `[${rangesText(folded, unicode)}]`;
  const negative = `[^${rangesText(complement(folded, unicode ? 0x10ffff : 0xffff), unicode)}]`;
  return negative.length < positive.length ? negative : positive;
}

/**
 * Rewrites one /i pattern body (between the slashes) with `flags` (which hold i, not v) to the
 * body of a case-sensitive pattern with the same matches; null when it has a backreference, or
 * with the u flag a property class outside brackets.
 */
export function foldPattern(body, flags) {
  const unicode = flags.includes('u');
  // Only i and u bear on what one character or one class matches (s and m do not, for neither
  // holds a dot or an anchor): caching by these two shares the work between expressions.
  flags = unicode ? 'iu' : 'i';
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (/[1-9k]/.test(e)) return null;
      // A property class would become thousands of ranges: such expressions stay.
      if (unicode && /[pP]/.test(e)) return null;
      // In Unicode mode /i also widens \w and \W (to the long s and the Kelvin sign), and the
      // word characters \b and \B look at: these become that class and lookarounds over it.
      if (unicode && /[bBwW]/.test(e)) {
        const word = foldPiece('\\w', flags);
        const boundary = e === 'b' ? [`(?<=${word})(?!${word})`, `(?<!${word})(?=${word})`] : [`(?<=${word})(?=${word})`, `(?<!${word})(?!${word})`];
        out += e === 'w' || e === 'W' ? foldPiece(`\\${e}`, flags) : `(?:${boundary.join('|')})`;
        i++;
        continue;
      }
      let escape = body.slice(i, i + 2);
      const braced = unicode && e === 'u' ? /^\{[0-9A-Fa-f]{1,6}\}/.exec(body.slice(i + 2)) : null;
      if (braced) escape = body.slice(i, i + 2 + braced[0].length);
      else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(body.slice(i + 2, i + 6))) escape = body.slice(i, i + 6);
      else if (e === 'x' && /^[0-9A-Fa-f]{2}$/.test(body.slice(i + 2, i + 4))) escape = body.slice(i, i + 4);
      else if (e === 'c' && /^[A-Za-z]$/.test(body[i + 2] ?? '')) escape = body.slice(i, i + 3);
      i += escape.length - 1;
      // Assertions and the class escapes (\d, \s, \w and their negations) are the same under /i.
      out += /^[bBdDsSwW]$/.test(e) ? escape : foldPiece(escape, flags);
      continue;
    }
    if (c === '[') {
      // Without the v flag, brackets do not nest: the class ends at the next unescaped "]".
      let j = i + 1;
      if (body[j] === '^') j++;
      while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      out += foldPiece(body.slice(i, j + 1), flags);
      i = j;
      continue;
    }
    if (c === '(' && body[i + 1] === '?') {
      // A group's opening, with its name when it has one ("(?<name>"): no letters to fold.
      const open = /^\(\?(?:<[A-Za-z_$][\w$]*>|<=|<!|[:=!])/.exec(body.slice(i));
      if (!open) return null;
      out += open[0];
      i += open[0].length - 1;
      continue;
    }
    out += /[A-Za-z]/.test(c) || c.charCodeAt(0) > 0x7f ? foldPiece(c, flags) : c;
  }
  return out;
}

/**
 * Rewrites every regular-expression literal of a TypeScript or JavaScript source whose flags hold
 * i but not v, by {@link foldPattern}; the others stay as they are.
 */
export function foldSource(text, fileName = 'source.ts') {
  const edits = [];
  for (const { start, stop, body, flags } of regexLiterals(text, fileName)) {
    if (!flags.includes('i') || flags.includes('v')) continue;
    const folded = foldPattern(body, flags);
    if (folded !== null) edits.push([start, stop, `/${folded}/${flags.replace('i', '')}`]);
  }
  return applyEdits(text, edits);
}
