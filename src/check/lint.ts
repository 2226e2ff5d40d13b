/**
 * Runs the lint rules over one conversion and collects their findings on a fresh VFile, each
 * stamped with the rule's id, `pr2meta` as source, and the configured severity.
 * @packageDocumentation
 */
import { VFile } from 'vfile';
import type { Conversion } from '../convert.js';
import type { Place, RuleContext } from './rule.js';
import { ruleIds, rules } from './registry.js';
import { defaultSeverities, type Severities } from './config.js';

/** Options for {@link lint}. */
export interface LintOptions {
  /** Severities by rule id; rules set to `off` do not run. */
  severities?: Severities;
  /** The instant embargoes are compared with (default: the clock). */
  now?: Date;
}

/** The source every finding carries. */
export const SOURCE = 'pr2meta';

/** Lints a conversion; the findings are the messages of the returned VFile, sorted by place. */
export function lint(conversion: Conversion, options: LintOptions = {}): VFile {
  const { record, doc } = conversion;
  const severities = options.severities ?? defaultSeverities();
  const file = new VFile({ value: doc.text, ...(conversion.file.path ? { path: conversion.file.path } : {}) });
  const now = options.now ?? new Date();
  const seen = new Set<string>();
  for (const id of ruleIds) {
    const level = severities[id];
    if (level === 'off') continue;
    const toPoint = (place: Place): { line: number; column: number } | undefined => {
      if (place === undefined) return undefined;
      if (typeof place === 'number') {
        const p = doc.pointAt(place);
        return { line: p.line, column: p.column };
      }
      return place;
    };
    const ctx: RuleContext = {
      record,
      doc,
      now,
      report(reason, place) {
        const point = toPoint(place);
        const key = `${id}\0${point?.line}:${point?.column}\0${reason}`;
        if (seen.has(key)) return;
        seen.add(key);
        const message = file.message(reason, { ...(point ? { place: point } : {}), ruleId: id, source: SOURCE });
        message.fatal = level === 'error';
      },
    };
    try {
      rules[id].check(ctx);
    } catch (error) {
      const message = file.message(`Rule ${id} failed: ${error instanceof Error ? error.message : String(error)}`, { ruleId: id, source: SOURCE });
      message.fatal = false;
    }
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
  return file;
}
