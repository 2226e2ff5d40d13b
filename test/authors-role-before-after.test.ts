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

describe('a French, Nordic or Dutch "first author is (job) X"', () => {
  it.each([
    ['La première auteure de l\'étude est la doctorante Maëlle Tremblay-Ouellet.', 'Maëlle Tremblay-Ouellet'],
    ['Førsteforfatter er ph.d.-studerende Mikkel Østergaard.', 'Mikkel Østergaard'],
    ['Förstaförfattare till studien är Elsa Bergqvist vid institutionen.', 'Elsa Bergqvist'],
    ['Eerste auteur van het artikel is promovendus Daan de Wit.', 'Daan de Wit'],
    ["L'étude, dont la première autrice est Inès Marchand-Diallo, a été publiée cette semaine.", 'Inès Marchand-Diallo'],
  ])('reads %j', (sentence, name) => {
    expect(authorsOf(release(sentence))).toEqual([name]);
  });

  it('reads no author from a verb after the role (must not change)', () => {
    expect(authorsOf(release('Le premier auteur est publié dans Nature Catalysis depuis longtemps.'))).toEqual([]);
  });
});

describe('a French or Nordic quoted title and journal', () => {
  const head = 'Des sols qui dégradent les herbicides\n\nSherbrooke, 3 mars 2070 – Une équipe montre que des sols agricoles dégradent un herbicide plus vite que prévu dans les champs.\n\n';
  it.each([
    ["L'article « Soil consortia degrade atrazine in maize fields » est publié dans la revue Soil Biology and Biochemistry.\n\nDOI : 10.1016/j.soilbio.2070.109001", 'Soil consortia degrade atrazine in maize fields', 'Soil Biology and Biochemistry'],
    ['Artiklen "A cold-active enzyme from a fjord bacterium" er publiceret i tidsskriftet Nature Catalysis.\n\nDOI: 10.1038/s41929-070-01002-1', 'A cold-active enzyme from a fjord bacterium', 'Nature Catalysis'],
  ])('reads the title and journal of %j', (body, title, journal) => {
    expect(articlesOf(head + body + '\n')[0]).toMatchObject({ title, journal });
  });

  it.each([
    ['Les résultats paraissent dans la revue Environmental Microbiology (DOI : 10.1111/1462-2920.70011).', 'Environmental Microbiology'],
    ['Resultaterne er publiceret i Joule. DOI: 10.1016/j.joule.2070.01.002', 'Joule'],
  ])('reads the journal of %j', (body, journal) => {
    expect(articlesOf(head + body + '\n')[0]?.journal).toBe(journal);
  });

  it('reads no journal from "publisert i Norge" (must not change)', () => {
    expect(articlesOf(head + 'Boken er publisert i Norge i 2069. DOI: 10.1016/j.joule.2070.01.003\n')[0]?.journal ?? null).toBeNull();
  });
});

describe('a Cantonese name of three words, family first', () => {
  it.each([
    ['HKU PhD student Lam Tin Wai is the first author of the paper.', 'Tin Wai Lam'],
    ['The doctoral student Wong Ka Yan is the first author.', 'Ka Yan Wong'],
  ])('reads %j', (sentence, name) => {
    expect(authorsOf(release(sentence))).toEqual([name]);
  });

  it('keeps an English name of three words in order (must not change)', () => {
    expect(authorsOf(release('Lee Ann Ho is the first author of the paper.'))).toEqual(['Lee Ann Ho']);
  });
});
