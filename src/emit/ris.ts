/**
 * RIS through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl } from './csl.js';
import { forCitationJs, loadCitationJs, warnNoPaper } from './citation-js.js';
import type { Emitter } from './types.js';

/** One RIS entry as citation-js maps it: tag → value or values. */
type RisEntry = Record<string, string | number | Array<string | number>>;

/** Characters some readers take as a line break (Python's `splitlines`, Unicode NEL, LS, PS). */
const LINE_BREAKS = /[\s\u001c-\u001f\u0085\u2028\u2029]+/g;
/** Other C0 and C1 control characters, which have no place in a RIS value. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001b\u007f-\u0084\u0086-\u009f]/g;

/** A value made one line: every kind of line break collapsed to a space, control characters dropped. */
export function risValue(value: string): string {
  return value.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').trim();
}

/**
 * Writes RIS entries one tag per line, `TY` first and `ER` last. citation-js's own writer
 * breaks values every 70 characters with a raw newline; this one never does.
 */
export function writeRis(entries: readonly RisEntry[]): string {
  const line = (tag: string, value: string | number) => `${tag}  - ${risValue(String(value))}`;
  return entries
    .map((entry) => {
      const lines = [line('TY', String(entry.TY ?? 'GEN'))];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const v of ([] as Array<string | number>).concat(value)) lines.push(line(tag, v));
      }
      lines.push('ER  - ');
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

/**
 * The papers as RIS records (`TY  - JOUR` … `ER  - `), every field on one line; empty with a
 * warning when there is no paper.
 */
export const emitRis: Emitter = async (records, options) => {
  warnNoPaper(records, options, 'RIS');
  const items = recordsToCsl(records);
  if (!items.length) return '';
  const Cite = await loadCitationJs();
  const entries = new Cite(forCitationJs(items)).format('ris', { format: 'object' }) as unknown as RisEntry[];
  return writeRis(entries);
};
