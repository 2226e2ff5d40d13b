/**
 * Where jobs run: in this thread (`--jobs 1`), or spread over worker threads that read and
 * convert the files themselves and send back the emitted text.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
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

/**
 * Tasks a worker holds at most (being converted or waiting in its port): enough that it never
 * waits for the main thread between two inputs.
 */
export const WORKER_QUEUE = 8;
/** A worker is sent more tasks, in one message, once it holds this many or fewer. */
export const WORKER_REFILL = 4;
/**
 * Results a worker sends back in one message (fewer when it runs out of tasks): each message
 * wakes the main thread, which on a busy machine takes a core from a worker.
 */
export const REPLY_BATCH = 4;

/** What the worker entry is started with: the pool's mark and where it counts finished tasks. */
export interface PoolWorkerData {
  pr2metaPool: 1;
  /** One Int32 over a SharedArrayBuffer: the tasks this worker has finished so far. */
  finished: Int32Array;
}

/** Runs jobs somewhere; `close` frees the workers. */
export interface JobRunner {
  /** How many jobs run at once. */
  readonly workers: number;
  run(task: JobTask): Promise<JobResult>;
  close(): Promise<void>;
}

/** The number of jobs for `inputs` inputs when `--jobs` is not given: 1 for few, the cores (at most 4) for many. */
export function defaultJobs(inputs: number, cores: number = availableParallelism()): number {
  return inputs >= MANY_INPUTS ? Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS)) : 1;
}

/** Reads a `--jobs` value: a whole number from 1 to 256, or null. */
export function parseJobs(value: string): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= 1 && n <= 256 ? n : null;
}

/** Runs every job in this thread, one at a time. */
const local: JobRunner = { workers: 1, run: runJob, close: async () => {} };

/**
 * The worker entry next to this module: `worker.js` beside the bundle's chunks, or
 * `dist/cli/worker.js` beside `dist/cli/pool.js`; null when there is none (sources run directly).
 */
export function workerEntry(base: string = import.meta.url): URL | null {
  const url = new URL('./worker.js', base);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** A task on its way, and how to hand back its result. */
interface Sent {
  task: JobTask;
  resolve: (result: JobResult) => void;
}

/** One worker thread and the tasks sent to it, oldest first (it answers in that order). */
interface Thread {
  worker: Worker;
  /** True once it has loaded and said so: tasks go only to a ready worker. */
  ready: boolean;
  inflight: Sent[];
  /** Results received from it. */
  received: number;
  /** Tasks it has finished, results sent or not (written by the worker). */
  finished: Int32Array;
  error?: Error;
}

/**
 * `jobs` worker threads. A worker is sent tasks in batches once it has loaded, reads and
 * converts them itself and answers with batches of results, in order; this thread only hands
 * out tasks and takes results. A worker that dies (out of memory, killed) fails the task it was
 * on; its other tasks go to a new worker. Should a worker die before it has even loaded, no
 * new one is started, and when none is left this thread converts the rest itself.
 */
export class WorkerPool implements JobRunner {
  private readonly threads: Thread[] = [];
  private pending: Sent[] = [];
  private scheduled = false;
  private converting = false;
  private closed = false;
  /** Set when a worker died before it was ready: no new worker is started after that. */
  private broken = false;

  /** Starts `workers` threads of `entry` (the worker module of the bundle or of dist/). */
  constructor(
    private readonly WorkerClass: typeof Worker,
    private readonly entry: URL,
    readonly workers: number,
  ) {
    for (let i = 0; i < workers; i++) this.spawn();
  }

  run(task: JobTask): Promise<JobResult> {
    return new Promise((resolve) => {
      this.pending.push({ task, resolve });
      this.schedule();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pending = [];
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  /** Hands out pending tasks once the current burst of submissions is over, so they go in batches. */
  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Tops up every ready worker that runs low with one message of tasks (converts one here when no worker is left). */
  private pump(): void {
    if (this.closed) return;
    while (!this.broken && this.threads.length < this.workers && this.pending.length) this.spawn();
    for (const thread of this.threads) {
      if (!this.pending.length) break;
      if (!thread.ready || thread.inflight.length > WORKER_REFILL) continue;
      const batch = this.pending.splice(0, WORKER_QUEUE - thread.inflight.length);
      thread.inflight.push(...batch);
      thread.worker.postMessage(batch.map((s) => s.task));
    }
    if (this.threads.length || this.converting || !this.pending.length) return;
    const sent = this.pending.shift()!;
    this.converting = true;
    void runJob(sent.task).then((result) => {
      sent.resolve(result);
      // Let the event loop in (Ctrl-C) before the next one.
      setImmediate(() => {
        this.converting = false;
        this.pump();
      });
    });
  }

  private spawn(): void {
    const finished = new Int32Array(new SharedArrayBuffer(4));
    const workerData: PoolWorkerData = { pr2metaPool: 1, finished };
    const worker = new this.WorkerClass(this.entry, { workerData, resourceLimits: WORKER_LIMITS });
    const thread: Thread = { worker, ready: false, inflight: [], received: 0, finished };
    worker.on('message', (results: JobResult[]) => {
      // The first (empty) message says the worker has loaded.
      thread.ready = true;
      thread.received += results.length;
      for (const result of results) thread.inflight.shift()?.resolve(result);
      this.schedule();
    });
    worker.on('error', (error: Error) => {
      thread.error ??= error;
    });
    worker.on('exit', (code: number) => this.died(thread, code));
    this.threads.push(thread);
  }

  /**
   * A worker stopped: the task it was on fails; the others, and those it finished without
   * sending the results, go back to the front of the queue.
   */
  private died(thread: Thread, code: number): void {
    const at = this.threads.indexOf(thread);
    if (at >= 0) this.threads.splice(at, 1);
    if (this.closed) return;
    if (!thread.ready) this.broken = true;
    const unsent = Atomics.load(thread.finished, 0) - thread.received;
    const crashed = thread.inflight[unsent];
    this.pending.unshift(...thread.inflight.filter((s) => s !== crashed));
    thread.inflight = [];
    crashed?.resolve({ ok: false, error: thread.error?.message ?? `Worker stopped with exit code ${code}` });
    this.schedule();
  }
}

/**
 * A runner for `jobs` jobs: this thread for one (or without a worker entry), else a pool of
 * worker threads, never more than the cores.
 */
export async function jobRunner(jobs: number, cores: number = availableParallelism()): Promise<JobRunner> {
  const threads = Math.min(jobs, Math.max(1, cores));
  const entry = threads > 1 ? workerEntry() : null;
  if (!entry) return local;
  const { Worker } = await import('node:worker_threads');
  return new WorkerPool(Worker, entry, threads);
}
