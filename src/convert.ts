/**
 * Release to record, with no I/O: decode, parse, extract.
 * @packageDocumentation
 */
import { VFile } from 'vfile';
import type { InputFormat, PressRecord, ReleaseDocument } from './types.js';
import { decodeText, normalizeNewlines } from './parse/decode.js';
import { formatFromPath, parseRelease, sniffFormat } from './parse/document.js';
import { loadParsersFor } from './parse/loaders.js';
import { boundSize, MAX_CHARS } from './parse/guard.js';
import { runExtractors } from './extract/runner.js';
import { extractors } from './extractors/index.js';
import { loadPhoneLibrary, mayHoldPhone } from './extractors/contact/phones.js';

/** Options for {@link convert}. */
export interface ConvertOptions {
  /** The input's path or name, used for format detection and messages. */
  path?: string;
  /** Overrides format detection. */
  format?: InputFormat;
}

/** The outcome of converting one release. */
export interface Conversion {
  record: PressRecord;
  /** The input as a VFile; its `messages` are the diagnostics. */
  file: VFile;
  doc: ReleaseDocument;
}

/** Extracts the record from a parsed release. */
export function extract(doc: ReleaseDocument): PressRecord {
  return runExtractors(doc, extractors);
}

/**
 * Converts one release (text, bytes or a VFile) into its record; bytes are decoded first
 * and a {@link DecodeError} is thrown when they are not text.
 */
export function convert(input: string | Uint8Array | VFile, options: ConvertOptions = {}): Conversion {
  const file = toFile(input, options);
  const doc = parseRelease(file, options.format);
  const record = extract(doc);
  if (options.path) record.source = options.path;
  return { record, file, doc };
}

function toFile(input: string | Uint8Array | VFile, options: ConvertOptions): VFile {
  if (input instanceof VFile) return input;
  const { text: decoded, note } = typeof input === 'string' ? { text: normalizeNewlines(input), note: null } : decodeText(input);
  const { text, truncated } = boundSize(decoded);
  const file = new VFile({ value: text, ...(options.path ? { path: options.path } : {}) });
  if (note) file.message(note, { ruleId: 'encoding', source: 'pr2meta' });
  if (truncated) {
    file.message(`Release too long (${decoded.length} characters), expected at most ${MAX_CHARS}: only the first ${text.length} are read`, {
      ruleId: 'input-size',
      source: 'pr2meta',
    });
  }
  return file;
}

/**
 * Converts one release like {@link convert}, first loading what it needs (the HTML and YAML
 * parsers, libphonenumber-js when it holds a phone-like digit run) so that inputs that do not
 * need them never load them.
 */
export async function convertAsync(input: string | Uint8Array | VFile, options: ConvertOptions = {}): Promise<Conversion> {
  const file = toFile(input, options);
  const text = String(file.value);
  await loadParsersFor(text, options.format ?? formatFromPath(file.path) ?? sniffFormat(text));
  const doc = parseRelease(file, options.format);
  if (mayHoldPhone(doc.blocks)) await loadPhoneLibrary();
  const record = extract(doc);
  if (options.path) record.source = options.path;
  return { record, file, doc };
}
