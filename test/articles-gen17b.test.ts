import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { findTitles } from '../src/extractors/article/title.js';

describe('round 17b articles', () => {
  it('reads an Elsevier volume, bracketed year and article number', () => {
    const n = readNumbers('Roe J, Lim K. Soil carbon under olive groves. Geoderma 512 (2031) 116890. https://doi.org/10.1016/x');
    expect(n).toMatchObject({ volume: '512', pages: '116890', year: 2031 });
  });
  it('keeps a Vancouver name that opens with the Arabic article', () => {
    const names = parseNameList('Nasser T, al-Rashid MH, Odeh S');
    expect(names.map((n) => n.person.family)).toEqual(['Nasser', 'al-Rashid', 'Odeh']);
  });
  it('does not read speech after a colon as the paper\'s title', () => {
    const hits = findTitles('A hydrologist who reviewed the study, stressed the cost: "Every dry summer now costs the valley a whole harvest."');
    expect(hits.map((h) => h.title)).toEqual([]);
  });
  it('still reads a quoted title after the paper\'s noun', () => {
    const hits = findTitles('The paper "Glacier melt reshapes alpine stream food webs" appears in Freshwater Biology.');
    expect(hits.map((h) => h.title)).toContain('Glacier melt reshapes alpine stream food webs');
  });
});


const articlesOf17b = (text: string, ext = 'txt') => recordOf(text, ext).articles;

describe('round 17b articles in whole releases', () => {
  it('does not take a place after "carried out in" for a journal, nor split the quoted title off', () => {
    const arts = articlesOf17b([
      'Fungi clean up diesel spills in tundra soil',
      '',
      'Tromsø, 2 June 2032 – Soil fungi break down diesel faster than expected, according to a field trial carried out in Finnmark by ecologists.',
      '',
      '"The fungi did most of the work in the first month," said Ingrid Solheim, the study\'s first author.',
      '',
      'The article "Arctic soil fungi degrade diesel hydrocarbons in situ" was published in Soil Biology and Biochemistry (DOI: 10.1016/j.soilbio.2032.109001).',
    ].join('\n'));
    expect(arts).toHaveLength(1);
    expect(arts[0]).toMatchObject({
      doi: '10.1016/j.soilbio.2032.109001',
      title: 'Arctic soil fungi degrade diesel hydrocarbons in situ',
      journal: 'Soil Biology and Biochemistry',
      authors: [{ given: 'Ingrid', family: 'Solheim' }],
    });
  });
  it('reads no title from "The paper was published in" before a journal with commas', () => {
    const arts = articlesOf17b([
      'Coral cores show warming reefs',
      '',
      'The paper was published in Estuarine, Coastal and Shelf Science (DOI: 10.1016/j.ecss.2032.108999).',
    ].join('\n'));
    expect(arts[0]).toMatchObject({ title: null, journal: 'Estuarine, Coastal and Shelf Science' });
  });
  it('keeps a journal named by a list of fields of study', () => {
    const arts = articlesOf17b([
      'Pollen shows a fast end to a wet period',
      '',
      'The results were published in Palaeogeography, Palaeoclimatology, Palaeoecology (https://doi.org/10.1016/j.palaeo.2032.110001).',
    ].join('\n'));
    expect(arts[0]?.journal).toBe('Palaeogeography, Palaeoclimatology, Palaeoecology');
  });
  it('reads a co-author named before an institution', () => {
    const arts = articlesOf17b([
      'Glaciers lose ice faster on their shaded side',
      '',
      'The study appears in Nature Geoscience (https://doi.org/10.1038/s41561-032-01234-5).',
      '',
      'Dr Rhian Pryce of the University of Bangor, a co-author of the study, offered a caveat: "Two summers are not a trend."',
    ].join('\n'));
    expect(arts[0]?.authors).toEqual([{ given: 'Rhian', family: 'Pryce' }]);
    expect(arts[0]?.title).toBeNull();
  });
});

describe('round 17b: a lettered series with a section after a colon', () => {
  it('keeps the section of "Series B: Section" in prose', () => {
    const arts = articlesOf17b([
      'Cheaper hydrogen from seawater',
      '',
      'The work appeared in *Applied Catalysis B: Environment and Energy* (https://doi.org/10.1016/j.apcatb.2033.123456).',
    ].join('\n'), 'md');
    expect(arts[0]?.journal).toBe('Applied Catalysis B: Environment and Energy');
  });
});

describe('round 17b: a series with a full stop in its name', () => {
  it('keeps "Comptes Rendus. Section" whole in prose', () => {
    const arts = articlesOf17b([
      'Salt crystals trap ancient microbes',
      '',
      'The findings were published in Comptes Rendus. Géoscience (https://doi.org/10.5802/crgeos.299).',
    ].join('\n'));
    expect(arts[0]?.journal).toBe('Comptes Rendus. Géoscience');
  });
});
