#!/usr/bin/env node
import { main } from '../dist/bundle/cli.js';

// Ctrl-C asks main to stop after the current input and clean up; a second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
process.exitCode = await main(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, signal: interrupt.signal });
