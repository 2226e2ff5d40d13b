import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf } from './support/invented.js';

const HEAD = 'Glacier moss survives a decade under the ice\n\nOctober 14, 2031\n\nMoss buried under a retreating glacier in Svalbard regrew in the lab after ten years, botanists at the University of Tromsholm report in the journal Science.\n\n';

describe('a reference of full names joined by commas alone (round 28)', () => {
  it('reads "A B, C D, E F, Title, Journal (YEAR)" as names, title and journal', () => {
    const [a] = articlesOf(`${HEAD}Reference: Mirela Haugland-Oduya, Teodor Quist, Selma Ferreira-Lind, Regrowth of subglacial bryophytes after a decade of burial, Science (2031). DOI: 10.1126/science.adq4412\n`);
    expect(a?.doi).toBe('10.1126/science.adq4412');
    expect(a?.title).toBe('Regrowth of subglacial bryophytes after a decade of burial');
    expect(a?.authors.map((p) => p.family)).toEqual(['Haugland-Oduya', 'Quist', 'Ferreira-Lind']);
    expect(a?.journal).toBe('Science');
    expect(a?.year).toBe(2031);
  });

  it('reads the same reference hard-wrapped over three lines', () => {
    const wrapped = 'Reference: Mirela Haugland-Oduya, Teodor Quist,\nSelma Ferreira-Lind, Regrowth of subglacial bryophytes after a decade\nof burial, Science (2031). DOI: 10.1126/science.adq4412\n';
    const [a] = articlesOf(`${HEAD}${wrapped}`);
    expect(a?.title).toBe('Regrowth of subglacial bryophytes after a decade of burial');
    expect(a?.authors.map((p) => p.given)).toEqual(['Mirela', 'Teodor', 'Selma']);
  });

  it('leaves a title in title case that opens the line as the title, with no names', () => {
    const [a] = articlesOf(`${HEAD}Reference: Regrowth of Subglacial Bryophytes After a Decade of Burial, Science (2031). DOI: 10.1126/science.adq4412\n`);
    expect(a?.title).toBe('Regrowth of Subglacial Bryophytes After a Decade of Burial');
    expect(a?.authors).toEqual([]);
  });
});

describe("The Lancet's \"Comment:\" line and embargo (round 28)", () => {
  const text =
    '# Weekly iron drops cut anaemia in schoolchildren\n\n**Embargo: 23:30 [UK time] Thursday 10 April 2031**\n\nA weekly iron drop halved anaemia among schoolchildren in a trial published in *The Lancet*.\n\n' +
    '**Article:** Weekly oral iron supplementation and anaemia in school-aged children: a cluster-randomised trial. <https://doi.org/10.1016/S0140-6736(31)00401-7>\n\n' +
    '**Comment:** Small drops, large gains: iron for schoolchildren. <https://doi.org/10.1016/S0140-6736(31)00455-8>\n';

  it('reads the title after "Comment:" as the commentary\'s own', () => {
    const [article, comment] = articlesOf(text, 'md');
    expect(article?.title).toBe('Weekly oral iron supplementation and anaemia in school-aged children: a cluster-randomised trial');
    expect(comment?.doi).toBe('10.1016/S0140-6736(31)00455-8');
    expect(comment?.title).toBe('Small drops, large gains: iron for schoolchildren');
  });

  it('reads a zone in square brackets inside the embargo', () => {
    expect(recordOf(text, 'md').release.embargo).toMatch(/^2031-04-10T23:30/);
  });
});

describe("ScienceDirect's article number after the year (round 28)", () => {
  it('takes "Volume 88, 2032, 104417" as volume and pages', () => {
    const [a] = articlesOf(
      'Coastal dunes trap more microplastic than beaches\n\n9 January 2032\n\nDunes hold four times as much plastic as the beach in front of them, a study in Marine Pollution Bulletin finds.\n\n' +
        'Journal article reference: Pieter Ostendorp, Ama Kyei-Lindahl, "Microplastic retention in vegetated coastal dunes", Marine Pollution Bulletin, Volume 88, 2032, 104417, https://doi.org/10.1016/j.marpolbul.2031.104417.\n',
    );
    expect(a?.volume).toBe('88');
    expect(a?.pages).toBe('104417');
    expect(a?.year).toBe(2032);
  });
});
