import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nJune 9, 2042\n\n`;

describe('a "by" list after the bracketed citation of the journal a paper is reported in (fix37)', () => {
  it.each([
    ['reported in', 'Vol.'],
    ['published in', 'Volume'],
  ])('reads the authors and the article number after the year ("%s", "%s")', (verb, label) => {
    const text =
      head('Cover crops keep frost out of clay soils') +
      'Rye sown after harvest kept clay soils from freezing deep, a four-winter trial found.\n\n' +
      `The findings are ${verb} Soil and Tillage Research (${label} 241, 2042, 106120; https://doi.org/10.1016/j.still.2042.106120) by Marisol Achterberg-Oyelaran and Tobiah Wennerstrom.\n`;
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.journal, a.authors.map((p) => [p.given, p.family]), a.volume, a.pages, a.year]).toEqual([
      '10.1016/j.still.2042.106120',
      'Soil and Tillage Research',
      [
        ['Marisol', 'Achterberg-Oyelaran'],
        ['Tobiah', 'Wennerstrom'],
      ],
      '241',
      '106120',
      2042,
    ]);
  });

  it('names no authors from "by" and a lower-case group after the brackets (unchanged)', () => {
    const text =
      head('Beetles track warm spots in spruce bark') +
      'Bark beetles gather where the sun warms the trunk, a study shows.\n\n' +
      'The study is published in Forest Ecology and Management (Vol. 560, 2042, 121877; https://doi.org/10.1016/j.foreco.2042.121877) by researchers at the Alpine Forest Institute.\n';
    const a = articlesOf(text)[0]!;
    expect([a.authors, a.volume, a.pages]).toEqual([[], '560', '121877']);
  });

  it('reads no article number from a volume and a year alone (the pages unchanged), and the one name after them', () => {
    const text =
      head('Moss carpets cool city roofs') +
      'Moss roofs ran four degrees cooler than gravel ones, engineers report.\n\n' +
      'The work is reported in Urban Climate (Vol. 52, 2042) by Lioba Farrant-Ekwueme.\n';
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.pages, a.authors.map((p) => p.family)]).toEqual(['52', null, ['Farrant-Ekwueme']]);
  });
});

describe('a Gaelic particle inside a speaker\'s name (fix37)', () => {
  const release = (para: string): string =>
    head('Blanket bogs hold more carbon than maps show') + `Upland bogs store a third more carbon than national maps record, a survey finds.\n\n${para}\n`;

  it.each([
    ['"Mac an" and a mutated word, after a title', '“We had never cored the deepest bogs before this survey,” said Dr. Saoirse Mac an tSaoir, a soil scientist.', 'Saoirse Mac an tSaoir'],
    ['"Mac an" and a mutated word at the sentence end', '“We had never cored the deepest bogs before this survey,” said Fionntán Mac an tSionnaigh.', 'Fionntán Mac an tSionnaigh'],
    ['"Ní" and a capitalised word', '“We had never cored the deepest bogs before this survey,” said Dr. Aoibheann Ní Dhubhghaill.', 'Aoibheann Ní Dhubhghaill'],
    ['"Ó" and a capitalised word', '“We had never cored the deepest bogs before this survey,” said Professor Tadhg Ó Cuinneagáin.', 'Tadhg Ó Cuinneagáin'],
  ])('keeps the whole family name: %s', (_label, para, speaker) => {
    expect(speakersOf(release(para)).map(([s]) => s)).toEqual([speaker]);
  });

  it('ends the name at "an" before a lower-case word (unchanged)', () => {
    const para = '“We had never cored the deepest bogs before this survey,” said Ciarán Mac, an ecologist with the survey team.';
    expect(speakersOf(release(para)).map(([s]) => s)).toEqual(['Ciarán Mac']);
  });
});
