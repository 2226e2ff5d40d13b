import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nOctober 9, 2042\n\n`;

describe('a year opening the brackets before the volume and issue words (round 38)', () => {
  it.each([
    ['volume and issue', '(2041, volume 17, issue 2)', ['17', '2', 2041]],
    ['"vol." and "no."', '(2041, vol. 17, no. 2)', ['17', '2', 2041]],
    ['only the volume', '(2041, volume 17)', ['17', null, 2041]],
  ])('reads the year with %s', (_label, bracket, expected) => {
    const text =
      head('Beavers slow spring floods in mountain valleys') +
      `The study, "Beaver dams and the timing of snowmelt floods," is published in Freshwater Biology ${bracket}. DOI: 10.1111/fwb.14521\n`;
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.volume, a.issue, a.year]).toEqual(['10.1111/fwb.14521', ...expected]);
  });

  it('gives no year when the brackets print none (unchanged)', () => {
    const text =
      head('Beavers slow spring floods in mountain valleys') +
      'The study is published in Freshwater Biology (volume 17, issue 2). DOI: 10.1111/fwb.14521\n';
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.issue, a.year]).toEqual(['17', '2', null]);
  });
});

describe('an IEEE reference: the quoted title before the italic journal and "vol." (round 38)', () => {
  it.each([
    ['"vol." and "no."', 'vol. 9, no. 4, pp. 101–118, Jun. 2042', ['9', '4', '101-118']],
    ['"vol." without an issue', 'vol. 9, pp. 101–118, Jun. 2042', ['9', null, '101-118']],
  ])('keeps the quoted title with %s', (_label, numbers, expected) => {
    const text =
      head('Radar chip counts breaths through a wall') +
      `Engineers built a radar chip that counts breaths through a wall.\n\nReference: K. Amadi, L. Brandt-Osei, and P. Rao, “A single-chip radar for contactless respiration monitoring,” *IEEE Sens. J.*, ${numbers}, doi: 10.1109/JSEN.2042.3312345.\n`;
    const a = articlesOf(text, 'md')[0]!;
    expect([a.doi, a.title, a.volume, a.issue, a.pages]).toEqual([
      '10.1109/JSEN.2042.3312345',
      'A single-chip radar for contactless respiration monitoring',
      ...expected,
    ]);
  });

  it('still reads an italic title set before its own words (unchanged)', () => {
    const text =
      head('Radar chip counts breaths through a wall') +
      'The paper, *A single-chip radar for contactless respiration monitoring*, appears in IEEE Sensors Journal. DOI: 10.1109/JSEN.2042.3312345\n';
    expect(articlesOf(text, 'md')[0]!.title).toBe('A single-chip radar for contactless respiration monitoring');
  });
});

describe('a Chicago author list whose first, inverted name is hyphened (round 38)', () => {
  it.each([
    ['a hyphened family name', 'Okafor-Lindqvist, Adaeze, and Piet Ramaekers', ['Okafor-Lindqvist', 'Ramaekers']],
    ['a hyphened given name', 'Ramaekers, Jean-Pierre, and Adaeze Okafor', ['Ramaekers', 'Okafor']],
    ['a plain family name (unchanged)', 'Ramaekers, Piet, and Adaeze Okafor', ['Ramaekers', 'Okafor']],
  ])('reads both authors with %s', (_label, names, families) => {
    const text =
      head('Guild records show how medieval bakers fixed bread prices') +
      `Bakers' guilds tied the price of bread to the grain harvest, two historians find.\n\nCitation: ${names}. “Bread and the Harvest: Price Rules in Flemish Bakers’ Guilds.” Journal of Economic History 82, no. 3 (September 2042): 611–640. https://doi.org/10.1017/S0022050742000321.\n`;
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.authors.map((p) => p.family), a.volume, a.issue, a.year]).toEqual(['10.1017/S0022050742000321', families, '82', '3', 2042]);
  });
});

describe('a journal named with a possessive before a lower-case noun (round 38)', () => {
  it.each([
    ['spring issue', 'The article appears in the Journal of Social History’s spring issue.', 'Journal of Social History'],
    ['latest issue', "The article appears in the Journal of Social History's latest issue.", 'Journal of Social History'],
    ['a capital after the possessive (unchanged)', 'The article appears in the Journal of Women’s Health this week.', 'Journal of Women’s Health'],
  ])('reads the journal before "%s"', (_label, sentence, journal) => {
    const text = head('Diaries show how factory workers spent their evenings') + `${sentence} DOI: 10.1093/jsh/shac042\n`;
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.journal]).toEqual(['10.1093/jsh/shac042', journal]);
  });
});
