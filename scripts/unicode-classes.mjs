// Build step: rewrites the Unicode property classes in the source's regular-expression literals
// (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}) to explicit code-point ranges in the bundled CLI.
//
// Why: V8 compiles a class such as [\p{L}\p{M}] into hundreds of ranges (most of them for
// scripts a press release in a Latin, Greek or Cyrillic alphabet never uses), which costs about
// half a millisecond per expression; a release runs a few hundred expressions once each, so a
// single `pr2meta release.md` spent about a third of its conversion compiling these classes.
// The ranges below are exact for Latin (with its extensions), Greek and Cyrillic, and take the
// other scripts a name in a release may use whole blocks at a time (Armenian, Hebrew, Arabic,
// the Indic scripts, Thai, Georgian, Hangul, kana, the CJK ideographs). One approximation: in
// the blocks that alternate capitals and small letters (Latin Extended-B and Additional, the
// Cyrillic and Greek supplements), \p{Lu} and \p{Ll} both take the whole block, since an exact
// list there is hundreds of ranges. Latin Extended-A (U+0100–U+017F) is exact, one code point
// at a time: Czech, Polish, Baltic, Hungarian and Turkish names open with its capitals ("Šimek",
// "Łukasiewicz", "Özdemir" aside), and a "Š" that also counted as a small letter read as a
// lower-case word, which ends a list of names. test/unicode-classes.test.ts checks these claims.
// The library API (dist/, from tsc) keeps the exact classes.
import ts from 'typescript';
import { applyEdits } from './source-edits.mjs';
import { foldSource } from './case-fold.mjs';
import { lazySource } from './lazy-regex.mjs';

/** The ranges each property class is rewritten to, as regular-expression class text. */
export const RANGES = {
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100\\u0102\\u0104\\u0106\\u0108\\u010A\\u010C\\u010E\\u0110\\u0112\\u0114\\u0116\\u0118\\u011A\\u011C\\u011E\\u0120\\u0122\\u0124\\u0126\\u0128\\u012A\\u012C\\u012E\\u0130\\u0132\\u0134\\u0136\\u0139\\u013B\\u013D\\u013F\\u0141\\u0143\\u0145\\u0147\\u014A\\u014C\\u014E\\u0150\\u0152\\u0154\\u0156\\u0158\\u015A\\u015C\\u015E\\u0160\\u0162\\u0164\\u0166\\u0168\\u016A\\u016C\\u016E\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179\\u017B\\u017D\\u0180-\\u024F\\u0370\\u0372\\u0376\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u038F\\u0391-\\u03A1\\u03A3-\\u03AB\\u03CF\\u03D2-\\u03D4\\u03D8-\\u03EF\\u03F4\\u03F7\\u03F9-\\u03FA\\u03FD-\\u042F\\u0460-\\u052F\\u1E00-\\u1EFF\\u1F08-\\u1F0F\\u1F18-\\u1F1D\\u1F28-\\u1F2F\\u1F38-\\u1F3F\\u1F48-\\u1F4D\\u1F59\\u1F5B\\u1F5D\\u1F5F\\u1F68-\\u1F6F\\u1FB8-\\u1FBB\\u1FC8-\\u1FCB\\u1FD8-\\u1FDB\\u1FE8-\\u1FEC\\u1FF8-\\u1FFB\\u2C60-\\u2C7F\\uA720-\\uA7FF', // 103 ranges
  Ll: 'a-z\\u00B5\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0101\\u0103\\u0105\\u0107\\u0109\\u010B\\u010D\\u010F\\u0111\\u0113\\u0115\\u0117\\u0119\\u011B\\u011D\\u011F\\u0121\\u0123\\u0125\\u0127\\u0129\\u012B\\u012D\\u012F\\u0131\\u0133\\u0135\\u0137\\u0138\\u013A\\u013C\\u013E\\u0140\\u0142\\u0144\\u0146\\u0148\\u0149\\u014B\\u014D\\u014F\\u0151\\u0153\\u0155\\u0157\\u0159\\u015B\\u015D\\u015F\\u0161\\u0163\\u0165\\u0167\\u0169\\u016B\\u016D\\u016F\\u0171\\u0173\\u0175\\u0177\\u017A\\u017C\\u017E-\\u0293\\u0296-\\u02AF\\u0371\\u0373\\u0377\\u037B-\\u037D\\u0390\\u03AC-\\u03CE\\u03D0-\\u03D1\\u03D5-\\u03F3\\u03F5\\u03F8\\u03FB-\\u03FC\\u0430-\\u052F\\u1D00-\\u1D2B\\u1D6B-\\u1D77\\u1D79-\\u1D9A\\u1E00-\\u1F07\\u1F10-\\u1F15\\u1F20-\\u1F27\\u1F30-\\u1F37\\u1F40-\\u1F45\\u1F50-\\u1F57\\u1F60-\\u1F67\\u1F70-\\u1F7D\\u1F80-\\u1F87\\u1F90-\\u1F97\\u1FA0-\\u1FA7\\u1FB0-\\u1FB4\\u1FB6-\\u1FB7\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FC7\\u1FD0-\\u1FD3\\u1FD6-\\u1FD7\\u1FE0-\\u1FE7\\u1FF2-\\u1FF4\\u1FF6-\\u1FF7\\u2C60-\\u2C7F\\uA720-\\uA7FF', // 107 ranges
  L: 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376-\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u066E-\\u06D3\\u0900-\\u0DFF\\u0E01-\\u0E3A\\u0E40-\\u0E4E\\u10A0-\\u11FF\\u1D00-\\u1DBF\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\u2C60-\\u2C7F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA722-\\uA788\\uA78B-\\uA7DC\\uA7F1-\\uA7FF\\uAC00-\\uD7A3\\uF900-\\uFB06', // 59 ranges
  M: '\\u0300-\\u036F\\u0483-\\u0489\\u0591-\\u05BD\\u05BF\\u05C1-\\u05C2\\u05C4-\\u05C5\\u05C7\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20F0\\uFE20-\\uFE2F', // 14 ranges
  N: '0-9\\u00B2-\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182\\u2185-\\u2189\\u2460-\\u249B\\uFF10-\\uFF19', // 14 ranges
};

const PROPERTY = /^\\p\{(Lu|Ll|L|M|N)\}/;

/**
 * Rewrites the property classes of one regular-expression body (between the slashes); a class
 * outside brackets becomes a bracketed class, one inside brackets is spliced in.
 */
export function rewritePattern(body) {
  return rewriteText(body, 'raw', { inClass: false });
}

/**
 * Rewrites the property classes in one piece of source text holding (part of) a pattern:
 * `raw` as in a regex literal or String.raw template, `cooked` as in a string or template
 * literal, where the pattern's backslashes are written twice. `state.inClass` carries the
 * bracket state across the pieces of a template with substitutions.
 */
export function rewriteText(text, mode, state) {
  const slash = mode === 'raw' ? '\\' : '\\\\';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      if (mode === 'cooked' && text[i + 1] !== '\\') {
        // A string escape (\n, \u2019, \'): one literal character of the pattern.
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      const after = i + slash.length;
      const m = PROPERTY.exec('\\' + text.slice(after, after + 5));
      if (m) {
        const ranges = mode === 'raw' ? RANGES[m[1]] : RANGES[m[1]].replaceAll('\\', '\\\\');
        out += state.inClass ? ranges : `[${ranges}]`;
        i = after + m[0].length - 2;
        continue;
      }
      // A pattern escape: the backslash and the character it escapes, which is never a bracket.
      const escaped = mode === 'raw' ? text.slice(i, i + 2) : text.slice(i, i + (text[after] === '\\' ? 4 : 3));
      out += escaped;
      i += escaped.length - 1;
      continue;
    }
    if (c === '[' && !state.inClass) state.inClass = true;
    else if (c === ']' && state.inClass) state.inClass = false;
    out += c;
  }
  return out;
}

/** The `u` flags argument of a RegExp construction, when it is a literal; else null. */
function unicodeFlags(node, ts) {
  const flags = node.arguments?.[1];
  if (!flags || !(ts.isStringLiteral(flags) || ts.isNoSubstitutionTemplateLiteral(flags))) return null;
  return flags.text.includes('u') && !flags.text.includes('v') ? flags.text : null;
}

/**
 * Rewrites every `u`-flagged regular-expression literal of a TypeScript or JavaScript source,
 * and the literal pattern pieces of `new RegExp(…, 'u')` constructions.
 */
export function rewriteSource(text, fileName = 'source.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const piece = (start, stop, mode, state) => {
    const text = sf.text.slice(start, stop);
    const rewritten = rewriteText(text, mode, state);
    if (rewritten !== text) edits.push([start, stop, rewritten]);
  };
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const flags = literal.slice(end + 1);
      // Without the v flag, nested classes and set operations cannot occur: brackets do not nest.
      if (flags.includes('u') && !flags.includes('v')) piece(node.getStart(sf) + 1, node.getStart(sf) + end, 'raw', { inClass: false });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && unicodeFlags(node, ts)) {
      // new RegExp('…', 'u'), new RegExp(`…${x}…`, 'u') and new RegExp(String.raw`…`, 'u'): the
      // literal pieces of the pattern, with the bracket state carried across substitutions.
      let pattern = node.arguments[0];
      let mode = 'cooked';
      if (ts.isTaggedTemplateExpression(pattern) && pattern.tag.getText(sf) === 'String.raw') {
        mode = 'raw';
        pattern = pattern.template;
      }
      const state = { inClass: false };
      if (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) {
        piece(pattern.getStart(sf) + 1, pattern.getEnd() - 1, mode, state);
      } else if (ts.isTemplateExpression(pattern)) {
        piece(pattern.head.getStart(sf) + 1, pattern.head.getEnd() - 2, mode, state);
        for (const span of pattern.templateSpans) {
          const last = ts.isTemplateTail(span.literal);
          piece(span.literal.getStart(sf) + 1, span.literal.getEnd() - (last ? 1 : 2), mode, state);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return applyEdits(text, edits);
}

/**
 * A source of the project as the bundles compile it: {@link rewriteSource}, then `foldSource`
 * (case-fold.mjs), which drops the i flag where that is exact, then `lazySource`
 * (lazy-regex.mjs), which creates top-level regular expressions on first use.
 */
export function bundleSource(text, fileName) {
  return lazySource(foldSource(rewriteSource(text, fileName), fileName), fileName);
}

/** An esbuild plugin applying {@link bundleSource} to the project's own TypeScript sources. */
export const unicodeClasses = {
  name: 'unicode-classes',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: bundleSource(await readFile(args.path, 'utf8'), args.path), loader: 'ts' };
    });
  },
};
