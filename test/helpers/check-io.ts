/**
 * A fake CliIO for `runCheck` tests: captured stdout and stderr, a chosen environment.
 * @packageDocumentation
 */
import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli.js';

/** A CliIO whose output is collected into strings. */
export interface CapturedIO extends CliIO {
  out(): string;
  err(): string;
}

/** Makes a CliIO with captured output, standard input `stdin`, and environment `env` (no GITHUB_ACTIONS by default). */
export function captureIO(env: Record<string, string | undefined> = {}, stdin = ''): CapturedIO {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        add(String(chunk));
        cb();
      },
    });
  const input = new PassThrough();
  input.end(stdin);
  return {
    stdin: input,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env,
    out: () => out,
    err: () => err,
  };
}
