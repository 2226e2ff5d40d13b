#!/usr/bin/env node
// CommonJS (see bin/package.json): a run then never starts Node's ES module loader.
'use strict';
const { join } = require('node:path');
const { loadCli } = require('../dist/bundle/boot.cjs');

// Ctrl-C asks main to stop after the current input and clean up; a second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
// `pr2meta --help | head -1`: a reader that stops early is not a crash.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});
const io = {
  // Standard input is opened only when it is read: most runs name their files.
  get stdin() { return process.stdin; },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal,
  // V8's flags follow the size of the run (src/cli/v8-tuning.ts).
  tuneV8: true,
};
loadCli(join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'))
  .main(process.argv, io)
  .then((code) => { process.exitCode = code; });
