import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const head = 'Lichens on city walls track a decade of cleaner air\n\nLEEDS, England, 3 June 2057 - Lichen species that vanished from city walls in the last century are back on four in ten of them, a survey of 500 walls finds.\n\n' +
  '"The walls have become a free air-quality monitor that nobody had to install," said Dr. Maud Ellery-Osei, a lichenologist at Aire Valley University.\n\n';
const tail = '\n\nMedia contact: Tobias Rennick, t.rennick@airevalley.example.ac.uk, +44 113 555 0129';

describe('citation fields a scrape ran onto one line (round 54)', () => {
  it.each([
    ['Title, Authors, Journal and DOI', 'Title: Recovery of nitrophobic lichens on urban walls Authors: Maud Ellery-Osei, Piotr Wasik Journal: The Lichenologist DOI: 10.1017/S0024282957000123'],
    ['a Journal row with Published and DOI', 'Title: Recovery of nitrophobic lichens on urban walls\nAuthors: Maud Ellery-Osei, Piotr Wasik\nJournal: The Lichenologist Published: 3 June 2057 DOI: 10.1017/S0024282957000123'],
  ])('reads %s', (_case, ref) => {
    const a = articlesOf(head + ref + tail)[0]!;
    expect(a.doi).toBe('10.1017/S0024282957000123');
    expect(a.title).toBe('Recovery of nitrophobic lichens on urban walls');
    expect(a.journal).toBe('The Lichenologist');
    expect(a.authors.map((p) => p.family)).toEqual(['Ellery-Osei', 'Wasik']);
  });

  it('keeps the release headline when the run-on line opens with "Title:"', () => {
    const text = head + 'Title: Recovery of nitrophobic lichens on urban walls Authors: Maud Ellery-Osei Journal: The Lichenologist DOI: 10.1017/S0024282957000123' + tail;
    expect(recordOf(text).release.headline).toBe('Lichens on city walls track a decade of cleaner air');
  });

  it('leaves a title with its own colon whole', () => {
    const text = head + 'Title: Walls as witnesses: lichen recovery in northern cities\nJournal: The Lichenologist\nDOI: 10.1017/S0024282957000123' + tail;
    expect(articlesOf(text)[0]!.title).toBe('Walls as witnesses: lichen recovery in northern cities');
  });
});

describe('a DOI with a link word glued to its end (round 54)', () => {
  it.each([
    ['"Open access"', 'Open access'],
    ['"Read the paper"', 'Read the paper'],
    ['"View article"', 'View article'],
  ])('cuts %s from the DOI', (_case, word) => {
    const text = head + `Reference: Ellery-Osei M, Wasik P. Recovery of nitrophobic lichens on urban walls. Lichenologist. 2057;89(3):201-214. DOI: 10.1017/S0024282957000123${word}` + tail;
    expect(articlesOf(text)[0]!.doi).toBe('10.1017/S0024282957000123');
  });

  it.each([
    ['an eLife DOI', '10.7554/eLife.98812'],
    ['a Physical Review DOI', '10.1103/PhysRevLett.130.123456'],
  ])('leaves %s whole', (_case, doi) => {
    expect(articlesOf(head + `DOI: ${doi}` + tail)[0]!.doi).toBe(doi);
  });
});

describe('a reference whose parts lost their separators (round 54)', () => {
  const refOf = (ref: string) => articlesOf(head + ref + tail)[0]!;
  it('splits a title glued to the journal', () => {
    const a = refOf('Reference: Ellery-Osei M, Wasik P. Recovery of nitrophobic lichens on urban wallsEnvironmental Pollution, DOI: 10.1016/j.envpol.2057.125001');
    expect(a.title).toBe('Recovery of nitrophobic lichens on urban walls');
    expect(a.journal).toBe('Environmental Pollution');
  });

  it('splits authors glued to the title', () => {
    const a = refOf('Study: M. Ellery-Osei, P. WasikRecovery of nitrophobic lichens on urban walls. Environmental Pollution 340, 125001 (2057). DOI: 10.1016/j.envpol.2057.125001');
    expect(a.authors.map((p) => p.family)).toEqual(['Ellery-Osei', 'Wasik']);
    expect(a.title).toBe('Recovery of nitrophobic lichens on urban walls');
  });

  it('reads a German block whose parts run together', () => {
    const a = refOf('Originalpublikation:Ellery-Osei M, Wasik P (2057)Recovery of nitrophobic lichens on urban walls.Environmental Pollution 340: 125001.DOI: 10.1016/j.envpol.2057.125001');
    expect(a.authors.map((p) => p.family)).toEqual(['Ellery-Osei', 'Wasik']);
    expect(a.title).toBe('Recovery of nitrophobic lichens on urban walls');
    expect(a.journal).toBe('Environmental Pollution');
    expect(a.year).toBe(2057);
  });

  it('leaves a camel-case journal name whole', () => {
    const a = refOf('Reference: Ellery-Osei M, Wasik P. Lichen cover and urban nitrogen. NeuroImage 245, 118790 (2057). DOI: 10.1016/j.neuroimage.2057.118790');
    expect(a.journal).toBe('NeuroImage');
  });
});

describe('a preprint line glued to the journal version (round 54)', () => {
  it.each([
    ['glued', 'Preprint: bioRxiv, doi: 10.1101/2056.11.02.512999Published version: DOI: 10.1016/j.envpol.2057.125001'],
    ['on lines of their own', 'Preprint: bioRxiv, doi: 10.1101/2056.11.02.512999\nPublished version: DOI: 10.1016/j.envpol.2057.125001'],
  ])('reports only the journal paper (%s)', (_case, lines) => {
    const text = head + 'Paper: Ellery-Osei M, Wasik P. Recovery of nitrophobic lichens on urban walls. Environmental Pollution 340, 125001 (2057).\n' + lines + tail;
    const a = articlesOf(text);
    expect(a.map((x) => x.doi)).toEqual(['10.1016/j.envpol.2057.125001']);
    expect(a[0]!.journal).toBe('Environmental Pollution');
  });

  it('still reports a preprint that is the only paper', () => {
    const text = head + 'Preprint: bioRxiv, doi: 10.1101/2056.11.02.512999' + tail;
    expect(articlesOf(text).map((x) => x.doi)).toEqual(['10.1101/2056.11.02.512999']);
  });
});

const page = (row: string): string =>
  '<html><body><h1>Lichens on city walls track a decade of cleaner air</h1><p>LEEDS, England, 3 June 2057 &ndash; Lichen species are back on four in ten city walls.</p>' +
  `<p class="ref">${row}</p><p>Press contact: Tobias Rennick, t.rennick@airevalley.example.ac.uk, +44 113 555 0129</p></body></html>`;

describe('an HTML reference of glued <span> parts (round 54)', () => {
  it('reads each part', () => {
    const a = articlesOf(page('<span class="au">Ellery-Osei M, Wasik P</span><span class="ti">Recovery of nitrophobic lichens on urban walls.</span><span class="jo">Environmental Pollution</span><span class="vol">340</span><span class="pg">125001</span><span class="yr">(2057)</span><span class="doi">https://doi.org/10.1016/j.envpol.2057.125001</span>'), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.envpol.2057.125001');
    expect(a.title).toBe('Recovery of nitrophobic lichens on urban walls');
    expect(a.journal).toBe('Environmental Pollution');
    expect(a.authors.map((p) => p.family)).toEqual(['Ellery-Osei', 'Wasik']);
    expect(a.volume).toBe('340');
    expect(a.year).toBe(2057);
  });

  it('leaves the rest of the release as it was', () => {
    const html = page('<span class="au">Ellery-Osei M, Wasik P</span><span class="ti">Recovery of nitrophobic lichens on urban walls.</span><span class="jo">Environmental Pollution</span>');
    expect(recordOf(html, 'html').release.dateline).toBe('LEEDS, England');
    expect(contactsOf(html, 'html')).toEqual([['Tobias Rennick', 't.rennick@airevalley.example.ac.uk', '+44 113 555 0129']]);
  });
});

describe('the rest of a release with a run-on reference (round 54)', () => {
  it('keeps its quote and contact', () => {
    const text = head + 'Title: Recovery of nitrophobic lichens on urban walls Authors: Maud Ellery-Osei Journal: The Lichenologist DOI: 10.1017/S0024282957000123' + tail;
    expect(speakersOf(text, 'txt')).toEqual([['Maud Ellery-Osei', 'The walls have become a ']]);
    expect(contactsOf(text, 'txt')).toEqual([['Tobias Rennick', 't.rennick@airevalley.example.ac.uk', '+44 113 555 0129']]);
  });
});
