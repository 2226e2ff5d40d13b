/**
 * The streams, environment and cancellation signal the CLI runs against.
 * @packageDocumentation
 */

/** A writable stream as the CLI sees it: a TTY flag and width when it is a terminal. */
export type CliWritable = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** The streams and environment the CLI runs against; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: CliWritable;
  stderr: CliWritable;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, ...); never read from `process.env` directly. */
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C: the run stops after the current input, removing partial output. */
  signal?: AbortSignal;
  /** The working directory for relative paths and globs (default `process.cwd()`). */
  cwd?: string;
  /**
   * Whether the run may set V8's process-wide flags for its size (see `cli/v8-tuning.ts`): the
   * bin says yes; a program that embeds `main` keeps its own flags unless it says so too.
   */
  tuneV8?: boolean;
}
