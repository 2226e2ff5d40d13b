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

// Each run is made under the network guard with the escape-laden release and ordinary fixtures
// (Markdown, HTML, text, front matter) together, so one spawn checks both properties.
describe.skipIf(!built)('the built CLI: no raw control character from release text, and no network access', () => {
  const dir = tempDir('pr2meta-safety-');
  const evil = hostileRelease(dir);
  const log = join(dir, 'net.log');
  const env = { PR2META_NET_LOG: log };
  const node = ['--import', preload];
  const releases = join(dir, 'releases');
  mkdirSync(releases);
  for (const f of ['example-release.md', 'articles/linked-paper.html', 'release/front-matter.md', 'contacts/table.html', 'quotes/water-board.txt']) {
    writeFileSync(join(releases, f.replace(/\//g, '-')), readFileSync(join(root, 'fixtures', f)));
  }
  const netLog = (): string => (existsSync(log) ? readFileSync(log, 'utf8') : '');

  it('the network guard works: fetch, HTTP, DNS and sockets are recorded', () => {
    const probe = spawnSync(
      process.execPath,
      [...node, '-e', "for (const f of [() => fetch('http://example.org'), () => require('node:http').request('http://example.org'), () => require('node:dns').lookup('example.org', () => {}), () => require('node:net').connect(80, 'example.org')]) { try { f(); } catch {} }"],
      { encoding: 'utf8', env: { ...process.env, PR2META_NET_LOG: join(dir, 'probe.log') } },
    );
    expect(probe.status).toBe(0);
    expect(readFileSync(join(dir, 'probe.log'), 'utf8').split('\n').filter(Boolean)).toEqual(['fetch', 'http.request', 'dns.lookup', 'net.connect']);
  });

  it.each([...FORMATS.map((f) => [f, ['--format', f]]), ['jsonld --html', ['--format', 'jsonld', '--html']]])('--format %s: no raw control character, no socket', (_name, args) => {
    const r = run([evil, releases, ...(args as string[])], env, node);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    // JSON keeps the text as data, its escape written \u001b; nothing reaches the terminal raw.
    expect(r.stderr).not.toContain('pwned');
    expect(existsSync(`${log}.loaded`)).toBe(true);
    expect(netLog()).toBe('');
  });

  it('--out-dir and standard input: no socket', () => {
    expect(run([releases, '--format', 'csl', '--out-dir', join(dir, 'out')], env, node).status).toBe(0);
    const r = spawnSync(process.execPath, [...node, bin, '--format', 'bibtex'], {
      cwd: root,
      input: readFileSync(join(root, 'fixtures', 'example-release.md')),
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^@article\{/);
    expect(netLog()).toBe('');
  });

  it('a failed input naming an escape-laden path: one clean line', () => {
    const missing = join(dir, 'gone\u001b]0;pwned\u0007.md');
    const f = run([missing], env, node);
    expect(f.status).toBe(1);
    expect(f.stderr).toBe(`pr2meta: ${join(dir, 'gone.md')}: No such file or directory\n`);
  });

  it.each(['stylish', 'json', 'github', 'sarif'])('check --reporter %s: no raw control character, no socket', (reporter) => {
    const r = run(['check', evil, releases, '--reporter', reporter, '--now', '2024-03-04T00:00:00Z'], env, node);
    // Found here: the built `check` crashed (exit 2, "Missing HTML parser") on HTML releases.
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the escape in the DOI is an error-level finding
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/doi-malformed/);
    if (reporter === 'stylish') expect(r.stdout.split('\n')[0]).toBe(join(dir, 'evil.md'));
    expect(netLog()).toBe('');
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
