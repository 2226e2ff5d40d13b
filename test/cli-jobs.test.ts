import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli.js';
import { convert } from '../src/convert.js';
import { defaultJobs, parseJobs, MANY_INPUTS } from '../src/cli/pool.js';
import { fileWithMessages, runJob, serializeMessages } from '../src/cli/job.js';
import { reportStylish } from '../src/report/stylish.js';
import { Collector, PNG_BYTES, tempDir, writeReleases } from './support/cli-harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'pr2meta.js');
const built = existsSync(join(root, 'dist', 'bundle', 'worker.js'));
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

/** Runs the built CLI to completion. */
function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `main` in this process on `argv`. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(['node', 'pr2meta', ...argv], { stdin: new PassThrough(), stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('--jobs values', () => {
  it.each(['0', 'abc', '-1', '1.5', '999'])('--jobs %s is a usage error: exit 2, one line', async (value) => {
    const dir = tempDir();
    const [file] = writeReleases(dir, 1);
    const { code, stdout, stderr } = await run([file!, '--jobs', value]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`pr2meta: invalid --jobs ${value}, expected a whole number from 1 to 256`);
  });

  it('reads whole numbers from 1 to 256', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('2')).toBe(2);
    expect(parseJobs('256')).toBe(256);
    for (const bad of ['0', '257', 'abc', '', '2x', '1e1']) expect(parseJobs(bad)).toBeNull();
  });

  it('defaults to one job for few inputs and one per core but one (at most 4) for many', () => {
    expect(defaultJobs(1, 2)).toBe(1);
    expect(defaultJobs(MANY_INPUTS - 1, 2)).toBe(1);
    expect(defaultJobs(MANY_INPUTS, 2)).toBe(1);
    expect(defaultJobs(MANY_INPUTS, 4)).toBe(3);
    expect(defaultJobs(10_000, 1)).toBe(1);
    expect(defaultJobs(10_000, 64)).toBe(4);
  });

  it('--jobs 2 from the sources (no worker entry beside them) converts in this thread, same output', async () => {
    const dir = tempDir();
    writeReleases(dir, 3);
    const one = await run([dir, '--format', 'ndjson', '--jobs', '1']);
    const two = await run([dir, '--format', 'ndjson', '--jobs', '2']);
    expect(two).toEqual(one);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('a job’s messages cross the thread boundary intact', () => {
  it('serialised and rebuilt, the report is the same', () => {
    const text = '# A headline\n\nNo date, no paper, no contact here.\n';
    const { file } = convert(text, { path: 'some/release.md' });
    expect(file.messages.length).toBeGreaterThan(0);
    const rebuilt = fileWithMessages('some/release.md', JSON.parse(JSON.stringify(serializeMessages(file))) as ReturnType<typeof serializeMessages>);
    expect(reportStylish([rebuilt], {})).toBe(reportStylish([file], {}));
    expect(rebuilt.messages.map((m) => [m.line, m.column, m.fatal, m.ruleId, m.source])).toEqual(file.messages.map((m) => [m.line, m.column, m.fatal, m.ruleId, m.source]));
  });

  it('runJob emits the record and adds the emitter’s warning', async () => {
    const result = await runJob({ text: '# A headline\n\nNothing to cite.\n', path: 'a.md', format: 'bibtex' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.emitted.trim()).toBe('');
    expect(result.messages.find((m) => m.ruleId === 'bibtex')).toMatchObject({ fatal: false, source: 'pr2meta', reason: 'No paper found, expected a DOI or a citation; BibTeX is empty' });
  });
});

describe.skipIf(!built)('the built CLI with worker threads', () => {
  it('2 workers over 30 inputs, one binary in the middle: input order, the same bytes as 1 job, one line for the failure', () => {
    const dir = tempDir();
    writeReleases(dir, 30);
    writeFileSync(join(dir, 'release-015.md'), PNG_BYTES);
    const one = cli([dir, '--format', 'ndjson', '--jobs', '1']);
    const two = cli([dir, '--format', 'ndjson', '--jobs', '2']);
    expect(two.code).toBe(1);
    const sources = two.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: string }).source);
    const expected = Array.from({ length: 30 }, (_, i) => join(dir, `release-${String(i).padStart(3, '0')}.md`)).filter((_, i) => i !== 15);
    expect(sources).toEqual(expected);
    expect(two.stderr.split('\n').filter((l) => l.startsWith('pr2meta:'))).toEqual([`pr2meta: ${join(dir, 'release-015.md')}: Binary file (PNG image), expected a text release`]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.code).toBe(1);
  });

  it.each(['json', 'csl', 'bibtex', 'ris', 'jsonld'])('--format %s with 2 workers writes what 1 job writes', (format) => {
    const dir = tempDir();
    writeReleases(dir, 24);
    const one = cli([dir, '--format', format, '--jobs', '1']);
    const two = cli([dir, '--format', format, '--jobs', '2']);
    expect(two).toEqual(one);
    expect(two.code).toBe(0);
  });

  it('the warnings of each input come out in input order through the same reporter', () => {
    const dir = tempDir();
    writeReleases(dir, 22);
    writeFileSync(join(dir, 'release-010.md'), '# Only a headline\n\nNo date, no paper, no contact.\n');
    const one = cli([dir, '--format', 'ndjson', '--jobs', '1']);
    const two = cli([dir, '--format', 'ndjson', '--jobs', '2']);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain(join(dir, 'release-010.md'));
  });

  it('--out-dir with 2 workers: one file per input', () => {
    const dir = tempDir();
    writeReleases(join(dir, 'in'), 25);
    const { code } = cli([join(dir, 'in'), '--out-dir', join(dir, 'out'), '--jobs', '2']);
    expect(code).toBe(0);
    for (let i = 0; i < 25; i++) expect(existsSync(join(dir, 'out', `release-${String(i).padStart(3, '0')}.json`))).toBe(true);
  });
});
