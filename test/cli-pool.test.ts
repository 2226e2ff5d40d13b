import { describe, expect, it } from 'vitest';
import { BATCHES_PER_WORKER, batchLimit, batchSize, jobRunner, MAX_BATCH } from '../src/cli/pool.js';
import type { JobResult, JobTask } from '../src/cli/job.js';
import { BATCH_INPUTS, FEW_INPUTS_FLAGS, flagsForRun } from '../src/cli/v8-tuning.js';

const fake = new URL('./support/fake-pool-worker.mjs', import.meta.url);

/** What each result says, in the order of the tasks. */
const said = (results: JobResult[]): string[] => results.map((r) => (r.ok ? r.emitted.trim() : 'error' in r ? `error: ${r.error}` : `unread: ${r.unread}`));

describe('the worker pool (tinypool, tasks in batches)', () => {
  it('answers every task with its own result, in order, whichever worker ran its batch', async () => {
    const pool = await jobRunner(2, 2, fake);
    expect(pool.workers).toBe(2);
    const paths = Array.from({ length: 41 }, (_, i) => `p${i}`);
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    expect(said(results)).toEqual(paths);
  });

  it('this thread takes the jobs the workers cannot hold: two batches each, the rest here, all in order', async () => {
    const ranHere: string[] = [];
    const here = async (task: JobTask): Promise<JobResult> => {
      ranHere.push(task.path ?? '');
      return { ok: true, emitted: `${task.path}\n`, messages: [] };
    };
    const pool = await jobRunner(2, 2, fake, 200, here);
    expect([pool.workers, pool.batch]).toEqual([2, 25]);
    const paths = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    expect(said(results)).toEqual(paths);
    // One worker holds BATCHES_PER_WORKER batches of 25; the other 150 jobs ran in this thread.
    expect(ranHere).toEqual(paths.slice(25 * BATCHES_PER_WORKER));
  });

  it('a job that throws in this thread fails alone, as a crash in a worker would', async () => {
    const here = async (task: JobTask): Promise<JobResult> => {
      if (task.path === 'p70') throw new Error('conversion blew up');
      return { ok: true, emitted: `${task.path}\n`, messages: [] };
    };
    const pool = await jobRunner(2, 2, fake, 100, here);
    const paths = Array.from({ length: 100 }, (_, i) => `p${i}`);
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    expect(said(results)[70]).toBe('error: conversion blew up');
    expect(said(results).filter((s) => s.startsWith('error:'))).toHaveLength(1);
  });

  it.each([
    [32, 2000, 2, 32],
    [32, 100, 2, 25],
    [32, 9, 2, 3],
    [32, 1, 2, 1],
    [3, 0, 2, 1],
  ])('a batch of at most %i with %i jobs left over %i threads holds %i: the last ones shrink', (size, left, threads, expected) => {
    expect(batchLimit(size, left, threads)).toBe(expected);
  });

  it('a worker that dies fails only the input it died on; the rest of its batch runs again', async () => {
    const pool = await jobRunner(2, 2, fake);
    const paths = Array.from({ length: 30 }, (_, i) => (i === 13 ? 'crash' : `p${i}`));
    const results = await Promise.all(paths.map((path) => pool.run({ path, format: 'ndjson' })));
    await pool.close();
    const crashed = said(results).filter((s) => s.startsWith('error:'));
    expect(crashed).toHaveLength(1);
    expect(said(results)[13]).toMatch(/^error: .*exit code 3|^error: /);
    expect(said(results).filter((s, i) => i !== 13)).toEqual(paths.filter((p) => p !== 'crash'));
  });

  it('batches: four per worker for a small run, at most MAX_BATCH inputs each for a large one', () => {
    expect(batchSize(20, 2)).toBe(3);
    expect(batchSize(2000, 2)).toBe(MAX_BATCH);
    expect(batchSize(5, 4)).toBe(1);
  });

  it('tells the caller its batch size, so that a window of jobs is refilled a whole batch at a time', async () => {
    const pool = await jobRunner(2, 2, fake, 2000);
    expect(pool.batch).toBe(MAX_BATCH);
    await pool.close();
    const small = await jobRunner(2, 2, fake, 20);
    expect(small.batch).toBe(3);
    await small.close();
    expect((await jobRunner(1, 2, fake)).batch).toBe(1);
  });

  it('never starts more threads than cores: one core runs in this thread', async () => {
    expect((await jobRunner(4, 1, fake)).workers).toBe(1);
  });

  it('one job runs in this thread, without a pool', async () => {
    const runner = await jobRunner(1, 2, fake);
    const result = await runner.run({ text: '# Kelp forests recover\n\nSome text.\n', path: 'r.md', format: 'ndjson' });
    expect(result.ok && (JSON.parse(result.emitted) as { release: { headline: string } }).release.headline).toBe('Kelp forests recover');
  });
});

describe('V8 tuning by run size', () => {
  it.each([
    [1, 1, []],
    [19, 1, []],
    [20, 1, ['--regexp-optimization', '--sparkplug', '--heap-growing-percent=100']],
    [10_000, 1, ['--regexp-optimization', '--sparkplug', '--heap-growing-percent=100']],
    [5, 2, ['--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape', '--interrupt-budget=400000']],
    [2_000, 2, ['--regexp-optimization', '--sparkplug', '--heap-growing-percent=100', '--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape', '--interrupt-budget=400000']],
  ] as const)('%i inputs over %i thread(s) set %j', (inputs, workers, flags) => {
    expect(flagsForRun(inputs, workers)).toEqual(flags);
  });

  it('starts the bin with regular expressions compiled once each, unoptimised', () => {
    expect(FEW_INPUTS_FLAGS).toBe('--no-regexp-tier-up --no-regexp-optimization --no-sparkplug');
    expect(BATCH_INPUTS).toBe(20);
  });
});
