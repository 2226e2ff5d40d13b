import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A plain-text release whose paper is reported by the paragraph `paper`, with one quote and one contact. */
const release = (paper: string, ext = 'txt'): string =>
  [
    'Wetland frogs call later on moonlit nights',
    '',
    '17 March 2038',
    '',
    'Frogs in coastal wetlands delay their evening chorus when the moon is bright, a new study shows.',
    '',
    '"The chorus waits for the dark, and the moon decides when the dark arrives," said Dr. Sunniva Okeke-Brandt, who led the work.',
    '',
    paper,
    '',
    ext === 'html' ? '' : 'Media contact: Lorcan Abeyta-Rusk, press@frogs.example.edu, +61 8 5550 1234',
    '',
  ].join('\n');

describe('a Croatian publication sentence and author list (round 62)', () => {
  it.each([
    [
      'Rad pod naslovom „Lunar timing of anuran choruses in coastal wetlands” objavljen je u časopisu Behavioral Ecology. Autori rada su Sunniva Okeke-Brandt, Ivan Horvat i Mia Babić-Lonza.\n\nDOI: 10.1093/beheco/arad101',
      'Lunar timing of anuran choruses in coastal wetlands',
      'Behavioral Ecology',
      ['Okeke-Brandt', 'Horvat', 'Babić-Lonza'],
    ],
    [
      'Studija pod naslovom „Moonlight delays calling in tree frogs” objavljena je u znanstvenom časopisu Animal Behaviour. Autorice i autori studije su Ana Kovač, Petar Jurić i Sunniva Okeke-Brandt.\n\nDOI: 10.1016/j.anbehav.2038.01.009',
      'Moonlight delays calling in tree frogs',
      'Animal Behaviour',
      ['Kovač', 'Jurić', 'Okeke-Brandt'],
    ],
  ])('reads the title, journal and authors of %j', (paper, title, journal, families) => {
    const a = articlesOf(release(paper))[0];
    expect(a).toMatchObject({ title, journal });
    expect(a?.authors.map((p) => p.family)).toEqual(families);
  });

  it('splits a Spanish "y" list that ends the sentence with a full stop', () => {
    const a = articlesOf(release('Los autores son Ana Roe, Bruno Lima y Carla Díaz. El estudio se publicó en la revista Ecology. DOI: 10.1002/ecy.4412'))[0];
    expect(a?.authors.map((p) => p.family)).toEqual(['Roe', 'Lima', 'Díaz']);
  });

  it('does not split a name that holds a lower-case "i" between words that are no names', () => {
    const a = articlesOf(release('Autori rada su Ivan Horvat i suradnici. DOI: 10.1093/beheco/arad102'))[0];
    expect(a?.authors.map((p) => p.family)).toEqual(['Horvat']);
  });
});

describe('a title with its bracketed year, then "by" and the names (round 62)', () => {
  it.each([
    [
      "The article, 'Moonlit choruses in coastal frogs' (2038) by Sunniva Okeke-Brandt, Callum Reyes-Tan and Yuki Abara has been published in Behavioral Ecology. DOI: 10.1093/beheco/arad103",
      ['Okeke-Brandt', 'Reyes-Tan', 'Abara'],
    ],
    [
      "The paper, 'Moonlit choruses in coastal frogs', by Sunniva Okeke-Brandt and Yuki Abara, appears in Behavioral Ecology. DOI: 10.1093/beheco/arad104",
      ['Okeke-Brandt', 'Abara'],
    ],
  ])('reads the authors of %j', (paper, families) => {
    const a = articlesOf(release(paper))[0];
    expect(a?.title).toBe('Moonlit choruses in coastal frogs');
    expect(a?.authors.map((p) => p.family)).toEqual(families);
  });

  it('reads no author from "a study led by" before the publication verb', () => {
    const a = articlesOf(release('The study, led by Sunniva Okeke-Brandt has been published in Behavioral Ecology. DOI: 10.1093/beheco/arad105'))[0];
    expect(a?.doi).toBe('10.1093/beheco/arad105');
    expect(a?.authors).toEqual([]);
  });
});

/** An HTML release whose reference list holds `items`, each "Names. Title. Journal … (year).| <a href=DOI>article</a>". */
const kaust = (items: string[]): string =>
  [
    '<html><body><article><h1>Wetland frogs call later on moonlit nights</h1><p>Mar 17, 2038</p>',
    '<p>"The chorus waits for the dark, and the moon decides when the dark arrives," says Sunniva Okeke-Brandt, who led the work.</p>',
    '<h2>Reference</h2><ol>',
    ...items.map((i) => `<li>${i}</li>`),
    '</ol><h2>Media inquiries</h2><p>Lorcan Abeyta-Rusk, KAUST Communications, lorcan.abeyta@kaust.example.edu.sa, +966 12 808 0000</p></article></body></html>',
  ].join('\n');

describe('a reference entry whose DOI is only its own link (round 62)', () => {
  it('reads the only entry as the paper', () => {
    const text = kaust(['Okeke-Brandt, S., Abara, Y. &amp; Reyes-Tan, C. Lunar timing of frog choruses. <em>Nature Ecology &amp; Evolution</em> <strong>22</strong>, 410–419 (2038).| <a href="https://doi.org/10.1038/s41559-038-02301-7">article</a>']);
    const [a] = articlesOf(text, 'html');
    expect(a).toMatchObject({ doi: '10.1038/s41559-038-02301-7', title: 'Lunar timing of frog choruses', volume: '22', pages: '410-419', year: 2038 });
    expect(a?.authors.map((p) => p.family)).toEqual(['Okeke-Brandt', 'Abara', 'Reyes-Tan']);
    expect(speakersOf(text, 'html')[0]?.[0]).toBe('Sunniva Okeke-Brandt');
    expect(contactsOf(text, 'html')[0]).toEqual(['Lorcan Abeyta-Rusk', 'lorcan.abeyta@kaust.example.edu.sa', '+966 12 808 0000']);
  });

  it('keeps the recent entry and drops an old background entry and its link DOI', () => {
    const text = kaust([
      'Okeke-Brandt, S., Abara, Y. &amp; Reyes-Tan, C. Lunar timing of frog choruses. <em>Nature Ecology &amp; Evolution</em> <strong>22</strong>, 410–419 (2038).| <a href="https://doi.org/10.1038/s41559-038-02301-7">article</a>',
      'Grafe, T. U. et al. Moonlight and the calling of tropical frogs. <em>Behavioral Ecology</em> <strong>12</strong>, 101–108 (2009).| <a href="https://doi.org/10.1093/beheco/12.1.101">article</a>',
    ]);
    expect(articlesOf(text, 'html').map((a) => a.doi)).toEqual(['10.1038/s41559-038-02301-7']);
  });

  it('leaves a plain link to a DOI in prose unchanged', () => {
    const text = recordOf(release('<p>The study appears in <a href="https://doi.org/10.1093/beheco/arad106">Behavioral Ecology</a>.</p>', 'html'), 'html');
    expect(text.articles[0]?.doi).toBe('10.1093/beheco/arad106');
  });
});
