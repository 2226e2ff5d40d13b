/**
 * The release's own facts: headline, subheadline, date, dateline, embargo.
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';

/** Fills `record.release`. */
export const release: Extractor = {
  id: 'release',
  description: 'The headline, subheadline, date, dateline and embargo of the release.',
  run() {},
};
