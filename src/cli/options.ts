/**
 * The commander program: options, the `check` subcommand, and help with examples.
 * @packageDocumentation
 */
import { Command, Option } from 'commander';
import { emitters } from '../emit/index.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';
import { MANY_INPUTS } from './pool.js';

/** Examples shown after `--help`, one per common task. */
export const HELP_EXAMPLES = `
Examples:
  Convert one release to JSON (the default format):
    $ pr2meta release.md
  Schema.org JSON-LD, or wrapped in a <script> element for a web page:
    $ pr2meta release.html --format jsonld
    $ pr2meta release.html --format jsonld --html
  A folder (recursing into .md .markdown .txt .html .htm) to NDJSON, one record per line:
    $ pr2meta releases/ --format ndjson > records.ndjson
  A quoted glob, expanded by pr2meta in sorted order:
    $ pr2meta 'releases/**/*.md' --format ndjson | jq -r '.articles[].doi'
  One file per input (name.json, .jsonld, .csl.json, .bib, .ris) in a folder:
    $ pr2meta releases/ --format csl --out-dir out/ --force
  Citations for a reference manager:
    $ pr2meta release.md --format bibtex >> library.bib
    $ pr2meta releases/ --format ris > library.ris
  From standard input (HTML is sniffed; or say --input-format):
    $ curl -s https://example.org/release.html | pr2meta --format jsonld
    $ pbpaste | pr2meta - --input-format txt
  Check releases for missing or broken metadata (CI):
    $ pr2meta check releases/*.md

Exit codes: 0 done, 1 a failed input or an error-level finding, 2 usage error or crash,
130 interrupted. Colour follows the terminal, NO_COLOR and FORCE_COLOR.
`;

/** What the program was asked to do, filled by commander's actions. */
export type Invocation =
  | { command: 'convert'; inputs: string[]; options: Record<string, unknown> }
  | { command: 'check'; inputs: string[]; argv: string[] };

/**
 * Builds the commander program writing to `io`; parsing it with `parseAsync` sets `result.value`
 * to what was asked. Errors throw `CommanderError` (exit override) instead of exiting.
 */
export function buildProgram(io: CliIO, result: { value?: Invocation }): Command {
  const program = new Command()
    .name('pr2meta')
    .description('Turn science press releases into structured metadata: JSON, NDJSON, JSON-LD, CSL-JSON, BibTeX, RIS.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .enablePositionalOptions()
    .argument('[inputs...]', 'release files, folders or quoted globs; standard input when none or "-"')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(emitters)).default('json'))
    .addOption(new Option('--input-format <fmt>', 'read inputs as this format instead of detecting it').choices(['md', 'html', 'txt']))
    .option('-o, --out-dir <dir>', 'write one file per input into DIR instead of standard output')
    .option('--force', 'with --out-dir: replace files that already exist')
    .option('--html', 'with --format jsonld: wrap in <script type="application/ld+json">')
    .option('--no-provenance', 'leave provenance out of JSON output')
    .option('-q, --quiet', 'hide warnings; show errors only')
    .option('--color', 'colour diagnostics even when stderr is not a terminal')
    .option('--no-color', 'never colour diagnostics')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('-j, --jobs <n>', `inputs converted at once: this thread and n-1 worker threads (default: 1, or one per core but one for ${MANY_INPUTS} inputs or more)`)
    .option('--debug', 'print stack traces of crashes')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showHelpAfterError('(run pr2meta --help for usage)')
    .addHelpText('after', HELP_EXAMPLES)
    .action((inputs: string[], options: Record<string, unknown>) => {
      result.value = { command: 'convert', inputs, options };
    });
  program
    .command('check')
    .description('check releases for missing or inconsistent metadata (run "pr2meta check --help")')
    .argument('[args...]', 'inputs and check options')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .action((args: string[]) => {
      // The checker owns its options (some take values), so it finds the inputs in argv itself.
      result.value = { command: 'check', inputs: [], argv: args };
    });
  return program;
}
