import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Mangrove roots trap more sediment after replanting than expected\n\n';
const LEAD = 'MAKASSAR, 5 Agustus 2052 -- Text of the lead about replanted mangroves, the mud they hold and the villages behind them.\n\n';
const DOI = '10.1016/j.ecss.2052.108812';
const CITATION = `Reference: Pratama, A., Kusuma, R. (2052). Sediment capture by replanted mangroves. Estuarine, Coastal and Shelf Science, 301, 108812. https://doi.org/${DOI}\n\n`;
const QUOTE = '“Dalam tiga tahun, akar bakau yang ditanam kembali sudah menahan lumpur setebal sepuluh sentimeter,”';

describe('an Indonesian quote attributed with "kata X", "ujar X" or "tutur X" (round 52)', () => {
  it.each([
    [`${QUOTE} kata Dr. Ayu Pratama, peneliti utama studi tersebut.`, 'Ayu Pratama'],
    [`${QUOTE} ujar Rizal Kusuma, kepala stasiun lapangan.`, 'Rizal Kusuma'],
    [`${QUOTE} tutur Prof. Ayu Pratama.`, 'Ayu Pratama'],
  ] as const)('gives the quote the person named (%#)', (para, speaker) => {
    const text = `${HEAD}${LEAD}${para}\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual([speaker]);
    expect(articlesOf(text, 'md')[0]?.doi).toBe(DOI);
  });

  it('still reads an English "said" after the same quote', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Dr. Ayu Pratama.\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual(['Ayu Pratama']);
  });

  it('names no one for "kata para peneliti" (the researchers)', () => {
    const text = `${HEAD}${LEAD}${QUOTE} kata para peneliti.\n\n${CITATION}`;
    expect(recordOf(text, 'md').quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('an Indonesian date line, "5 Agustus 2052" and "12 Maret 2052" (round 52)', () => {
  it.each([
    ['MAKASSAR, 5 Agustus 2052 --', '2052-08-05'],
    ['BOGOR, 12 Maret 2052 —', '2052-03-12'],
    ['JAKARTA, 3 Desember 2052 —', '2052-12-03'],
  ] as const)('reads the release date of %j', (line, date) => {
    const text = `${HEAD}${line} Text of the lead about replanted mangroves and the mud they hold.\n\n${QUOTE} kata Dr. Ayu Pratama.\n\n${CITATION}`;
    expect(recordOf(text, 'md').release.datePublished).toBe(date);
  });

  it('reads no date from "Maret" with no day before it', () => {
    const text = `${HEAD}Text of the lead about the Maret survey of replanted mangroves.\n\n${QUOTE} kata Dr. Ayu Pratama.\n\n${CITATION}`;
    expect(recordOf(text, 'md').release.datePublished).toBeNull();
  });
});

describe('"a trial published today" dates the paper to the release year (round 52)', () => {
  const dated = 'TORONTO, June 14, 2052 -- ';
  const paper = `The trial, "Scheduled napping and dosing errors on night wards," was published in JAMA Internal Medicine. DOI: 10.1001/jamainternmed.2052.1187\n`;
  it('gives the year of the release', () => {
    const text = `${HEAD}${dated}A ward trial published today reports fewer dosing errors after naps.\n\n${paper}`;
    expect(articlesOf(text, 'txt')[0]?.year).toBe(2052);
  });

  it('gives no year when the trial was published at some other time', () => {
    const text = `${HEAD}${dated}A ward trial reports fewer dosing errors after naps.\n\n${paper}`;
    expect(articlesOf(text, 'txt')[0]?.year ?? null).toBeNull();
  });
});
