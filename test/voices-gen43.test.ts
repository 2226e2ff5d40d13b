import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Peat bogs in the Faroe Islands store more carbon than their size suggests\n\n';
const LEAD = 'TÓRSHAVN, 3 August 2043 -- Text of the lead about peat bogs and the carbon they hold.\n\n';
const DOI = '10.1029/2043GB007731';

describe('a place after the last comma of a reference title, with the journal in the next part (round 43)', () => {
  it.each([
    [`Joensen, H., & Dalsgaard, R. (2043). Carbon stocks of blanket peat on Streymoy, Faroe Islands. *Global Biogeochemical Cycles*, 37, e2043GB007731. https://doi.org/${DOI}`, 'Carbon stocks of blanket peat on Streymoy, Faroe Islands', 'md'],
    [`Joensen H, Dalsgaard R. Carbon stocks of blanket peat near Tórshavn, Denmark. Global Biogeochem Cycles. 2043;37:e2043GB007731. doi:${DOI}`, 'Carbon stocks of blanket peat near Tórshavn, Denmark', 'txt'],
    [`Joensen H, Dalsgaard R. Carbon stocks of blanket peat in two valleys, Streymoy. Global Biogeochemical Cycles 2043;37:e2043GB007731. doi:${DOI}`, 'Carbon stocks of blanket peat in two valleys, Streymoy', 'txt'],
  ] as const)('keeps the place in the title (%#)', (reference, title, ext) => {
    const [a] = articlesOf(`${HEAD}${LEAD}${reference}\n`, ext);
    expect(a?.doi).toBe(DOI);
    expect(a?.title).toBe(title);
  });

  it.each([
    [`Joensen, H. & Dalsgaard, R. Carbon stocks of blanket peat on the Faroe Islands, Nature Geoscience, 16, 901–907 (2043). doi:${DOI}`, 'Carbon stocks of blanket peat on the Faroe Islands', 'Nature Geoscience'],
    [`Joensen H, Dalsgaard R. Carbon stocks of blanket peat on the Faroe Islands, Geoderma. 2043;431:116512. doi:${DOI}`, 'Carbon stocks of blanket peat on the Faroe Islands', 'Geoderma'],
  ] as const)('still reads a journal after the last comma when no journal follows (%#)', (reference, title, journal) => {
    const [a] = articlesOf(`${HEAD}${LEAD}${reference}\n`, 'txt');
    expect(a?.title).toBe(title);
    expect(a?.journal).toBe(journal);
  });
});

describe('speakers introduced by a capitalised title or with diacritics (round 43)', () => {
  it.each([
    ['"Peat is the quietest carbon store on these islands, and the least counted," CEO Rúna Hentze-Poulsen said.', 'Rúna Hentze-Poulsen'],
    ['"Peat is the quietest carbon store on these islands, and the least counted," said Dr. Øssur Ødegård-Lamhauge, who heads the island soils survey, has mapped its bogs since 2031 and was not involved in the study.', 'Øssur Ødegård-Lamhauge'],
    ['"Peat is the quietest carbon store on these islands, and the least counted," said Professor Þóra Ástvaldsdóttir.', 'Þóra Ástvaldsdóttir'],
  ] as const)('names the speaker (%#)', (paragraph, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${paragraph}\n`, 'txt')).toEqual([[speaker, 'Peat is the quietest car']]);
  });

  it('keeps the bracketed insertion and the ellipsis inside the quote', () => {
    const record = recordOf(`${HEAD}${LEAD}"It [the bog] ... holds water the way a sponge holds a secret," said Dr. Rúna Hentze-Poulsen.\n`, 'txt');
    expect(record.quotes[0]?.text).toContain('[the bog] ...');
    expect(record.quotes[0]?.speaker).toBe('Rúna Hentze-Poulsen');
  });
});

describe('contact blocks (round 43)', () => {
  it.each([
    ['For more information:\nJógvan Mikkelsen\nPress Officer\njogvan [at] setur [dot] fo\n+298 35 25 00\n###', ['Jógvan Mikkelsen', 'jogvan@setur.fo', '+298 35 25 00']],
    ['Press contact:\nJógvan Mikkelsen, press officer\njogvan.mikkelsen@setur.example.fo\nTel. +298 35 25 00 (office) / +298 21 44 77 (mobile)', ['Jógvan Mikkelsen', 'jogvan.mikkelsen@setur.example.fo', '+298 35 25 00']],
  ] as const)('reads the name, the plain email and the first phone (%#)', (block, contact) => {
    expect(contactsOf(`${HEAD}${LEAD}${block}\n`, 'txt')).toEqual([contact]);
  });
});
