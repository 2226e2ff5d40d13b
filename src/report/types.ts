/**
 * The contract of a reporter: a pure function from linted files to text.
 * @packageDocumentation
 */
import type { VFile } from 'vfile';

/** What a reporter knows about a rule: id, default severity and one-line doc. */
export interface RuleMeta {
  id: string;
  severity: 'warn' | 'error';
  doc: string;
}

/** Options every reporter accepts (each reads what it needs). */
export interface ReportOptions {
  /** Errors only: warnings and infos are left out. */
  quiet?: boolean;
  /** ANSI colour (stylish only). */
  color?: boolean;
  /** The rules, for reporters that describe them (SARIF). */
  rules?: readonly RuleMeta[];
  /** The tool's version, for reporters that name it (SARIF). */
  version?: string;
}

/** Renders the messages of `files` as text; a pure function (ESLint's formatters). */
export type Reporter = (files: readonly VFile[], options?: ReportOptions) => string;

/** 'error' for fatal messages, 'warning' for the others that are not infos, else 'info'. */
export function levelOf(message: { fatal?: boolean | null | undefined }): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}
