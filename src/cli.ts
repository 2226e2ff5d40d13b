/**
 * The command line: `main(argv, io)` parses options, runs the conversion or `check`, and returns
 * the exit code (0 done, 1 a failed input or error-level finding, 2 usage error or crash); it
 * never exits the process.
 * @packageDocumentation
 */
import { CommanderError } from 'commander';
import { isOutputFormat } from './emit/index.js';
import { stripControl } from './report/stylish.js';
import type { InputFormat } from './types.js';
import type { CliIO } from './cli/io.js';
import { buildProgram, type Invocation } from './cli/options.js';
import { runConvert, type RunOptions } from './cli/run.js';
import { parseJobs } from './cli/pool.js';

export type { CliIO, CliWritable } from './cli/io.js';
export { VERSION } from './cli/version.js';

/** Turns commander's option bag into {@link RunOptions}, or a usage error message. */
function toRunOptions(o: Record<string, unknown>): RunOptions | string {
  const format = String(o['format'] ?? 'json');
  if (!isOutputFormat(format)) return `unknown format ${format}`;
  if (o['html'] === true && format !== 'jsonld') return '--html applies to --format jsonld only';
  if (o['force'] === true && o['outDir'] === undefined) return '--force applies to --out-dir only';
  const jobs = typeof o['jobs'] === 'string' ? parseJobs(o['jobs']) : undefined;
  if (jobs === null) return `invalid --jobs ${String(o['jobs'])}, expected a whole number from 1 to 256`;
  return {
    format,
    ...(typeof o['inputFormat'] === 'string' ? { inputFormat: o['inputFormat'] as InputFormat } : {}),
    ...(typeof o['outDir'] === 'string' ? { outDir: o['outDir'] } : {}),
    force: o['force'] === true,
    html: o['html'] === true,
    provenance: o['provenance'] !== false,
    quiet: o['quiet'] === true,
    debug: o['debug'] === true,
    ...(typeof o['color'] === 'boolean' ? { color: o['color'] } : {}),
    progress: o['progress'] !== false,
    ...(jobs !== undefined ? { jobs } : {}),
  };
}

/** Runs pr2meta with `argv` (as in `process.argv`) and returns the exit code; never exits the process. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const result: { value?: Invocation } = {};
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const asked = result.value;
  if (!asked) return 0;
  const debug = argv.includes('--debug');
  try {
    if (asked.command === 'check') {
      // The checker (its rules and reporters) loads only for `check`, with every parser it may reach.
      const [{ runCheck }, { loadAll }] = await Promise.all([import('./check/run.js'), import('./cli/load-all.js')]);
      await loadAll();
      return await runCheck(asked.inputs, asked.argv, io);
    }
    const options = toRunOptions(asked.options);
    if (typeof options === 'string') {
      io.stderr.write(`pr2meta: ${options}\n(run pr2meta --help for usage)\n`);
      return 2;
    }
    if (asked.inputs.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY === true) {
      io.stderr.write('pr2meta: no input: give release files or folders, or pipe a release to standard input\n(run pr2meta --help for usage)\n');
      return 2;
    }
    return await runConvert(asked.inputs, options, io);
  } catch (error) {
    io.stderr.write(`pr2meta: ${stripControl(error instanceof Error ? error.message : String(error))}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}
