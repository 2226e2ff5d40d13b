// Build step: rewrites the source's case-insensitive regular-expression literals (flag i without
// u or v) to case-sensitive ones with the same matches, in the bundled CLI: each cased literal
// character becomes a class of its case variants ("s" → "[Ss]"), each class that /i would widen
// becomes the widened class, and the i flag goes.
//
// Why: for every literal character of an /i expression, V8 asks ICU for the character's case
// closure when it compiles the expression, so a long alternation of words ("said|says|added|…")
// costs two to four times as much to compile as the same expression without /i. A single
// `pr2meta release.md` compiles about 170 such expressions once each, and compiling them was
// about a third of its regular-expression compile time.
//
// The rewrite is exact: which code units a character or class matches under /i is asked of V8
// itself, by testing all 65,536 of them, so the variants are V8's own (in non-Unicode mode "s"
// does not match "ſ", nor "k" the Kelvin sign). An expression with a backreference is left alone,
// since /i also compares what a backreference repeats without regard to case. The library API
// (dist/, from tsc) keeps the original expressions. test/case-fold.test.ts checks the rewrite.
import ts from 'typescript';

/** The code units a pattern piece (one character or one class) matches, under `flags`, cached. */
const matchedCache = new Map();

/** The rewritten text of each pattern piece, by flags and piece. */
const foldedCache = new Map();

/** Every UTF-16 code unit, in order, so that one global search finds all a piece matches. */
const ALL_UNITS = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, u) => u));

/** The sorted code units that the one-character pattern `piece` matches with `flags`. */
function matched(piece, flags) {
  const key = `${flags}\u0000${piece}`;
  let units = matchedCache.get(key);
  if (!units) {
    const re = new RegExp(`(?:${piece})`, `${flags.replace(/[gy]/g, '')}g`);
    units = [];
    for (let m = re.exec(ALL_UNITS); m; m = re.exec(ALL_UNITS)) {
      if (m[0].length !== 1) throw new Error(`case-fold: /${piece}/ matched more than one code unit`);
      units.push(m.index);
    }
    matchedCache.set(key, units);
  }
  return units;
}

/** A code unit as class text: letters and digits as themselves, anything else as \uXXXX. */
function unitText(u) {
  return /^[A-Za-z0-9]$/.test(String.fromCharCode(u)) ? String.fromCharCode(u) : `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Sorted code units as the body of a class ("a-zA-Z…"), ranges where they run on. */
function rangesText(units) {
  let out = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j] + 1) j++;
    out += j === i ? unitText(units[i]) : j === i + 1 ? unitText(units[i]) + unitText(units[j]) : `${unitText(units[i])}-${unitText(units[j])}`;
    i = j + 1;
  }
  return out;
}

/** Same sorted code-unit lists. */
function same(a, b) {
  return a.length === b.length && a.every((u, i) => u === b[i]);
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
  const positive = `[${rangesText(folded)}]`;
  const inFolded = new Set(folded);
  const rest = [];
  for (let u = 0; u <= 0xffff; u++) if (!inFolded.has(u)) rest.push(u);
  const negative = `[^${rangesText(rest)}]`;
  return negative.length < positive.length ? negative : positive;
}

/**
 * Rewrites one /i pattern body (between the slashes) with `flags` (which hold i, not u or v) to
 * the body of a case-sensitive pattern with the same matches; null when it has a backreference.
 */
export function foldPattern(body, flags) {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (/[1-9k]/.test(e)) return null;
      let escape = body.slice(i, i + 2);
      if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(body.slice(i + 2, i + 6))) escape = body.slice(i, i + 6);
      else if (e === 'x' && /^[0-9A-Fa-f]{2}$/.test(body.slice(i + 2, i + 4))) escape = body.slice(i, i + 4);
      else if (e === 'c' && /^[A-Za-z]$/.test(body[i + 2] ?? '')) escape = body.slice(i, i + 3);
      i += escape.length - 1;
      // Assertions and the class escapes (\d, \s, \w and their negations) are the same under /i.
      out += /^[bBdDsSwW]$/.test(e) ? escape : foldPiece(escape, flags);
      continue;
    }
    if (c === '[') {
      // Without the u or v flag, brackets do not nest: the class ends at the next unescaped "]".
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
 * i but neither u nor v, by {@link foldPattern}; the others stay as they are.
 */
export function foldSource(text, fileName = 'source.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const flags = literal.slice(end + 1);
      if (flags.includes('i') && !/[uv]/.test(flags)) {
        const body = foldPattern(literal.slice(1, end), flags);
        if (body !== null) edits.push([node.getStart(sf), node.getEnd(), `/${body}/${flags.replace('i', '')}`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const [start, stop, replacement] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(stop);
  return out;
}
