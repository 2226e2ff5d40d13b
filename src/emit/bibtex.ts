/**
 * BibTeX through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl } from './csl.js';
import { forCitationJs, loadCitationJs, warnNoPaper } from './citation-js.js';
import type { Emitter } from './types.js';

/**
 * Rewrites citation-js's `month = {mar 15}` (month and day in one field) into the standard
 * BibTeX month macro `month = mar`.
 */
export function standardMonth(bibtex: string): string {
  return bibtex.replace(/^(\s*month = )\{([a-z]{3})[^}\n]{0,20}\},$/gm, '$1$2,');
}

/**
 * The papers as BibTeX `@article` entries keyed by their citation keys, special characters
 * escaped by citation-js (ASCII output); empty with a warning when there is no paper.
 */
export const emitBibtex: Emitter = async (records, options) => {
  warnNoPaper(records, options, 'BibTeX');
  const items = recordsToCsl(records);
  if (!items.length) return '';
  const Cite = await loadCitationJs();
  const text = new Cite(forCitationJs(items)).format('bibtex', { format: 'text' });
  return standardMonth(text).trimEnd() + '\n';
};
