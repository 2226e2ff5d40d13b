import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitters } from '../src/emit/index.js';
import { runMain, syntheticRelease, tempDir } from './support/cli-harness.js';

// Output safety through the CLI: release text cannot drive the terminal, and no run opens a socket.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'pr2meta.js');
const built = existsSync(join(root, 'dist', 'bundle', 'cli.js'));
const preload = join(root, 'test', 'support', 'deny-network.mjs');
const FORMATS = Object.keys(emitters);

/** Raw terminal controls: ESC, BEL, CSI, OSC and the other C0/C1 characters but tab and newline. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A release whose headline, quote, paper and file name carry terminal escape sequences. */
function hostileRelease(dir: string): string {
  const path = join(dir, 'ev\u001b]0;pwned\u0007il\u001b[31m.md');
  writeFileSync(
    path,
    [
      '# Big \u001b]0;pwned\u0007news \u001b[31mred\u001b[0m today',
      '',
      'SPRINGFIELD, March 3, 2024 – Scientists \u001b[2J report a \u009b31m finding.',
      '',
      '"We found it \u001b[31mred\u001b[0m," said Dr. Ada \u001b]0;x\u0007Lovelace, a chemist at the Example Institute.',
      '',
      'The paper "A \u001b[1mbold\u001b[0m result" appears in Journal \u001b[5mX\u001b[0m. DOI: 10.5555/abc\u001b[31m.1',
      '',
      'Media contact: Pat \u001b[31mExample\u001b[0m, press@example.org, +1 555 0100 \u0007',
    ].join('\n'),
  );
  return path;
}

const run = (args: string[], env: Record<string, string> = {}, node: string[] = []) =>
  spawnSync(process.execPath, [...node, bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } });

describe.skipIf(!built)('release text cannot drive the terminal (built CLI)', () => {
  const dir = tempDir('pr2meta-ansi-');
  const evil = hostileRelease(dir);

  it.each(FORMATS)('--format %s: stdout and stderr carry no raw control character', (format) => {
    const r = run([evil, '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout + r.stderr).not.toContain('pwned\u0007');
  });

  it('--format jsonld --html and a failed input naming an escape-laden path', () => {
    const r = run([evil, '--format', 'jsonld', '--html']);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const missing = join(dir, 'gone\u001b]0;pwned\u0007.md');
    const f = run([missing]);
    expect(f.status).toBe(1);
    expect(f.stderr).toBe(`pr2meta: ${join(dir, 'gone.md')}: No such file or directory\n`);
  });

  it.each(['stylish', 'json', 'github', 'sarif'])('check --reporter %s: no raw control character', (reporter) => {
    const r = run(['check', evil, '--reporter', reporter, '--now', '2024-03-04T00:00:00Z']);
    expect([0, 1]).toContain(r.status);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('check stylish names the file with its escapes stripped and reports the DOI', () => {
    const r = run(['check', evil, '--now', '2024-03-04T00:00:00Z']);
    expect(r.stdout.split('\n')[0]).toBe(join(dir, 'ev]0;pwnedil[31m.md'.replace(/\]0;pwned|\[31m/g, '')));
    expect(r.stdout).toMatch(/doi-malformed/);
  });
});

describe('the progress bar and diagnostics on a TTY strip release escapes', () => {
  it('six inputs with escape-laden names and text: only the bar’s own sequences', async () => {
    const dir = tempDir('pr2meta-ansi-tty-');
    const evil = hostileRelease(dir);
    const others = Array.from({ length: 5 }, (_, i) => {
      const p = join(dir, `r${i}\u001b[2J.md`);
      writeFileSync(p, syntheticRelease(i));
      return p;
    });
    const { stderr } = await runMain([evil, ...others, join(dir, 'none\u001b]0;t\u0007.md'), '--format', 'ndjson', '--no-color'], { stderrTTY: true, env: {} });
    expect(stderr).not.toMatch(/\u001b\]|\u0007|\u001b\[(?:31|2J|5|1)m|\u001b\[2J|\u009b/);
    expect(stderr).toContain(`pr2meta: ${join(dir, 'none.md')}: No such file or directory`);
  });
});

describe.skipIf(!built)('no network access during any run', () => {
  const dir = tempDir('pr2meta-net-');
  const log = join(dir, 'net.log');
  const env = { PR2META_NET_LOG: log };
  const node = ['--import', preload];
  const releases = join(dir, 'releases');
  mkdirSync(releases);
  for (const f of ['example-release.md', 'articles/linked-paper.html', 'release/front-matter.md', 'contacts/table.html', 'quotes/water-board.txt']) {
    writeFileSync(join(releases, f.replace(/\//g, '-')), readFileSync(join(root, 'fixtures', f)));
  }

  it('the guard works: a fetch, an HTTP request and a DNS lookup are recorded', () => {
    const probe = spawnSync(
      process.execPath,
      [...node, '-e', "for (const f of [() => fetch('http://example.org'), () => require('node:http').request('http://example.org'), () => require('node:dns').lookup('example.org', () => {}), () => require('node:net').connect(80, 'example.org')]) { try { f(); } catch {} }"],
      { encoding: 'utf8', env: { ...process.env, PR2META_NET_LOG: join(dir, 'probe.log') } },
    );
    expect(probe.status).toBe(0);
    expect(readFileSync(join(dir, 'probe.log'), 'utf8').split('\n').filter(Boolean)).toEqual(['fetch', 'http.request', 'dns.lookup', 'net.connect']);
  });

  it.each([...FORMATS.map((f) => [f, ['--format', f]]), ['jsonld --html', ['--format', 'jsonld', '--html']], ['--out-dir', ['--format', 'csl', '--out-dir', join(dir, 'out')]]])(
    'convert %s opens no socket',
    (_name, args) => {
      const r = run([releases, ...(args as string[])], env, node);
      expect(r.status).toBe(0);
      expect(existsSync(`${log}.loaded`)).toBe(true);
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    },
  );

  it.each(['stylish', 'json', 'github', 'sarif'])('check --reporter %s opens no socket', (reporter) => {
    const r = run(['check', releases, '--reporter', reporter], env, node);
    // Found here: the built `check` crashed (exit 2, "Missing HTML parser") on HTML releases.
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('standard input opens no socket', () => {
    const r = spawnSync(process.execPath, [...node, bin, '--format', 'bibtex'], {
      cwd: root,
      input: readFileSync(join(root, 'fixtures', 'example-release.md')),
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^@article\{/);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});
