// Build step: the bundled CLI's remark-parse reuses one micromark parser and one mdast compiler
// for every document, instead of building both again for each release.
//
// Why: remark-parse hands each document to mdast-util-from-markdown's `fromMarkdown`, which first
// merges micromark's construct tables with the extensions (`combineExtensions`) and then builds a
// compiler of about a hundred closures; only then does it parse. Over a batch that is work done
// 2,000 times for one result, and the function that builds the compiler, called once per
// document, is hot enough that V8 spends 80-400 ms of a background core optimising it in every
// thread. Built once per set of extensions, a batch of 2,000 releases took 3.6 s instead of 3.8 s
// (0.4 s less CPU), with byte-identical output.
//
// What carries state from one document to the next, and is reset here before each:
//  - micromark's parser object: `defined` (the identifiers of link reference definitions, so
//    `[x]` in a later document would otherwise become a link) and `lazy` (which lines were lazy
//    continuations);
//  - the compiler's `data` (flags of the construct being compiled, such as `inReference`).
// The parts are kept per pair of extension arrays (a frozen processor passes the same arrays every
// time); a call without both arrays builds its own, as before. The library API (dist/, from tsc)
// keeps mdast-util-from-markdown as published; test/reuse-markdown-parser.test.ts checks that
// the two give the same trees.
import { readFile } from 'node:fs/promises';

/** The module this step rewrites. */
export const FROM_MARKDOWN = /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/;

/** Each [text, replacement] pair, every text expected exactly once in the module. */
const EDITS = [
  [
    '  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));\n}\n',
    `  const parts = reusedParts(options);
  if (!parts) return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));
  parts.parser.defined = [];
  parts.parser.lazy = {};
  return parts.compile(postprocess(parts.parser.document().write(preprocess()(value, encoding, true))));
}

/** The parser and compiler for a pair of extension arrays, built once (scripts/reuse-markdown-parser.mjs). */
const reused = new WeakMap();
function reusedParts(options) {
  const extensions = options && options.extensions;
  const mdastExtensions = options && options.mdastExtensions;
  if (!Array.isArray(extensions) || !Array.isArray(mdastExtensions)) return undefined;
  let byMdast = reused.get(extensions);
  if (!byMdast) reused.set(extensions, (byMdast = new WeakMap()));
  let parts = byMdast.get(mdastExtensions);
  if (!parts) byMdast.set(mdastExtensions, (parts = { parser: parse(options), compile: compiler(options) }));
  return parts;
}
`,
  ],
  ['  function compile(events) {\n', '  function compile(events) {\n    for (const key in data) delete data[key];\n'],
];

/**
 * Rewrites the source of mdast-util-from-markdown's `lib/index.js` so that `fromMarkdown` reuses
 * its parser and compiler; throws when the source is not the one this step knows.
 */
export function reuseParts(source, file = 'mdast-util-from-markdown/lib/index.js') {
  let text = source;
  for (const [from, to] of EDITS) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`Missing ${JSON.stringify(from.trim().slice(0, 60))} in ${file}, expected it once (found ${count})`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** The esbuild plugin: applies {@link reuseParts} and fails the build when the module was never bundled. */
export const reuseMarkdownParser = {
  name: 'reuse-markdown-parser',
  setup(b) {
    let seen = false;
    b.onLoad({ filter: FROM_MARKDOWN }, async (args) => {
      seen = true;
      return { contents: reuseParts(await readFile(args.path, 'utf8'), args.path), loader: 'js' };
    });
    b.onEnd((result) => {
      if (!seen && !result.errors.length) throw new Error('Missing mdast-util-from-markdown in the bundle, expected remark-parse to bring it');
    });
  },
};
