/**
 * The worker-thread entry of `--jobs`: tinypool calls the default export with a batch of
 * {@link JobTask}s, which it reads, converts and emits one at a time, in order.
 * @packageDocumentation
 */
import { runJob, type JobResult, type JobTask } from './job.js';

export type { JobTask, JobResult } from './job.js';

/** Runs a batch of jobs in order and gives back their results, in the same order. */
export default async function runJobs(tasks: readonly JobTask[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const task of tasks) results.push(await runJob(task));
  return results;
}
