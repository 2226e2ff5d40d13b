/**
 * The human reporter: vfile-reporter's stylish text, control characters from release text stripped.
 * @packageDocumentation
 */
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';

/** Options for the human reporter. */
export interface StylishOptions {
  /** Hide warnings and infos; show errors only. */
  quiet?: boolean;
  color?: boolean;
  /** Print nothing for files without messages (default true). */
  silentClean?: boolean;
}

/** Removes C0/C1 control characters (ANSI escapes included) except tab and newline. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Renders the messages of `files` as stylish text (empty when there is nothing to say). */
export function reportStylish(files: readonly VFile[], options: StylishOptions = {}): string {
  const shown = files.filter((f) => f.messages.some((m) => !options.quiet || m.fatal === true));
  if (!shown.length) return '';
  for (const f of shown) for (const m of f.messages) m.reason = stripControl(m.reason);
  const text = reporter(shown as VFile[], { quiet: options.quiet ?? false, silent: options.quiet ?? false, color: options.color ?? false });
  return text ? text + '\n' : '';
}
