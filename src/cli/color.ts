/**
 * Colour decisions: on for a TTY, off with `NO_COLOR`, on with `FORCE_COLOR`; chalk instances per stream.
 * @packageDocumentation
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliWritable } from './io.js';

/** What the user asked for on the command line: `--color`, `--no-color`, or nothing. */
export type ColorFlag = boolean | undefined;

/**
 * Decides whether to colour `stream`: the command-line flag wins, then `FORCE_COLOR`
 * (as Node does, it overrides `NO_COLOR`; `0` or `false` turn colour off), then `NO_COLOR`
 * (any non-empty value), then whether the stream is a TTY.
 */
export function wantsColor(stream: CliWritable, env: Record<string, string | undefined>, flag?: ColorFlag): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  const no = env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** A chalk instance that colours only when {@link wantsColor} says so. */
export function chalkFor(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
