import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Otters return to city canals after the sewage upgrade\n\n';
const LEAD = 'BIRMINGHAM, UK, 11 May 2047 -- Text of the lead about otters, canals and the cleaner water that brought them back.\n\n';
const DOI = '10.1002/fee.2790';
const CITATION = `Reference: Hollinshead, P., Abara-Quaye, D. (2047). Otter recolonisation of urban canals. Frontiers in Ecology and the Environment, 45(4), 201-209. https://doi.org/${DOI}\n\n`;

describe('an unnamed spokesperson named in the next sentence (round 47)', () => {
  it.each([
    ['"We have waited twenty years to see otters under these bridges," said a spokesperson for the Canal Trust. The spokesperson, Imelda Broadhurst, said patrols would continue.', 'Imelda Broadhurst'],
    ['"We have waited twenty years to see otters under these bridges," said a spokeswoman for the Canal Trust. The spokeswoman, Dr. Imelda Broadhurst, added that patrols would continue.', 'Imelda Broadhurst'],
    ['"We have waited twenty years to see otters under these bridges," a representative of the Canal Trust said. The representative, Kofi Mensah-Barnes, said patrols would continue.', 'Kofi Mensah-Barnes'],
  ] as const)('gives the quote to the person named after "The spokesperson," (%#)', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}\n\n${CITATION}`, 'txt')).toEqual([[speaker, 'We have waited twenty ye']]);
  });

  it.each([
    ['"We have waited twenty years to see otters under these bridges," said a spokesperson for the Canal Trust. The trust\'s chair, Imelda Broadhurst, said patrols would continue.'],
    ['"We have waited twenty years to see otters under these bridges," said a spokesperson for the Canal Trust. The spokesperson would not give a name.'],
    ['"We have waited twenty years to see otters under these bridges," said a spokesperson for the Canal Trust.\n\nThe spokesperson, Imelda Broadhurst, said patrols would continue.'],
  ] as const)('still gives no speaker when the next sentence does not name that spokesperson (%#)', (para) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}\n\n${CITATION}`, 'txt')).toEqual([[null, 'We have waited twenty ye']]);
  });
});

describe('a bare "Press" heading opens a contacts block (round 47)', () => {
  it.each([
    ['### Press\n\nNkechi Obuya\nMobile: +44 7700 900 771\n', 'md'],
    ['Press:\nNkechi Obuya\nMobile: +44 7700 900 771\n', 'txt'],
    ['<h3>Press</h3><p>Nkechi Obuya<br>Mobile: +44 7700 900 771</p>', 'html'],
  ] as const)('reads the name and the mobile under it (%#)', (block, ext) => {
    const text = ext === 'html' ? `<html><body><h1>${HEAD.trim()}</h1><p>${LEAD.trim()}</p><p>${CITATION.trim()}</p>${block}</body></html>` : `${HEAD}${LEAD}${CITATION}${block}`;
    expect(contactsOf(text, ext)).toEqual([['Nkechi Obuya', null, '+44 7700 900 771']]);
  });

  it('does not read "Press" inside a sentence or a "Press release" line as a label', () => {
    const text = `${HEAD}${LEAD}Press release\n\nThe results were shown to the press on Monday.\n\n${CITATION}`;
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});

describe('a Vancouver reference opening with an Irish "Ó" family name (round 47)', () => {
  it.each([
    ['Ó Dálaigh C, Harte M.', [['C', 'Ó Dálaigh'], ['M', 'Harte']]],
    ['Ó Briain S, Ní Bhriain C, Harte M.', [['S', 'Ó Briain'], ['C', 'Ní Bhriain'], ['M', 'Harte']]],
    ['Harte M, Ó Dálaigh C.', [['M', 'Harte'], ['C', 'Ó Dálaigh']]],
  ] as const)('reads the names and the title apart (%#)', (names, authors) => {
    const text = `${HEAD}${LEAD}${names} Otter recolonisation of urban canals. Front Ecol Environ. 2047;45(4):201-209. doi:${DOI}\n`;
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.title).toBe('Otter recolonisation of urban canals');
    expect(a?.authors.map((p) => [p.given, p.family])).toEqual(authors);
  });
});

describe('the rest of a round-47 release is read as before', () => {
  it('reads "said X of Y University", a nickname in quotes and a bracketed country code', () => {
    const text = `${HEAD}${LEAD}"The otters came back within a year of the new treatment works opening," said Priya Hollinshead of Aston University.\n\n"Nobody told the otters the canal was supposed to be dirty," said Daniel "Danny" Abara-Quaye.\n\n${CITATION}Media contact: Orla Keane, o.keane@aston.example.ac.uk, (+353) 1 896 1000\n`;
    expect(speakersOf(text, 'txt')).toEqual([
      ['Priya Hollinshead', 'The otters came back wit'],
      ['Daniel Abara-Quaye', 'Nobody told the otters t'],
    ]);
    expect(contactsOf(text, 'txt')).toEqual([['Orla Keane', 'o.keane@aston.example.ac.uk', '(+353) 1 896 1000']]);
    expect(recordOf(text, 'txt').release.dateline).toBe('BIRMINGHAM, UK');
  });
});
