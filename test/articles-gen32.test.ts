import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nJune 9, 2036\n\n`;
const lead = (title: string): string => head(title) + 'Pond snails climb out of warm water sooner, a study in Freshwater Biology reports (doi:10.1111/fwb.14488).\n\n';
const families = (text: string, ext = 'txt'): string[] => articlesOf(text, ext)[0]!.authors.map((p) => p.family);

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

describe('"X and Y share first authorship" and a team list with roles (round 32)', () => {
  it('reads both people who share first authorship', () => {
    const text = lead('Snails leave warm ponds early') + 'Amaru Quispe-Holm and Leila Boateng-Frost share first authorship of the study.\n';
    expect(families(text)).toEqual(['Quispe-Holm', 'Boateng-Frost']);
  });

  it.each([
    ['a Markdown list with roles in brackets', '**The team:**\n\n- Dr. Sakura Whitfield-Ono, Loughmore Institute (first author)\n- Piotr Zalewski-Grant, Harrow College (co-author)\n- Prof. Ama Osei-Lindahl, Loughmore Institute (senior author)\n', 'md'],
    ['plain lines with a role after a dash', 'Researchers:\nSakura Whitfield-Ono – first author, doctoral student\nPiotr Zalewski-Grant – co-author, technician\nAma Osei-Lindahl – senior author, professor of zoology\n', 'txt'],
  ])('reads every person of %s', (_label, list, ext) => {
    expect(families(lead('Snails leave warm ponds early') + list, ext)).toEqual(['Whitfield-Ono', 'Zalewski-Grant', 'Osei-Lindahl']);
  });

  it('reads no author from a list of people without author roles (unchanged)', () => {
    const text = lead('Snails leave warm ponds early') + 'Researchers:\nSakura Whitfield-Ono – doctoral student\nPiotr Zalewski-Grant – technician\n';
    expect(articlesOf(text)[0]!.authors).toEqual([]);
  });

  it('still gives the quote its speaker beside a role after the name', () => {
    const text = lead('Snails leave warm ponds early') + '"The snails left the water within a single warm afternoon," said Dr. Orla Feeney-Mbatha, freshwater ecologist at the Loughmore Institute and first author.\n';
    expect(speakersOf(text, 'txt')[0]![0]).toBe('Orla Feeney-Mbatha');
    expect(families(text)).toEqual(['Feeney-Mbatha']);
  });
});
