// Build step: escapes the non-ASCII characters esbuild leaves in a bundle, so the bundle is ASCII
// from end to end.
//
// Why: esbuild escapes non-ASCII characters in strings and plain templates but leaves
// regular-expression literals and String.raw templates as written ('’', '·', '–' in the release
// patterns). One such character makes Node read
// the whole ≈1 MB bundle as a two-byte string: slower to decode and twice the bytes to copy
// into the wrapper src/boot.ts compiles, about 1 ms of every single-file run.
//
// The escapes keep each pattern's meaning: every non-ASCII UTF-16 unit becomes \uXXXX, which a
// pattern reads as that same unit, in a class or out of one, with or without the u flag (where
// an escaped surrogate pair still reads as one code point); an identity escape of a non-ASCII
// character ('\’') becomes the \uXXXX escape alone. In a template, tagged or not, each non-ASCII
// unit becomes a substitution of the same unit (`${"\u2019"}`), which String.raw and a cooked
// template both read as that one character. test/ascii-literals.test.ts checks this.
import ts from 'typescript';

/** The \uXXXX escape of one UTF-16 unit. */
const escapeUnit = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** Escapes the non-ASCII units of one regular-expression literal (slashes and flags included). */
export function asciiPattern(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c === 0x5c) {
      // An escape: a non-ASCII character after the backslash is an identity escape.
      const next = literal.charCodeAt(i + 1);
      if (next > 0x7f) {
        out += escapeUnit(next);
        i++;
      } else {
        out += literal.slice(i, i + 2);
        i++;
      }
      continue;
    }
    out += c > 0x7f ? escapeUnit(c) : literal[i];
  }
  return out;
}

/** The text of one template piece (backticks and `${`, `}` included) with each non-ASCII unit as a substitution of itself. */
export function asciiTemplate(piece) {
  let out = '';
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c <= 0x7f) {
      out += piece[i];
      continue;
    }
    // After a backslash, a substitution would change what the escape reads: stop the build rather than guess.
    if (piece.charCodeAt(i - 1) === 0x5c) throw new Error(`Unexpected escaped '${piece[i]}' in a template, expected no backslash before a non-ASCII character`);
    out += '${"' + escapeUnit(c) + '"}';
  }
  return out;
}

const TEMPLATE_PIECES = new Set([ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);

/** Rewrites every regular-expression literal and template piece of a JavaScript source that holds a non-ASCII character. */
export function asciiLiterals(text, fileName = 'bundle.js') {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const literal = text.slice(start, node.end);
      if (/[^\x00-\x7f]/.test(literal)) edits.push([start, node.end, asciiPattern(literal)]);
      return;
    }
    if (TEMPLATE_PIECES.has(node.kind)) {
      const start = node.getStart(file);
      const piece = text.slice(start, node.end);
      if (/[^\x00-\x7f]/.test(piece)) edits.push([start, node.end, asciiTemplate(piece)]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of edits) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return out + text.slice(at);
}
