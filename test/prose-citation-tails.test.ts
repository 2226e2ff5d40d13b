import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

/** A short release whose third paragraph names the journal in prose, with `sentence`. */
const release = (sentence: string): string =>
  [
    '# Brine flies settle on drying lake beds',
    '',
    'SALT LAKE CITY, May 6, 2039 — Brine flies colonised the reefs left dry by a shrinking saline lake within two seasons, biologists report after four years of surveys along its shore.',
    '',
    sentence,
    '',
  ].join('\n');

describe('APA numbers after a journal named in prose: ", volume(issue), pages"', () => {
  it.each([
    ['The study, "Brine fly colonisation of exposed reefs," appears in Ecology and Evolution, 29(4), e70412. https://doi.org/10.1002/ece3.70412', 'Ecology and Evolution', ['29', '4', 'e70412']],
    ['The study was published in Freshwater Biology, 64(11), 2210–2224. https://doi.org/10.1111/fwb.70412', 'Freshwater Biology', ['64', '11', '2210-2224']],
  ])('%s', (sentence, journal, numbers) => {
    const [a] = articlesOf(release(sentence), 'md');
    expect(a!.journal).toBe(journal);
    expect([a!.volume, a!.issue, a!.pages]).toEqual(numbers);
  });

  it('reads no numbers from a count after the name', () => {
    const [a] = articlesOf(release('The study was published in Freshwater Biology, 64 (11 sites), and more. https://doi.org/10.1111/fwb.70412'), 'md');
    expect([a!.volume, a!.issue, a!.pages]).toEqual([null, null, null]);
  });
});

describe('a journal whose name holds a colon before a bracketed reference', () => {
  it('reads "Aquatic Conservation: Marine and Freshwater Ecosystems (Names. Year. Vol(Issue): Pages. DOI)"', () => {
    const [a] = articlesOf(release('The study was published in Aquatic Conservation: Marine and Freshwater Ecosystems (Roe J, Lim-Ahn K. 2039. 49(2): 110-122. https://doi.org/10.1002/aqc.5012).'), 'md');
    expect(a!.journal).toBe('Aquatic Conservation: Marine and Freshwater Ecosystems');
    expect([a!.volume, a!.issue, a!.pages, a!.year]).toEqual(['49', '2', '110-122', 2039]);
  });

  it('keeps a journal that looks like none apart from a sentence after its colon', () => {
    const [a] = articlesOf(release('The study was published in Brine Ecology: Researchers found the flies early. https://doi.org/10.1002/aqc.5012'), 'md');
    expect(a!.journal).toBe('Brine Ecology');
  });
});

describe('"Vol." and "No." labels right after a journal named in prose, with no comma', () => {
  it('reads "the Journal of Salt Lakes Vol. 12 No. 3 (2039), pp. 41-58"', () => {
    const [a] = articlesOf(release('The research was published in the Journal of Salt Lakes Vol. 12 No. 3 (2039), pp. 41-58, under the title "Brine flies on dry reefs". https://doi.org/10.5555/jsl.2039.0412'), 'md');
    expect(a!.journal).toBe('Journal of Salt Lakes');
    expect([a!.volume, a!.issue, a!.pages, a!.year]).toEqual(['12', '3', '41-58', 2039]);
  });

  it('keeps "Vol" that is no label of a number in the name', () => {
    const [a] = articlesOf(release('The research was published in the Journal of Salt Lakes. https://doi.org/10.5555/jsl.2039.0412'), 'md');
    expect(a!.journal).toBe('Journal of Salt Lakes');
    expect(a!.volume).toBeNull();
  });
});

describe('"X’s Name is the senior author": an office’s acronym in the possessive before the name', () => {
  it.each([
    ['UU’s Lindqvist-Amari is the senior author.', ['Lindqvist-Amari']],
    ['Lindqvist-Amari is the senior author.', ['Lindqvist-Amari']],
  ])('%s', (sentence, families) => {
    const text = release(`“The flies were there within weeks of the water leaving,” said Sanna Lindqvist-Amari, a UU professor of biology.\n\nThe study appears in Ecology and Evolution, 29(4), e70412. ${sentence} https://doi.org/10.1002/ece3.70412`);
    expect(articlesOf(text, 'md')[0]!.authors.map((p) => p.family)).toEqual(families);
  });
});

describe('"The paper, [Title](DOI link), by A, B and C, appears in X": a "by" list after a linked title', () => {
  it.each([
    ['md', 'The paper, [Brine fly colonisation of exposed reefs](https://doi.org/10.1002/ece3.70412), by Ana Roe-Lindqvist, Kwame Osei and Lena Park, appears in *Ecology and Evolution*.'],
    ['html', 'The paper, <a href="https://doi.org/10.1002/ece3.70412">Brine fly colonisation of exposed reefs</a>, by Ana Roe-Lindqvist, Kwame Osei and Lena Park, appears in <em>Ecology and Evolution</em>.'],
  ] as const)('%s', (ext, sentence) => {
    const text = ext === 'md' ? release(sentence) : `<html><body><h1>Brine flies settle on drying lake beds</h1><p>SALT LAKE CITY, May 6, 2039 — Brine flies colonised the reefs left dry by a shrinking saline lake within two seasons, biologists report after four years of surveys along its shore.</p><p>${sentence}</p></body></html>`;
    const [a] = articlesOf(text, ext);
    expect(a!.doi).toBe('10.1002/ece3.70412');
    expect(a!.title).toBe('Brine fly colonisation of exposed reefs');
    expect(a!.journal).toBe('Ecology and Evolution');
    expect(a!.authors.map((p) => p.family)).toEqual(['Roe-Lindqvist', 'Osei', 'Park']);
  });

  it('reads no authors from a linked title led by one person', () => {
    const [a] = articlesOf(release('The paper, [Brine fly colonisation of exposed reefs](https://doi.org/10.1002/ece3.70412), led by Ana Roe-Lindqvist, appears in *Ecology and Evolution*.'), 'md');
    expect(a!.authors).toEqual([]);
  });
});

describe('"Additional coauthors are Caltech postdoctoral scholar X and Y": an office and a job before a name', () => {
  const withCoauthors = (sentence: string): string =>
    release(`“The flies were there within weeks,” said Sanna Lindqvist-Amari, the study’s lead author.\n\nThe study appears in Ecology and Evolution, 29(4), e70412. https://doi.org/10.1002/ece3.70412 ${sentence}`);
  it.each([
    ['Additional coauthors are Utah postdoctoral scholar Hana Roe-Vik and Rosa Achebe-Lund.', ['Lindqvist-Amari', 'Roe-Vik', 'Achebe-Lund']],
    ['Other coauthors are Rosa Achebe-Lund and MIT graduate student Hana Roe-Vik.', ['Lindqvist-Amari', 'Achebe-Lund', 'Roe-Vik']],
    ['Other coauthors are Rosa Achebe-Lund and Hana Roe-Vik.', ['Lindqvist-Amari', 'Achebe-Lund', 'Roe-Vik']],
  ])('%s', (sentence, families) => {
    expect(articlesOf(withCoauthors(sentence), 'md')[0]!.authors.map((p) => p.family)).toEqual(families);
  });
});

describe('"The first author is Khalifa University PhD student X": a university’s name of two words before the job', () => {
  it.each([
    ['The first author is Utah University PhD student Omar Bin Rashed.', ['Bin Rashed']],
    ['The first author is UU PhD student Omar Bin Rashed.', ['Bin Rashed']],
  ])('%s', (sentence, families) => {
    const text = release(`The study appears in Ecology and Evolution, 29(4), e70412. ${sentence} https://doi.org/10.1002/ece3.70412`);
    expect(articlesOf(text, 'md')[0]!.authors.map((p) => p.family)).toEqual(families);
  });
});

describe('"The study’s authors are Roe-Lindqvist, A and B": a family name alone opening the list', () => {
  it('resolves it to the full name the release gives elsewhere, in its place', () => {
    const text = release('“The flies were there within weeks,” said Sanna Roe-Lindqvist, a biologist at the university.\n\nThe study appears in Ecology and Evolution, 29(4), e70412. The study’s authors are Roe-Lindqvist, Kwame Osei and Lena Park. https://doi.org/10.1002/ece3.70412');
    expect(articlesOf(text, 'md')[0]!.authors).toEqual([
      { given: 'Sanna', family: 'Roe-Lindqvist' },
      { given: 'Kwame', family: 'Osei' },
      { given: 'Lena', family: 'Park' },
    ]);
  });

  it('reads no author from a place opening the sentence', () => {
    const text = release('The study appears in Ecology and Evolution, 29(4), e70412. The study’s authors are Kwame Osei and Lena Park. https://doi.org/10.1002/ece3.70412');
    expect(articlesOf(text, 'md')[0]!.authors.map((p) => p.family)).toEqual(['Osei', 'Park']);
  });
});
