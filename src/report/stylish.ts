/**
 * The human reporter: vfile-reporter's stylish text, with control characters from release
 * text and file names stripped so a release cannot recolour or retitle the terminal.
 * @packageDocumentation
 */
import { reporter } from 'vfile-reporter';
import { VFile } from 'vfile';
import type { ReportOptions } from './types.js';
import { stripControl } from './sanitize.js';

export { stripControl } from './sanitize.js';

/** Options for the human reporter. */
export interface StylishOptions extends ReportOptions {
  /** Print nothing for files without messages (default true). */
  silentClean?: boolean;
}

/** A copy of `file` whose path and messages carry no control characters (the original is left alone). */
function sanitized(file: VFile, quiet: boolean): VFile {
  const copy = new VFile(file.path ? { path: stripControl(file.path) } : {});
  for (const m of file.messages) {
    if (quiet && m.fatal !== true) continue;
    const place = m.place ?? undefined;
    const clean = copy.message(stripControl(m.reason), {
      ...(place ? { place } : {}),
      ...(m.ruleId ? { ruleId: stripControl(m.ruleId) } : {}),
      ...(m.source ? { source: stripControl(m.source) } : {}),
    });
    clean.fatal = m.fatal;
  }
  return copy;
}

/** Renders the messages of `files` as stylish text (empty when there is nothing to say). */
export function reportStylish(files: readonly VFile[], options: StylishOptions = {}): string {
  const quiet = options.quiet ?? false;
  const shown = files.map((f) => sanitized(f, quiet)).filter((f) => f.messages.length > 0 || options.silentClean === false);
  if (!shown.length) return '';
  const text = reporter(shown, { quiet: true, silent: quiet, color: options.color ?? false });
  return text ? text + '\n' : '';
}
