import { describe, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import { DecodeError } from '../../src/parse/decode.js';
import { mutatedRelease, params, RUNS, timeoutFor, validAllFormats } from './support.js';

// The project's own releases, mutated (lines deleted, duplicated, swapped; quote marks swapped;
// tokens inserted; cut at any byte): a record (or a DecodeError for a cut UTF-8 sequence), and
// every format valid: JSON, NDJSON, JSON-LD (checker rules, --html), CSL (ajv), BibTeX
// (citation-js re-parse, same DOIs), RIS (line grammar).
describe(`mutated fixtures (${RUNS} cases per property)`, () => {
  it(
    'convert never throws and every format is valid',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedRelease, async ({ path, bytes }) => {
          let record;
          try {
            record = convert(bytes, { path }).record;
          } catch (error) {
            if (error instanceof DecodeError && /^Invalid UTF-8/.test(error.message)) return;
            throw error;
          }
          await validAllFormats([record]);
        }),
        params,
      );
    },
    timeoutFor(25),
  );
});
