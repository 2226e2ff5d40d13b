import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { parseReference } from '../src/extractors/article/reference-line.js';

const authors = (text: string) => findProseAuthors(text).map((h) => [h.person.given, h.person.family]);

describe('an "Authors:" line above further labelled lines', () => {
  it('stops the list at the next labelled line', () => {
    const text = 'Title: Night Shift Work and Retinal Thinning in Nurses\nAuthors: Ingrid Vasquez, MD; Tomasz Wrobel, PhD; Amara Celik, MSc\nPublished: May 4, 2031\nJournal: JAMA Ophthalmology';
    expect(authors(text)).toEqual([
      ['Ingrid', 'Vasquez'],
      ['Tomasz', 'Wrobel'],
      ['Amara', 'Celik'],
    ]);
  });
  it('reads the title and the three authors of a JAMA-style labelled block', () => {
    const release = [
      'Night shifts linked to thinner retinas',
      '',
      'Nurses on rotating night shifts had thinner retinal layers, a study found.',
      '',
      'Title: Night Shift Work and Retinal Thinning in Nurses',
      'Authors: Ingrid Vasquez, MD; Tomasz Wrobel, PhD; Amara Celik, MSc',
      'Published: May 4, 2031',
      'Journal: JAMA Ophthalmology',
      'DOI: 10.1001/jamaophthalmol.2031.0777',
      '',
    ].join('\n');
    const [a] = articlesOf(release);
    expect(a?.title).toBe('Night Shift Work and Retinal Thinning in Nurses');
    expect(a?.authors.map((p) => p.family)).toEqual(['Vasquez', 'Wrobel', 'Celik']);
    expect(a?.journal).toBe('JAMA Ophthalmology');
  });
});

describe('"The study is:" before a Vancouver reference', () => {
  it('keeps the first author', () => {
    const ref = parseReference('The study is: Mwangi JK, Holloway R, Petrov D, et al. Zinc supplements and diarrhoea duration in toddlers: a cluster trial. BMJ Glob Health 2031;16(2):e013377.');
    expect(ref.authors.map((p) => p.family)).toEqual(['Mwangi', 'Holloway', 'Petrov']);
    expect(ref.journal).toBe('BMJ Glob Health');
  });
  it('reads "The paper was:" the same way', () => {
    const ref = parseReference('The paper was: Lindgren P, Osei K, Tan M. Ice-shelf rifts and tidal flexure. Cryosphere 2031;25:101-110.');
    expect(ref.authors[0]?.family).toBe('Lindgren');
  });
  it.each([
    'The study is published as',
    'The paper is cited as',
    'The article appears as',
  ])('reads "%s:" as the same label', (label) => {
    const ref = parseReference(`${label}: Oduya P, MacRae O, Holm S. Nesting dates of reed warblers in restored fens. Ecol Appl. 2033;43(2):e2987.`);
    expect(ref.authors.map((p) => p.family)).toEqual(['Oduya', 'MacRae', 'Holm']);
    expect(ref.title).toBe('Nesting dates of reed warblers in restored fens');
    expect(ref.journal).toBe('Ecol Appl');
  });
});

describe('a related paper whose DOI follows its journal', () => {
  it('takes the journal named right before its DOI even when "last month" marks it as earlier', () => {
    const release = [
      'Bats steer by the echo of leaves',
      '',
      'June 9, 2031',
      '',
      'Fruit bats tell ripe figs from unripe ones by their echoes, zoologists report in the journal Animal Behaviour (doi: 10.1016/j.anbehav.2031.04.010).',
      '',
      'The study follows a companion paper published in Nature Ecology & Evolution last month (doi: 10.1038/s41559-031-02211-4) that mapped the bats’ flight paths.',
      '',
    ].join('\n');
    const arts = articlesOf(release);
    const related = arts.find((a) => a.doi === '10.1038/s41559-031-02211-4');
    expect(related?.journal).toBe('Nature Ecology & Evolution');
    expect(arts.find((a) => a.doi === '10.1016/j.anbehav.2031.04.010')?.journal).toBe('Animal Behaviour');
  });
});

describe('a bracketed Vancouver source in prose', () => {
  it('gives the journal, volume, issue, pages and year', () => {
    const release = [
      'Blood test spots pancreatic cancer earlier',
      '',
      'CHICAGO — April 2, 2031 — A panel of five proteins found pancreatic cancer a year before diagnosis, according to researchers at Lakeshore Medical School (Gastroenterology. 2031 Apr 1;180(4):1120-1131).',
      '',
    ].join('\n');
    const [a] = articlesOf(release);
    expect(a?.journal).toBe('Gastroenterology');
    expect([a?.volume, a?.issue, a?.pages, a?.year]).toEqual(['180', '4', '1120-1131', 2031]);
  });
  it('reads one without an issue', () => {
    const [a] = articlesOf('Sleep and memory\n\nShort naps improved recall in older adults (J Gerontol 2031;86:e55-e63), the team reported.\n');
    expect(a?.journal).toBe('J Gerontol');
    expect([a?.volume, a?.issue, a?.pages]).toEqual(['86', null, 'e55-e63']);
  });
  it('does not read a bracketed list of numbers as a source', () => {
    expect(articlesOf('Trial results\n\nThe doses were tested in two arms (Arm A 2031;12:4 patients), with no side effects.\n')).toEqual([]);
  });
});

describe('an IOP reference with no punctuation between its parts', () => {
  it('reads names, year, title, journal, volume and article number', () => {
    const ref = parseReference('K. Oyelaran and M. Sjöberg 2031 Thermal cycling of flexible organic photodiodes J. Phys. Photonics 9 045012');
    expect(ref.authors.map((p) => p.family)).toEqual(['Oyelaran', 'Sjöberg']);
    expect(ref.title).toBe('Thermal cycling of flexible organic photodiodes');
    expect(ref.journal).toBe('J. Phys. Photonics');
    expect([ref.volume, ref.pages, ref.year]).toEqual(['9', '045012', 2031]);
  });
  it('does not read a sentence ending in two numbers as one', () => {
    const ref = parseReference('The team measured 2031 Samples across the Four Sites in Total 13 025004');
    expect(ref.journal).toBeNull();
  });
  it('needs an abbreviated journal after the title', () => {
    const ref = parseReference('K. Oyelaran and M. Sjöberg 2031 Thermal cycling of flexible organic photodiodes Nanotechnology 42 115701');
    expect(ref.journal).not.toBe('Nanotechnology');
  });
});
