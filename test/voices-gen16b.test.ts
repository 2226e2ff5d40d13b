import { describe, expect, it } from 'vitest';
import { speakersOf } from './support/invented.js';

describe('"Grant" as a given name, not an organisation word', () => {
  it('names a speaker after "Hon." whose given name is Grant', () => {
    const text = '# Flood maps\n\n"Every council in the valley will get the new flood maps before winter," said Hon. Grant McAllister, the regional minister.\n';
    expect(speakersOf(text)).toEqual([['Grant McAllister', 'Every council in the val']]);
  });

  it('names a subject "Grant X, a role, said:"', () => {
    const text = '# Wetlands\n\nGrant Okafor, a hydrologist at the regional council, said: "The restored marsh soaks up a flood like a sponge."\n';
    expect(speakersOf(text)).toEqual([['Grant Okafor', 'The restored marsh soaks']]);
  });

  it("names a Grant with an apostrophe in the family name (\"Grant O'Sullivan\")", () => {
    const text = "# Ancient genomes\n\n\"The bones tell a story of boats, not of a land bridge,\" said Grant O'Sullivan, a geneticist.\n";
    expect(speakersOf(text)).toEqual([["Grant O'Sullivan", 'The bones tell a story o']]);
  });

  it('keeps "Grant Agreement" a thing, not the speaker', () => {
    const text = '# Funding\n\nThe work was funded under a Grant Agreement with the regional fund. "We could not have run the survey without it," said Dr. Mere Tapsell.\n';
    expect(speakersOf(text)).toEqual([['Mere Tapsell', 'We could not have run th']]);
  });
});

describe("a body's possessive title, a comma, then the speaker", () => {
  it("reads \"said the Bureau's chief economist, Dr. X\"", () => {
    const text = "# Farm incomes\n\n\"Dry winters hit the wheat belt harder than any other region,\" said the Bureau's chief economist, Dr. Odile Brannigan.\n";
    expect(speakersOf(text)).toEqual([['Odile Brannigan', 'Dry winters hit the whea']]);
  });

  it("reads \"said the agency's director, X\" and \"said the university's vice-chancellor, Professor X\"", () => {
    const text = [
      '# Water report',
      '',
      '"We will publish every bore reading on the website by June," said the agency\'s director, Tamsin Lowry.',
      '',
      '"Students will be part of the monitoring from next year onwards," said the university\'s vice-chancellor, Professor Ravi Menon.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['Tamsin Lowry', 'We will publish every bo'],
      ['Ravi Menon', 'Students will be part of'],
    ]);
  });

  it('reads a body of several words before the possessive ("the Bureau of Meteorology\'s senior climatologist, Dr X")', () => {
    const text = "# Heatwaves\n\n\"The nights are warming faster than the days across the south,\" said the Bureau of Meteorology's senior climatologist, Dr Ian Webb.\n";
    expect(speakersOf(text)).toEqual([['Ian Webb', 'The nights are warming f']]);
  });
});

describe('named plans and strategies are not people', () => {
  it('resolves "he said" past "the Basin Plan" to the one person named', () => {
    const text = [
      '# Groundwater',
      '',
      "The river authority's chair, Professor Rich Okonkwo, said the figures would shape the next Catchment Plan. \"We are borrowing water from our grandchildren every single year,\" he said.",
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Rich Okonkwo', 'We are borrowing water f']]);
  });
});
