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
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { unicodeClasses } from './unicode-classes.mjs';

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

const common = {
  plugins: [lazyChildProcess, unicodeClasses],
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

await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  banner: {
    // commander and a few CommonJS dependencies call require(); ESM bundles need it defined.
    js: "import { createRequire as __pr2metaCreateRequire } from 'node:module'; const require = __pr2metaCreateRequire(import.meta.url);",
  },
});

// In the CommonJS bundle, import('tinypool') goes through the loader's __pr2metaImport (see
// src/boot.ts): a script compiled from a code cache cannot run import() itself on Node 20.
const hostImport = {
  name: 'host-import',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]pool\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      if (!text.includes("import('tinypool')")) throw new Error(`Missing import('tinypool') in ${args.path}, expected the pool's one external import`);
      return { contents: text.replace("import('tinypool')", "__pr2metaImport('tinypool')"), loader: 'ts' };
    });
  },
};

/** A CommonJS build into dist/bundle/*.cjs; import.meta.url (how the worker entry is found) becomes __filename's URL. */
const commonjs = {
  ...common,
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__pr2metaUrl' },
  banner: { js: "const __pr2metaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...commonjs, plugins: [hostImport, ...common.plugins], entryPoints: { cli: 'src/cli.ts' } });

// The loader bin/pr2meta.js requires: CommonJS too, so that a run never starts Node's ES module
// loader (a few milliseconds of every single-file run).
await build({ ...commonjs, entryPoints: { boot: 'src/boot.ts' } });

// Warm-up: convert the bundled example to every format once in one process, so the cache
// holds the bytecode of what a run compiles (the extractors, the emitters, citation-js).
const warm = `import { loadCli } from './dist/boot.js';
const cli = loadCli();
const sink = new (await import('node:stream')).Writable({ write(chunk, encoding, done) { done(); } });
for (const format of ['json', 'jsonld', 'csl', 'bibtex', 'ris']) {
  const code = await cli.main(['node', 'pr2meta', 'fixtures/example-release.md', '--format', format, '--quiet'], { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: {} });
  if (code !== 0) throw new Error('Warm-up with --format ' + format + ' exited ' + code + ', expected 0');
}
cli.saveCache();`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', warm], { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) throw new Error(`The code-cache warm-up exited ${r.status}, expected 0`);
