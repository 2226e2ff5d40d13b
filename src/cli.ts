/**
 * The command line: `main(argv, io)` parses options, converts each input, emits and reports,
 * and returns the exit code (0 done, 1 an error-level finding, 2 usage error or crash).
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { VFile } from 'vfile';
import { convertAsync } from './convert.js';
import { DecodeError } from './parse/decode.js';
import { emitters, isOutputFormat } from './emit/index.js';
import { reportStylish } from './report/stylish.js';
import type { InputFormat, PressRecord } from './types.js';

/** The streams and environment the CLI runs against; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** The version printed by `--version`. */
export const VERSION = '0.1.0';

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

interface CliOptions {
  format: string;
  inputFormat?: InputFormat;
  html?: boolean;
  quiet?: boolean;
  debug?: boolean;
  provenance: boolean;
}

function program(io: CliIO): Command {
  return new Command()
    .name('pr2meta')
    .description('Turn science press releases into structured metadata.')
    .version(VERSION)
    .argument('[inputs...]', 'release files (.md, .txt, .html); standard input when none or "-"')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(emitters)).default('json'))
    .addOption(new Option('--input-format <fmt>', 'override input detection').choices(['md', 'html', 'txt']))
    .option('--html', 'JSON-LD only: wrap in <script type="application/ld+json">')
    .option('--no-provenance', 'leave provenance out of JSON output')
    .option('-q, --quiet', 'hide warnings; show errors only')
    .option('--debug', 'print stack traces of crashes')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run pr2meta --help for usage)');
}

/** Runs pr2meta with `argv` (as in `process.argv`) and returns the exit code; never exits the process. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const cmd = program(io);
  let inputs: string[];
  let opts: CliOptions;
  try {
    cmd.parse([...argv]);
    inputs = cmd.args;
    opts = cmd.opts<CliOptions>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  try {
    if (!isOutputFormat(opts.format)) return 2;
    const files: VFile[] = [];
    const records: PressRecord[] = [];
    let failed = false;
    for (const input of inputs.length ? inputs : ['-']) {
      const name = input === '-' ? '<stdin>' : input;
      let bytes: Uint8Array;
      try {
        bytes = input === '-' ? await readStream(io.stdin) : await readFile(input);
      } catch (error) {
        const file = new VFile({ path: name });
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'No such file' : code === 'EACCES' ? 'Permission denied' : code === 'EISDIR' ? 'Is a directory' : (error as Error).message;
        file.message(`Cannot read ${name}: ${reason}`, { ruleId: 'read', source: 'pr2meta' }).fatal = true;
        files.push(file);
        failed = true;
        continue;
      }
      try {
        const { record, file } = await convertAsync(bytes, { path: input === '-' ? undefined : input, format: opts.inputFormat });
        if (input === '-') file.path = name;
        files.push(file);
        records.push(record);
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        const file = new VFile({ path: name });
        file.message(`Cannot read ${name}: ${error.message}`, { ruleId: 'decode', source: 'pr2meta' }).fatal = true;
        files.push(file);
        failed = true;
      }
    }
    const warnings: string[] = [];
    if (records.length) {
      const out = await emitters[opts.format](records, { html: opts.html, provenance: opts.provenance, warn: (m) => warnings.push(m) });
      io.stdout.write(out);
    }
    if (warnings.length && files[0]) for (const w of warnings) files[0].message(w, { ruleId: opts.format, source: 'pr2meta' });
    io.stderr.write(reportStylish(files, { quiet: opts.quiet, color: false }));
    return failed || files.some((f) => f.messages.some((m) => m.fatal === true)) ? 1 : 0;
  } catch (error) {
    io.stderr.write(`pr2meta: ${error instanceof Error ? error.message : String(error)}\n`);
    if (opts.debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}
