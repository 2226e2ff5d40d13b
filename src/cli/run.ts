/**
 * The conversion run: inputs in order, each read, converted, emitted and written as soon as
 * it is ready, its problems reported on stderr; nothing of a finished input is kept.
 * @packageDocumentation
 */
import { realpath } from './fs-async.js';
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { VFile } from 'vfile';
import type { OutputFormat } from '../emit/index.js';
import { reportStylish, stripControl } from '../report/stylish.js';
import type { InputFormat } from '../types.js';
import { chalkFor, wantsColor } from './color.js';
import { framer, OUT_EXTENSIONS, type FrameMode } from './frame.js';
import { expandInputs, type Input } from './inputs.js';
import type { CliIO, CliWritable } from './io.js';
import { OutDir, OutputError, SinkError, StreamSink } from './output.js';
import { Progress } from './progress.js';
import { readInput } from './read.js';
import { fileWithMessages, type JobResult, type SerializedMessage } from './job.js';
import { defaultJobs, jobRunner, AHEAD_PER_WORKER } from './pool.js';
import { tuneForRun } from './v8-tuning.js';

/** The exit code after Ctrl-C, as shells report a SIGINT death (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** The options of a conversion run, as parsed from the command line. */
export interface RunOptions {
  format: OutputFormat;
  inputFormat?: InputFormat;
  outDir?: string;
  force?: boolean;
  html?: boolean;
  provenance?: boolean;
  quiet?: boolean;
  debug?: boolean;
  /** `--color` / `--no-color`; undefined lets the environment and the TTY decide. */
  color?: boolean;
  /** `--no-progress` turns the bar off. */
  progress?: boolean;
  /** `--jobs N`: inputs converted at once (worker threads when above 1); default by input count. */
  jobs?: number;
}

/** One input on its way: the job reading and converting it (or why it cannot be read). */
interface Pending {
  input: Input;
  job: Promise<JobResult> | JobResult;
}

/** How long the one-thread batch converts before it lets the event loop run (Ctrl-C, say). */
const YIELD_EVERY_MS = 20;

/** Resolves after the event loop has run once (signals, I/O callbacks). */
const turn = (): Promise<void> => new Promise((done) => setImmediate(done));

/** The name an input is shown under in messages. */
export const displayName = (input: Input): string => (input.kind === 'stdin' ? '<stdin>' : input.path);

/** Writes diagnostics to stderr, stepping around the progress bar; a closed stderr is ignored. */
class Diagnostics {
  constructor(
    private readonly stream: CliWritable,
    private readonly chalk: ChalkInstance,
    private readonly progress: Progress,
  ) {
    stream.on('error', () => {});
  }

  /** Writes text as is (already stripped of release control characters). */
  raw(text: string): void {
    if (!text) return;
    this.progress.clear();
    this.stream.write(text);
    this.progress.resume();
  }

  /** One line `pr2meta: PATH: REASON` for an input that failed. */
  failed(path: string, reason: string): void {
    this.raw(`${this.chalk.red('pr2meta:')} ${this.chalk.bold(stripControl(path))}: ${stripControl(reason)}\n`);
  }
}

/**
 * Strips control characters from every text a message carries (vfile-reporter prints
 * `message.message`, not only `reason`), so a release cannot recolour or retitle the terminal.
 */
export function sanitizeMessages(file: VFile): void {
  for (const m of file.messages) {
    m.reason = stripControl(m.reason);
    m.message = stripControl(m.message);
    if (typeof m.stack === 'string' && m.stack) m.stack = stripControl(m.stack);
    if (m.ruleId) m.ruleId = stripControl(m.ruleId);
    if (m.note) m.note = stripControl(m.note);
    if (m.actual) m.actual = stripControl(m.actual);
    if (m.expected) m.expected = m.expected.map(stripControl);
  }
  if (file.path) file.path = stripControl(file.path);
}

/** Decides how records are laid out: one named file or stdin keeps today's single shape. */
function frameMode(args: readonly string[], inputs: readonly Input[], outDir: string | undefined): FrameMode {
  if (outDir !== undefined) return 'files';
  const only = inputs[0];
  if (inputs.length === 1 && args.length <= 1 && only && (args.length === 0 || only.path === args[0])) return 'single';
  return 'many';
}

/** The resolved and real paths of the file inputs, which `--out-dir` must never write over. */
async function inputPaths(inputs: readonly Input[], cwd: string): Promise<Set<string>> {
  const set = new Set<string>();
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const abs = resolve(cwd, input.path);
    set.add(abs);
    const real = await realpath(abs).catch(() => null);
    if (real) set.add(real);
  }
  return set;
}

/**
 * Converts `args` (files, folders, globs, `-`) with `options`, streaming each record to stdout
 * or `--out-dir`, and returns the exit code: 0 done, 1 a failed input or an error-level finding,
 * 2 a crash, 130 interrupted; 0 too when the reader of stdout went away (`| head -1`).
 */
export async function runConvert(args: readonly string[], options: RunOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const inputs = await expandInputs(args, cwd);
  const mode = frameMode(args, inputs, options.outDir);
  const chalk = chalkFor(wantsColor(io.stderr, io.env, options.color));
  const progress = new Progress(io.stderr, inputs.length, options.progress !== false && Progress.wanted(io.stderr, inputs.length));
  const diag = new Diagnostics(io.stderr, chalk, progress);
  const sink = new StreamSink(io.stdout);
  const frame = framer(options.format, mode, { html: options.html, provenance: options.provenance });
  const stopped = (): boolean => io.signal?.aborted === true || sink.closed;

  let outDir: OutDir | undefined;
  if (options.outDir !== undefined) {
    outDir = new OutDir(options.outDir, { force: options.force, inputs: await inputPaths(inputs, cwd), cwd });
    try {
      await outDir.open();
    } catch (error) {
      diag.failed(options.outDir, error instanceof Error ? error.message : String(error));
      return 2;
    }
  }

  // A second Ctrl-C exits the process at once: still take the temporary files away.
  if (outDir) process.once('exit', outDir.cleanupSync);
  let failed = false;
  let finding = false;
  let crashed = false;
  // Never more workers than inputs: each worker pays its own start-up.
  const runner = await jobRunner(Math.min(options.jobs ?? defaultJobs(inputs.length), Math.max(1, inputs.length)), undefined, undefined, inputs.length);
  // V8's flags for the size of the run (see v8-tuning.ts), set before the first conversion; the
  // workers have only started loading, so they compile with them too.
  if (io.tuneV8 === true) tuneForRun(inputs.length, runner.workers);
  // Jobs submitted ahead of the one being written: output stays in input order, memory bounded.
  const window = runner.workers === 1 ? 1 : runner.workers * AHEAD_PER_WORKER;
  const queue: Pending[] = [];

  /** Writes (or reports) the oldest input once its job is done. */
  const finish = async (item: Pending): Promise<void> => {
    const { input } = item;
    const name = displayName(input);
    const result = await item.job;
    if ('unread' in result) {
      failed = true;
      diag.failed(name, result.unread);
      progress.tick();
      return;
    }
    if (stopped()) return;
    if (!result.ok) {
      crashed = true;
      diag.failed(name, `Internal error: ${result.error}`);
      if (options.debug && result.stack) diag.raw(stripControl(result.stack) + '\n');
      progress.tick();
      return;
    }
    try {
      await deliver(input, result.emitted, result.messages);
    } catch (error) {
      if (error instanceof SinkError) throw error;
      crashed = true;
      diag.failed(name, `Internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (options.debug && error instanceof Error && error.stack) diag.raw(stripControl(error.stack) + '\n');
    }
    progress.tick();
  };

  /** Frames and writes one emitted record, then reports its messages. */
  const deliver = async (input: Input, emitted: string, messages: readonly SerializedMessage[]): Promise<void> => {
    const name = displayName(input);
    const text = frame.wrap(emitted);
    if (outDir) {
      const out = outDir.nameFor(input.path, OUT_EXTENSIONS[options.format]);
      try {
        await outDir.write(out, text);
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        failed = true;
        diag.failed(name, error.message);
      }
    } else {
      // Records to the same terminal as the bar: take the bar away so lines stay whole.
      if (io.stdout.isTTY === true) progress.clear();
      await sink.write(text);
    }
    if (!messages.length) return;
    const file = fileWithMessages(input.kind === 'file' ? input.path : undefined, messages);
    if (file.messages.some((m) => m.fatal === true)) finding = true;
    sanitizeMessages(file);
    diag.raw(reportStylish([file], { quiet: options.quiet, color: chalk.level > 0 }));
  };

  try {
    if (!outDir) await sink.write(frame.head());
    const how = {
      ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
      format: options.format,
      html: options.html,
      provenance: options.provenance,
    };
    // Date.now, not performance.now: the global `performance` loads node:perf_hooks on first use,
    // a cost of every single-file run, and a 20 ms turn needs no finer clock.
    let yielded = Date.now();
    for (const input of inputs) {
      if (stopped()) break;
      let job: Pending['job'];
      if (input.kind === 'error') job = { ok: false, unread: input.reason };
      else if (input.kind === 'file') job = runner.run({ file: resolve(cwd, input.path), path: input.path, ...how });
      else {
        // Standard input is read here; a file is read where it is converted.
        const read = await readInput(input, io.stdin, cwd);
        if (stopped()) break;
        job = read.ok ? runner.run({ text: read.text, ...(read.encodingNote ? { encodingNote: read.encodingNote } : {}), ...how }) : { ok: false, unread: read.reason };
      }
      queue.push({ input, job });
      // A full window: write the oldest records until a whole batch of jobs can go out at once
      // (refilled one job at a time, each task of the pool would carry a single input).
      if (queue.length >= window) while (queue.length > window - runner.batch && !stopped()) await finish(queue.shift()!);
      // Files read at once leave the event loop no turn of its own: give it one now and then.
      if (Date.now() - yielded >= YIELD_EVERY_MS) {
        await turn();
        yielded = Date.now();
      }
    }
    while (queue.length && !stopped()) await finish(queue.shift()!);
    if (!outDir && !sink.closed) await sink.write(frame.tail());
  } catch (error) {
    if (!(error instanceof SinkError)) throw error;
    diag.raw(`${chalk.red('pr2meta:')} ${error.message}\n`);
    return 2;
  } finally {
    await runner.close();
    progress.finish();
    if (outDir) {
      await outDir.cleanup();
      process.off('exit', outDir.cleanupSync);
    }
    sink.release();
  }
  if (sink.closed) return 0;
  if (io.signal?.aborted) {
    diag.raw(`${chalk.red('pr2meta:')} interrupted\n`);
    return EXIT_INTERRUPTED;
  }
  return crashed ? 2 : failed || finding ? 1 : 0;
}
