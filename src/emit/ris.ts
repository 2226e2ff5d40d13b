/**
 * RIS through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl } from './csl.js';
import { forCitationJs, loadCitationJs, warnNoPaper } from './citation-js.js';
import type { Emitter } from './types.js';

/**
 * The papers as RIS records (`TY  - JOUR` … `ER  - `); every field on one line, since the CSL
 * hub collapses white space; empty with a warning when there is no paper.
 */
export const emitRis: Emitter = async (records, options) => {
  warnNoPaper(records, options, 'RIS');
  const items = recordsToCsl(records);
  if (!items.length) return '';
  const Cite = await loadCitationJs();
  const text = new Cite(forCitationJs(items)).format('ris', { format: 'text' });
  return text.replace(/\n*$/, '\n');
};
