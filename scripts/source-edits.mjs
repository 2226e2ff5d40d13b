// What the build's source rewrites (case-fold.mjs, unicode-classes.mjs) share: finding the
// regular-expression literals of a source, and applying edits to it by position.
import ts from 'typescript';

/**
 * Every regular-expression literal of a TypeScript or JavaScript source, in source order, with
 * its position and its body and flags apart.
 */
export function regexLiterals(text, fileName = 'source.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(sf);
      const literal = text.slice(start, node.end);
      const end = literal.lastIndexOf('/');
      out.push({ start, stop: node.end, body: literal.slice(1, end), flags: literal.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** `text` with each `[start, stop, replacement]` edit applied; the edits must not overlap. */
export function applyEdits(text, edits) {
  let out = text;
  for (const [start, stop, replacement] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(stop);
  return out;
}
