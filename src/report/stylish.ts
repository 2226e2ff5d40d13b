/**
 * The human reporter, in ESLint's stylish layout: each file with findings, one aligned line
 * per finding, and a summary. Control characters from release text and file names are
 * stripped, so a release cannot recolour or retitle the terminal; colour is only ever ours.
 * @packageDocumentation
 */
import { Chalk } from 'chalk';
import type { VFile } from 'vfile';
import type { ReportOptions } from './types.js';
import { levelOf } from './types.js';
import { stripControl } from './sanitize.js';

export { stripControl } from './sanitize.js';

/** Options for the human reporter. */
export interface StylishOptions extends ReportOptions {
  /** List files without findings too (default false). */
  silentClean?: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const oneLine = (text: string): string => stripControl(text).replace(/\s*\n\s*/g, ' ');

/** Renders the messages of `files` as stylish text (empty when there is nothing to say). */
export function reportStylish(files: readonly VFile[], options: StylishOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    const messages = file.messages
      .filter((m) => !options.quiet || m.fatal === true)
      .slice()
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (!messages.length && options.silentClean !== false) continue;
    const rows = messages.map((m) => {
      const level = levelOf(m);
      if (level === 'error') errors++;
      else if (level === 'warning') warnings++;
      else infos++;
      return { where: `${m.line ?? 1}:${m.column ?? 1}`, level, reason: oneLine(m.reason), rule: oneLine(m.ruleId ?? '') };
    });
    const w = rows.reduce((n, r) => Math.max(n, r.where.length), 0);
    const r = rows.reduce((n, x) => Math.max(n, x.reason.length), 0);
    out.push(c.underline(oneLine(file.path || '<stdin>')));
    for (const row of rows) {
      const level = row.level === 'error' ? c.red('error  ') : row.level === 'warning' ? c.yellow('warning') : c.blue('info   ');
      out.push(`  ${c.dim(row.where.padEnd(w))}  ${level}  ${row.reason.padEnd(Math.min(r, 100))}  ${c.dim(row.rule)}`.trimEnd());
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (!total) return out.length ? out.join('\n') + '\n' : '';
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
  const summary = `${errors ? '✖' : '⚠'} ${plural(total, 'problem')} (${parts.join(', ')})`;
  out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary));
  return out.join('\n') + '\n';
}
