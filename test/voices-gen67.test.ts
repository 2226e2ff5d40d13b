import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short English release whose closing paragraphs are `tail`. */
const english = (tail: string): string =>
  [
    'Salamanders return to restored streams',
    '',
    'NEW HAVEN, Conn. (May 6, 2041) – Ecologists counted salamanders in 40 streams over five summers.',
    '',
    tail,
    '',
  ].join('\n');

describe('a body in the possessive, with "the" and small words, before the speaker', () => {
  it.each([
    ['“The animals came back within two summers of the work,” said the Yale School of Public Health’s Ambrose Kettering-Oduya, an assistant professor.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said the Harbour Institute of Ecology’s Ambrose Kettering-Oduya.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said Yale’s Ambrose Kettering-Oduya, a professor of ecology.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said the Harbour Institute’s lead ecologist Ambrose Kettering-Oduya.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said Yale’s lead ecologist Ambrose Kettering-Oduya.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said UC San Diego’s Ambrose Kettering-Oduya, PhD.', 'Ambrose Kettering-Oduya'],
    // unchanged: a person's relation in the possessive, and a plain name
    ['“The animals came back within two summers of the work,” said Ana Roe’s colleague Ambrose Kettering-Oduya.', 'Ambrose Kettering-Oduya'],
    ['“The animals came back within two summers of the work,” said Ambrose Kettering-Oduya.', 'Ambrose Kettering-Oduya'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(english(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });

  it('keeps a quote whose attribution is a clause, not a name, without a speaker', () => {
    const text = english('“The animals came back within two summers of the work,” said the report, which the Yale School of Public Health’s board approved.');
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual([null]);
  });
});

describe('an author after "said" and a body in the possessive', () => {
  const tail = (said: string): string =>
    `“The animals came back within two summers of the work,” said ${said}, an associate professor of ecology and senior author of the study.\n\nThe study appears in Freshwater Biology. DOI: 10.1111/fwb.14092`;

  it.each([
    ['Yale’s Ambrose Kettering-Oduya', 'Kettering-Oduya', 'Ambrose'],
    ["UCLA's Ambrose Kettering-Oduya", 'Kettering-Oduya', 'Ambrose'],
    ['UC San Diego’s Ambrose Kettering-Oduya', 'Kettering-Oduya', 'Ambrose'],
    ['Ambrose Kettering-Oduya', 'Kettering-Oduya', 'Ambrose'],
  ])('said %s, … senior author', (said, family, given) => {
    const [article] = articlesOf(english(tail(said)), 'txt');
    expect(article?.doi).toBe('10.1111/fwb.14092');
    expect(article?.authors).toEqual([{ given, family }]);
  });
});

describe('house contact lines that stay read', () => {
  it('reads a "Media Inquiries:" line with bars and a "Phone:" label', () => {
    const text = english('Media Inquiries: Perpetua Adeyemi-Strand | Phone: 212-404-3390 | perpetua.adeyemi@nyu.example.org');
    expect(contactsOf(text, 'txt')).toEqual([['Perpetua Adeyemi-Strand', 'perpetua.adeyemi@nyu.example.org', '212-404-3390']]);
  });

  it('keeps the dateline of the release', () => {
    expect(recordOf(english('The streams were restored in 2035.')).release.dateline).toBe('NEW HAVEN, Conn.');
  });
});
