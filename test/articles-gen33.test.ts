import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nApril 3, 2037\n\n`;
const doiLine = '\n\nDOI: 10.1002/ece3.71904\n';
const first = (text: string, ext = 'txt'): { doi: string | null; journal: string | null; year: number | null } => {
  const a = articlesOf(text, ext)[0]!;
  return { doi: a.doi, journal: a.journal, year: a.year };
};

describe('a journal named in prose shapes of round 33', () => {
  it.each([
    ['"a study of N things in X"', 'Moths avoid lit streets, according to a study of 4,200 moths in Ecology and Evolution.', 'Ecology and Evolution'],
    ['"a study of more than N things in X"', 'A study of more than 600 hedgerows in Ecology and Evolution found the same.', 'Ecology and Evolution'],
    ['"a study of lower-case words in X"', 'The pattern held in a study of urban moth populations in Ecology and Evolution.', 'Ecology and Evolution'],
    ['a BMC journal after "a study of"', 'Moths avoid lit streets, according to a study of 300 gardens in BMC Ecology and Evolution.', 'BMC Ecology and Evolution'],
    ['"The findings, in X,"', 'The findings, in Ecology and Evolution, rest on light traps run for five summers.', 'Ecology and Evolution'],
  ])('reads the journal after %s', (_label, para, journal) => {
    const got = first(head('Moths avoid lit streets') + para + doiLine);
    expect(got.doi).toBe('10.1002/ece3.71904');
    expect(got.journal).toBe(journal);
  });

  it('reads "X reports this week" with the journal as the subject, and the release year', () => {
    const got = first(head('Moths avoid lit streets') + 'Moths avoid streets lit by white lamps, Ecology and Evolution reports this week.' + doiLine);
    expect(got).toEqual({ doi: '10.1002/ece3.71904', journal: 'Ecology and Evolution', year: 2037 });
  });

  it.each([
    ['a place after "a study of"', 'The moths were counted in a study of 40 gardens in West Yorkshire.'],
    ['a capitalised organisation after "a study of"', 'Moths were caught in a study of the Royal Parks in London Borough Councils.'],
    ['a place set off by commas', 'The findings, in Scotland, were the same as in England.'],
    ['a name with no closing comma', 'The findings, in Ecology and Evolution and elsewhere in the literature, matched.'],
    ['a non-journal subject of "reports this week"', 'Moths avoid lit streets, the Moth Trust reports this week.'],
  ])('reads no journal for %s (unchanged)', (_label, para) => {
    expect(first(head('Moths avoid lit streets') + para + doiLine).journal).toBeNull();
  });
});

describe('a Nature-style citation without a DOI whose pages are a long e-locator (round 33)', () => {
  const cite = (tail: string): string =>
    head('Moths avoid lit streets') + 'Moths avoid lit streets, a study finds.\n\nCitation: Harrow-Mbeki T., Lund S. White street lamps repel night-flying moths. ' + tail + '\n';

  it.each([
    ['an e-locator of ten digits', 'Proc. Natl. Acad. Sci. U.S.A. 134, e2507731134 (2037).', 'e2507731134'],
    ['ordinary pages (unchanged)', 'Nature Ecology 134, 233-240 (2037).', '233-240'],
  ])('reads the paper from %s', (_label, tail, pages) => {
    const a = articlesOf(cite(tail))[0]!;
    expect([a.doi, a.volume, a.pages, a.year]).toEqual([null, '134', pages, 2037]);
    expect(a.authors.map((p) => p.family)).toEqual(['Harrow-Mbeki', 'Lund']);
  });

  it('reads no paper from a phone-like number after a comma (unchanged)', () => {
    expect(articlesOf(head('Moths avoid lit streets') + 'Call the lab 134, 2507731134 (2037) for details.\n')).toEqual([]);
  });
});
