/**
 * The GitHub Actions reporter: one workflow command per finding (`::error file=…,line=…::…`),
 * escaped as @actions/core escapes them, capped at the annotations GitHub shows per step.
 * @packageDocumentation
 */
import type { VFile } from 'vfile';
import type { ReportOptions } from './types.js';
import { levelOf } from './types.js';
import { stripControl } from './sanitize.js';

/** GitHub shows at most this many annotations of each level (error, warning) per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Escapes a command's message as @actions/core's `escapeData` does: `%`, CR, LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property as @actions/core's `escapeProperty` does: `%`, CR, LF, `:`, `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Renders `files` as GitHub workflow commands, errors first; past ten per level the findings
 * are printed as plain log lines (prefixed, so they cannot be read as commands) and counted on
 * a closing line.
 */
export function reportGithub(files: readonly VFile[], options: ReportOptions = {}): string {
  const lines: string[] = [];
  const overflow: string[] = [];
  const shown = { error: 0, warning: 0, notice: 0 };
  const hidden = { error: 0, warning: 0, notice: 0 };
  const rank = { error: 0, warning: 1, info: 2 };
  const all = files.flatMap((file) => file.messages.map((m) => ({ file, m, level: levelOf(m) })));
  all.sort((a, b) => rank[a.level] - rank[b.level]);
  for (const { file, m, level } of all) {
    if (options.quiet && level !== 'error') continue;
    const command = level === 'info' ? 'notice' : level;
    if (shown[command] >= ANNOTATIONS_PER_LEVEL) {
      hidden[command]++;
      const where = `${stripControl(file.path || '<stdin>')}:${m.line ?? 1}:${m.column ?? 1}`;
      overflow.push(`pr2meta: ${where}: ${level}: ${stripControl(m.reason).replace(/[\r\n]+/g, ' ')} [${m.ruleId ?? ''}]`);
      continue;
    }
    shown[command]++;
    const props: string[] = [];
    if (file.path) props.push(`file=${escapeProperty(stripControl(file.path))}`);
    if (m.line) props.push(`line=${m.line}`);
    if (m.column) props.push(`col=${m.column}`);
    if (m.ruleId) props.push(`title=${escapeProperty(stripControl(`pr2meta ${m.ruleId}`))}`);
    lines.push(`::${command} ${props.join(',')}::${escapeData(stripControl(m.reason))}`);
  }
  const parts: string[] = [];
  if (hidden.error) parts.push(`${hidden.error} more error${hidden.error === 1 ? '' : 's'}`);
  if (hidden.warning) parts.push(`${hidden.warning} more warning${hidden.warning === 1 ? '' : 's'}`);
  if (hidden.notice) parts.push(`${hidden.notice} more notice${hidden.notice === 1 ? '' : 's'}`);
  if (parts.length) {
    lines.push(...overflow);
    lines.push(`pr2meta check: ${parts.join(' and ')} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step); run with --reporter stylish to see them all`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
