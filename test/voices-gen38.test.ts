import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';

const HEAD = 'Moss carpets slow erosion on burnt hillsides\n\n';
const LEAD = 'Text of the lead, 9 February 2037.\n\n';
const QUOTE = 'Within a year the moss held the soil that the rain would have taken';

describe('a speaker named by someone else\'s relation or office, then in the next sentence (round 38)', () => {
  it.each([
    [`"${QUOTE}," her deputy said. That deputy, Dr. Ottoline Varga-Mbeki, runs the plots.`],
    [`"${QUOTE}," the project's field leader said. Professor Ottoline Varga-Mbeki has run the plots since 2031.`],
    [`In a statement, the trust's director added: "${QUOTE}."\n\nThe director, Ottoline Varga-Mbeki, has run the plots since 2031.`],
  ] as const)('reads the name that opens the next sentence: %j', (para) => {
    const q = speakersOf(`${HEAD}${LEAD}${para}\n`, 'txt');
    expect(q).toEqual([['Ottoline Varga-Mbeki', QUOTE.slice(0, 24)]]);
  });

  it('does not point back to the person named before ("her deputy" is someone else)', () => {
    const q = speakersOf(`${HEAD}${LEAD}The plots were set up by Dr. Ruairi Castellano-Oyelowo.\n\n"${QUOTE}," her deputy said. The plots cover 40 hectares.\n`, 'txt');
    expect(q).toEqual([[null, QUOTE.slice(0, 24)]]);
  });

  it('still points "the study\'s lead author" back to the person named before', () => {
    const q = speakersOf(`${HEAD}${LEAD}The work was led by Dr. Ruairi Castellano-Oyelowo.\n\n"${QUOTE}," the study's lead author said.\n`, 'txt');
    expect(q).toEqual([['Ruairi Castellano-Oyelowo', QUOTE.slice(0, 24)]]);
  });
});

describe('a vCard-like run of bare property lines (round 38)', () => {
  it.each([
    ['N: Varga-Mbeki;Ottoline', 'Ottoline Varga-Mbeki'],
    ['N: Varga-Mbeki;Ottoline;;Dr.;', 'Ottoline Varga-Mbeki'],
    ['FN: Ottoline Varga-Mbeki', 'Ottoline Varga-Mbeki'],
  ] as const)('reads the name of %j', (nameLine, name) => {
    const c = contactsOf(`${HEAD}${LEAD}CONTACT\n${nameLine}\nTEL: +36 1 555 0147\nEMAIL: o.varga@moss-example.hu\n`, 'txt');
    expect(c).toEqual([[name, 'o.varga@moss-example.hu', '+36 1 555 0147']]);
  });

  it('leaves a line "N: …" with no phone or e-mail beside it alone', () => {
    const c = contactsOf(`${HEAD}${LEAD}Media contact: Ottoline Varga-Mbeki, o.varga@moss-example.hu\n\nN: 40 plots\n`, 'txt');
    expect(c).toEqual([['Ottoline Varga-Mbeki', 'o.varga@moss-example.hu', null]]);
  });
});

describe('two people on one contact line sharing its e-mail and phone (round 38)', () => {
  it('gives each person the desk\'s e-mail and phone', () => {
    const c = contactsOf(`${HEAD}${LEAD}Press contacts: Ottoline Varga-Mbeki and Ruairi Castellano, media@moss-example.org, +36 1 555 0147\n`, 'txt');
    expect(c).toEqual([
      ['Ottoline Varga-Mbeki', 'media@moss-example.org', '+36 1 555 0147'],
      ['Ruairi Castellano', 'media@moss-example.org', '+36 1 555 0147'],
    ]);
  });

  it('still reads one person with an organisation', () => {
    const c = contactsOf(`${HEAD}${LEAD}Media contact: Ottoline Varga-Mbeki, Moss Trust, media@moss-example.org, +36 1 555 0147\n`, 'txt');
    expect(c).toEqual([['Ottoline Varga-Mbeki', 'media@moss-example.org', '+36 1 555 0147']]);
  });
});

describe('articles of round 38', () => {
  it.each([['the Tisza Basin'], ['the Carpathian Highlands'], ['the Danube Delta']] as const)('takes no landform after "released … in" for a journal (%s)', (place) => {
    const a = articlesOf(`${HEAD}February 9, 2037 -- Burnt plots with moss released half as much sediment, a field study in ${place} reports.\n\nThe results are published in Catena, volume 230, article 107291, doi:10.1016/j.catena.2037.107291.\n`);
    expect(a.map((x) => [x.doi, x.journal, x.volume, x.pages])).toEqual([['10.1016/j.catena.2037.107291', 'Catena', '230', '107291']]);
  });

  it('still reads a journal after "published in" with a place elsewhere in the sentence', () => {
    const a = articlesOf(`${HEAD}February 9, 2037 -- The field study in the Tisza Basin is published in Soil and Tillage Research. doi:10.1016/j.still.2037.105512\n`);
    expect(a.map((x) => x.journal)).toEqual(['Soil and Tillage Research']);
  });
});
