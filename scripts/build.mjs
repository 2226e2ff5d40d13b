#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/ (ESM, code-split so that modules reached
// only by some formats or inputs load lazily). The library API stays in dist/ from tsc.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts' },
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
