/**
 * Quoted statements and their speakers.
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';

/** Fills `record.quotes`. */
export const quotes: Extractor = {
  id: 'quotes',
  description: 'Quoted statements of five words or more, with the speaker and role.',
  run() {},
};
