import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const DOI = '10.1002/ece3.11873';
const head = '# Shrews shrink their skulls before winter\n\nKONSTANZ, Germany, 4 March 2054 -- Text of the lead about shrews measured over three winters.\n\n';
const cite = `\n\nThe paper appears in Ecology and Evolution 44(2): 101-112 (2054), doi:${DOI}.\n`;
const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('a pull quote whose credit runs on straight after the closing mark (round 54)', () => {
  it.each([
    ['“A shrinking skull saves more energy than any of us would have guessed.”Dr. Ottilie Brandauer, University of Konstanz', 'Ottilie Brandauer'],
    ['“A shrinking skull saves more energy than any of us would have guessed.”Professor Kasimir Lenz', 'Kasimir Lenz'],
  ] as const)('gives the credited name as the speaker (%#)', (line, who) => {
    const text = `${head}${line}${cite}`;
    expect(names(text)).toEqual([who]);
    expect(articlesOf(text, 'md')[0]?.doi).toBe(DOI);
  });

  it('reads no credit where a bare name with no honorific or role follows (may be a signature)', () => {
    const text = `${head}“A shrinking skull saves more energy than any of us would have guessed.”Ottilie Brandauer${cite}`;
    expect(names(text)).not.toContain('Ottilie Brandauer');
  });
});

describe('Q&A labels run into the answer on one line (round 54)', () => {
  it.each([
    ['Q: Why shrink? A: “Brain tissue is costly to keep warm when food is scarce in the snow.”'],
    ['**Q:** Why shrink? **A:** “Brain tissue is costly to keep warm when food is scarce in the snow.”'],
  ] as const)('gives the answer to the interviewee named before (%#)', (qa) => {
    const text = `${head}We asked the study's leader, Dr. Ottilie Brandauer, about the results.\n\n${qa}${cite}`;
    expect(names(text)).toEqual(['Ottilie Brandauer']);
  });
});

describe('an attribution cut after its speech verb, perhaps by a caption (round 54)', () => {
  it.each([
    ['“Brain tissue is costly to keep warm when food is scarce in the snow,” said\n\nDr. Ottilie Brandauer, a zoologist at the university.'],
    ['“Brain tissue is costly to keep warm when food is scarce in the snow,” said\n\nPhoto: A shrew in the snow. Credit: University of Konstanz\n\nDr. Ottilie Brandauer, a zoologist at the university.'],
  ] as const)('gives the name that opens the next text paragraph (%#)', (body) => {
    expect(names(`${head}${body}${cite}`)).toEqual(['Ottilie Brandauer']);
  });

  it('still reads an ordinary "said X" on the same line unchanged', () => {
    const text = `${head}“Brain tissue is costly to keep warm when food is scarce in the snow,” said Dr. Ottilie Brandauer.${cite}`;
    expect(names(text)).toEqual(['Ottilie Brandauer']);
  });
});
