import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { emitters } from '../../src/emit/index.js';
import { risValue } from '../../src/emit/ris.js';
import { framer } from '../../src/cli/frame.js';
import { emptyRecord } from '../support/records.js';
import { validAllFormats, validNdjson, validRis } from './support.js';

// Counterexamples the property tests found, kept as regular tests.
describe('fuzz regressions', () => {
  it('a DOI holding U+0085 (NEL) stays on one RIS line and one NDJSON line', async () => {
    // Found by "arbitrary strings": "DOI: 10.5555/\u0085…(" read as text.
    const { record } = convert('DOI: 10.5555/\u0085abc\u2028def(', { format: 'txt' });
    expect(record.articles[0]?.doi).toMatch(/^10\.5555\//);
    const ris = await emitters.ris([record], {});
    validRis(ris, 1);
    expect(ris).toContain('DO  - 10.5555/ abc');
    const nd = await emitters.ndjson([record], {});
    validNdjson(nd, 1);
    expect(nd).toContain('\\u0085abc');
    expect(JSON.parse(nd).articles[0].doi).toBe(record.articles[0]!.doi);
    await validAllFormats([record]);
  });

  it('RIS values drop control characters and collapse every line break', () => {
    expect(risValue('a\u001cb\u001dc\u001ed\u000be\u000cf\u0085g\u2028h\u2029i')).toBe('a b c d e f g h i');
    expect(risValue('x\u0000\u001b[31my\u009b')).toBe('x[31my');
  });

  it('JSON-LD one document per line escapes NEL (U+0085)', async () => {
    const record = emptyRecord();
    record.release.headline = 'Head\u0085line';
    const frame = framer('jsonld', 'many', { html: false, provenance: true });
    const line = await frame.item(record, () => {});
    expect(line.split('\n')).toEqual([expect.any(String), '']);
    expect(line).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(JSON.parse(line)['@graph'][0].headline).toBe('Head\u0085line');
  });
});
