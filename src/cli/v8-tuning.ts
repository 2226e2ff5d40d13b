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
 * straight to machine code, without the optimisation passes; and no baseline compiler
 * (Sparkplug), whose compiles a single run does not earn back. Callgrind, one run on the example:
 * 912–920 M instructions with the regular-expression flags alone, 901–906 M without Sparkplug
 * too (`node -e 0`: 500 M), and about 250 fewer page faults. (A young generation that grows
 * sixteenfold saved one scavenge, but its 120 extra pages cost more system calls and page faults
 * than the scavenge did, so V8's growth stays.) The build's code-cache warm-up sets the same,
 * since V8 checks a cache against the flags it was made under. A batch turns Sparkplug back on
 * ({@link flagsForRun}).
 */
export const FEW_INPUTS_FLAGS = '--no-regexp-tier-up --no-regexp-optimization --no-sparkplug';

/**
 * From this many inputs on, a run compiles its regular expressions with V8's optimisation
 * passes: the passes cost about 30 µs more per expression once (about 13 ms a process) and save
 * about 0.7 ms per release on the bench's generated set, so they pay for themselves after
 * about 20 releases. The same threshold picks worker threads by default (`MANY_INPUTS`).
 */
export const BATCH_INPUTS = 20;

/**
 * A cheaper optimising compiler, for runs whose threads share the cores with it. Each thread
 * warms up V8's optimising compiler on its own, and its compile jobs run on background threads:
 * one conversion thread keeps a second core busy about 40% of its time with them (1.5 s of
 * background CPU over the bench's 2,000 releases). With as many threads as cores, those jobs
 * take the cores the conversions need. So: no inlining, no loop peeling, no escape analysis
 * (TurboFan's costliest passes), and a budget of 400,000 bytecodes run before a function is
 * considered for optimisation (V8's default is about a third of that), so that only the
 * hottest functions are compiled at all. Over the bench's 2,000 releases with 2 threads:
 * - without inlining: 3.4 s instead of 3.7 s (previous session's measurement);
 * - and the other three: 2.92-3.09 s (5.2-5.5 s CPU) against 3.16-3.26 s (5.7-5.9 s CPU),
 *   four interleaved runs each.
 * A single thread, whose compile jobs take the core it leaves idle, is faster without them
 * (3.7 s against 4.2 s), so it keeps V8's defaults.
 */
export const SHARED_CORES_FLAGS = ['--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape', '--interrupt-budget=400000'] as const;

/**
 * How far V8 lets a batch's old generation grow past what survived its last full collection, in
 * percent. V8 picks a factor up to 4× by itself when collection looks cheap, and a batch keeps
 * little alive from one release to the next (the record goes out and the tree is dropped), so the
 * heap filled with dead releases: 198 MB peak RSS over the bench's 10,000 releases, at the
 * 200 MB target. Doubling at most gives 150–155 MB for the same time (17.5–17.7 s against
 * 17.1–17.7 s, three interleaved runs each); 60% gives 144 MB but costs a few per cent.
 */
export const BATCH_HEAP_GROWING_PERCENT = 100;

/**
 * The flags {@link tuneForRun} sets for a run of `inputs` inputs over `workers` threads:
 * - for a batch ({@link BATCH_INPUTS} or more), `--regexp-optimization` and `--sparkplug`
 *   (V8's defaults again), and an old generation that at most doubles
 *   ({@link BATCH_HEAP_GROWING_PERCENT});
 * - {@link SHARED_CORES_FLAGS} when jobs run in more than one thread.
 */
export function flagsForRun(inputs: number, workers: number): string[] {
  const flags: string[] = [];
  if (inputs >= BATCH_INPUTS) flags.push('--regexp-optimization', '--sparkplug', `--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  if (workers > 1) flags.push(...SHARED_CORES_FLAGS);
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
