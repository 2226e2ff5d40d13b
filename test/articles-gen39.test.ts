import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nMay 12, 2043\n\n`;

describe('a Frontiers reference: two Vancouver names joined by "and", then "Front. X" (round 39)', () => {
  it.each([
    ['"and"', 'Okonjo-Reyes T and Lindahl-Mwangi K', ['Okonjo-Reyes', 'Lindahl-Mwangi']],
    ['"&"', 'Okonjo-Reyes T & Lindahl-Mwangi K', ['Okonjo-Reyes', 'Lindahl-Mwangi']],
    ['two initials each', 'Okonjo-Reyes TA and Lindahl KM', ['Okonjo-Reyes', 'Lindahl']],
    ['a comma between three names (unchanged)', 'Okonjo-Reyes T, Lindahl K and Baptiste R', ['Okonjo-Reyes', 'Lindahl', 'Baptiste']],
  ])('reads the names, title and journal with %s', (_label, names, families) => {
    const text =
      head('Rowers who count strokes aloud tire later') +
      `Counting aloud delayed fatigue in 64 rowers.\n\nReference\n${names} (2043) Counting aloud and perceived exertion in competitive rowing. Front. Sports Act. Living 5:1102345. doi: 10.3389/fspor.2043.1102345\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.3389/fspor.2043.1102345');
    expect(a.title).toBe('Counting aloud and perceived exertion in competitive rowing');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.journal?.replace(/\./g, '')).toMatch(/^Front Sports/);
    expect([a.volume, a.pages, a.year]).toEqual(['5', '1102345', 2043]);
  });

  it('reads "Front. Psychol." as the whole journal', () => {
    const text =
      head('Toddlers follow a pointing robot') +
      'Toddlers followed a robot\'s pointing as often as an adult\'s.\n\nReference\nAbara Q and Stenlund V (2043) Gaze following of a pointing robot in two-year-olds. Front. Psychol. 14:1187654. doi: 10.3389/fpsyg.2043.1187654\n';
    expect(articlesOf(text)[0]!.journal?.replace(/\./g, '')).toBe('Front Psychol');
  });
});

describe('a quoted title, then the journal alone before "Published online" (round 39)', () => {
  it.each([
    ['a full stop', '*Cell Reports*. Published online May 12, 2043.'],
    ['a comma', '*Cell Reports*, published online May 12, 2043.'],
    ['"Epub ahead of print"', 'Cell Reports. Epub ahead of print May 12, 2043.'],
  ])('reads the journal, not a person, with %s', (_label, tail) => {
    const text =
      head('Liver cells keep time with gut microbes') +
      `Mice lacking one gut microbe lost their liver rhythm.\n\n**Paper:** "A gut commensal sets the phase of the hepatic clock," ${tail} https://doi.org/10.1016/j.celrep.2043.113377\n`;
    const a = articlesOf(text, 'md')[0]!;
    expect([a.doi, a.title, a.journal, a.year]).toEqual([
      '10.1016/j.celrep.2043.113377',
      'A gut commensal sets the phase of the hepatic clock',
      'Cell Reports',
      2043,
    ]);
    expect(a.authors).toEqual([]);
  });

  it('still reads the names after a quoted title (unchanged)', () => {
    const text =
      head('Liver cells keep time with gut microbes') +
      'Mice lacking one gut microbe lost their liver rhythm.\n\n**Paper:** "A gut commensal sets the phase of the hepatic clock," by Ines Marrow-Tate and Kofi Brandvold, Cell Reports, May 12, 2043. https://doi.org/10.1016/j.celrep.2043.113377\n';
    const a = articlesOf(text, 'md')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Marrow-Tate', 'Brandvold']);
    expect(a.journal).toBe('Cell Reports');
  });
});

describe('a "Sources" heading over the title, names and journal line as separate paragraphs (round 39)', () => {
  const sources = (names: string, journalLine: string): string =>
    '# Coastal wetlands store more carbon after storms\n\nLyon, 3 March 2043\n\nStorm sediment buried carbon in 40 salt marshes.\n\n' +
    `**Sources**\n\nStorm deposition doubles carbon burial in Atlantic salt marshes\n\n${names}\n\n1 Laboratory of Coastal Ecology, Lyon\n\n${journalLine}\n\nDOI: 10.1002/lno.12877\n`;

  it.each([
    ['affiliation numbers', 'Maëlle Quintard-Obi1, Tariq Vennesland1,2, Lucie Abondance2', ['Quintard-Obi', 'Vennesland', 'Abondance']],
    ['no numbers', 'Maëlle Quintard-Obi, Tariq Vennesland', ['Quintard-Obi', 'Vennesland']],
  ])('reads the title, the authors with %s and the year', (_label, names, families) => {
    const a = articlesOf(sources(names, 'Limnology and Oceanography, 3 March 2043'), 'md')[0]!;
    expect(a.doi).toBe('10.1002/lno.12877');
    expect(a.title).toBe('Storm deposition doubles carbon burial in Atlantic salt marshes');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect([a.journal, a.year]).toEqual(['Limnology and Oceanography', 2043]);
  });

  it('gives no authors when the line under the title is a sentence (unchanged)', () => {
    const a = articlesOf(sources('The work was funded by the regional council.', 'Limnology and Oceanography, 3 March 2043'), 'md')[0]!;
    expect(a.authors).toEqual([]);
  });
});
