/**
 * Where jobs run: in this thread (`--jobs 1`), or in this thread and a tinypool of worker
 * threads that read and convert the files themselves and send back the emitted text.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runJob, type JobResult, type JobTask } from './job.js';

/** From this many inputs on, `--jobs` defaults to the machine's cores. */
export const MANY_INPUTS = 20;
/** The default never starts more workers than this, however many cores there are. */
export const MAX_DEFAULT_JOBS = 4;
/**
 * Heap limits of each worker: a 1 MB hostile release needs under 96 MB; a smaller young
 * generation keeps the resident memory of several workers low (V8's default lets each grow).
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 12 } as const;

/** Jobs per worker submitted ahead of the one being written, bounding memory. */
export const AHEAD_PER_WORKER = 64;

/** Runs jobs somewhere; `close` frees the workers. */
export interface JobRunner {
  /** How many jobs run at once: this thread and its workers. */
  readonly workers: number;
  /**
   * How many jobs go to a worker as one task: a caller that keeps a window of jobs submitted
   * ahead refills it this many at a time, so that the tasks stay whole batches.
   */
  readonly batch: number;
  run(task: JobTask): Promise<JobResult>;
  close(): Promise<void>;
}

/**
 * The number of jobs for `inputs` inputs when `--jobs` is not given: 1 for few; for many, one
 * per core but one (at most 4). The core left over is not idle: a single conversion thread
 * already keeps about 40% of a second core busy with V8's garbage collection and compilation.
 * On the 2-core machine the bench runs on, 2 jobs take about 0.8 of the time of 1 for about
 * 5% more CPU and 30 MB more memory (scripts/bench.mjs), so the default there stays 1.
 */
export function defaultJobs(inputs: number, cores: number = availableParallelism()): number {
  return inputs >= MANY_INPUTS ? Math.max(1, Math.min(cores - 1, MAX_DEFAULT_JOBS)) : 1;
}

/** Reads a `--jobs` value: a whole number from 1 to 256, or null. */
export function parseJobs(value: string): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= 1 && n <= 256 ? n : null;
}

/** Runs every job in this thread, one at a time. */
const local: JobRunner = { workers: 1, batch: 1, run: runJob, close: async () => {} };

/**
 * The worker entry next to this module: `worker.js` beside the bundle's chunks, or
 * `dist/cli/worker.js` beside `dist/cli/pool.js`; null when there is none (sources run directly).
 */
export function workerEntry(base: string = import.meta.url): URL | null {
  const url = new URL('./worker.js', base);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Inputs sent to a worker as one pool task, at most: the pool's cost per task (a message each
 * way, a wake-up of this thread) is paid once per batch. A run with fewer inputs gets smaller
 * batches, so that each worker still has several.
 */
export const MAX_BATCH = 32;

/** The batch size for `inputs` inputs over `threads` workers: four batches per worker, 1 to {@link MAX_BATCH}. */
export function batchSize(inputs: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(inputs / (threads * 4))));
}

/**
 * How many jobs the batch being filled may hold, with `left` jobs still to come over `threads`
 * threads: {@link batchSize}'s `size`, but near the end of a run no more than a share of what is
 * left, so that no thread sits idle while another runs a long last batch.
 */
export function batchLimit(size: number, left: number, threads: number): number {
  return Math.max(1, Math.min(size, Math.ceil(left / (threads * 2))));
}

/** A task on its way, and how to hand back its result. */
interface Sent {
  task: JobTask;
  resolve: (result: JobResult) => void;
}

/**
 * Batches each worker holds at once: the one it runs and the next, so that a worker that
 * finishes a batch starts the next at once, without waiting for this thread (busy with a
 * release of its own) to send it.
 */
export const BATCHES_PER_WORKER = 2;

/** Runs one job in this thread. */
export type RunHere = (task: JobTask) => Promise<JobResult>;

/**
 * A runner for `jobs` jobs: this thread alone for one (or without a worker entry); else this
 * thread and `jobs - 1` worker threads of a tinypool, never more threads than cores.
 *
 * This thread takes a share because it is warm: it loaded the bundle from its code cache and
 * V8 has already compiled the code it runs, where each worker thread starts cold and compiles
 * everything again on the same cores. A job goes to the workers, in batches
 * ({@link batchSize}), while they hold fewer than {@link BATCHES_PER_WORKER} each, and
 * otherwise runs here; so the workers are never idle and this thread takes what they cannot.
 * The workers read and convert the files themselves and send back the emitted text. A worker
 * that dies (out of memory, killed) on a batch fails nothing yet: each input of that batch runs
 * again alone, so only the one that kills a worker fails.
 */
export async function jobRunner(
  jobs: number,
  cores: number = availableParallelism(),
  entry: URL | null = workerEntry(),
  inputs: number = Number.POSITIVE_INFINITY,
  here: RunHere = runJob,
): Promise<JobRunner> {
  const threads = Math.min(jobs, Math.max(1, cores));
  if (threads < 2 || !entry) return here === runJob ? local : { ...local, run: here };
  const { Tinypool } = await import('tinypool');
  const workers = threads - 1;
  // One batch per worker at a time: with more, tinypool 2 can throw on the results of a batch
  // that was on a worker as it died. The second batch of each waits in tinypool's queue.
  const pool = new Tinypool({ filename: entry.href, minThreads: workers, maxThreads: workers, isolateWorkers: false, resourceLimits: WORKER_LIMITS });
  const size = batchSize(inputs, threads);
  const capacity = workers * BATCHES_PER_WORKER;
  let closed = false;
  let batch: Sent[] = [];
  let sentBatches = 0;
  // Jobs asked for so far: towards the end of the run, batches shrink (see `run`).
  let asked = 0;
  const mine: Sent[] = [];
  let draining = false;
  // The inputs of a batch whose worker died run again one by one; a single input fails only after
  // its third try (a pool may lose a worker for reasons of its own).
  const submit = (sent: Sent[], tries = 0): void => {
    sentBatches++;
    pool.run(sent.map((s) => s.task)).then(
      (results: JobResult[]) => {
        sentBatches--;
        sent.forEach((s, i) => s.resolve(results[i] ?? { ok: false, error: 'Missing result from worker' }));
      },
      (error: unknown) => {
        sentBatches--;
        if (closed) return;
        if (sent.length > 1) for (const s of sent) submit([s]);
        else if (tries < 2) submit(sent, tries + 1);
        else sent[0]?.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  const flush = (): void => {
    if (!batch.length) return;
    const sent = batch;
    batch = [];
    submit(sent);
  };
  /** Runs this thread's share in order, giving the pool's messages a turn after each job. */
  const drain = async (): Promise<void> => {
    draining = true;
    try {
      for (let next = mine.shift(); next && !closed; next = mine.shift()) {
        // runJob returns its crashes; a runner given another function gets the same.
        next.resolve(await here(next.task).catch((error: unknown): JobResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) })));
        // A worker's finished batch is a message: without a turn, it waits for the whole share.
        if (mine.length) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      draining = false;
    }
  };
  return {
    workers: threads,
    batch: size,
    run: (task) =>
      new Promise<JobResult>((resolve) => {
        const sent = { task, resolve };
        asked++;
        if (batch.length || sentBatches < capacity) {
          batch.push(sent);
          // A full batch goes at once (smaller near the end: batchLimit); a partial one when the
          // submitting loop next waits.
          if (batch.length >= batchLimit(size, inputs - asked, threads)) flush();
          else if (batch.length === 1) queueMicrotask(flush);
        } else {
          mine.push(sent);
          if (!draining) void drain();
        }
      }),
    close: async () => {
      closed = true;
      mine.length = 0;
      pool.cancelPendingTasks();
      await pool.destroy();
    },
  };
}
