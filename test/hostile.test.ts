import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { emitters, type OutputFormat } from '../src/emit/index.js';
import { extractors } from '../src/extractors/index.js';
import { runExtractors } from '../src/extract/runner.js';

/**
 * The 1 MB hostile inputs of the benchmark (and a few more shapes of the same kind): every
 * one must go through convert and every emitter well within the bound, so a regular expression
 * that turns quadratic fails CI. The bound is generous (vitest, a loaded 2-core machine); the
 * CLI target is under a second each.
 */
const BOUND_MS = 5000;
const M = 1_000_000;

const hostile: Record<string, string> = {
  'one line of "1234."': '1234.'.repeat(M / 5),
  '"1234. " with spaces': '1234. '.repeat(M / 6),
  '200,000 straight quotes': '"'.repeat(200_000),
  '200,000 curly quotes': '“'.repeat(200_000),
  '50,000 ( then a DOI then 50,000 )': '('.repeat(50_000) + '10.1000/abc' + ')'.repeat(50_000),
  '"10.1000/" × 100,000': '10.1000/'.repeat(100_000),
  '"Dr. " × 100,000': 'Dr. '.repeat(100_000),
  'a contact label then 300,000 spaces': 'Contact: a' + ' '.repeat(300_000) + '-',
  'contact lines with long space runs': 'Media contact:\n' + ('x' + ' '.repeat(1000) + ':\n').repeat(900),
  'one space run of 1 MB': 'a' + ' '.repeat(M) + 'b',
  // A labelled citation row run on for 1 MB (the split before each inline label is bounded per line).
  'a "Title:" row of 30,000 inline labels': 'Title: x ' + 'Authors: A Journal: B Published: C '.repeat(30_000),
  // A reference of glued words for 1 MB (lost breaks are put back only in reference-sized text).
  'a reference of 60,000 glued words': 'Reference: ' + 'reefsNature Climate '.repeat(60_000) + ' doi:10.1000/x',
};

const formats = Object.keys(emitters) as OutputFormat[];

describe('hostile inputs stay fast', () => {
  it.each(Object.keys(hostile))('%s: convert and every emitter', async (name) => {
    const text = hostile[name]!;
    const started = performance.now();
    const { record } = await convertAsync(text, { path: 'hostile.txt' });
    for (const format of formats) {
      const out = await emitters[format]([record], { warn: () => {} });
      expect(typeof out).toBe('string');
    }
    const elapsed = performance.now() - started;
    expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  });

  it('each extractor alone stays within the bound on the contact space runs', async () => {
    const { doc } = await convertAsync(hostile['a contact label then 300,000 spaces']!, { path: 'hostile.txt' });
    for (const ex of extractors) {
      const started = performance.now();
      runExtractors(doc, [ex]);
      expect(performance.now() - started, ex.id).toBeLessThan(BOUND_MS);
    }
  });

  it('still reads the contact after a long space run', async () => {
    const { record } = await convertAsync('Media contact: Jane Roe' + ' '.repeat(5000) + '\njane.roe@example.org\n', { path: 'c.txt' });
    expect(record.contacts.map((c) => c.email)).toContain('jane.roe@example.org');
  });
});
