/**
 * RIS through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl } from './csl.js';
import { forCitationJs, loadCitationJs, warnNoPaper } from './citation-js.js';
import type { Emitter } from './types.js';

/** One RIS entry as citation-js maps it: tag → value or values. */
type RisEntry = Record<string, string | number | Array<string | number>>;

/**
 * Writes RIS entries one tag per line, `TY` first and `ER` last. citation-js's own writer
 * breaks values every 70 characters with a raw newline; this one never does.
 */
export function writeRis(entries: readonly RisEntry[]): string {
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/[\s\u2028\u2029]+/g, ' ').trim()}`;
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
