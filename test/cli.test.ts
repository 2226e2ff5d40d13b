import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { VERSION } from '../src/cli.js';
import { wantsColor } from '../src/cli/color.js';
import { KeyRegistry, uniqueBibtexKeys, uniqueRisIds } from '../src/cli/frame.js';
import { expandInputs } from '../src/cli/inputs.js';
import { outputBase } from '../src/cli/output.js';
import { formatDuration, renderProgress } from '../src/cli/progress.js';
import { bytesToText } from '../src/cli/read.js';
import { Collector, INVALID_UTF8, PNG_BYTES, runMain, syntheticRelease, tempDir, writeReleases } from './support/cli-harness.js';

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('version and help', () => {
  it('prints the version kept in sync with package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const { code, stdout } = await runMain(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });
  it('shows an example for each common task after --help', async () => {
    const { code, stdout } = await runMain(['--help']);
    expect(code).toBe(0);
    for (const example of ['--format ndjson', '--out-dir', '--format jsonld --html', '--format bibtex', "'releases/**/*.md'", '--input-format', 'pr2meta check']) {
      expect(stdout).toContain(example);
    }
    expect(stdout).toContain('Exit codes: 0 done, 1');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--format', 'yaml', 'x.md'], /argument 'yaml' is invalid/],
    [['--input-format', 'pdf', 'x.md'], /argument 'pdf' is invalid/],
    [['--html', 'x.md'], /--html applies to --format jsonld only/],
    [['--force', 'x.md'], /--force applies to --out-dir only/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runMain(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('one input', () => {
  it('reads standard input when no path is given, and for "-"', async () => {
    for (const args of [[], ['-']]) {
      const { code, stdout, stderr } = await runMain([...args, '--format', 'json'], { stdin: syntheticRelease(1) });
      expect(code).toBe(0);
      expect(stderr).not.toContain('pr2meta:');
      const record = JSON.parse(stdout) as { source: string | null; release: unknown };
      expect(record.source).toBeNull();
      expect(record).toHaveProperty('release');
    }
  });
  it('keeps the single-record shape for one named file', async () => {
    const dir = tempDir();
    const [file] = writeReleases(dir, 1);
    const { code, stdout } = await runMain([file!]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: file });
  });
});

describe('failed inputs: one line each, the others go on, exit 1', () => {
  const dir = tempDir();
  writeReleases(dir, 2);
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.md'), ' \n\t\n  \r\n');
  writeFileSync(join(dir, 'image.md'), PNG_BYTES);
  writeFileSync(join(dir, 'latin1.md'), INVALID_UTF8);
  mkdirSync(join(dir, 'nothing-here'));
  writeFileSync(join(dir, 'nothing-here', 'notes.json'), '{}');
  const cases: Array<[string, string, RegExp]> = [
    ['missing path', join(dir, 'missing.md'), /: No such file or directory$/],
    ['empty file', join(dir, 'empty.md'), /: Empty file, expected a release$/],
    ['whitespace only', join(dir, 'blank.md'), /: Only whitespace, expected a release$/],
    ['binary (PNG bytes)', join(dir, 'image.md'), /: Binary file \(PNG image\), expected a text release$/],
    ['directory with no releases', join(dir, 'nothing-here'), /: Directory has no releases, expected files ending in \.md, \.markdown, \.txt, \.html, \.htm$/],
    ['glob that matches nothing', join(dir, '*.nothing'), /: No files match the pattern$/],
  ];
  it.each(cases)('%s', async (_name, bad, reason) => {
    const good = join(dir, 'release-000.md');
    const { code, stdout, stderr } = await runMain([good, bad, join(dir, 'release-001.md'), '--format', 'ndjson']);
    expect(code).toBe(1);
    const records = lines(stdout).map((l) => JSON.parse(l) as { source: string });
    expect(records.map((r) => r.source)).toEqual([good, join(dir, 'release-001.md')]);
    const errs = lines(stderr);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(reason);
    expect(errs[0]!.startsWith(`pr2meta: ${bad}: `)).toBe(true);
  });
  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const locked = join(dir, 'locked.md');
    writeFileSync(locked, syntheticRelease(3));
    chmodSync(locked, 0o000);
    const { code, stderr } = await runMain([locked]);
    expect(code).toBe(1);
    expect(stderr).toBe(`pr2meta: ${locked}: Permission denied\n`);
  });
  it('strips control characters from names it echoes', async () => {
    const evil = join(dir, 'evil\u001b[2J\u001b]0;pwned\u0007.md');
    writeFileSync(evil, '');
    const { stderr } = await runMain([evil]);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr).toContain('evil.md: Empty file');
  });
  it('reasons for bytes', () => {
    expect(bytesToText(Buffer.alloc(0))).toEqual({ ok: false, reason: 'Empty file, expected a release' });
    expect(bytesToText(Buffer.from('\ufeff# Title\r\n', 'utf8'))).toEqual({ ok: true, text: '# Title\n' });
    expect(bytesToText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Título\n', 'utf16le')]))).toEqual({ ok: true, text: '# Título\n' });
  });
});

describe('inputs: files, folders, globs, stdin', () => {
  const dir = tempDir();
  writeReleases(join(dir, 'b'), 2);
  writeReleases(join(dir, 'a'), 2, 'txt');
  writeFileSync(join(dir, 'a', 'page.HTML'), '<h1>Page</h1><p>Text of a page.</p>');
  writeFileSync(join(dir, 'a', 'data.json'), '{}');
  mkdirSync(join(dir, 'a', '.hidden'));
  writeFileSync(join(dir, 'a', '.hidden', 'secret.md'), syntheticRelease(9));
  it('recurses into folders for release extensions only, sorted, hidden skipped', async () => {
    const got = await expandInputs(['a'], dir);
    expect(got.map((i) => i.path)).toEqual(['a/page.HTML', 'a/release-000.txt', 'a/release-001.txt']);
  });
  it('expands quoted globs in sorted order, keeps argument order, drops repeats', async () => {
    const got = await expandInputs(['b/*.md', '-', 'a/*.txt', 'b/release-000.md'], dir);
    expect(got.map((i) => i.path)).toEqual(['b/release-000.md', 'b/release-001.md', '-', 'a/release-000.txt', 'a/release-001.txt']);
  });
  it('keeps a missing plain path for the reader to report', async () => {
    expect(await expandInputs(['nope.md'], dir)).toEqual([{ kind: 'file', path: 'nope.md' }]);
  });
  it('no arguments means standard input', async () => {
    expect(await expandInputs([], dir)).toEqual([{ kind: 'stdin', path: '-' }]);
  });
});

describe('many inputs per format', () => {
  const dir = tempDir();
  writeReleases(dir, 3);
  it('ndjson: one record per line in input order, each with its source', async () => {
    const { code, stdout } = await runMain([dir, '--format', 'ndjson'], { cwd: dir });
    expect(code).toBe(0);
    const sources = lines(stdout).map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toEqual([0, 1, 2].map((i) => join(dir, `release-00${i}.md`)));
  });
  it('json: one array (also for a folder holding one release)', async () => {
    const { stdout } = await runMain([dir]);
    const parsed = JSON.parse(stdout) as Array<{ source: string }>;
    expect(parsed).toHaveLength(3);
    expect(parsed[2]!.source).toBe(join(dir, 'release-002.md'));
    const one = tempDir();
    writeReleases(one, 1);
    expect(JSON.parse((await runMain([one])).stdout)).toHaveLength(1);
  });
  it('json: an empty array when every input failed', async () => {
    const { code, stdout } = await runMain([join(dir, 'missing-a.md'), join(dir, 'missing-b.md')]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });
  it('jsonld: one document per line', async () => {
    const { stdout } = await runMain([dir, '--format', 'jsonld']);
    const docs = lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs).toHaveLength(3);
    for (const d of docs) expect(JSON.stringify(d['@context'])).toContain('https://schema.org');
  });
  it('csl: one array', async () => {
    const { stdout } = await runMain([dir, '--format', 'csl']);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);
  });
  it('--no-provenance leaves provenance out', async () => {
    const { stdout } = await runMain([dir, '--format', 'ndjson', '--no-provenance']);
    for (const l of lines(stdout)) expect(JSON.parse(l)).not.toHaveProperty('provenance');
  });
});

describe('unique keys across concatenated BibTeX and RIS', () => {
  it('renames repeated BibTeX keys', () => {
    const keys = new KeyRegistry();
    const entry = '@article{Tester2024Kelp,\n\ttitle = {A},\n}\n';
    expect(uniqueBibtexKeys(entry, keys)).toBe(entry);
    expect(uniqueBibtexKeys(entry, keys)).toBe('@article{Tester2024Kelp-2,\n\ttitle = {A},\n}\n');
    expect(uniqueBibtexKeys(entry.replace('Kelp', 'kelp'), keys)).toBe('@article{Tester2024kelp-3,\n\ttitle = {A},\n}\n');
    expect(uniqueBibtexKeys('\ttitle = {@misc{x, y}},\n', keys)).toBe('\ttitle = {@misc{x, y}},\n');
  });
  it('renames repeated CSL ids and citation keys', async () => {
    const { uniqueCslId } = await import('../src/cli/frame.js');
    const keys = new KeyRegistry();
    const item = { id: 'Tester2024Kelp', 'citation-key': 'Tester2024Kelp', type: 'article-journal' };
    expect(uniqueCslId(item, keys)).toBe(item);
    expect(uniqueCslId(item, keys)).toEqual({ id: 'Tester2024Kelp-2', 'citation-key': 'Tester2024Kelp-2', type: 'article-journal' });
    expect(uniqueCslId({ id: 'plain' }, keys)).toEqual({ id: 'plain' });
  });
  it('renames repeated RIS IDs', () => {
    const keys = new KeyRegistry();
    const rec = 'TY  - JOUR\nID  - Tester2024\nER  - \n';
    expect(uniqueRisIds(rec, keys)).toBe(rec);
    expect(uniqueRisIds(rec, keys)).toBe('TY  - JOUR\nID  - Tester2024-2\nER  - \n');
  });
});

describe('--out-dir', () => {
  it('writes one file per input, names from basenames, collisions disambiguated', async () => {
    const dir = tempDir();
    writeReleases(join(dir, 'x'), 1);
    writeReleases(join(dir, 'y'), 1);
    writeFileSync(join(dir, 'x', 'release-000.html'), '<h1>Same name</h1><p>Another format of a release.</p>');
    const out = join(dir, 'out');
    const { code, stdout } = await runMain(['x', 'y', '--out-dir', 'out', '--format', 'jsonld'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['release-000-2.jsonld', 'release-000-3.jsonld', 'release-000.jsonld']);
    expect(JSON.parse(readFileSync(join(out, 'release-000.jsonld'), 'utf8'))).toHaveProperty('@context');
  });
  it.each([
    ['json', '.json'],
    ['csl', '.csl.json'],
    ['bibtex', '.bib'],
    ['ris', '.ris'],
    ['ndjson', '.ndjson'],
  ])('%s files end in %s', async (format, ext) => {
    const dir = tempDir();
    writeReleases(dir, 1);
    await runMain([dir, '--out-dir', join(dir, 'out'), '--format', format]);
    expect(readdirSync(join(dir, 'out'))).toEqual([`release-000${ext}`]);
  });
  it('replaces an existing file only with --force', async () => {
    const dir = tempDir();
    const [file] = writeReleases(dir, 2);
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'release-000.json'), 'old');
    const first = await runMain([dir, '--out-dir', out]);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(`pr2meta: ${file}: Output file release-000.json exists in ${out}, use --force to replace it\n`);
    expect(readFileSync(join(out, 'release-000.json'), 'utf8')).toBe('old');
    expect(existsSync(join(out, 'release-001.json'))).toBe(true);
    const forced = await runMain([dir, '--out-dir', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'release-000.json'), 'utf8'))).toMatchObject({ source: file });
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
  it('never writes over an input file, even with --force', async () => {
    const dir = tempDir();
    const input = join(dir, 'notes.json');
    writeFileSync(input, syntheticRelease(4));
    const { code, stderr } = await runMain([input, '--out-dir', dir, '--force', '--input-format', 'md']);
    expect(code).toBe(1);
    expect(stderr).toBe(`pr2meta: ${input}: Refusing to overwrite input file ${input}\n`);
    expect(readFileSync(input, 'utf8')).toBe(syntheticRelease(4));
  });
  it('names output files from basenames only, inside DIR', () => {
    expect(outputBase('../../etc/passwd.md')).toBe('passwd');
    expect(outputBase('-')).toBe('stdin');
    expect(outputBase('..')).toBe('_');
    expect(outputBase('a/b\u001b[31m.md')).toBe('b_[31m');
  });
});

describe('shell manners', () => {
  it('stops quietly with exit 0 when the reader goes away (EPIPE)', async () => {
    const dir = tempDir();
    writeReleases(dir, 20);
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, done) {
        writes++;
        if (writes === 1) return done();
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        done(error);
      },
    });
    const { code, stderr } = await runMain([dir, '--format', 'ndjson'], { stdout });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(writes).toBeLessThan(5);
  });
  it('a stdout that cannot be written (full disk) stops the run with one line, exit 2', async () => {
    const dir = tempDir();
    writeReleases(dir, 10);
    const stdout = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
    const { code, stderr } = await runMain([dir, '--format', 'ndjson'], { stdout });
    expect(code).toBe(2);
    expect(stderr).toBe('pr2meta: Cannot write to standard output: ENOSPC: no space left on device\n');
  });
  it('waits for drain: a slow reader gets every record in order', async () => {
    const dir = tempDir();
    writeReleases(dir, 30);
    const got: string[] = [];
    const stdout = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        got.push(String(chunk));
        setTimeout(done, 1);
      },
    });
    const { code } = await runMain([dir, '--format', 'ndjson'], { stdout });
    expect(code).toBe(0);
    const sources = lines(got.join('')).map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toHaveLength(30);
    expect(sources).toEqual([...sources].sort());
  });
  it('stops on abort (Ctrl-C) with exit 130, closing the JSON array on a whole line', async () => {
    const dir = tempDir();
    writeReleases(dir, 30);
    const controller = new AbortController();
    let records = 0;
    const stdout = new Collector();
    stdout.on('pipe', () => {});
    const origWrite = stdout.write.bind(stdout);
    stdout.write = ((chunk: string, ...rest: never[]) => {
      if (chunk.includes('"source"') && ++records === 3) controller.abort();
      return origWrite(chunk, ...rest);
    }) as typeof stdout.write;
    const { code, stderr } = await runMain([dir], { stdout, signal: controller.signal });
    expect(code).toBe(130);
    expect(stderr).toBe('pr2meta: interrupted\n');
    expect(JSON.parse(stdout.text)).toHaveLength(3);
    expect(stdout.text.endsWith('\n')).toBe(true);
  });
  it('leaves only whole files in --out-dir on abort', async () => {
    const dir = tempDir();
    writeReleases(dir, 30);
    const controller = new AbortController();
    controller.abort();
    const out = join(dir, 'out');
    const { code } = await runMain([dir, '--out-dir', out], { signal: controller.signal });
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('colour', () => {
  const tty = { isTTY: true } as unknown as Collector;
  const pipe = {} as unknown as Collector;
  it.each([
    ['a TTY', tty, {}, undefined, true],
    ['a pipe', pipe, {}, undefined, false],
    ['NO_COLOR on a TTY', tty, { NO_COLOR: '1' }, undefined, false],
    ['empty NO_COLOR on a TTY', tty, { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR on a pipe', pipe, { FORCE_COLOR: '1' }, undefined, true],
    ['FORCE_COLOR=0 on a TTY', tty, { FORCE_COLOR: '0' }, undefined, false],
    ['FORCE_COLOR with NO_COLOR', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined, true],
    ['--no-color with FORCE_COLOR', tty, { FORCE_COLOR: '1' }, false, false],
    ['TERM=dumb on a TTY', tty, { TERM: 'dumb' }, undefined, false],
  ])('%s', (_name, stream, env, flag, expected) => {
    expect(wantsColor(stream, env, flag)).toBe(expected);
  });
  it('colours the failure line only when asked', async () => {
    const plain = await runMain(['missing.md'], { stderrTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stderr).toBe('pr2meta: missing.md: No such file or directory\n');
    const forced = await runMain(['missing.md'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[31mpr2meta:\u001b[39m');
    const tty = await runMain(['missing.md'], { stderrTTY: true });
    expect(tty.stderr).toContain('\u001b[');
  });
});

describe('progress', () => {
  it('renders done/total, rate and ETA', () => {
    expect(renderProgress(5, 10, 1000, 80)).toBe(`[${'#'.repeat(20)}${'-'.repeat(20)}] 5/10 5.0/s ETA 0:01`);
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('--:--');
  });
  it('draws on a TTY stderr for more than five inputs, and nothing otherwise', async () => {
    const dir = tempDir();
    writeReleases(dir, 8);
    const tty = await runMain([dir, '--format', 'ndjson'], { stderrTTY: true });
    expect(tty.stderr).toContain('8/8');
    expect(tty.stderr).toMatch(/ETA \d+:\d\d/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    const pipe = await runMain([dir, '--format', 'ndjson']);
    expect(pipe.stderr).toBe('');
    const off = await runMain([dir, '--format', 'ndjson', '--no-progress'], { stderrTTY: true });
    expect(off.stderr).toBe('');
    const few = tempDir();
    writeReleases(few, 5);
    expect((await runMain([few, '--format', 'ndjson'], { stderrTTY: true })).stderr).toBe('');
  });
});


describe('standard input on a terminal', () => {
  it('is a usage error instead of a silent wait', async () => {
    const { PassThrough } = await import('node:stream');
    const { main } = await import('../src/cli.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new Collector();
    const code = await main(['node', 'pr2meta'], { stdin, stdout: new Collector(), stderr, env: {} });
    expect(code).toBe(2);
    expect(stderr.text).toMatch(/^pr2meta: no input: give release files or folders, or pipe a release to standard input\n/);
  });
});

describe('absolute glob patterns', () => {
  it('keep absolute paths', async () => {
    const dir = tempDir();
    writeReleases(dir, 2);
    const got = await expandInputs([join(dir, '*.md')], '/');
    expect(got.map((i) => i.path)).toEqual([join(dir, 'release-000.md'), join(dir, 'release-001.md')]);
  });
});

describe('file-system reasons', () => {
  it.each([
    ['EACCES', 'Permission denied'],
    ['ENOENT', 'No such file or directory'],
    ['EISDIR', 'Is a directory'],
    ['ERR_FS_FILE_TOO_LARGE', 'File too large to read (over 2 GiB)'],
  ])('%s reads as "%s"', async (code, reason) => {
    const { errnoReason } = await import('../src/cli/read.js');
    expect(errnoReason(Object.assign(new Error(`${code}: something, open 'x'`), { code }))).toBe(reason);
  });
  it('an unknown code keeps the first line of the message and the code', async () => {
    const { errnoReason } = await import('../src/cli/read.js');
    expect(errnoReason(Object.assign(new Error('odd failure\n    at somewhere'), { code: 'EODD' }))).toBe('odd failure (EODD)');
  });
});

describe('the check seam', () => {
  it('passes every raw argument after "check" and no guessed inputs', async () => {
    const { buildProgram } = await import('../src/cli/options.js');
    const result: { value?: import('../src/cli/options.js').Invocation } = {};
    const io = { stdin: process.stdin, stdout: new Collector(), stderr: new Collector(), env: {} };
    await buildProgram(io, result).parseAsync(['node', 'pr2meta', 'check', '--rule', 'doi-missing=off', '--reporter', 'sarif', 'a.md', '-']);
    expect(result.value).toEqual({ command: 'check', inputs: [], argv: ['--rule', 'doi-missing=off', '--reporter', 'sarif', 'a.md', '-'] });
  });
});

describe('empty standard input', () => {
  it('is one line naming <stdin>, exit 1', async () => {
    const { code, stdout, stderr } = await runMain(['-'], { stdin: '' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('pr2meta: <stdin>: Empty input, expected a release\n');
  });
});
