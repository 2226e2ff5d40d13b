/**
 * The V8 settings pr2meta's bin runs under: one set for a run of a few releases, where compiling
 * code dominates, another for a batch, where running it does.
 *
 * A release runs about 450 regular expressions, a few times each. For a single-file run, the
 * time to compile them is most of the conversion: V8's default first interprets each one, then
 * compiles it again to machine code on its second run, and its optimisation passes (quick checks,
 * Boyer-Moore look-ahead) pay off only over many runs. Over a batch of thousands of releases the
 * same passes make extraction about a quarter faster. So the bin starts with
 * {@link FEW_INPUTS_FLAGS}, and a run of {@link BATCH_INPUTS} inputs or more turns the
 * optimisation back on before its first conversion ({@link tuneForRun}). The library API
 * (`dist/`) never changes V8's flags.
 * @packageDocumentation
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The flags the bin sets before it loads the bundle: compile each regular expression once,
 * straight to machine code, without the optimisation passes. The build's code-cache warm-up
 * sets the same, since V8 checks a cache against the flags it was made under.
 */
export const FEW_INPUTS_FLAGS = '--no-regexp-tier-up --no-regexp-optimization';

/**
 * From this many inputs on, a run compiles its regular expressions with V8's optimisation
 * passes: the passes cost about 30 µs more per expression once (about 13 ms a process) and save
 * about 0.7 ms per release on the bench's generated set, so they pay for themselves after
 * about 20 releases. The same threshold picks worker threads by default (`MANY_INPUTS`).
 */
export const BATCH_INPUTS = 20;

/**
 * The flags {@link tuneForRun} sets for a run of `inputs` inputs over `workers` threads:
 * - `--regexp-optimization` for a batch ({@link BATCH_INPUTS} or more), V8's default again;
 * - `--no-turbo-inlining` when there are worker threads. Each worker warms up V8's optimising
 *   compiler on its own, and on a machine with as many workers as cores, those compile jobs run
 *   on the cores the workers need. Without inlining they cost about 10% less CPU: 2 workers
 *   over the bench's 2,000 releases took 3.4 s instead of 3.7 s. Over 10,000 releases the
 *   difference is gone (13.5 s both ways); a single thread, whose compile jobs take the core it
 *   leaves idle, is about 5% faster with inlining, so it keeps it.
 */
export function flagsForRun(inputs: number, workers: number): string[] {
  const flags: string[] = [];
  if (inputs >= BATCH_INPUTS) flags.push('--regexp-optimization');
  if (workers > 1) flags.push('--no-turbo-inlining');
  return flags;
}

/**
 * Sets the flags {@link flagsForRun} gives for a run, before its first conversion, and returns
 * them. They are process-wide, so the worker threads compile with them too. Only the bin calls
 * this (`CliIO.tuneV8`): a program that embeds pr2meta keeps the flags it chose.
 */
export function tuneForRun(inputs: number, workers: number): string[] {
  const flags = flagsForRun(inputs, workers);
  if (flags.length) setFlagsFromString(flags.join(' '));
  return flags;
}
