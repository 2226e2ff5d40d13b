import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf } from './support/invented.js';

describe('a Nature-style title ended by a comma before the journal and its numbers (round 44)', () => {
  const text = (ref: string): string =>
    'Peat fires smoulder through the Siberian winter\n\nYAKUTSK, Russia, 12 March 2048 -- Fires in frozen peat kept burning under the snow until spring, satellite heat maps show.\n\n' +
    '"We watched the same fires switch off in October and wake up in April," said Dr. Aylin Sorokina-Baptiste, the first author.\n\n' +
    `Paper:\n${ref}\n\nContact: Ivo Marten, press officer, ivo.marten@boreal.example.org, +7 4112 555 019\n`;
  it.each([
    ['a comma', 'Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic, Nature Geoscience 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7', 'Nature Geoscience'],
    ['a comma and an abbreviation', 'Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic, Nat. Geosci. 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7', 'Nat. Geosci.'],
  ])('reads the title apart from the journal after %s', (_label, ref, journal) => {
    const a = articlesOf(text(ref))[0]!;
    expect(a.doi).toBe('10.1038/s41561-048-01422-7');
    expect(a.title).toBe('Overwintering peat fires in the Siberian Arctic');
    expect(a.journal?.replace(/\./g, '')).toBe(journal.replace(/\./g, ''));
    expect(a.volume).toBe('21');
    expect(a.year).toBe(2048);
    expect(a.authors.map((p) => p.family)).toEqual(['Sorokina-Baptiste', 'Lund', 'Ito']);
  });

  it('keeps a title ended by a full stop as it was (unchanged)', () => {
    const a = articlesOf(text('Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic. Nat. Geosci. 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7'))[0]!;
    expect(a.title).toBe('Overwintering peat fires in the Siberian Arctic');
    expect(a.pages?.replace(/–/g, '-')).toBe('344-351');
    expect(contactsOf(text('x'), 'txt')[0]).toEqual(['Ivo Marten', 'ivo.marten@boreal.example.org', '+7 4112 555 019']);
  });
});
