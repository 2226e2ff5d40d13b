import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVALID_UTF8, PNG_BYTES, tempDir } from './support/cli-harness.js';

// Every bad input through the built CLI: either the correct record, or one stderr line
// `pr2meta: PATH: REASON`; the documented exit code (0 done, 1 failed input); never a stack trace.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'pr2meta.js');
const built = existsSync(join(root, 'dist', 'bundle', 'cli.js'));
const NO_TRACE = /\n\s+at .+:\d+:\d+|Error:|node:internal/;
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** Runs the built CLI (optionally as another user) and collects its exit code and outputs. */
function cli(args: string[], uid?: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = tempDir('pr2meta-bad-');
chmodSync(dir, 0o755);
const release = readFileSync(join(root, 'fixtures', 'example-release.md'), 'utf8');
const DOI = '10.5555/jme.2023.0142';
const HEADLINE = 'Coastal Seagrass Stores Carbon Faster Than Expected';
const write = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** One row: the input, the exit code, and the stderr line, or the record it must give. */
interface Row {
  input: string;
  make: () => string;
  code: number;
  /** The exact stderr after `pr2meta: PATH: ` (a failed input). */
  reason?: string;
  /** A warning stderr must hold (a record with a finding). */
  warning?: RegExp;
  /** Same record as the UTF-8 LF release (all but `source`). */
  same?: boolean;
  /** What the record must hold. */
  check?: (record: Record<string, any>) => void;
  uid?: number;
  timeout?: number;
}

const paperOf = (r: Record<string, any>): void => {
  expect(r.articles[0]?.doi).toBe(DOI);
  expect(r.release.headline).toBe(HEADLINE);
};

const rows: Row[] = [
  { input: 'a missing path', make: () => join(dir, 'missing.md'), code: 1, reason: 'No such file or directory' },
  {
    input: 'a directory with no releases',
    make: () => (mkdirSync(join(dir, 'no-releases'), { recursive: true }), write('no-releases/notes.json', '{}'), join(dir, 'no-releases')),
    code: 1,
    reason: 'Directory has no releases, expected files ending in .md, .markdown, .txt, .html, .htm',
  },
  {
    input: 'a file without read permission',
    make: () => {
      const path = write('locked.md', release);
      chmodSync(path, 0o000);
      return path;
    },
    code: 1,
    reason: 'Permission denied',
    // Root reads any file: run the CLI as `nobody` then.
    ...(isRoot ? { uid: NOBODY } : {}),
  },
  { input: 'an empty file', make: () => write('empty.md', ''), code: 1, reason: 'Empty file, expected a release' },
  { input: 'whitespace only', make: () => write('blank.md', ' \n\t\n  \r\n'), code: 1, reason: 'Only whitespace, expected a release' },
  { input: 'a binary file (PNG bytes)', make: () => write('photo.md', PNG_BYTES), code: 1, reason: 'Binary file (PNG image), expected a text release' },
  {
    input: 'invalid UTF-8 (read as Windows-1252, with a warning)',
    make: () => write('latin1.md', INVALID_UTF8),
    code: 0,
    warning: /^ {2}1:1 {2}warning {2}Invalid UTF-8 at byte 24, expected UTF-8 or UTF-16 with a BOM; read as Windows-1252 +encoding$/m,
    check: (r) => expect(r.release.headline).toBe('A headline'),
  },
  {
    input: 'UTF-16 LE with BOM',
    make: () => write('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(release, 'utf16le')])),
    code: 0,
    same: true,
  },
  {
    input: 'UTF-16 BE with BOM',
    make: () => write('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(release, 'utf16le').swap16()])),
    code: 0,
    same: true,
  },
  { input: 'a UTF-8 BOM', make: () => write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(release)])), code: 0, same: true },
  { input: 'CRLF line ends', make: () => write('crlf.md', release.replace(/\n/g, '\r\n')), code: 0, same: true },
  { input: 'lone CR line ends', make: () => write('cr.md', release.replace(/\n/g, '\r')), code: 0, same: true },
  { input: 'NUL bytes', make: () => write('nul.md', release.replace(/\. /g, '.\0 ')), code: 0, same: true },
  {
    input: 'a 10 MB release',
    make: () => {
      const para = 'The survey team measured sediment cores at twelve sites along the coast over three seasons.\n\n';
      return write('huge.md', release + '\n\n' + para.repeat(Math.ceil(10_000_000 / para.length)));
    },
    code: 0,
    warning: /^ {2}1:1 {2}warning {2}Release too long \(100\d{5} characters\), expected at most 2000000: only the first \d+ are read {2}input-size$/m,
    check: paperOf,
    timeout: 180_000,
  },
  {
    input: 'a 1 MB single line',
    make: () => write('one-line.md', `# ${HEADLINE}\n\nDOI: ${DOI}\n\n${'1234. Dr. "x" '.repeat(75_000)}\n`),
    code: 0,
    check: paperOf,
    timeout: 120_000,
  },
  {
    input: '20,000 nested block quotes',
    make: () => write('quotes.md', `${release}\n\n${'> '.repeat(20_000)}deep text\n`),
    code: 0,
    check: paperOf,
  },
  {
    input: '20,000 nested HTML divs',
    make: () =>
      write('divs.html', `<html><body><h1>${HEADLINE}</h1><p>DOI: ${DOI}</p>${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}</body></html>`),
    code: 0,
    check: paperOf,
  },
];

/** The record of the clean UTF-8, LF release, without its source. */
let reference: Promise<Record<string, unknown>> | undefined;
const cleanRecord = (): Promise<Record<string, unknown>> =>
  (reference ??= cli([write('clean.md', release)]).then((r) => {
    const { source: _s, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
    return rest;
  }));

describe.skipIf(!built)('bad input through the built CLI', () => {
  it.concurrent.each(rows.map((row) => [row.input, row] as const))('%s', async (_input, row) => {
    const path = row.make();
    const { code, stdout, stderr } = await cli([path], row.uid);
    expect(stderr).not.toMatch(NO_TRACE);
    expect(code).toBe(row.code);
    if (row.reason !== undefined) {
      expect(stdout).toBe('');
      expect(stderr).toBe(`pr2meta: ${path}: ${row.reason}\n`);
      return;
    }
    const record = JSON.parse(stdout) as Record<string, any>;
    expect(record.source).toBe(path);
    if (row.warning) expect(stderr).toMatch(row.warning);
    if (row.same) {
      const { source: _s, ...rest } = record;
      expect(rest).toEqual(await cleanRecord());
      expect(stderr).toBe('');
    }
    row.check?.(record);
  }, 180_000);

  it('--debug adds no trace for a bad input (there is no crash to trace)', async () => {
    const { code, stderr } = await cli([join(dir, 'missing.md'), '--debug']);
    expect(code).toBe(1);
    expect(stderr).toBe(`pr2meta: ${join(dir, 'missing.md')}: No such file or directory\n`);
  });
});
