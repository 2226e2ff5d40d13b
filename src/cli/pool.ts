/**
 * Where jobs run: in this thread (`--jobs 1`), or spread over a tinypool of worker threads,
 * loaded only when there is more than one job.
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
export const AHEAD_PER_WORKER = 4;

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

/** A runner for `jobs` jobs: this thread for one (or without a worker entry), else a pool of worker threads. */
export async function jobRunner(jobs: number): Promise<JobRunner> {
  const entry = jobs > 1 ? workerEntry() : null;
  if (!entry) return local;
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: entry.href, minThreads: jobs, maxThreads: jobs, isolateWorkers: false, resourceLimits: WORKER_LIMITS });
  return {
    workers: jobs,
    run: async (task) => {
      try {
        return (await pool.run(task)) as JobResult;
      } catch (error) {
        // A worker that died (out of memory, killed): the input fails, the run goes on.
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    close: async () => {
      pool.cancelPendingTasks();
      await pool.destroy();
    },
  };
}
