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
 * optimisation back on before its first conversion ({@link tuneForInputs}). The library API
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
 * Turns V8's regular-expression optimisation back on for a run of `inputs` inputs, when it is a
 * batch ({@link BATCH_INPUTS} or more); returns whether it did. The flag is process-wide, so the
 * worker threads a batch starts afterwards compile with it too. Turning it on is V8's default,
 * so a process that never set {@link FEW_INPUTS_FLAGS} (the library API, the tests) is unchanged.
 */
export function tuneForInputs(inputs: number): boolean {
  if (inputs < BATCH_INPUTS) return false;
  setFlagsFromString('--regexp-optimization');
  return true;
}
