#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/. The library API stays in dist/ from tsc.
//  - cli.cjs: the CLI as one CommonJS script, which dist/boot.js compiles with a V8 code cache
//    (cli.cjs.cache, written here after a warm-up run), so a single run skips parsing and
//    compiling. Modules only some formats or inputs need (citation-js, the HTML parser, the
//    phone library, YAML, the check rules) sit in esbuild's lazy wrappers: evaluated, and
//    compiled, only when reached.
//  - cli.js, worker.js and chunks: the same CLI as code-split ES modules; worker.js is the
//    worker-thread entry of --jobs (found beside cli.cjs), cli.js a fallback without the cache.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { bundleSource, unicodeClasses } from './unicode-classes.mjs';
import { asciiLiterals } from './ascii-literals.mjs';
import { reuseMarkdownParser } from './reuse-markdown-parser.mjs';

// Chunk names carry content hashes: start from an empty folder so no stale chunk stays behind.
rmSync('dist/bundle', { recursive: true, force: true });

// commander requires node:child_process (and with it net and dgram) at load, for executable
// subcommands, which pr2meta has none of: hand it a stand-in that loads the real module only if
// a property is ever read, and save that start-up time on every run.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// chalk detects colour support when it loads, which requires node:tty (and with it net) and
// node:os; pr2meta always passes chalk the level it decided itself (src/cli/color.ts), so the
// bundle takes chalk's own no-detection variant of that module (its browser build), saving
// that load on every run.
const chalkNoDetect = {
  name: 'chalk-no-detect',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') } : undefined);
  },
};

// citation-js's core requires node-fetch and sync-fetch when it loads (util/fetchFile.js), for
// inputs it would fetch: URLs and DOIs. pr2meta hands citation-js CSL-JSON it built itself and
// never asks it to fetch anything (no network unless the user asks, and no option asks), yet the
// two packages and the http, https, zlib and worker modules they load took about 25 ms of every
// BibTeX, RIS or CSL run. The bundle gives citation-js stand-ins that refuse to fetch instead.
const citationJsOffline = {
  name: 'citation-js-offline',
  setup(b) {
    b.onResolve({ filter: /^(node-fetch|sync-fetch)$/ }, (args) =>
      /[\\/]@citation-js[\\/]core[\\/]/.test(args.importer) ? { path: args.path, namespace: 'citation-js-offline' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'citation-js-offline' }, (args) => ({
      contents: `const refuse = () => { throw new Error('Missing network access in pr2meta, expected citation-js to be given data, not a URL or DOI to fetch'); };
class Headers extends Map {}
const fetch = ${args.path === 'node-fetch' ? 'async (...args) => refuse(...args)' : 'refuse'};
module.exports = Object.assign(fetch, { default: fetch, Headers });`,
      loader: 'js',
    }));
  },
};

// Two tables micromark builds when it loads, though a run may never need them: the class
// \p{P}|\p{S} (whose Unicode property sets took about 0.6 ms of every start-up to parse), read
// only next to an emphasis or strong marker, and the 2,000-entry table of HTML entity names
// (about 0.4 ms to build), read only for a named character reference such as &eacute;. The
// bundle builds each on first use instead; the answers are the same.
const micromarkLazyTables = {
  name: 'micromark-lazy-tables',
  setup(b) {
    const rewrite = (path, pairs) => {
      let text = readFileSync(path, 'utf8');
      for (const [from, to] of pairs) {
        if (!text.includes(from)) throw new Error(`Missing ${JSON.stringify(from)} in ${path}, expected the code micromark-lazy-tables rewrites`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    };
    b.onLoad({ filter: /[\\/]micromark-util-character[\\/]index\.js$/ }, (args) => rewrite(args.path, [[
      'export const unicodePunctuation = regexCheck(/\\p{P}|\\p{S}/u);',
      'let punctuation;\nexport const unicodePunctuation = regexCheck({ test: (value) => (punctuation ??= /\\p{P}|\\p{S}/u).test(value) });',
    ]]));
    b.onLoad({ filter: /[\\/]decode-named-character-reference[\\/]index\.js$/ }, (args) => rewrite(args.path, [
      ["import {characterEntities} from 'character-entities'", "let entities;\nconst characterEntities = () => (entities ??= require('character-entities').characterEntities);"],
      ['own.call(characterEntities, value) ? characterEntities[value] : false', 'own.call(characterEntities(), value) ? characterEntities()[value] : false'],
    ]));
  },
};

const common = {
  plugins: [lazyChildProcess, chalkNoDetect, citationJsOffline, micromarkLazyTables, unicodeClasses],
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // tinypool finds its own thread entry relative to its files: load it from node_modules.
  external: ['tinypool'],
};

// Both CLI builds parse Markdown with one micromark parser and one mdast compiler for every
// document (scripts/reuse-markdown-parser.mjs).
await build({
  ...common,
  plugins: [...common.plugins, reuseMarkdownParser],
  entryPoints: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  banner: {
    // commander and a few CommonJS dependencies call require(); ESM bundles need it defined.
    js: "import { createRequire as __pr2metaCreateRequire } from 'node:module'; const require = __pr2metaCreateRequire(import.meta.url);",
  },
});

/** A CommonJS build into dist/bundle/*.cjs; import.meta.url (how the worker entry is found) becomes __filename's URL. */
const commonjs = {
  ...common,
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__pr2metaUrl' },
  banner: { js: "const __pr2metaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// Modules only some runs need, each written as a CommonJS script of its own (dist/bundle/lazy/),
// which src/boot.ts loads with its own code cache when first asked for: a JSON run of a Markdown
// release then neither reads nor deserialises citation-js, the HTML parser or YAML.
//   name: [the dynamic import in the sources, the chunk's entry]
const chunks = {
  cite: ["import('./citation-js-modules.js')", 'src/emit/citation-js-modules.ts'],
  html: ["import('./html.js')", 'src/parse/html.ts'],
  yaml: ["import('yaml')", { contents: "module.exports = require('yaml');" }],
  phone: ["import('libphonenumber-js')", { contents: "module.exports = require('libphonenumber-js');" }],
};

// In the CommonJS bundle, the dynamic imports above go through the loader's __pr2metaChunk, and
// import('tinypool') through its __pr2metaImport (a script compiled from a code cache cannot run
// import() itself on Node 20). See src/boot.ts.
const hostImports = {
  name: 'host-imports',
  setup(b) {
    const rewrites = [["import('tinypool')", "__pr2metaImport('tinypool')"], ...Object.entries(chunks).map(([name, [from]]) => [from, `__pr2metaChunk('${name}')`])];
    const found = new Set();
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      let text = await readFile(args.path, 'utf8');
      // Only calls: `typeof import('x')` in a type stays as it is.
      for (const [from, to] of rewrites) {
        const call = new RegExp(`(?<!typeof\\s{0,3})${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
        text = text.replace(call, () => (found.add(from), to));
      }
      return { contents: bundleSource(text, args.path), loader: 'ts' };
    });
    b.onEnd(() => {
      const missing = rewrites.filter(([from]) => !found.has(from)).map(([from]) => from);
      if (missing.length) throw new Error(`Missing ${missing.join(', ')} in src/, expected each lazy import the CommonJS build rewrites`);
    });
  },
};

await build({ ...commonjs, plugins: [lazyChildProcess, chalkNoDetect, citationJsOffline, micromarkLazyTables, hostImports, reuseMarkdownParser], entryPoints: { cli: 'src/cli.ts' } });
for (const [name, [, entry]] of Object.entries(chunks)) {
  const out = `dist/bundle/lazy/${name}.cjs`;
  await build(typeof entry === 'string'
    ? { ...commonjs, outdir: undefined, outExtension: undefined, outfile: out, entryPoints: [entry] }
    : { ...commonjs, outdir: undefined, outExtension: undefined, outfile: out, stdin: { ...entry, resolveDir: '.', loader: 'js' } });
}

// The loader bin/pr2meta.js requires: CommonJS too, so that a run never starts Node's ES module
// loader (a few milliseconds of every single-file run).
await build({ ...commonjs, entryPoints: { boot: 'src/boot.ts' } });

// The CommonJS scripts as pure ASCII (esbuild leaves regular-expression literals and String.raw
// templates as written): Node then reads each as a one-byte string. See scripts/ascii-literals.mjs.
// Each is also written inside the function dist/boot.js calls it as (SCRIPT_HEAD … SCRIPT_TAIL),
// so that boot compiles the file's text as read instead of a copy joined to the wrapper.
const { SCRIPT_HEAD, SCRIPT_TAIL } = await import('../dist/boot.js');
for (const file of ['dist/bundle/cli.cjs', ...readdirSync('dist/bundle/lazy').filter((f) => f.endsWith('.cjs')).map((f) => `dist/bundle/lazy/${f}`)]) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${SCRIPT_HEAD}${asciiLiterals(text, file)}${SCRIPT_TAIL}`);
}

// Warm-up: convert the bundled example to every format once in one process, so the cache
// holds the bytecode of what a run compiles (the extractors, the emitters, citation-js).
const warm = `import { loadCli } from './dist/boot.js';
const cli = loadCli();
const sink = new (await import('node:stream')).Writable({ write(chunk, encoding, done) { done(); } });
for (const format of ['json', 'jsonld', 'csl', 'bibtex', 'ris']) {
  const code = await cli.main(['node', 'pr2meta', 'fixtures/example-release.md', '--format', format, '--quiet'], { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: {} });
  if (code !== 0) throw new Error('Warm-up with --format ' + format + ' exited ' + code + ', expected 0');
}
// The lazy chunks a JSON run can reach: the HTML parser, YAML front matter.
for (const file of ['fixtures/release/page.html', 'fixtures/release/front-matter.md']) {
  const code = await cli.main(['node', 'pr2meta', file, '--format', 'json', '--quiet'], { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: {} });
  if (code > 1) throw new Error('Warm-up on ' + file + ' exited ' + code + ', expected 0 or 1');
}
cli.saveCache();`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', warm], { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) throw new Error(`The code-cache warm-up exited ${r.status}, expected 0`);
