import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { plainSpaces, plainText } from '../src/text/spaces.js';

const NBSP = '\u00a0';
const SHY = '\u00ad';
const ZWSP = '\u200b';

describe('plainSpaces and plainText', () => {
  it.each([
    [`Journal of${NBSP}Wetland Science`, 'Journal of Wetland Science'],
    ['12\u202f000 birds', '12 000 birds'],
    ['thin\u2009space and\u3000ideographic', 'thin space and ideographic'],
  ])('plainSpaces(%j) is %j, of the same length', (input, expected) => {
    expect(plainSpaces(input)).toBe(expected);
    expect(plainSpaces(input)).toHaveLength(input.length);
  });

  it.each([
    [`neuro${SHY}science`, 'neuroscience'],
    [`${ZWSP}Marsh${NBSP}Birds`, 'Marsh Birds'],
    ['caf\u00e9 \u2014 d\u00e9j\u00e0', 'caf\u00e9 \u2014 d\u00e9j\u00e0'],
    // Joiners shape scripts and emoji: they stay.
    ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645', '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'],
  ])('plainText(%j) is %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('no-break spaces and invisible characters in a release', () => {
  const release = (sp: string, shy: string): string =>
    `# Saltmarsh sparrows${sp}nest higher as seas rise\n\nMarch 9, 2031\n\n` +
    `DOVER, Del. -- Sparrows moved their nests up the grass stems, a study in the Journal of${sp}Coastal${sp}Ornithology finds.\n\n` +
    `"We saw it in every marsh," said Priya${sp}R.${sp}Anand, who led the fieldwork.\n\n` +
    `Reference: Anand${sp}PR, Okafor${sp}T. Nest height tracks tide${shy}lines in saltmarsh sparrows. J Coast Ornithol. 2031;12(2):88-97. ` +
    `[doi:10.5555/jco.2031.${shy}0088](https://doi.org/10.5555/jco.2031.${shy}0088)\n`;

  it('reads the same record with no-break spaces and soft hyphens as with plain text', () => {
    const plain = recordOf(release(' ', ''), 'md');
    const marked = recordOf(release(NBSP, SHY), 'md');
    expect(plain.articles[0]!.doi).toBe('10.5555/jco.2031.0088');
    expect(marked.articles[0]!.doi).toBe('10.5555/jco.2031.0088');
    expect(marked.articles[0]!.title).toBe('Nest height tracks tidelines in saltmarsh sparrows');
    expect(marked.articles[0]!.authors.map((p) => p.family)).toEqual(['Anand', 'Okafor']);
    expect(marked.quotes[0]!.speaker).toBe('Priya R. Anand');
    expect(marked.release.headline).toBe('Saltmarsh sparrows nest higher as seas rise');
  });

  it('reads "&nbsp;" in an HTML page as a space inside a journal name and a speaker', () => {
    const page =
      '<!doctype html><html><head><title>Sparrows&nbsp;nest higher</title></head><body>' +
      '<h1>Saltmarsh sparrows nest higher as seas rise</h1><p>March 9, 2031</p>' +
      '<p>Sparrows moved their nests up, a study published in the Journal of&nbsp;Coastal&nbsp;Ornithology finds.</p>' +
      '<p>&ldquo;We saw it in every marsh,&rdquo; said Priya&nbsp;R.&nbsp;Anand, who led the fieldwork.</p></body></html>';
    const r = recordOf(page, 'html');
    expect(r.articles[0]!.journal).toBe('Journal of Coastal Ornithology');
    expect(r.quotes[0]!.speaker).toBe('Priya R. Anand');
  });
});

describe('paragraphs indented by a tab or four spaces', () => {
  const release = (indent: string): string =>
    `Ferns recolonise lava fields within a decade\n\nApril 2, 2031\n\n` +
    `${indent}HILO, Hawaii -- Ferns took root on new lava within ten years, botanists report in the journal Pacific Botany.\n\n` +
    `${indent}"The first fronds came up in cracks that held rain," said Keoni Alapa, a botanist at the island's field station.\n\n` +
    `${indent}Media contact: Lena Fry, lena.fry@example.edu, 808-555-0188\n`;

  it.each([['\t'], ['    '], ['']])('reads a release indented with %j as prose, not code', (indent) => {
    const r = recordOf(release(indent), 'txt');
    expect(r.release.headline).toBe('Ferns recolonise lava fields within a decade');
    expect(r.release.dateline).toBe('HILO, Hawaii');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Keoni Alapa']);
    expect(r.contacts.map((c) => [c.name, c.email])).toEqual([['Lena Fry', 'lena.fry@example.edu']]);
  });

  it('still reads a fenced block as code, so its lines are not release text', () => {
    const r = recordOf('# Ferns recolonise lava fields\n\nApril 2, 2031\n\n```\n"Not a quote," said Nobody Here.\n```\n', 'md');
    expect(r.quotes).toEqual([]);
  });
});
