/**
 * The contract of a lint rule: an id, a default severity, a one-line doc and a check that
 * reports findings with a reason and a place; the linter stamps the rest.
 * @packageDocumentation
 */
import type { PressRecord, ReleaseDocument } from '../types.js';

/** How a rule is configured: off, a warning, or an error (ESLint's names). */
export type RuleLevel = 'off' | 'warn' | 'error';

/** Where a finding sits: an offset in the decoded input, or a line:column (from provenance). */
export type Place = number | { line: number; column: number } | undefined;

/** What a rule sees: the record, the parsed release, the clock, and a way to report. */
export interface RuleContext {
  record: PressRecord;
  doc: ReleaseDocument;
  /** The instant embargoes are compared with (`--now`, else the clock). */
  now: Date;
  /** Reports a finding; the linter stamps the rule's id, source and severity on it. */
  report(reason: string, place?: Place): void;
}

/** One lint rule, as unified-lint-rule shapes them: the check only gives a reason and a place. */
export interface Rule {
  /** Stable id, used in configuration and as `ruleId` on findings. */
  id: string;
  /** The severity when the configuration says nothing. */
  severity: Exclude<RuleLevel, 'off'>;
  /** One line on what the rule finds. */
  doc: string;
  check(ctx: RuleContext): void;
}
