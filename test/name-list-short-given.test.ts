/**
 * A three-letter given name whose last two letters are a particle ("Ada", "Ola", "Ida", "Ede")
 * is a given name, not an initial glued to "da", "la" or "de": initials stand apart from the
 * family name by a space, a full stop or a hyphen.
 */
import { describe, expect, it } from 'vitest';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { articlesOf } from './support/invented.js';

const people = (text: string): Array<[string, string]> => parseNameList(text).map((n) => [n.person.given ?? '', n.person.family]);

describe('parseNameList: short given names and initials', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['Ada Lindqvist, Ola Brekke and Ida Nilsen', [['Ada', 'Lindqvist'], ['Ola', 'Brekke'], ['Ida', 'Nilsen']]],
    ['Ede Horváth and Ula Kowalczyk', [['Ede', 'Horváth'], ['Ula', 'Kowalczyk']]],
    // Unchanged: initials before a particle or a family name, with a space, a full stop or a hyphen.
    ['A. da Silva and J.-P. Roux', [['A.', 'da Silva'], ['J.-P.', 'Roux']]],
    ['A Lindqvist, O.Brekke', [['A', 'Lindqvist'], ['O.', 'Brekke']]],
    ['Ana de Souza', [['Ana', 'de Souza']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a "by" list of short given names in a release', () => {
  it('keeps "Ada" and "Ola" whole', () => {
    const [paper] = articlesOf(
      [
        'Seals nap in short bursts at sea',
        '',
        'BERGEN, Norway, 4 May 2037 – Grey seals sleep in bursts of a few minutes at sea.',
        '',
        'The study, published in Marine Mammal Science (doi:10.1111/mms.2037.0411), by Ada Lindqvist, Ola Brekke and Ida Nilsen.',
      ].join('\n'),
    );
    expect(paper?.doi).toBe('10.1111/mms.2037.0411');
    expect(paper?.authors.map((a) => `${a.given} ${a.family}`)).toEqual(['Ada Lindqvist', 'Ola Brekke', 'Ida Nilsen']);
  });
});
