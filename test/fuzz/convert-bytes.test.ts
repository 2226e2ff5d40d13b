import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import { decode, DecodeError } from '../../src/parse/decode.js';
import { params, RUNS, timeoutFor, validAllFormats } from './support.js';

// Arbitrary bytes, some behind a BOM or a binary signature: a record or a DecodeError, never another throw.
const PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x23, 0x20]];
const bytes = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ maxLength: 40, unit: 'binary' }).map((s) => new TextEncoder().encode(s))))
  .map(([prefix, body]) => Uint8Array.from([...prefix, ...body]));

/** Runs `f`, giving its value or the DecodeError it threw; any other throw fails. */
function recordOrDecodeError<T>(f: () => T): T | DecodeError {
  try {
    return f();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
}

describe(`arbitrary bytes (${RUNS} cases per property)`, () => {
  it(
    'decode gives text without CR or NUL, or a DecodeError with a reason',
    () => {
      fc.assert(
        fc.property(bytes, (b) => {
          const out = recordOrDecodeError(() => decode(b));
          if (out instanceof DecodeError) expect(out.message).toMatch(/^Binary file \(.+\), expected a text release$/);
          else expect(out).not.toMatch(/[\r\0]/);
        }),
        params,
      );
    },
    timeoutFor(2),
  );

  it(
    'convert(bytes) gives a record with valid output in every format, or a DecodeError',
    async () => {
      await fc.assert(
        fc.asyncProperty(bytes, fc.constantFrom('in.md', 'in.txt', 'in.html'), async (b, path) => {
          const out = recordOrDecodeError(() => convert(b, { path }));
          if (!(out instanceof DecodeError)) await validAllFormats([out.record]);
        }),
        params,
      );
    },
    timeoutFor(10),
  );
});
