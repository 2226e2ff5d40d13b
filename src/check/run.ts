/**
 * `pr2meta check [inputs…]`: lints releases and writes the report to stdout (the report is
 * the command's data); usage errors go to stderr. Exit 0 clean, 1 an error-level finding, an
 * unreadable input or too many warnings, 2 a usage error.
 * @packageDocumentation
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VFile } from 'vfile';
import type { CliIO } from '../cli.js';
import { convertAsync } from '../convert.js';
import { loadPhoneLibrary } from '../extractors/contact/phones.js';
import { tuneForRun } from '../cli/v8-tuning.js';
import { DecodeError } from '../parse/decode.js';
import { defaultReporter, isReporterName, reporters, type ReporterName } from '../report/index.js';
import { lint, SOURCE } from './lint.js';
import { ruleIds, rules } from './registry.js';
import { severityResolver, UsageError } from './config.js';

/** pr2meta's version, for the SARIF driver. */
const VERSION = '0.1.0';

/** The extensions of releases found when an input is a directory. */
const RELEASE_EXT = /\.(?:md|markdown|txt|html?)$/i;

interface CheckOptions {
  config?: string;
  rule: string[];
  reporter?: string;
  maxWarnings?: number;
  now?: Date;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return Number(value);
}

function parseNow(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim()) ? new Date(value.trim()) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2024-05-01T12:00Z');
  return date;
}

function command(io: CliIO): Command {
  const ruleHelp = ruleIds.map((id) => `  ${id.padEnd(26)} ${rules[id].severity.padEnd(5)} ${rules[id].doc}`).join('\n');
  return new Command('check')
    .name('pr2meta check')
    .description('Lint press releases: DOI, citation, date, embargo, contacts, quotes, end mark.')
    .argument('[inputs...]', 'release files or directories; standard input when none or "-"')
    .option('-c, --config <file>', 'use this config instead of the nearest .pr2metarc.json')
    .addOption(new Option('--rule <id=level>', 'set a rule to off, warn or error (repeatable; wins over the config)').argParser(collect).default([] as string[], 'none'))
    .addOption(new Option('--reporter <name>', 'report format (default: github on GitHub Actions, else stylish)').choices(Object.keys(reporters)))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than n').argParser(parseMaxWarnings))
    .addOption(new Option('--now <iso>', 'the instant embargoes are compared with').argParser(parseNow))
    .option('-q, --quiet', 'report errors only; warnings are neither shown nor counted')
    .addHelpText('after', `\nRules (id, default severity, what it finds):\n${ruleHelp}\n\nExamples:\n  pr2meta check releases/\n  pr2meta check --rule end-mark-missing=off --max-warnings 0 release.md\n  pr2meta check --reporter sarif releases/ > pr2meta.sarif\n`)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run pr2meta check --help for usage)');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Expands directories into the releases they hold, recursively, in sorted order. */
async function expand(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = input !== '-' && (await stat(input)).isDirectory();
    } catch {
      /* reported when read */
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found = entries.filter((e) => e.isFile() && RELEASE_EXT.test(e.name)).map((e) => join(e.parentPath, e.name));
    // An empty directory stays an input, so that reading it reports "Is a directory".
    out.push(...(found.length ? found.sort() : [input]));
  }
  return out;
}

function failedFile(name: string, reason: string, ruleId: string): VFile {
  const file = new VFile({ path: name });
  file.message(`Cannot read ${name}: ${reason}`, { ruleId, source: SOURCE }).fatal = true;
  return file;
}

/**
 * Runs `check`: `argv` are the arguments after `check` (options and inputs), parsed here;
 * `inputs`, when not empty, are inputs the caller already resolved and replace those in
 * `argv`. Returns the exit code and never exits the process.
 */
export async function runCheck(inputs: string[], argv: string[], io: CliIO): Promise<number> {
  const cmd = command(io);
  let opts: CheckOptions;
  try {
    cmd.parse(argv, { from: 'user' });
    opts = cmd.opts<CheckOptions>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const usage = (message: string): number => {
    io.stderr.write(`pr2meta check: ${message}\n`);
    return 2;
  };
  let resolveSeverities: ReturnType<typeof severityResolver>;
  try {
    resolveSeverities = severityResolver({ configFile: opts.config, ruleFlags: opts.rule });
    if (opts.config) await resolveSeverities(null);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  const reporterName: ReporterName = opts.reporter && isReporterName(opts.reporter) ? opts.reporter : defaultReporter(io.env);
  const given = inputs.length ? inputs : cmd.args;
  const paths = await expand(given.length ? given : ['-']);
  // A check of many releases compiles its regular expressions fully optimised (see v8-tuning.ts).
  if (io.tuneV8 === true) tuneForRun(paths.length, 1);
  const files: VFile[] = [];
  for (const input of paths) {
    const name = input === '-' ? '<stdin>' : input;
    let severities;
    try {
      severities = await resolveSeverities(input === '-' ? null : input);
    } catch (error) {
      if (error instanceof UsageError) return usage(error.message);
      throw error;
    }
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? await readStream(io.stdin) : await readFile(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'No such file' : code === 'EACCES' ? 'Permission denied' : code === 'EISDIR' ? 'Is a directory with no releases (.md, .markdown, .txt, .html, .htm)' : (error as Error).message;
      files.push(failedFile(name, reason, 'read'));
      continue;
    }
    try {
      const conversion = await convertAsync(bytes, input === '-' ? {} : { path: input });
      // The phone rule checks printed numbers with libphonenumber-js, a lazily loaded chunk.
      await loadPhoneLibrary();
      if (input === '-') conversion.file.path = name;
      files.push(lint(conversion, { severities, ...(opts.now ? { now: opts.now } : {}) }));
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      files.push(failedFile(name, error.message, 'decode'));
    }
  }
  const quiet = opts.quiet ?? false;
  const stdoutTTY = (io.stdout as { isTTY?: boolean }).isTTY === true;
  const color = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' ? true : io.env.NO_COLOR ? false : stdoutTTY;
  const meta = ruleIds.map((id) => ({ id, severity: rules[id].severity, doc: rules[id].doc }));
  io.stdout.write(reporters[reporterName](files, { quiet, color, rules: meta, version: VERSION }));
  const errors = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal === true).length, 0);
  const warnings = quiet ? 0 : files.reduce((n, f) => n + f.messages.filter((m) => m.fatal === false).length, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr.write(`pr2meta check: too many warnings (${warnings}, maximum ${opts.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
