#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8 first interprets each regular expression, then compiles it again to machine code on its
// second run. A release runs hundreds of expressions a few times each, so compiling them once,
// directly, halves the cold start (measured by scripts/bench.mjs). Set before any is created.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/bundle/cli.js');

// Ctrl-C asks main to stop after the current input and clean up; a second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
process.exitCode = await main(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, signal: interrupt.signal });
