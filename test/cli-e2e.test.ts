import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVALID_UTF8, PNG_BYTES, syntheticRelease, tempDir, writeReleases } from './support/cli-harness.js';

// End to end: spawn the built CLI as a user would. `.ci/run` builds before `npm test`.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'pr2meta.js');
const built = existsSync(join(root, 'dist', 'bundle', 'cli.js'));
if (!built) console.warn('cli-e2e: dist/bundle/cli.js is missing; run `npm run build` first. Skipping the end-to-end CLI tests.');

const NO_TRACE = /\n\s+at .+:\d+:\d+/;
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

/** Runs the CLI to completion. */
function cli(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', env, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Waits until `test` holds, polling. */
async function until(test: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.skipIf(!built)('the built CLI', () => {
  it('50 releases plus a binary and a Windows-1252 file: 51 NDJSON lines, exit 1, the binary named, the other read with a warning', () => {
    const dir = tempDir();
    writeReleases(dir, 50);
    writeFileSync(join(dir, 'photo.md'), PNG_BYTES);
    writeFileSync(join(dir, 'legacy.txt'), INVALID_UTF8);
    const { code, stdout, stderr } = cli([dir, '--format', 'ndjson']);
    expect(code).toBe(1);
    const records = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string });
    expect(records).toHaveLength(51);
    expect(records.map((r) => r.source).filter((s) => !s.includes('release-'))).toEqual([join(dir, 'legacy.txt')]);
    expect(records[records.length - 1]!.source).toBe(join(dir, 'release-049.md'));
    const errs = stderr.split('\n').filter(Boolean);
    expect(errs).toContain(`pr2meta: ${join(dir, 'photo.md')}: Binary file (PNG image), expected a text release`);
    expect(errs.some((l) => /warning {2}Invalid UTF-8 at byte 24, expected UTF-8 or UTF-16 with a BOM; read as Windows-1252/.test(l))).toBe(true);
  });

  it('`| head -1` ends quietly: exit 0, no EPIPE trace', () => {
    const dir = tempDir();
    writeReleases(dir, 1000);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${dir}" --format ndjson | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', env });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: join(dir, 'release-000.md') });
    expect(r.stderr).toBe('status=0\n');
  });

  it('a reader that closes its end early: exit 0, nothing on stderr', async () => {
    const dir = tempDir();
    writeReleases(dir, 1000);
    const child = spawn(process.execPath, [bin, dir, '--format', 'ndjson'], { env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('SIGINT with --out-dir: stops promptly, only complete files, no temp files', async () => {
    const dir = tempDir();
    writeReleases(join(dir, 'in'), 1500);
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, join(dir, 'in'), '--out-dir', out, '--format', 'json'], { env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    const closed = new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    // Count finished files only: a temporary file being written is removed on interrupt.
    await until(() => existsSync(out) && readdirSync(out).filter((f) => f.endsWith('.json')).length >= 30);
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await closed;
    expect(Date.now() - sent).toBeLessThan(3000);
    expect(code).toBe(130);
    expect(stderr).toBe('pr2meta: interrupted\n');
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.length).toBeLessThan(1500);
    expect(files.filter((f) => !/^release-\d{3,4}\.json$/.test(f))).toEqual([]);
    for (const f of files) expect(JSON.parse(readFileSync(join(out, f), 'utf8'))).toHaveProperty('source');
  });

  it('SIGINT while streaming: stdout holds only complete lines', async () => {
    const dir = tempDir();
    writeReleases(dir, 1500);
    const child = spawn(process.execPath, [bin, dir, '--format', 'ndjson'], { env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
    const closed = new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    await until(() => stdout.split('\n').length > 30);
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const records = stdout.split('\n').filter(Boolean);
    expect(records.length).toBeLessThan(1500);
    for (const l of records) expect(JSON.parse(l)).toHaveProperty('source');
  });

  it('reads standard input', () => {
    const { code, stdout, stderr } = cli(['--format', 'ndjson'], syntheticRelease(7));
    expect(code).toBe(0);
    expect(stderr).not.toContain('pr2meta:');
    expect(JSON.parse(stdout)).toMatchObject({ source: null });
  });

  it.each([
    ['a missing path', (d: string) => join(d, 'missing.md'), 'No such file or directory'],
    ['a directory with no releases', (d: string) => (mkdirSync(join(d, 'empty-dir')), join(d, 'empty-dir')), 'Directory has no releases, expected files ending in .md, .markdown, .txt, .html, .htm'],
    ['an empty file', (d: string) => (writeFileSync(join(d, 'empty.md'), ''), join(d, 'empty.md')), 'Empty file, expected a release'],
  ])('%s: one line naming it, exit 1, no trace', (_name, make, reason) => {
    const path = make(tempDir());
    const { code, stdout, stderr } = cli([path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`pr2meta: ${path}: ${reason}\n`);
  });

  it('exit codes: 0 done, 1 failed input, 2 usage error', () => {
    const dir = tempDir();
    const [file] = writeReleases(dir, 1);
    expect(cli([file!]).code).toBe(0);
    expect(cli([file!, join(dir, 'nope.md')]).code).toBe(1);
    const usage = cli(['--frobnicate', file!]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("error: unknown option '--frobnicate'");
    for (const r of [usage, cli([join(dir, 'nope.md')])]) expect(r.stderr).not.toMatch(NO_TRACE);
    expect(cli(['--version']).stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
