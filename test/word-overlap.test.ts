import { describe, expect, it } from 'vitest';
import { wordOverlap, wordsOf } from '../src/text/word-overlap.js';

describe('word overlap (token F1)', () => {
  it('reads words in lower case, letters and digits only', () => {
    expect(wordsOf('Kelp Forests, 2031: back!')).toEqual(['kelp', 'forests', '2031', 'back']);
  });
  it.each([
    ['Kelp forests recover', 'Kelp forests recover', 1],
    ['Kelp forests recover', 'Otters return', 0],
    ['Kelp forests recover fast', 'Kelp forests recover', 6 / 7],
    ['', 'Kelp', 0],
  ])('%s ~ %s = %d', (a, b, f1) => {
    expect(wordOverlap(wordsOf(a), wordsOf(b))).toBeCloseTo(f1, 6);
  });
});
