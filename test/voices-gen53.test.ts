import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const DOI = '10.1111/fwb.14422';
const QUOTE = '“Every pond we drained came back with more frogs than before, which none of us predicted,” said Dr. Halvard Brekke, who led the survey.';

const table = (head: string): string =>
  `<!DOCTYPE html><html><head><title>Frogs return to restored ponds</title></head><body>
<h1>Frogs return to restored ponds</h1>
<p>BERGEN, Norway, 4 May 2053 &ndash; Text of the lead about ponds restored by draining them every few winters.</p>
<p>${QUOTE}</p>
<p>The paper appears in <em>Freshwater Biology</em> (2053), doi:${DOI}.</p>
<h2>Contacts</h2>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
<tr><td>Halvard Brekke</td><td>Ingrid Solheim</td></tr>
<tr><td>halvard.brekke@uni.example.no</td><td>press@uni.example.no</td></tr>
<tr><td>+47 55 555 0101</td><td>+47 55 555 0100</td></tr>
</tbody>
</table>
</body></html>`;

describe('a contacts table with one person a column: the row of names is no one name (round 53)', () => {
  it.each([
    ['<th>Researcher</th><th>Press officer</th>'],
    ['<th>Scientist</th><th>Media</th>'],
  ] as const)('keeps the speaker to the quote’s own name (%#)', (head) => {
    const html = table(head);
    expect(speakersOf(html, 'html').map(([s]) => s)).toEqual(['Halvard Brekke']);
    expect(articlesOf(html, 'html')[0]?.doi).toBe(DOI);
  });

  it('still resolves "said Brekke" to the full name printed in prose', () => {
    const text = `# Frogs return to restored ponds\n\nBERGEN, Norway, 4 May 2053 -- Text of the lead by Dr. Halvard Brekke and colleagues.\n\n“Every pond we drained came back with more frogs than before, which none of us predicted,” said Brekke.\n\nThe paper appears in Freshwater Biology (2053), doi:${DOI}.\n`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual(['Halvard Brekke']);
  });

  it('still reads both people of the table as contacts', () => {
    expect(contactsOf(table('<th>Researcher</th><th>Press officer</th>'), 'html')).toEqual([
      ['Halvard Brekke', 'halvard.brekke@uni.example.no', '+47 55 555 0101'],
      ['Ingrid Solheim', 'press@uni.example.no', '+47 55 555 0100'],
    ]);
  });
});

describe('"published in Journal, numbers, DOI, by A, B and C." names the authors (round 53)', () => {
  const head = '# Glass sponges pump more water than thought\n\nHALIFAX, Nova Scotia — April 14, 2053 — Text of the lead about sponges on the slope.\n\n';
  it.each([
    [`The results were published in Marine Biology, vol. 170, no. 4, pp. 88–97 (2053), https://doi.org/${DOI}, by Agnes Lindqvist, Omar Haddad and Rosa Pinheiro.`, ['Lindqvist', 'Haddad', 'Pinheiro']],
    [`The study appears in Marine Biology 170: 88–97 (2053), doi:${DOI}, by Agnes Lindqvist and Omar Haddad.`, ['Lindqvist', 'Haddad']],
  ] as const)('gives the names after "by" in printed order and no title from the numbers (%#)', (sentence, families) => {
    const a = articlesOf(`${head}${sentence}\n`, 'md')[0];
    expect(a?.doi).toBe(DOI);
    expect(a?.authors.map((p) => p.family)).toEqual(families);
    expect(a?.title ?? null).toBeNull();
  });

  it('lists no author for "a study led by X" without a publication lead', () => {
    const text = `${head}The sponges were counted on a cruise, doi:${DOI}, by Agnes Lindqvist and Omar Haddad.\n`;
    expect(recordOf(text, 'md').articles[0]?.authors ?? []).toEqual([]);
  });
});
