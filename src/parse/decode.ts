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

/**
 * Decodes a release's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; line ends
 * normalised, NUL bytes dropped; throws {@link DecodeError} for binary or invalid UTF-8.
 */
export function decode(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const kind = sniffBinary(bytes);
    if (kind) throw new DecodeError(`Binary file (${kind}), expected a text release`);
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw new DecodeError(`Invalid UTF-8 at byte ${firstInvalidUtf8(body)}, expected UTF-8 or UTF-16 with a BOM`);
    }
  }
  if (text.includes('\0')) text = text.replaceAll('\0', '');
  return normalizeNewlines(text);
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
