/**
 * The record as JSON, in the shape of the gold files, provenance beside the fields.
 * @packageDocumentation
 */
import type { PressRecord } from '../types.js';
import type { Emitter } from './types.js';

/** One record as a plain object, provenance kept unless turned off. */
export function recordToJson(record: PressRecord, provenance = true): Partial<PressRecord> {
  if (provenance) return record;
  const { provenance: _omit, ...rest } = record;
  return rest;
}

/** One record as pretty JSON; several as an array. */
export const emitJson: Emitter = (records, options) => {
  const items = records.map((r) => recordToJson(r, options.provenance !== false));
  return JSON.stringify(items.length === 1 ? items[0] : items, null, 2) + '\n';
};

/** One compact JSON record per line (NDJSON). */
export const emitNdjson: Emitter = (records, options) =>
  records.map((r) => JSON.stringify(recordToJson(r, options.provenance !== false)) + '\n').join('');
