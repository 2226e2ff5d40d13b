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

/**
 * JSON text with NEL, LS and PS written as `\uXXXX` escapes (they can only occur inside strings,
 * where the escape means the same): line readers such as Python's `splitlines` break at them.
 */
export const escapeLineBreaks = (json: string): string =>
  json.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One compact JSON record per line (NDJSON), no line break of any kind inside a record. */
export const emitNdjson: Emitter = (records, options) =>
  records.map((r) => escapeLineBreaks(JSON.stringify(recordToJson(r, options.provenance !== false))) + '\n').join('');
