/**
 * RIS through citation-js, from CSL-JSON.
 * @packageDocumentation
 */
import type { Emitter } from './types.js';

/** The papers as RIS (placeholder until the emitter lands). */
export const emitRis: Emitter = () => '';
