import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

/** A release whose sentence `sentence` names an author, and whose paper is reported by `paper`. */
const release = (sentence: string, paper = 'The study was published in Ecology Letters. DOI: 10.1111/ele.70021'): string =>
  ['Glow-worms return to city parks', '', 'March 3, 2070', '', 'Glow-worms have returned to city parks where lights are dimmed after midnight, a five-year survey shows.', '', sentence, '', paper, ''].join('\n');

const authorsOf = (text: string): string[] => (articlesOf(text)[0]?.authors ?? []).map((p) => `${p.given} ${p.family}`);

describe('a job title in capitals, perhaps with its institution, before "and first author"', () => {
  it.each([
    ['Dr. Imogen Fairweather-Oduya, Research Assistant Professor in the Department of Zoology, Acme Medicine, and first author of the study, added, "The parks came back to life."', 'Imogen Fairweather-Oduya'],
    ['Ravi Castellanos, Assistant Professor of Ecology at Acme University and lead author of the paper, said the survey took five summers.', 'Ravi Castellanos'],
    ['Dr Hana Whitcombe, Postdoctoral Fellow and first author of the study, said the counts doubled.', 'Hana Whitcombe'],
  ])('reads the author of %j', (sentence, name) => {
    expect(authorsOf(release(sentence))).toEqual([name]);
  });

  it('still reads a place before a job title as no author (must not change)', () => {
    expect(authorsOf(release('The Department of Zoology, Research Assistant Professor and first author of many papers, hosted the survey.'))).toEqual([]);
  });
});

describe('a Hong Kong name: an English given name, a family name in capitals and a Chinese given name', () => {
  it.each([
    ['Dr Kenneth LAU Chi-wai, postdoctoral fellow and first author of the paper, said the counts doubled.', 'Kenneth Lau'],
    ['Dr. Winnie HO Ka-yan, Research Assistant Professor in the School of Life Sciences, and first author of the study, said the counts doubled.', 'Winnie Ho'],
  ])('reads %j', (sentence, name) => {
    expect(authorsOf(release(sentence))).toEqual([name]);
  });
});

describe('a Czech, Polish or Croatian "first author is (job) X"', () => {
  it.each([
    ['Prvním autorem studie je doktorand Radim Kovář z Přírodovědecké fakulty.', 'Radim Kovář'],
    ['Pierwszą autorką pracy jest dr Zofia Wiśniewska-Lis.', 'Zofia Wiśniewska-Lis'],
    ['Prvi autor rada je Ivan Babić.', 'Ivan Babić'],
  ])('reads %j', (sentence, name) => {
    expect(authorsOf(release(sentence))).toEqual([name]);
  });

  it('reads no author when the role is followed by a conjunction (must not change)', () => {
    expect(authorsOf(release('Prvním autorem je student a spoluautor Petr Malý.'))).not.toContain('Petr Malý');
  });
});
