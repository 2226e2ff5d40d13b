import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nJune 9, 2036\n\n`;
const lead = (title: string): string => head(title) + 'Pond snails climb out of warm water sooner, a study in Freshwater Biology reports (doi:10.1111/fwb.14488).\n\n';

describe('a role printed after the name and a bare job, or in another language (round 32)', () => {
  it.each([
    ['a job without an article', 'Dr. Orla Feeney-Mbatha, freshwater ecologist at the Loughmore Institute and first author, said the snails left the water within a day.', 'Orla', 'Feeney-Mbatha'],
    ['"senior author of the study"', 'The warmest ponds emptied first, said Tobias Lindqvist-Ayo, limnologist at Harrow College and senior author of the study.', 'Tobias', 'Lindqvist-Ayo'],
    ['French', '« Les escargots quittent l\'eau dès le premier jour de chaleur », a déclaré Margaux Delorme-Kaba, écologue et première auteure de l\'étude.', 'Margaux', 'Delorme-Kaba'],
    ['German', '„Die Schnecken verlassen das Wasser schon am ersten heißen Tag“, sagt Dr. Hannelore Weidinger-Osei, Erstautorin der Studie.', 'Hannelore', 'Weidinger-Osei'],
    ['Spanish', 'Lo explicó la bióloga Rocío Benavente-Sow, coautora del estudio.', 'Rocío', 'Benavente-Sow'],
    ['Italian', '"Le lumache lasciano l\'acqua già al primo giorno caldo", ha dichiarato Chiara Bellandi-Nwosu, ricercatrice e prima autrice dello studio.', 'Chiara', 'Bellandi-Nwosu'],
    ['Portuguese', '"Os caramujos deixam a água logo no primeiro dia quente", afirmou Joana Teixeira-Mensah, primeira autora do estudo.', 'Joana', 'Teixeira-Mensah'],
  ])('reads the author for %s', (_label, para, given, family) => {
    const authors = articlesOf(lead('Snails leave warm ponds early') + para + '\n')[0]!.authors;
    expect(authors.map((p) => [p.given, p.family])).toEqual([[given, family]]);
  });

  it.each([
    ['a place before the comma', 'The snails were kept at the Loughmore Institute, ecologist and first author of an earlier study in the same ponds.'],
    ['a job with an article (read elsewhere only as an apposition)', 'Ponds dried later in the north, said the station, a long-term partner and co-author of earlier surveys.'],
    ['no author role', 'Dr. Orla Feeney-Mbatha, freshwater ecologist at the Loughmore Institute and head of the lab, said the snails left the water.'],
  ])('reads no author for %s (unchanged)', (_label, para) => {
    expect(articlesOf(lead('Snails leave warm ponds early') + para + '\n')[0]!.authors).toEqual([]);
  });
});

describe('a hyphened family name with an inner capital, and a capitals family name after a role (round 32)', () => {
  it.each([
    ['"MacNeil-Dupuis"', 'according to Fiona MacNeil-Dupuis, a biologist at Seaward University and the study\'s lead author.', 'Fiona', 'MacNeil-Dupuis'],
    ['"Roe-McKay"', 'said Ewan Roe-McKay, the paper\'s first author.', 'Ewan', 'Roe-McKay'],
    ['"The corresponding author, HAYAKAWA Mio"', 'The corresponding author, HAYAKAWA Mio, a lecturer in zoology, counted the snails by hand.', 'Mio', 'Hayakawa'],
  ])('reads %s', (_label, para, given, family) => {
    const text = lead('Snails leave warm ponds early') + (para.startsWith('The') ? para : `Warm ponds empty first, ${para}`) + '\n';
    expect(articlesOf(text)[0]!.authors.map((p) => [p.given, p.family])).toEqual([[given, family]]);
  });

  it('keeps a capitals acronym before a word out of the authors (unchanged)', () => {
    const text = lead('Snails leave warm ponds early') + 'The study was funded by NERC Grants, a scheme for pond research.\n';
    expect(articlesOf(text)[0]!.authors).toEqual([]);
  });
});
