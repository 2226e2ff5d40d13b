/**
 * Where records go: a stream sink with backpressure and quiet EPIPE, and an `--out-dir`
 * writer that writes each file atomically and never over an input or outside the folder.
 * @packageDocumentation
 */
import { unlinkSync } from 'node:fs';
import { link, lstat, mkdir, realpath, rename, unlink, writeFile } from './fs-async.js';
import { basename, extname, join, relative, resolve, isAbsolute } from 'node:path';
import type { CliWritable } from './io.js';

/** Error codes that mean the reader went away (`| head -1`). */
const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET']);

/** Numbers this process's temporary files (node:crypto would cost start-up time for a name). */
let tempCounter = 0;

/** Standard output cannot be written (a full disk, say): the whole run stops with one line. */
export class SinkError extends Error {
  override name = 'SinkError';
}

/**
 * Writes text to a stream, waiting for 'drain' when it is full; when the reader has gone
 * (EPIPE) it stops quietly and {@link StreamSink.closed} turns true.
 */
export class StreamSink {
  /** True once the reader has closed the pipe. */
  closed = false;
  private failure: SinkError | undefined;
  private readonly onError = (error: NodeJS.ErrnoException): void => {
    if (error.code && GONE.has(error.code)) this.closed = true;
    else if (!this.failure) {
      const reason = error.code ? `${error.message.split(',')[0]}` : error.message;
      this.failure = new SinkError(`Cannot write to standard output: ${reason}`);
    }
  };

  constructor(private readonly stream: CliWritable) {
    stream.on('error', this.onError);
  }

  /** Writes `text`; resolves when the stream can take more (or has closed). */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || !text) return;
    let ok: boolean;
    try {
      ok = this.stream.write(text);
    } catch (error) {
      this.onError(error as NodeJS.ErrnoException);
      if (this.failure) throw this.failure;
      return;
    }
    if (!ok && !this.closed) await this.drained();
    if (this.failure) throw this.failure;
  }

  private drained(): Promise<void> {
    return new Promise((done) => {
      const finish = (): void => {
        this.stream.off('drain', finish);
        this.stream.off('error', finish);
        this.stream.off('close', finish);
        done();
      };
      this.stream.once('drain', finish);
      this.stream.once('error', finish);
      this.stream.once('close', finish);
    });
  }

  /** Stops listening to the stream; a late EPIPE stays harmless. */
  release(): void {
    this.stream.off('error', this.onError);
    this.stream.on('error', () => {});
  }
}

/** Why an output file could not be written, as a one-line reason. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Options for {@link OutDir}. */
export interface OutDirOptions {
  /** Replace an existing output file. */
  force?: boolean;
  /** The inputs' resolved paths: never written over, even with `force`. */
  inputs: ReadonlySet<string>;
  cwd?: string;
}

/** The base of an output name: the input's basename without its extension, `stdin` for `-`. */
export function outputBase(inputPath: string): string {
  if (inputPath === '-') return 'stdin';
  const name = basename(inputPath);
  const base = name.slice(0, name.length - extname(name).length) || name;
  // Control characters and separators make no file name we want to create.
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f/\\]/g, '_');
  return clean === '.' || clean === '..' || clean === '' ? '_' : clean;
}

/** One file per input in a folder, each written atomically (temporary file, then rename). */
export class OutDir {
  private readonly taken = new Set<string>();
  private readonly temps = new Set<string>();
  readonly dir: string;

  constructor(dir: string, private readonly options: OutDirOptions) {
    this.dir = resolve(options.cwd ?? process.cwd(), dir);
  }

  /** Creates the folder when it does not exist. */
  async open(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (error) {
      throw new OutputError(`Cannot create output folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }

  /**
   * The file name for an input, unique within this run (case-insensitively, for case-folding
   * file systems): `name.ext`, then `name-2.ext`, `name-3.ext`...
   */
  nameFor(inputPath: string, ext: string): string {
    const base = outputBase(inputPath);
    let name = base + ext;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}${ext}`;
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** Writes `text` to `name` in the folder atomically; throws {@link OutputError} with a reason. */
  async write(name: string, text: string): Promise<string> {
    const target = join(this.dir, name);
    const rel = relative(this.dir, target);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
      throw new OutputError(`Refusing to write ${name} outside the output folder`);
    }
    if (await this.isInput(target)) throw new OutputError(`Refusing to overwrite input file ${target}`);
    // Unique per process (pid) and per write (counter); the exclusive 'wx' open below refuses a clash.
    const temp = join(this.dir, `.${name}.${process.pid}.${(tempCounter++).toString(36)}.tmp`);
    this.temps.add(temp);
    try {
      await writeFile(temp, text, { flag: 'wx' });
      if (this.options.force) await rename(temp, target);
      else await this.linkNew(temp, target, name);
    } catch (error) {
      if (error instanceof OutputError) throw error;
      throw new OutputError(`Cannot write ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    } finally {
      await unlink(temp).catch(() => {});
      this.temps.delete(temp);
    }
    return target;
  }

  /** Puts `temp` at `target` only if nothing is there (hard link, or a checked rename where links fail). */
  private async linkNew(temp: string, target: string, name: string): Promise<void> {
    const exists = new OutputError(`Output file ${name} exists in ${this.dir}, use --force to replace it`);
    try {
      await link(temp, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw exists;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    }
    const present = await lstat(target).then(() => true, () => false);
    if (present) throw exists;
    await rename(temp, target);
  }

  private async isInput(target: string): Promise<boolean> {
    if (this.options.inputs.has(target)) return true;
    const real = await realpath(target).catch(() => null);
    return real !== null && this.options.inputs.has(real);
  }

  /** Removes temporary files at once, for a process that exits now (a second Ctrl-C). */
  readonly cleanupSync = (): void => {
    for (const t of this.temps) {
      try {
        unlinkSync(t);
      } catch {
        // already gone
      }
    }
    this.temps.clear();
  };

  /** Removes temporary files still in flight (after Ctrl-C): the folder keeps only whole files. */
  async cleanup(): Promise<void> {
    await Promise.all([...this.temps].map((t) => unlink(t).catch(() => {})));
    this.temps.clear();
  }
}
