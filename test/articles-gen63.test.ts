import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const HEAD = 'Otters return to the estuary\n\n';

describe('author names of round 63', () => {
  it.each([
    ['Vancouver name with four initials', 'Reference: Herath-Lowe K, Bandaranayake DMPS, Okoli-Fenn T. Otter recolonisation of a tidal estuary. Marine Biology Research. 2063;19(2):101–112. doi: 10.1080/17451000.2063.1120301\n', ['Herath-Lowe', 'Bandaranayake', 'Okoli-Fenn']],
    ['unit and job before a name after "co-authored by"', 'The study was published in Marine Biology. It was co-authored by UNM Earth and Planetary Sciences professor Rhea Castellanos-Voigt, graduate student Dario Whitehorse and Anke Pelletier-Ruiz.\n\nDOI: 10.1007/s00227-063-04411-2\n', ['Castellanos-Voigt', 'Whitehorse', 'Pelletier-Ruiz']],
    ['unit and job before a name after "Authors include"', 'The study appears in Marine Biology. Authors include Rhea Castellanos-Voigt and UA Biology doctoral student Dario Whitehorse.\n\nDOI: 10.1007/s00227-063-04412-1\n', ['Castellanos-Voigt', 'Whitehorse']],
    ['an acronym before a job after "first author"', 'The findings were published in Marine Biology. "The otters came back on their own," said the study\'s first author, NTU PhD student Nur Aisyah Koh-Benedetti.\n\nDOI: 10.1007/s00227-063-04413-0\n', ['Koh-Benedetti']],
  ])('reads a %s', (_label, body, families) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('keeps a plain name before "and" with a job after it (must not change)', () => {
    const a = articlesOf(HEAD + 'The paper was co-authored by Rhea Castellanos-Voigt and graduate student Dario Whitehorse.\n\nPublished in Marine Biology. DOI: 10.1007/s00227-063-04414-9\n')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Castellanos-Voigt', 'Whitehorse']);
  });
});

describe('citation shapes of round 63', () => {
  it('reads a title quoted with its comma inside before "appears in"', () => {
    const a = articlesOf(HEAD + 'The work, titled "Otter recolonisation of a tidal estuary after a century," appears in Marine Biology.\n\nDOI: 10.1007/s00227-063-04415-8\n')[0]!;
    expect(a.title).toBe('Otter recolonisation of a tidal estuary after a century');
    expect(a.doi).toBe('10.1007/s00227-063-04415-8');
  });

  it('reads a title after "The work,"', () => {
    const a = articlesOf(HEAD + 'The work, "Otter recolonisation of a tidal estuary after a century," is published in Marine Biology.\n\nDOI: 10.1007/s00227-063-04416-7\n')[0]!;
    expect(a.title).toBe('Otter recolonisation of a tidal estuary after a century');
  });

  it('reads a bare year after labelled numbers', () => {
    const a = articlesOf(HEAD + 'The study was published in Estuarine, Coastal and Shelf Science, Vol. 301, Article 108812, 2063, under the title "Otter recolonisation of a tidal estuary after a century".\n\nDOI: 10.1016/j.ecss.2063.108812\n')[0]!;
    expect(a.volume).toBe('301');
    expect(a.year).toBe(2063);
  });

  it('reads "Journal 48(3): e3011." with no year', () => {
    const a = articlesOf(HEAD + 'The study appears in Marine Biology 48(3): e3011.\n\nDOI: 10.1007/s00227-063-04417-6\n')[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['48', '3', 'e3011', null]);
  });

  it('leaves a colon time after a journal unread as volume (must not change)', () => {
    const a = articlesOf(HEAD + 'The study appears in Marine Biology 12:30 on Monday.\n\nDOI: 10.1007/s00227-063-04418-5\n')[0]!;
    expect(a.volume).toBeNull();
  });
});
