#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/ (ESM, code-split so that modules reached
// only by some formats or inputs load lazily). The library API stays in dist/ from tsc.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start from an empty folder so no stale chunk stays behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  // `worker` is the worker-thread entry of --jobs, found next to the chunks via import.meta.url.
  entryPoints: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  // tinypool finds its own thread entry relative to its files: load it from node_modules.
  external: ['tinypool'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  banner: {
    // commander and a few CommonJS dependencies call require(); ESM bundles need it defined.
    js: "import { createRequire as __pr2metaCreateRequire } from 'node:module'; const require = __pr2metaCreateRequire(import.meta.url);",
  },
});
