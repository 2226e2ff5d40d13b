import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const head = '# Seed banks in alpine meadows outlast a decade of drought\n\n**INNSBRUCK, Austria, 6 May 2057** – Seeds buried in high meadows stayed alive through ten dry summers, a survey of 30 slopes shows.\n\n' +
  '"The soil keeps a memory of the meadow that the drought cannot erase," said Dr. Leonie Haberl-Mensah, an ecologist at the Alpine Institute.\n\n';
const tail = '\n\n**Media contact:** Jakob Reiterer, j.reiterer@alpine-inst.example.at, +43 512 555 0178';
const ref = 'Haberl-Mensah L, Gstrein P, Oduro-Falk M. Persistent soil seed banks in alpine grasslands after recurrent drought. *Journal of Ecology*. 2057;115(5):1201-1214. doi:10.1111/1365-2745.14533';

describe('a Markdown footnote reference with a named mark (round 53)', () => {
  it.each([
    ['a named mark', '[^paper]'],
    ['a hyphenated named mark', '[^main-ref]'],
    ['a numbered mark', '[^1]'],
  ])('reads the reference under %s', (_case, mark) => {
    const md = head.replace('shows.', `shows.${mark}`) + tail + `\n\n${mark}: ${ref}\n`;
    const a = articlesOf(md, 'md')[0]!;
    expect(a.doi).toBe('10.1111/1365-2745.14533');
    expect(a.title).toBe('Persistent soil seed banks in alpine grasslands after recurrent drought');
    expect(a.journal).toBe('Journal of Ecology');
    expect(a.authors.map((p) => p.family)).toEqual(['Haberl-Mensah', 'Gstrein', 'Oduro-Falk']);
  });

  it('leaves the rest of the release as it was', () => {
    const md = head + tail + `\n\n[^ref]: ${ref}\n`;
    expect(recordOf(md, 'md').release.dateline).toBe('INNSBRUCK, Austria');
    expect(speakersOf(md, 'md')).toEqual([['Leonie Haberl-Mensah', 'The soil keeps a memory ']]);
    expect(contactsOf(md, 'md')).toEqual([['Jakob Reiterer', 'j.reiterer@alpine-inst.example.at', '+43 512 555 0178']]);
  });
});

const page = (said: string): string =>
  '<html><body><h1>Bees learn faster in warm mornings</h1><p><strong>GHENT, Belgium, 12 June 2057</strong> &ndash; Bumblebees learned a flower colour in half the visits on warm mornings, biologists report in <em>Animal Behaviour</em>.</p>' +
  `<p>&ldquo;Warmth seems to sharpen a bee's attention as much as its flight,&rdquo; ${said}.</p>` +
  '<p>Read <a href="https://doi.org/10.1016/j.anbehav.2057.04.011">the paper</a>.</p><p>Press contact: Marthe Claeys, m.claeys@scheldt-uni.example.be, +32 9 555 0164</p></body></html>';

describe('an author role joined by "with" before another name (round 53)', () => {
  it.each([
    ['"with first author"', 'said Professor Wouter Descamps-Ilunga, who led the study with first author Dr. Ines Vandeputte'],
    ['"with lead author"', 'said Professor Wouter Descamps-Ilunga, who led the work with lead author Ines Vandeputte'],
    ['"alongside the study\'s first author"', "said Professor Wouter Descamps-Ilunga, who ran the trials alongside the study's first author Ines Vandeputte"],
  ])('names only the other person after %s', (_case, said) => {
    const a = articlesOf(page(said), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.anbehav.2057.04.011');
    expect(a.authors.map((p) => p.family)).toEqual(['Vandeputte']);
    expect(speakersOf(page(said), 'html')[0]![0]).toBe('Wouter Descamps-Ilunga');
  });

  it.each([
    ['the speaker as first author', "said Dr. Ines Vandeputte, the study's first author", ['Vandeputte']],
    ['the speaker as senior author of the paper', 'said Professor Wouter Descamps-Ilunga, senior author of the paper', ['Descamps-Ilunga']],
  ])('still reads %s', (_case, said, families) => {
    expect(articlesOf(page(said), 'html')[0]!.authors.map((p) => p.family)).toEqual(families);
  });
});

const table = (rows: string): string =>
  '<html><body><h1>Street trees cool bus stops by four degrees</h1><p>LYON, France, 2 July 2057 &ndash; Bus stops shaded by plane trees were four degrees cooler at noon, a study of 200 stops finds.</p>' +
  `<table>${rows}</table><p>Contact: Elodie Garnier, e.garnier@rhone-uni.example.fr, +33 4 55 55 01 62</p></body></html>`;

describe('a reference in a table of columns (round 53)', () => {
  it.each([
    ['Authors | Title | Journal | DOI', '<tr><th>Authors</th><th>Title</th><th>Journal</th><th>DOI</th></tr><tr><td>Garnier-Sow T, Marchetti L</td><td>Tree shade and heat exposure at urban bus stops</td><td>Urban Climate</td><td>10.1016/j.uclim.2057.102233</td></tr>'],
    ['Title | Journal | DOI | Authors', '<tr><th>Title</th><th>Journal</th><th>DOI</th><th>Authors</th></tr><tr><td>Tree shade and heat exposure at urban bus stops</td><td>Urban Climate</td><td>10.1016/j.uclim.2057.102233</td><td>Garnier-Sow T, Marchetti L</td></tr>'],
  ])('reads %s', (_case, rows) => {
    const a = articlesOf(table(rows), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.uclim.2057.102233');
    expect(a.title).toBe('Tree shade and heat exposure at urban bus stops');
    expect(a.journal).toBe('Urban Climate');
    expect(a.authors.map((p) => p.family)).toEqual(['Garnier-Sow', 'Marchetti']);
  });

  it('still reads a table of label rows', () => {
    const rows = '<tr><td>Title</td><td>Tree shade and heat exposure at urban bus stops</td></tr><tr><td>Journal</td><td>Urban Climate</td></tr><tr><td>DOI</td><td>10.1016/j.uclim.2057.102233</td></tr>';
    const a = articlesOf(table(rows), 'html')[0]!;
    expect([a.doi, a.title, a.journal]).toEqual(['10.1016/j.uclim.2057.102233', 'Tree shade and heat exposure at urban bus stops', 'Urban Climate']);
  });
});
