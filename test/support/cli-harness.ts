/**
 * Test helpers for the CLI: synthetic releases written for these tests, and `main` run
 * against in-memory streams.
 * @packageDocumentation
 */
import { PassThrough, Writable } from 'node:stream';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import type { CliIO } from '../../src/cli.js';

const TOPICS = ['kelp forest recovery', 'deep-sea sponge growth', 'alpine soil microbes', 'urban heat islands', 'glacier meltwater lakes'];
const JOURNALS = ['Journal of Coastal Systems', 'Frontiers in Soil Biology', 'Urban Climate Letters'];

/** A small invented press release, numbered `i` (Markdown). */
export function syntheticRelease(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const journal = JOURNALS[i % JOURNALS.length]!;
  return [
    `# Study ${i} sheds light on ${topic}`,
    '',
    `TESTVILLE, March ${1 + (i % 28)}, 2024 – Researchers at the Example Institute report new findings on ${topic}, published in *${journal}*.`,
    '',
    `"We did not expect this," said Dr. Ada Tester${i}, who led the work.`,
    '',
    `The paper, "Findings on ${topic} number ${i}," appears in ${journal}. DOI: 10.5555/test.${i}`,
    '',
    '## Media contact',
    '',
    `Pat Example, press${i}@example.org`,
    '',
    '###',
    '',
  ].join('\n');
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'pr2meta-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `n` synthetic releases `release-000.md`... into `dir` (created when missing). */
export function writeReleases(dir: string, n: number, ext = 'md'): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `release-${String(i).padStart(3, '0')}.${ext}`;
    writeFileSync(join(dir, name), syntheticRelease(i));
    names.push(join(dir, name));
  }
  return names;
}

/** PNG signature and a header chunk start: a binary file. */
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
/** Text with a byte that is never valid UTF-8. */
export const INVALID_UTF8 = Buffer.concat([Buffer.from('# A headline\n\nSome text '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' more.\n')]);

/** A writable that collects what it is given; optionally a TTY. */
export class Collector extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  columns?: number;
  constructor(tty = false) {
    super({ decodeStrings: false });
    if (tty) {
      this.isTTY = true;
      this.columns = 100;
    }
  }
  override _write(chunk: unknown, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : String(chunk));
    done();
  }
  /** Everything written so far. */
  get text(): string {
    return this.chunks.join('');
  }
}

/** How to run {@link runMain}. */
export interface RunSetup {
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  stdout?: Writable & { isTTY?: boolean };
  stderrTTY?: boolean;
  signal?: AbortSignal;
  cwd?: string;
}

/** Runs `main` with `args` against in-memory streams; gives the exit code and both outputs. */
export async function runMain(args: string[], setup: RunSetup = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  stdin.end(setup.stdin ?? '');
  const stdout = setup.stdout ?? new Collector();
  const stderr = new Collector(setup.stderrTTY ?? false);
  const io: CliIO = {
    stdin,
    stdout: stdout as CliIO['stdout'],
    stderr,
    env: setup.env ?? {},
    ...(setup.signal ? { signal: setup.signal } : {}),
    ...(setup.cwd ? { cwd: setup.cwd } : {}),
  };
  const code = await main(['node', 'pr2meta', ...args], io);
  return { code, stdout: stdout instanceof Collector ? stdout.text : '', stderr: stderr.text };
}
