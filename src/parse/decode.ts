/**
 * Bytes to text: BOM-aware UTF-8/UTF-16 decoding, binary detection, line-end normalisation.
 * @packageDocumentation
 */

/** Why a file could not be read as text. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Names the binary format of `bytes` when it looks like one, else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.1 ? 'binary data' : null;
}

/** Turns CRLF and lone CR into LF. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** A release's text as decoded, with a note when its bytes were not valid UTF-8. */
export interface Decoded {
  /** The text, line ends normalised and NUL characters dropped. */
  text: string;
  /** How bytes that were not UTF-8 were read ("Invalid UTF-8 at byte 24, …; read as Windows-1252"), or null. */
  note: string | null;
}

/**
 * Decodes a release's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; line ends
 * normalised, NUL bytes dropped; throws {@link DecodeError} for binary data. Bytes that are not
 * valid UTF-8 are still read, with a {@link Decoded.note}: as Windows-1252 (the encoding of
 * older press archives and of text saved from Word on Windows) when no byte in them opens a
 * valid UTF-8 sequence of two or more bytes, else as UTF-8 with U+FFFD for each broken
 * sequence (a UTF-8 file with a few damaged bytes).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let note: string | null = null;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const kind = sniffBinary(bytes);
    if (kind) throw new DecodeError(`Binary file (${kind}), expected a text release`);
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const { multibyte, invalid } = utf8Census(body);
      const legacy = multibyte === 0;
      text = legacy ? windows1252(body) : new TextDecoder('utf-8').decode(body);
      const how = legacy ? 'read as Windows-1252' : `read as UTF-8 with ${invalid} broken ${invalid === 1 ? 'sequence' : 'sequences'} replaced by U+FFFD`;
      note = `Invalid UTF-8 at byte ${firstInvalidUtf8(body)}, expected UTF-8 or UTF-16 with a BOM; ${how}`;
    }
  }
  if (text.includes('\0')) text = text.replaceAll('\0', '');
  return { text: normalizeNewlines(text), note };
}

/**
 * The characters Windows-1252 gives bytes 0x80-0x9F (curly quotes, dashes, the euro sign...);
 * the bytes it leaves undefined keep their Latin-1 control characters, as the WHATWG encoding
 * standard has it.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 bytes. (Node 20's TextDecoder takes the label but decodes ISO-8859-1,
 * which turns curly quotes and dashes into control characters.)
 */
function windows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  let last = 0;
  for (let i = 0; i < latin1.length; i++) {
    const c = latin1.charCodeAt(i);
    if (c < 0x80 || c > 0x9f) continue;
    out += latin1.slice(last, i) + CP1252_HIGH.charAt(c - 0x80);
    last = i + 1;
  }
  return out + latin1.slice(last);
}

/** Decodes a release's bytes like {@link decodeText}, without its note. */
export function decode(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** Counts the valid UTF-8 sequences of two or more bytes in `bytes` and the bytes that open no valid sequence. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (len > 1) multibyte++;
    i += len;
  }
  return { multibyte, invalid };
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there opens none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return len;
}

/** The offset of the first byte that breaks UTF-8, for the note. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return i;
}
