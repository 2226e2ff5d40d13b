/**
 * The worker-thread entry of `--jobs`: tinypool calls the default export with one
 * {@link JobTask} and posts its {@link JobResult} back.
 * @packageDocumentation
 */
import { runJob } from './job.js';

export type { JobTask, JobResult } from './job.js';

/** Converts and emits one input inside a worker. */
export default runJob;
