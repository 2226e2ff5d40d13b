/**
 * ", by A, B and C, appears in Journal": the names between the paper's title and the verb saying
 * where it was published are its authors, hyphenated names included.
 */
import { describe, expect, it } from 'vitest';
import { byTail } from '../src/extractors/article/by-tail.js';
import { articlesOf } from './support/invented.js';

describe('byTail: names before "appears in" or "is published in"', () => {
  const valid: Array<[string, string]> = [
    ['The paper, Fog nets for dry coasts, by Amara Voskuijlen, Declan Ashworth-Ng and Ruth Sepúlveda, appears in Water Research.', 'Amara Voskuijlen, Declan Ashworth-Ng and Ruth Sepúlveda'],
    ['The study, Fog nets for dry coasts, by Ines Lloyd-Barros and Kofi Mensah, is published today in Water Research.', 'Ines Lloyd-Barros and Kofi Mensah'],
    // The closing form, with a hyphenated name.
    ['The findings were published in Water Research, by Ines Lloyd-Barros and Kofi Mensah.', 'Ines Lloyd-Barros and Kofi Mensah'],
  ];
  it.each(valid)('%s', (text, names) => {
    expect(byTail(text)?.names).toBe(names);
  });

  // A study led by someone, or names followed by no publication verb: no split.
  const invalid = [
    'The work, led by Ines Lloyd-Barros and Kofi Mensah, took three years.',
    'The nets, built by Ines Lloyd-Barros and Kofi Mensah, appear on the hills.',
  ];
  it.each(invalid)('%s -> null', (text) => {
    expect(byTail(text)).toBeNull();
  });
});

describe('a release naming the authors before "appears in"', () => {
  it('reads the three authors', () => {
    const [paper] = articlesOf(
      ['Fog nets water dry coasts', '', 'LIMA, Peru, 4 March 2037 – Fog nets can water a hillside farm, a study finds.', '', 'The paper, Fog nets for dry coasts, by Amara Voskuijlen, Declan Ashworth-Ng and Ruth Sepúlveda, appears in Water Research (doi:10.1016/j.watres.2037.121345).'].join('\n'),
    );
    expect(paper?.doi).toBe('10.1016/j.watres.2037.121345');
    expect(paper?.authors.map((a) => a.family)).toEqual(['Voskuijlen', 'Ashworth-Ng', 'Sepúlveda']);
    expect(paper?.journal).toBe('Water Research');
  });
});
