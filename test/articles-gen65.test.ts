import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const HEAD = 'Glass frogs hide their blood while they sleep\n\nDAVIS, Calif., April 2, 2065 — Text.\n\n';

describe('quoted titles after "The findings," of round 65', () => {
  it.each([
    ['"are published in"', 'The findings, “Red cell pooling in the liver of sleeping glass frogs,” are published in Science. DOI: 10.1126/science.adz6501\n'],
    ['"were published in"', 'The findings, "Red cell pooling in the liver of sleeping glass frogs," were published in Science. DOI: 10.1126/science.adz6501\n'],
  ])('reads %s', (_label, body) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.doi).toBe('10.1126/science.adz6501');
    expect(a.title).toBe('Red cell pooling in the liver of sleeping glass frogs');
  });

  it('leaves a quoted remark after "The findings," unread as a title (must not change)', () => {
    const a = articlesOf(HEAD + 'The findings, "honestly, were a shock to everyone," Dr. Rosa Lindqvist-Mora said. The paper appears in Science. DOI: 10.1126/science.adz6502\n')[0]!;
    expect(a.title).toBeNull();
  });
});

describe('author sentences of round 65', () => {
  it('reads "co-authors include doctoral students A and B and Professor C"', () => {
    const a = articlesOf(HEAD + 'The paper appears in Science. Co-authors include doctoral students Ines Marrow-Takeda and Bolaji Fenwick and Professor Ruth Hallorsen-Cruz, the principal investigator.\n\nDOI: 10.1126/science.adz6503\n')[0]!;
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Ines Marrow-Takeda', 'Bolaji Fenwick', 'Ruth Hallorsen-Cruz']);
  });

  it('drops an affiliation whose unit is a comma list from a "co-authored by" list', () => {
    const a = articlesOf(HEAD + 'The study, published in Science, was co-authored by Ines Marrow-Takeda of the Department of Wildlife, Fish and Conservation Biology, and Bolaji Fenwick of the Bodega Marine Laboratory.\n\nDOI: 10.1126/science.adz6504\n')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Marrow-Takeda', 'Fenwick']);
  });

  it('reads "Leung Chun-yat", a Cantonese family name first before a hyphenated given name', () => {
    const text = 'Battery folds\n\nHONG KONG, 2 April 2065 – Text.\n\n“A crease is where every flexible battery starts to die,” said Professor Kwok Hoi-ling.\n\nThe findings were published in Nature Energy. The first author is Dr Leung Chun-yat, a postdoctoral fellow, and the corresponding author is Professor Kwok.\n\nDOI: 10.1038/s41560-065-00101-1\n';
    const a = articlesOf(text)[0]!;
    expect(a.authors).toEqual([{ given: 'Chun-yat', family: 'Leung' }]);
  });

  it('reads no author from "Professor" before a word that is no name (must not change)', () => {
    const a = articlesOf(HEAD + 'The paper appears in Science. The corresponding author is Professor Emeritus.\n\nDOI: 10.1126/science.adz6505\n')[0]!;
    expect(a.authors).toEqual([]);
  });
});
