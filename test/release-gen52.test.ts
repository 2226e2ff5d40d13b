import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const CONTACT = 'Media contact: Ottoline Haverford-Nkemelu, o.haverford@coastnews.example.org, +44 20 7555 0219';
const LEAD =
  'Kelp forests planted on old oyster reefs grew twice as fast as those on bare rock, marine ecologists report.\n\n"The old shells give the young kelp something to grip that the winter storms cannot tear away," said Dr. Casimir Oyelaran-Frost, who led the planting.\n\nThe study appears in *Marine Ecology Progress Series*. DOI: 10.3354/meps14902';

describe('a row or table of head fields is read field by field (round 52)', () => {
  const release = (fields: string): string => `# Kelp takes root faster on old oyster reefs\n\n${fields}\n\n${LEAD}\n\n${CONTACT}\n`;

  it.each([
    ['Date: 9 June 2037 | Location: Plymouth, UK | Embargo: 9 June 2037, 00:01 BST', '2037-06-09', 'Plymouth, UK', '2037-06-09T00:01'],
    ['**Date:** 9 June 2037 | **Place:** Galway | **Embargo:** 10 June 2037, 09:00 IST', '2037-06-09', 'Galway', '2037-06-10T09:00'],
    ['| Release date | Embargo |\n|---|---|\n| 9 June 2037 | 11 June 2037, 16:00 BST |', '2037-06-09', null, '2037-06-11T16:00'],
    ['| Date | Location |\n|:-----|:---------|\n| 9 June 2037 | Aberystwyth, Wales |', '2037-06-09', 'Aberystwyth, Wales', null],
  ])('reads "%s"', (fields, date, place, embargo) => {
    const text = release(fields);
    const r = recordOf(text, 'md');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
    expect(r.release.embargo?.slice(0, 16) ?? null).toBe(embargo);
    expect(speakersOf(text, 'md')).toEqual([['Casimir Oyelaran-Frost', 'The old shells give the ']]);
    expect(articlesOf(text, 'md')[0]!.doi).toBe('10.3354/meps14902');
    expect(contactsOf(text, 'md')[0]).toEqual(['Ottoline Haverford-Nkemelu', 'o.haverford@coastnews.example.org', '+44 20 7555 0219']);
  });

  it.each([
    // A row with an unlabelled part is no field set: its date is read as before.
    ['Research News | 9 June 2037 | Plymouth Marine Station', '2037-06-09', null],
    // A sentence in the place field is no place.
    ['Date: 9 June 2037 | Location: to be confirmed later by the organisers', '2037-06-09', null],
    // A table of two value rows is no header over one row of values: its first row is read as a date line, as before.
    ['| Date | Location |\n|---|---|\n| 9 June 2037 | Plymouth |\n| 10 June 2037 | Exeter |', '2037-06-09', 'Plymouth'],
  ])('keeps "%s" as before', (fields, date, place) => {
    const r = recordOf(release(fields), 'md');
    if (date !== null) expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
  });
});

describe('Indonesian dates and reporting verbs (round 52)', () => {
  const release = (dateline: string, verb: string): string =>
    `Gelombang panas laut memutihkan separuh terumbu karang di Teluk Tomini\n\n${dateline} – Peneliti menemukan bahwa separuh terumbu karang di teluk itu memutih selama gelombang panas laut tahun lalu.\n\n"Kami melihat karang yang sudah berumur ratusan tahun memutih hanya dalam dua minggu," ${verb} Dr. Sekar Ayuningtyas Harahap, ketua tim peneliti.\n\nDOI: 10.1007/s00338-037-02511-4\n\nKontak media: Wulan Pramesti, humas@kelautan.example.ac.id, +62 21 5550 3318\n`;

  it.each([
    ['MANADO, 4 Maret 2037', 'kata', '2037-03-04', 'MANADO'],
    ['MAKASSAR, 17 Agustus 2037', 'ujar', '2037-08-17', 'MAKASSAR'],
    ['PALU, 2 Mei 2037', 'kata', '2037-05-02', 'PALU'],
  ])('reads "%s" and "%s"', (dateline, verb, date, place) => {
    const text = release(dateline, verb);
    const r = recordOf(text, 'txt');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
    expect(speakersOf(text, 'txt')).toEqual([['Sekar Ayuningtyas Harahap', 'Kami melihat karang yang']]);
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1007/s00338-037-02511-4');
  });

  it('does not read "Maret" without a year as a date, nor "kata" inside another word', () => {
    const r = recordOf('Rice terraces of Bali survive a dry season\n\nResearchers said the Maret 4 market and the katana were unrelated to the study of rice terraces near the coast.\n', 'txt');
    expect(r.release.datePublished).toBeNull();
    expect(r.quotes).toEqual([]);
  });
});
