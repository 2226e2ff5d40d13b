import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { WorkerPool, jobRunner } from '../src/cli/pool.js';
import type { JobResult } from '../src/cli/job.js';

const fake = new URL('./support/fake-pool-worker.mjs', import.meta.url);
const broken = new URL('./support/fake-pool-worker-broken.mjs', import.meta.url);

/** What each result says, in the order of the tasks. */
const said = (results: JobResult[]): string[] => results.map((r) => (r.ok ? r.emitted.trim() : 'error' in r ? `error: ${r.error}` : `unread: ${r.unread}`));

describe('the worker pool', () => {
  it('answers every task, each with its own result, whichever worker ran it', async () => {
    const pool = new WorkerPool(Worker, fake, 2);
    const paths = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    expect(said(results)).toEqual(paths);
  });

  it('a worker that dies fails only the task it was on; the others run on a new worker', async () => {
    const pool = new WorkerPool(Worker, fake, 2);
    const paths = Array.from({ length: 30 }, (_, i) => (i === 13 ? 'crash' : `p${i}`));
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    expect(said(results)).toEqual(paths.map((p) => (p === 'crash' ? 'error: worker blew up' : p)));
  });

  it('when no worker can load, this thread converts the tasks itself', async () => {
    const pool = new WorkerPool(Worker, broken, 2);
    const results = await Promise.all([1, 2, 3].map((i) => pool.run({ text: `# Headline ${i}\n\nSome text.\n`, path: `r${i}.md`, format: 'ndjson' })));
    await pool.close();
    expect(results.map((r) => r.ok && (JSON.parse(r.emitted) as { release: { headline: string } }).release.headline)).toEqual(['Headline 1', 'Headline 2', 'Headline 3']);
  });

  it('never starts more threads than cores: one core runs in this thread', async () => {
    expect((await jobRunner(4, 1)).workers).toBe(1);
  });
});
