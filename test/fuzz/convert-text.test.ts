import { describe, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import type { InputFormat } from '../../src/types.js';
import { hostileText, params, RUNS, timeoutFor, validAllFormats } from './support.js';

// Arbitrary text, read as each input format: convert never throws, every format stays valid.
const text = fc.oneof(fc.string({ maxLength: 60, unit: 'binary' }), fc.string({ maxLength: 60, unit: 'grapheme' }), hostileText(80));
const format = fc.constantFrom<InputFormat | undefined>('md', 'txt', 'html', undefined);

describe(`arbitrary strings (${RUNS} cases per property)`, () => {
  it(
    'convert never throws and every format is valid',
    async () => {
      await fc.assert(
        fc.asyncProperty(text, format, async (input, fmt) => {
          const { record } = convert(input, fmt ? { format: fmt } : {});
          await validAllFormats([record]);
        }),
        params,
      );
    },
    timeoutFor(10),
  );
});
