import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseReference } from '../src/extractors/article/reference-line.js';

describe('aggregator "More information:" lines (Phys.org, Medical Xpress)', () => {
  it('drops the label and reads "et al" without its full stop', () => {
    const r = parseReference('More information: Ines Carvalho et al, Salt marsh grasses trap microplastics in their root mats, Marine Pollution Bulletin (2031). DOI: 10.1016/j.marpolbul.2031.116204');
    expect(r.title).toBe('Salt marsh grasses trap microplastics in their root mats');
    expect(r.authors).toEqual([{ given: 'Ines', family: 'Carvalho' }]);
    expect(r.journal).toBe('Marine Pollution Bulletin');
    expect(r.year).toBe(2031);
  });

  it('reads a short list of full names up to the one after "and"', () => {
    const r = parseReference('More information: Tomasz Wrona, Aiko Hayashi and Bello Musa, Winter feeding of urban foxes, Journal of Zoology (2031). DOI: 10.1111/jzo.13301');
    expect(r.title).toBe('Winter feeding of urban foxes');
    expect(r.authors.map((a) => a.family)).toEqual(['Wrona', 'Hayashi', 'Musa']);
    expect(r.journal).toBe('Journal of Zoology');
  });

  it('does not read a title with "and" in it as names', () => {
    const r = parseReference('More information: Fire and Ice in Boreal Lakes, Shelter and Food, Freshwater Biology (2031). DOI: 10.1111/fwb.14400');
    expect(r.authors).toEqual([]);
  });

  it('keeps the page\'s own "Citation: … retrieved …" line out of a whole page', () => {
    const page = [
      'Night-shift bees carry more pollen than expected',
      '',
      'by Westmoor University',
      '',
      'May 3, 2031',
      '',
      'Bumblebees that forage at dusk carry a third more pollen per trip than daytime foragers, a field study in Wales suggests.',
      '',
      'More information: Gwen Powell et al, Crepuscular foraging raises pollen loads in bumblebees, Ecological Entomology (2031). DOI: 10.1111/een.13777',
      '',
      'Provided by Westmoor University',
      '',
      'Citation: Night-shift bees carry more pollen than expected (2031, May 3) retrieved 4 May 2031 from https://phys.org/news/2031-05-night-shift-bees-pollen.html',
      '',
    ].join('\n');
    const a = articlesOf(page);
    expect(a).toHaveLength(1);
    expect(a[0]!.doi).toBe('10.1111/een.13777');
    expect(a[0]!.title).toBe('Crepuscular foraging raises pollen loads in bumblebees');
    expect(a[0]!.authors).toEqual([{ given: 'Gwen', family: 'Powell' }]);
    expect(a[0]!.journal).toBe('Ecological Entomology');
  });
});

describe('humanities citation numbers', () => {
  it('reads volume and issue joined by a full stop ("82.1 (2032), 45–58")', () => {
    expect(readNumbers("M. Roe, 'Hesiod at the well', The Classical Quarterly 81.2 (2031), 377–391.")).toEqual({ volume: '81', issue: '2', pages: '377-391', year: 2031 });
    expect(readNumbers('Antiquity 98.2 (2031): 301–318')).toEqual({ volume: '98', issue: '2', pages: '301-318', year: 2031 });
  });

  it('leaves a software version alone', () => {
    expect(readNumbers('we used version 2.1 (2031), released in May').volume).not.toBe('2');
  });

  it('reads a season alone in brackets after "no." (author-date Chicago)', () => {
    expect(readNumbers('Language 107, no. 3 (Fall): 512–549.')).toMatchObject({ volume: '107', issue: '3', pages: '512-549' });
    expect(readNumbers('Journal of Social History 64 (Winter): 88–110.')).toMatchObject({ volume: '64', issue: null, pages: '88-110' });
  });

  it('finds an author-date reference without a DOI under a "Reference:" label', () => {
    const text = [
      'Sound change spreads through kinship ties, dialect study shows',
      '',
      'March 30, 2031',
      '',
      'Vowel shifts in three fishing villages spread along family lines rather than between neighbours, linguists report.',
      '',
      'Reference:',
      'Ólafsdóttir, Katrín & Marco Bellini. 2031. Kinship networks and the spread of a vowel merger. Language 107, no. 1 (Spring): 44–79.',
      '',
    ].join('\n');
    const a = articlesOf(text);
    expect(a).toHaveLength(1);
    expect(a[0]!).toMatchObject({ title: 'Kinship networks and the spread of a vowel merger', journal: 'Language', volume: '107', issue: '1', pages: '44-79', year: 2031 });
    expect(a[0]!.authors.map((x) => x.family)).toEqual(['Ólafsdóttir', 'Bellini']);
  });
});

describe('proceedings names with an ordinal', () => {
  it('keeps "the 41st Annual …" inside the proceedings name', () => {
    const text = [
      'Graph algorithm wins best paper award',
      '',
      'July 2, 2031',
      '',
      'The paper, "Sparse Cuts in Near-Linear Time for Directed Graphs," by Lena Hoffmann and Ade Bakare, appears in the Proceedings of the 41st Annual ACM-SIAM Symposium on Discrete Algorithms, pages 88–101 (https://doi.org/10.1137/1.9781611977999.7).',
      '',
    ].join('\n');
    const a = articlesOf(text);
    expect(a[0]!.journal).toBe('Proceedings of the 41st Annual ACM-SIAM Symposium on Discrete Algorithms');
    expect(a[0]!.doi).toBe('10.1137/1.9781611977999.7');
  });
});

describe('a quoted title "by" family names alone', () => {
  it('resolves each family name to the full name printed earlier', () => {
    const text = [
      'Tenant screening algorithms skew against older renters, study finds',
      '',
      'October 9, 2031',
      '',
      'Professors Mireille Fontaine and Kwabena Osei audited 3,200 screening reports issued in four states.',
      '',
      'The working paper, "Scored Out: Age and Automated Tenant Screening," by Fontaine and Osei, was posted to SSRN this week.',
      '',
    ].join('\n');
    const a = articlesOf(text);
    expect(a[0]!.title).toBe('Scored Out: Age and Automated Tenant Screening');
    expect(a[0]!.authors).toEqual([
      { given: 'Mireille', family: 'Fontaine' },
      { given: 'Kwabena', family: 'Osei' },
    ]);
  });

  it('takes no pronoun or common word for a family name', () => {
    const text = 'New rules for river dredging\n\nMay 2, 2031\n\nThe paper, "Dredging and the Lower Reaches of Tidal Rivers," by The Team and Others, is out.\n';
    expect(articlesOf(text)[0]?.authors ?? []).toEqual([]);
  });
});

describe('"the paper by" names', () => {
  const release = (sentence: string): string =>
    ['Number theorists bound the gaps between primes in short intervals', '', 'April 4, 2031', '', 'Two mathematicians have improved a classical bound on prime gaps.', '', sentence, ''].join('\n');

  it('reads the names after "The proof by" up to the verb', () => {
    const a = articlesOf(release('The proof by Siobhan Garvey and Tariq Haddad runs to 61 pages and has been accepted to appear in Inventiones Mathematicae.'));
    expect(a[0]!.authors).toEqual([
      { given: 'Siobhan', family: 'Garvey' },
      { given: 'Tariq', family: 'Haddad' },
    ]);
    expect(a[0]!.journal).toBe('Inventiones Mathematicae');
  });

  it('leaves "a paper by" (often earlier work) alone', () => {
    const a = articlesOf(release('The result builds on a paper by Ludmila Orlova and Ken Aoki from 2019. The new paper appears in Inventiones Mathematicae.'));
    expect(a[0]?.authors ?? []).toEqual([]);
  });
});

describe('"the paper by A and colleagues"', () => {
  it('names no author list (a group, as the fixtures read it)', () => {
    const text = 'Bats avoid wind turbines in fog\n\nJune 1, 2031\n\nFog doubles the distance at which bats turn away, according to the paper by Halima Yusuf and colleagues in Ecology Letters.\n';
    expect(articlesOf(text)[0]?.authors ?? []).toEqual([]);
  });
});
