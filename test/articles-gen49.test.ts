import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const release = (ref: string): string =>
  '# Beetles that roll dung by starlight keep straighter paths\n\n**February 11, 2053**\n\n**PRETORIA, South Africa** - Dung beetles rolling their balls under a clear night sky hold a straighter course than beetles under cloud, field trials show.\n\n' +
  '"On a moonless night the Milky Way alone is enough to keep them on a line," said Dr. Thandeka MacGregor-Dlamini, the first author.\n\n' +
  `${ref}\n\n**Media contact:** Pieter Oosthuizen, p.oosthuizen@highveld.example.ac.za, +27 12 555 0163\n`;

const bibtex = (author: string, journal: string): string =>
  '```bibtex\n@article{macgregor2053stars,\n' +
  `  author  = {${author}},\n` +
  '  title   = {Celestial orientation of nocturnal dung beetles under {Milky Way} light},\n' +
  `  journal = {${journal}},\n` +
  '  year    = {2053},\n  volume  = {88},\n  number  = {4},\n  pages   = {612--625},\n  doi     = {10.1242/jeb.2053.24117}\n}\n```';

describe('a reference pasted as a BibTeX entry (round 49)', () => {
  it.each([
    ['"Family, Given and …" names', 'MacGregor-Dlamini, Thandeka and Botha, Riaan', 'Journal of Experimental Biology', ['MacGregor-Dlamini', 'Botha'], 'Journal of Experimental Biology'],
    ['natural-order names and "and others"', 'Thandeka MacGregor-Dlamini and Riaan Botha and others', 'Journal of Experimental Biology', ['MacGregor-Dlamini', 'Botha'], 'Journal of Experimental Biology'],
    ['a TeX-escaped "\\&" in the journal', 'MacGregor-Dlamini, Thandeka and Botha, Riaan', 'Ecology \\& Evolution', ['MacGregor-Dlamini', 'Botha'], 'Ecology & Evolution'],
  ])('reads %s', (_label, author, journal, families, read) => {
    const all = articlesOf(release(bibtex(author, journal)), 'md');
    expect(all).toHaveLength(1);
    const a = all[0]!;
    expect(a.doi).toBe('10.1242/jeb.2053.24117');
    expect(a.title).toBe('Celestial orientation of nocturnal dung beetles under Milky Way light');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.journal).toBe(read);
    expect(a.volume).toBe('88');
    expect(a.issue).toBe('4');
    expect(a.pages).toBe('612-625');
    expect(a.year).toBe(2053);
  });

  it('leaves the quote, the contact and the dateline as they were', () => {
    const text = release(bibtex('MacGregor-Dlamini, Thandeka and Botha, Riaan', 'Journal of Experimental Biology'));
    expect(speakersOf(text, 'md').map(([who]) => who)).toEqual(['Thandeka MacGregor-Dlamini']);
    expect(contactsOf(text, 'md').map(([, email]) => email)).toEqual(['p.oosthuizen@highveld.example.ac.za']);
    expect(recordOf(text, 'md').release.dateline).toBe('PRETORIA, South Africa');
  });
});

describe('a Chicago author-date reference whose first family name has a second capital (round 49)', () => {
  it.each([
    ['MacGregor-Dlamini', 'Thandeka'],
    ['McAllister', 'Thandeka'],
    ['Dlamini', 'Thandeka'],
  ])('reads "%s, %s, Given Family, and Given Family. 2053."', (family, given) => {
    const ref = `**Reference:** ${family}, ${given}, Riaan Botha, and Lwazi Nkosi. 2053. “Celestial Orientation of Nocturnal Dung Beetles.” *Journal of Experimental Biology* 88 (4): 612–625. https://doi.org/10.1242/jeb.2053.24117.`;
    // The speaker is named no author here, so the list is the reference's alone.
    const a = articlesOf(release(ref).replace(', the first author', ', a beetle ecologist'), 'md')[0]!;
    expect(a.doi).toBe('10.1242/jeb.2053.24117');
    expect(a.authors.map((p) => [p.given, p.family])).toEqual([[given, family], ['Riaan', 'Botha'], ['Lwazi', 'Nkosi']]);
    expect(a.journal).toBe('Journal of Experimental Biology');
  });
});

describe('a journal name with commas after a quoted Harvard title (round 49)', () => {
  it.each([
    ['Plant, Cell & Environment'],
    ['Water, Air, & Soil Pollution'],
    ['Pharmacology, Biochemistry and Behavior'],
  ])('keeps "%s" whole', (journal) => {
    const ref = `**Paper:** MacGregor-Dlamini, T. and Botha, R. (2053) 'Celestial orientation of nocturnal dung beetles', *${journal}*, 88(4), pp. 612–625. doi: 10.1242/jeb.2053.24117`;
    const a = articlesOf(release(ref), 'md')[0]!;
    expect(a.journal).toBe(journal);
    expect(a.title).toBe('Celestial orientation of nocturnal dung beetles');
    expect(a.volume).toBe('88');
  });

  it('still ends a one-name journal at its comma, and a year after names is no volume (unchanged)', () => {
    const one = articlesOf(release("**Paper:** MacGregor-Dlamini, T. and Botha, R. (2053) 'Celestial orientation of nocturnal dung beetles', *Ecology*, 88(4), pp. 612–625. doi: 10.1242/jeb.2053.24117"), 'md')[0]!;
    expect(one.journal).toBe('Ecology');
    const apa = articlesOf(release('MacGregor-Dlamini, T., & Botha, R. (2053). Celestial orientation of nocturnal dung beetles. Journal of Experimental Biology, 88(4), 612–625. https://doi.org/10.1242/jeb.2053.24117'), 'md')[0]!;
    expect(apa.journal).toBe('Journal of Experimental Biology');
    expect(apa.authors.map((p) => p.family)).toEqual(['MacGregor-Dlamini', 'Botha']);
  });
});
