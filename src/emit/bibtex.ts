/**
 * BibTeX through citation-js, from CSL-JSON.
 * @packageDocumentation
 */
import type { Emitter } from './types.js';

/** The papers as BibTeX (placeholder until the emitter lands). */
export const emitBibtex: Emitter = () => '';
