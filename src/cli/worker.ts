/**
 * The worker-thread entry of `--jobs`: takes batches of {@link JobTask}s from the pool, reads
 * and converts them one at a time, in order, and posts their {@link JobResult}s back in batches.
 * @packageDocumentation
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobResult, type JobTask } from './job.js';
import { REPLY_BATCH, type PoolWorkerData } from './pool.js';

export type { JobTask, JobResult } from './job.js';

/** The end of a message channel this worker is served on. */
export interface TaskPort {
  on(event: 'message', listener: (tasks: JobTask[]) => void): unknown;
  postMessage(value: unknown): void;
}

/**
 * Says it is ready on `port` (an empty batch of results), then converts the tasks that come
 * in, one at a time and in order, and sends their results back {@link REPLY_BATCH} at a time (the rest as soon as no task waits); `finished`
 * counts the tasks done, so the pool knows which one a dying worker was on.
 */
export function serve(port: TaskPort, finished?: Int32Array): void {
  let queue: JobTask[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    running = true;
    let out: JobResult[] = [];
    while (queue.length) {
      const tasks = queue;
      queue = [];
      for (let i = 0; i < tasks.length; i++) {
        out.push(await runJob(tasks[i]!));
        if (finished) Atomics.add(finished, 0, 1);
        if (out.length >= REPLY_BATCH || (i === tasks.length - 1 && !queue.length)) {
          port.postMessage(out);
          out = [];
        }
      }
    }
    running = false;
  };
  port.on('message', (tasks) => {
    queue.push(...tasks);
    if (!running) void drain();
  });
  // Loaded and listening: the pool may send tasks.
  port.postMessage([]);
}

const data = workerData as Partial<PoolWorkerData> | null;
if (parentPort && data?.pr2metaPool === 1) serve(parentPort, data.finished);

/** Converts and emits one input (the job a worker runs per task). */
export default runJob;
