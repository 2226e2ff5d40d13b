import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf, speakersOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nApril 14, 2039\n\n`;
const families = (text: string, ext = 'txt'): string[] => articlesOf(text, ext)[0]!.authors.map((p) => p.family);

describe('a Vancouver family name with a Gaelic particle (round 35)', () => {
  it.each([
    ['"Ní" and a hyphened second word', 'Ní Bhriain-Ashworth C', 'Ní Bhriain-Ashworth'],
    ['"Ó" before one word', 'Ó Murchú D', 'Ó Murchú'],
    ['"Mac an" and a mutated word', 'Mac an tSionnaigh E', 'Mac an tSionnaigh'],
    ['"Nic" before two words', 'Nic Giolla Easpaig R', 'Nic Giolla Easpaig'],
    ['a plain family name (unchanged)', 'Ashworth C', 'Ashworth'],
  ])('keeps the reference whole with %s first', (_label, first, family) => {
    const text =
      head('Otters return to a drained bog') +
      'Otters came back within two years of rewetting, a study finds.\n\nReference: ' +
      first +
      ', Lindqvist P, Mensah-Brodie K. Otter recolonisation of rewetted raised bogs. Freshwater Biology. 2039;84(4):611-624. doi:10.1111/fwb.14480\n';
    const a = articlesOf(text)[0]!;
    expect([a.title, a.journal, a.authors.map((p) => p.family)]).toEqual([
      'Otter recolonisation of rewetted raised bogs',
      'Freshwater Biology',
      [family, 'Lindqvist', 'Mensah-Brodie'],
    ]);
  });
});

describe('a Gaelic particle in an APA list and in prose (round 35)', () => {
  it.each([
    ['"Nic" before two words', 'Nic Giolla Easpaig, R.', 'Nic Giolla Easpaig'],
    ['"Mac an" and a mutated word', 'Mac an tSionnaigh, E.', 'Mac an tSionnaigh'],
    ['a plain family name (unchanged)', 'Ashworth, C.', 'Ashworth'],
  ])('reads the APA list with %s first', (_label, first, family) => {
    const text =
      head('Otters return to a drained bog') +
      'Otters came back within two years of rewetting.\n\nCitation: ' +
      first +
      ', Lindqvist, P., & bin Yusof, H. (2039). Otter recolonisation of rewetted raised bogs. Freshwater Biology, 84(4), 611–624. https://doi.org/10.1111/fwb.14480\n';
    expect(families(text)).toEqual([family, 'Lindqvist', 'bin Yusof']);
  });

  it.each([
    ['"Mac an tSionnaigh"', 'Eoin Mac an tSionnaigh', 'Mac an tSionnaigh'],
    ['"Ó Murchú"', 'Dara Ó Murchú', 'Ó Murchú'],
    ['a particle-free name (unchanged)', 'Dara Ashworth', 'Ashworth'],
  ])('names the author %s in a prose list', (_label, name, family) => {
    const text =
      head('Otters return to a drained bog') +
      `The authors are Petra Lindqvist of Lund University and ${name} of the University of Galway.\n\nDOI: 10.1111/fwb.14480\n`;
    expect(families(text)).toEqual(['Lindqvist', family]);
  });

  it('leaves the speaker of a quote by an author with a Gaelic particle as before (unchanged)', () => {
    const text =
      head('Otters return to a drained bog') +
      '"The otters found the bog long before we finished the survey," said Dr. Dara Ó Murchú of the University of Galway.\n\nDOI: 10.1111/fwb.14480\n';
    expect(speakersOf(text, 'txt')).toEqual([['Dara Ó Murchú', 'The otters found the bog']]);
  });
});

describe('numbers after the journal in a "Journal:" block of its own (round 35)', () => {
  const fields = (journalLine: string, ext: 'md' | 'html'): unknown[] => {
    const body =
      ext === 'md'
        ? `# Rice roots find phosphate by taste\n\n2039-04-14\n\nRoots sense phosphate, researchers report in Plant Communications.\n\n**Title:** A receptor kinase steers rice roots towards phosphate patches\n\n**Journal:** ${journalLine}\n\n**DOI:** 10.1016/j.xplc.2039.100871\n`
        : `<html><body><h1>Rice roots find phosphate by taste</h1><p>2039-04-14</p><p>Roots sense phosphate, researchers report in Plant Communications.</p><p><strong>Title:</strong> A receptor kinase steers rice roots towards phosphate patches</p><p><strong>Journal:</strong> ${journalLine}</p><p><strong>DOI:</strong> 10.1016/j.xplc.2039.100871</p></body></html>`;
    const a = recordOf(body, ext).articles[0]!;
    return [a.journal, a.volume, a.issue, a.pages, a.year];
  };

  it.each([
    ['year, volume and an article number', 'Plant Communications, 2039, 20: 100871', 'md', ['Plant Communications', '20', null, '100871', 2039]],
    ['the same in HTML', 'Plant Communications, 2039, 20: 100871', 'html', ['Plant Communications', '20', null, '100871', 2039]],
    ['volume, issue and pages', 'Plant Communications, 2039, 20(4): 311-325', 'md', ['Plant Communications', '20', '4', '311-325', 2039]],
    ['a name and year only (unchanged)', 'Plant Communications (2039)', 'md', ['Plant Communications', null, null, null, 2039]],
  ] as const)('reads %s', (_label, line, ext, expected) => {
    expect(fields(line, ext)).toEqual(expected);
  });
});
