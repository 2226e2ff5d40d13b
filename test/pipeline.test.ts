import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode, decodeText } from '../src/parse/decode.js';
import { convert } from '../src/convert.js';

const example = readFileSync(new URL('../fixtures/example-release.md', import.meta.url));

describe('decode', () => {
  const text = 'Héllo\nwörld\n';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['CRLF', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
    ['lone CR', Buffer.from(text.replace(/\n/g, '\r'), 'utf8')],
  ])('decodes %s to the same text', (_name, bytes) => {
    expect(decode(bytes)).toBe(text);
  });
  it('rejects PNG bytes as binary', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/Binary file \(PNG image\)/);
  });
  it.each([
    // Windows-1252: curly quotes, a dash, an accented letter.
    [[0x93, 0x4f, 0x75, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9], '\u201cOui\u201d \u2014 caf\u00e9', 'Invalid UTF-8 at byte 0, expected UTF-8 or UTF-16 with a BOM; read as Windows-1252'],
    // UTF-8 with one damaged byte: the rest stays UTF-8.
    [[0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xff, 0x21], 'caf\u00e9 \ufffd!', 'Invalid UTF-8 at byte 6, expected UTF-8 or UTF-16 with a BOM; read as UTF-8 with 1 broken sequence replaced by U+FFFD'],
  ])('reads bytes that are not UTF-8 %j as %j, with the note %j', (bytes, text, note) => {
    expect(decodeText(Buffer.from(bytes))).toEqual({ text, note });
    expect(decode(Buffer.from(bytes))).toBe(text);
  });
  it('gives no note for valid UTF-8', () => {
    expect(decodeText(Buffer.from('caf\u00e9\r\n', 'utf8'))).toEqual({ text: 'caf\u00e9\n', note: null });
  });
});

describe('sections', () => {
  it('splits the example release into its parts', () => {
    const { doc } = convert(example, { path: 'example-release.md' });
    const kinds = doc.sections.map((s) => s.kind);
    expect(kinds).toEqual(['label', 'embargo', 'headline', 'subheadline', 'lead', 'body', 'citation', 'contacts', 'end']);
    const contacts = doc.sections.find((s) => s.kind === 'contacts');
    expect(contacts?.label).toBe('Media contact');
    expect(contacts?.blocks[1]?.text).toContain('press@ocean-institute.example.org');
  });
  it('reads the same blocks from HTML', () => {
    const html = '<h1>Seagrass Stores Carbon</h1><p>Halifax, NS, March 15, 2023 – Seagrass meadows along temperate coasts bury carbon in their sediments up to three times faster than earlier surveys suggested, according to a new study.</p><h2>Media contact</h2><p>Hannah Whitfield<br>press@ocean-institute.example.org</p>';
    const { doc } = convert(html, { path: 'x.html' });
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => b.section)).toEqual(['headline', 'lead', 'contacts', 'contacts']);
    expect(doc.blocks[3]?.text).toBe('Hannah Whitfield\npress@ocean-institute.example.org');
    expect(doc.pointAt(doc.blocks[1]!.start)).toMatchObject({ line: 1, column: 32 });
  });
});
