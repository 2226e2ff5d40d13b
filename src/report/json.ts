/**
 * The JSON reporter: ESLint's format, one entry per file with its messages and counts.
 * @packageDocumentation
 */
import type { VFile } from 'vfile';
import type { ReportOptions } from './types.js';
import { levelOf } from './types.js';

/** One message as ESLint's JSON formatter writes it (severity 2 error, 1 warning). */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One file's result as ESLint's JSON formatter writes it. */
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

/** The ESLint-like results of `files`, as objects. */
export function jsonResults(files: readonly VFile[], options: ReportOptions = {}): JsonResult[] {
  return files.map((file) => {
    const messages: JsonMessage[] = [];
    for (const m of file.messages) {
      if (options.quiet && m.fatal !== true) continue;
      const end = m.place && 'start' in m.place ? m.place.end : undefined;
      messages.push({
        ruleId: m.ruleId ?? null,
        severity: levelOf(m) === 'error' ? 2 : 1,
        message: m.reason,
        line: m.line ?? 1,
        column: m.column ?? 1,
        ...(end ? { endLine: end.line, endColumn: end.column } : {}),
      });
    }
    return {
      filePath: file.path || '<stdin>',
      messages,
      errorCount: messages.filter((m) => m.severity === 2).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
    };
  });
}

/** Renders `files` as an ESLint-like JSON array (one line, newline-terminated). */
export function reportJson(files: readonly VFile[], options: ReportOptions = {}): string {
  return JSON.stringify(jsonResults(files, options)) + '\n';
}
