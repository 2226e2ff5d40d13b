import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { doiFromUrl, findDois } from '../src/extractors/article/doi.js';
import { findTitles } from '../src/extractors/article/title.js';
import { parseNameList } from '../src/extractors/article/name-list.js';

describe('a SICI-style DOI with angle brackets and a semicolon', () => {
  it('is read whole in text', () => {
    const text = 'The original report (doi:10.1002/(SICI)1521-4141(199807)28:07<2045::AID-IMMU2045>3.0.CO;2-Z) described the cells.';
    expect(findDois(text).map((d) => d.doi)).toEqual(['10.1002/(SICI)1521-4141(199807)28:07<2045::AID-IMMU2045>3.0.CO;2-Z']);
  });

  it('is read whole from a URL-encoded link target', () => {
    expect(doiFromUrl('https://doi.org/10.1002/%28SICI%291521-4141%28199807%2928%3A07%3C2045%3A%3AAID-IMMU2045%3E3.0.CO%3B2-Z')).toBe(
      '10.1002/(SICI)1521-4141(199807)28:07<2045::AID-IMMU2045>3.0.CO;2-Z',
    );
  });

  it('leaves an ordinary DOI before an angle bracket alone', () => {
    expect(findDois('see 10.1234/abc.5678<br>').map((d) => d.doi)).toEqual(['10.1234/abc.5678']);
  });
});

describe('a bioRxiv or medRxiv URL', () => {
  it('gives the DOI without the version and page', () => {
    expect(doiFromUrl('https://www.biorxiv.org/content/10.1101/2032.05.19.604411v3.full')).toBe('10.1101/2032.05.19.604411');
    expect(findDois('Read it at https://www.medrxiv.org/content/10.1101/2032.05.19.32256180v1 now.').map((d) => d.doi)).toEqual(['10.1101/2032.05.19.32256180']);
  });

  it('leaves a printed preprint DOI as printed', () => {
    expect(findDois('doi: 10.1101/2032.05.19.604411').map((d) => d.doi)).toEqual(['10.1101/2032.05.19.604411']);
  });
});

describe('a title set off in italics or bold after "The study,"', () => {
  it('is the paper title when a verb of publication follows', () => {
    const text = 'The study, Night shifts shorten telomeres in hospital nurses, was published today in Occupational Medicine.';
    const hits = findTitles(text, ['Night shifts shorten telomeres in hospital nurses', 'Occupational Medicine']);
    expect(hits.map((h) => h.title)).toEqual(['Night shifts shorten telomeres in hospital nurses']);
  });

  it('is not read from italics without the verb', () => {
    const text = 'The study, Night shifts shorten telomeres in hospital nurses, surprised the team.';
    expect(findTitles(text, ['Night shifts shorten telomeres in hospital nurses'])).toEqual([]);
  });

  it('is read from a Markdown release in bold', () => {
    const release = [
      '# Night shifts age nurses faster',
      '',
      'The paper, **Night Shifts And Telomere Length In Hospital Nurses**, was published online ahead of print in *Occupational Medicine* (DOI: 10.1093/OCCMED/KQAB123).',
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.title).toBe('Night Shifts And Telomere Length In Hospital Nurses');
    expect(art?.doi).toBe('10.1093/OCCMED/KQAB123');
  });
});

describe('a quoted title after "The research," broken across lines', () => {
  it('is read whole and joined', () => {
    const text = 'The research, "Winter road salt and the decline of urban\nfreshwater mussels: a twenty-year survey", has been accepted in Freshwater Biology.';
    expect(findTitles(text).map((h) => h.title)).toEqual(['Winter road salt and the decline of urban freshwater mussels: a twenty-year survey']);
  });

  it('does not read speech after "research" as a title', () => {
    const text = 'Her research "shows that mussels vanish first from salted streams", she said.';
    expect(findTitles(text)).toEqual([]);
  });
});

describe('authors named before "who are its co-first authors"', () => {
  it('are the people after "led by", with degrees dropped', () => {
    const release = [
      'Sponge filters clean mine water',
      '',
      'A sponge coated with iron oxide removes arsenic from mine water, according to a paper in Water Research.',
      '',
      'The study was led by Thandiwe Mokoena, PhD, and Felix Oberholzer, MSc, of the University of Pretoria, who are its co-first authors.',
      '',
    ].join('\n');
    const [art] = articlesOf(release);
    expect(art?.authors).toEqual([
      { given: 'Thandiwe', family: 'Mokoena' },
      { given: 'Felix', family: 'Oberholzer' },
    ]);
  });
});

describe('a University of California campus after an author list', () => {
  it('is not read as a person', () => {
    const names = parseNameList('Marisol Quintero & Petra Lindahl of the University of California, Santa Barbara');
    expect(names.map((n) => n.person.family)).toEqual(['Quintero', 'Lindahl']);
  });

  it('leaves a person after another university alone', () => {
    const names = parseNameList('Marisol Quintero of the University of Leeds, Petra Lindahl, and Omar Haddad');
    expect(names.map((n) => n.person.family)).toEqual(['Quintero', 'Lindahl', 'Haddad']);
  });
});

describe('a paper "in press at" a journal', () => {
  it('names the journal after "at"', () => {
    const release = [
      'Lullabies calm premature babies',
      '',
      "The study, 'Live lullabies and heart rate in preterm infants: a crossover trial', is in press at *Pediatric Research*.",
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.journal).toBe('Pediatric Research');
    expect(art?.title).toBe('Live lullabies and heart rate in preterm infants: a crossover trial');
    expect(art?.volume).toBeNull();
  });

  it('leaves a place after "at" alone without the verb', () => {
    const release = ['Lullabies calm premature babies', '', 'The team worked at Royal Hobart Hospital for two years.', ''].join('\n');
    expect(articlesOf(release).map((a) => a.journal)).not.toContain('Royal Hobart Hospital');
  });
});

describe('equal-contribution and corresponding marks after initials in a Nature-style reference', () => {
  it('are no part of the names or the title', () => {
    const release = [
      'Coral larvae follow the sound of healthy reefs',
      '',
      'Researchers report in Nature that coral larvae swim towards recordings of healthy reefs.',
      '',
      'Original publication',
      'Okafor, B.†, Lindqvist, E. M.* & Tane, R. Acoustic cues guide coral larval settlement. Nature 641, 233–239 (2032). https://doi.org/10.1038/s41586-032-04567-8',
      '',
    ].join('\n');
    const [art] = articlesOf(release);
    expect(art?.title).toBe('Acoustic cues guide coral larval settlement');
    expect(art?.authors.map((p) => p.family)).toEqual(['Okafor', 'Lindqvist', 'Tane']);
    expect([art?.volume, art?.pages, art?.year]).toEqual(['641', '233-239', 2032]);
  });
});
