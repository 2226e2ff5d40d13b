import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nMarch 3, 2041\n\n`;

describe('a Vancouver reference after "appears in the X:" (round 36)', () => {
  it.each([
    ['a two-word family name', 'Carvalho Lindahl M', 'Carvalho Lindahl'],
    ['a hyphened family name', 'Okafor-Nunes M', 'Okafor-Nunes'],
    ['a one-word family name', 'Lindahl M', 'Lindahl'],
  ])('reads the title, the authors and the full journal with %s first', (_label, first, family) => {
    const text =
      head('Mangrove crabs aerate coastal mud') +
      'Crab burrows doubled the oxygen in mangrove mud, a study finds.\n\nThe research appears in the Journal of Coastal Research: ' +
      first +
      ', Yamaguchi-Reis P. Crab burrows and sediment oxygen in restored mangroves. J Coast Res. 2041;57(2):201-214. doi:10.2112/jcoastres-d-40-00123.1\n';
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.title, a.journal, a.authors.map((p) => p.family), a.volume, a.pages]).toEqual([
      '10.2112/jcoastres-d-40-00123.1',
      'Crab burrows and sediment oxygen in restored mangroves',
      'Journal of Coastal Research',
      [family, 'Yamaguchi-Reis'],
      '57',
      '201-214',
    ]);
  });

  it('keeps a journal section after the colon (unchanged)', () => {
    const text =
      head('Faults slip slowly under the delta') +
      'Slow slip was recorded under the delta for the first time, the team reports in the Journal of Geophysical Research: Solid Earth.\n\nDOI: 10.1029/2040JB031234\n';
    expect(articlesOf(text)[0]!.journal).toBe('Journal of Geophysical Research: Solid Earth');
  });
});

describe('a preprint printed beside its journal version (round 36)', () => {
  const release = (sentence: string): string =>
    head('Lizards learn the shade map of their island') +
    `Anole lizards remember where shade falls through the day.\n\n${sentence}\n\nCitation: Ferreira-Holm A, Tanaka S. Shade memory in island anoles. eLife. 2041;16:RP100231. doi:10.7554/eLife.100231\n`;

  it.each([
    ['first shared as a preprint', 'The work was first shared as a preprint (bioRxiv, doi:10.1101/2040.05.02.590011) and is now published in eLife.'],
    ['originally posted on bioRxiv', 'The study was originally posted on bioRxiv (doi: 10.1101/2040.05.02.590011) last spring.'],
  ])('keeps only the journal paper when the preprint was %s', (_label, sentence) => {
    expect(articlesOf(release(sentence)).map((a) => a.doi)).toEqual(['10.7554/eLife.100231']);
  });

  it('still reports a preprint that is the only paper (unchanged)', () => {
    const text =
      head('Lizards learn the shade map of their island') +
      'The work was first shared as a preprint on bioRxiv today (doi:10.1101/2041.02.27.601144).\n';
    expect(articlesOf(text).map((a) => a.doi)).toEqual(['10.1101/2041.02.27.601144']);
  });
});

describe('numbers bracketed after the journal in prose, and the full name of an abbreviated journal (round 36)', () => {
  it.each([
    ['with spaces', '(2041; 22(4): 310–322)', ['22', '4', '310-322', 2041]],
    ['without spaces', '(2041;22(4):310-322)', ['22', '4', '310-322', 2041]],
    ['without an issue', '(2041; 22: 310-322)', ['22', null, '310-322', 2041]],
  ])('reads volume, issue, pages and year %s', (_label, bracket, expected) => {
    const text =
      head('Quiet wards shorten hospital stays') +
      `The study, "Noise reduction on medical wards and length of stay," was published in the journal Health Environments ${bracket}. PMID: 40011223.\n`;
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(expected);
  });

  it('gives the full journal name printed in another sentence', () => {
    const text =
      head('Registered report finds no effect of music on focus') +
      'A pre-registered study found no effect.\n\nReference: Haddad R, Olsen-Park J. Background music and sustained attention. Nat Hum Behav. 2041;25(3):400-412. doi:10.1038/s41562-041-02001-x\n\nNature Human Behaviour reviews the methods of a Registered Report before data are collected.\n';
    expect(articlesOf(text)[0]!.journal).toBe('Nature Human Behaviour');
  });

  it('keeps the abbreviation when no full name is printed (unchanged)', () => {
    const text =
      head('Registered report finds no effect of music on focus') +
      'A pre-registered study found no effect.\n\nReference: Haddad R, Olsen-Park J. Background music and sustained attention. Nat Hum Behav. 2041;25(3):400-412. doi:10.1038/s41562-041-02001-x\n';
    expect(articlesOf(text)[0]!.journal).toBe('Nat Hum Behav');
  });
});
