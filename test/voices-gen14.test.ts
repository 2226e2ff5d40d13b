import { describe, expect, it } from 'vitest';
import { recordOf, speakersOf } from './support/invented.js';
import { asPersonName } from '../src/extractors/contact/person-name.js';
import { givenFitsFamily } from '../src/extractors/quote/family-caps.js';
import { unfoldColumns } from '../src/extractors/contact/columns.js';
import type { Block } from '../src/types.js';

describe('continental titles before a speaker\'s name', () => {
  it('drops the Dutch "Ir." before a name with particles', () => {
    const text = '# Dune grass holds the coast\n\n"Marram roots bind the sand far more tightly than we had assumed," says Ir. Joost van den Heuvel-Kramer, who ran the flume tests.\n';
    expect(speakersOf(text)).toEqual([['Joost van den Heuvel-Kramer', 'Marram roots bind the sa']]);
  });

  it('reads "Ir." and "PD Dr." opening a colon preamble', () => {
    expect(speakersOf('# Dikes\n\nIr. Sanne Bosch-Visser said: "The old clay dikes held better than the new sand cores did."\n')[0]?.[0]).toBe('Sanne Bosch-Visser');
    expect(speakersOf('# Soil\n\n"Nobody had looked at the fungi under the vineyards before," says PD Dr. Tobias Reinhold-Marx.\n')[0]?.[0]).toBe('Tobias Reinhold-Marx');
  });

  it('takes the person, not the field an institute is named after ("Institute of Concrete Structures")', () => {
    const text = '# Bridges\n\nDr.-Ing. Lisa Brenneisen-Kolb from the Institute of Steel Structures said: "The welded joints outlasted every bolted joint in the fatigue rig."\n';
    expect(speakersOf(text)).toEqual([['Lisa Brenneisen-Kolb', 'The welded joints outlas']]);
  });
});

describe('names with apostrophes and occupations before them', () => {
  it('reads a family name with an apostrophe printed first in capitals ("O\'BRIEN Ciara")', () => {
    const text = '# Bog\n\nDr. O\'BRIEN Ciara, a visiting fellow, said: "The peat here has kept pollen grains for nine thousand years."\n';
    expect(speakersOf(text)[0]?.[0]).toBe('Ciara O\'Brien');
  });

  it('drops an occupation opening the sentence before the name ("Physiotherapist X")', () => {
    const text = '# Rehab\n\nRadiotherapist Aisling Mac Cárthaigh-Doyle, who planned the doses, said the side effects were mild. "Most patients kept working through the whole course," she said.\n';
    expect(speakersOf(text)[0]?.[0]).toBe('Aisling Mac Cárthaigh-Doyle');
  });
});

describe('a phone labelled "Tel./Fax" is a phone', () => {
  it('keeps a number printed after "Tel./Fax:"', () => {
    const text = ['# Looms', '', 'Weavers in the valley still use wooden looms, historians report.', '', 'Contact:', 'Hedda Lindgren', 'Tel./Fax: +46 18 471 2233', 'Email: hedda.lindgren@uu.example.se', ''].join('\n');
    const c = recordOf(text, 'md').contacts;
    expect(c.map((x) => [x.name, x.phone])).toEqual([['Hedda Lindgren', '+46 18 471 2233']]);
  });

  it('still drops a number printed after "Fax:" alone', () => {
    const text = ['# Looms', '', 'Weavers in the valley still use wooden looms, historians report.', '', 'Contact:', 'Hedda Lindgren', 'Tel: +46 18 471 2233', 'Fax: +46 18 471 2299', ''].join('\n');
    expect(recordOf(text, 'md').contacts.map((x) => x.phone)).toEqual(['+46 18 471 2233']);
  });
});

describe('contacts of two institutions set side by side', () => {
  const block = { index: 0 } as unknown as Block;
  const lines = (rows: string[]) => rows.map((text) => ({ block, text }));

  it('reads wide-gap columns one after the other when a row holds only emails', () => {
    const out = unfoldColumns(lines(['Uppsala University       KTH', 'Hedda Lindgren           Arvid Sjöberg', 'hedda@uu.example.se      arvid@kth.example.se']));
    expect(out.map((l) => l.text)).toEqual(['Uppsala University', 'Hedda Lindgren', 'hedda@uu.example.se', 'KTH', 'Arvid Sjöberg', 'arvid@kth.example.se']);
  });

  it('leaves a table with one person per row alone', () => {
    const rows = ['Hedda Lindgren\thedda@uu.example.se\t+46 18 471 2233', 'Arvid Sjöberg\tarvid@kth.example.se\t+46 8 790 1122', 'Mona Ek\tmona@su.example.se\t+46 8 16 2000'];
    expect(unfoldColumns(lines(rows)).map((l) => l.text)).toEqual(rows);
  });

  it('gives each person their own phone and email in a plain-text release', () => {
    const text = [
      'Peat fires smoulder for months under snow',
      '',
      'Uppsala/Stockholm, 4 March 2032',
      '',
      'Peat fires can survive a Swedish winter under the snow, researchers report.',
      '',
      'Contacts',
      '',
      'Uppsala University                 KTH',
      'Hedda Lindgren                     Arvid Sjöberg',
      '+46 18 471 2233                    +46 8 790 1122',
      'hedda.lindgren@uu.example.se       arvid.sjoberg@kth.example.se',
      '',
    ].join('\n');
    const c = recordOf(text).contacts;
    expect(c.map((x) => [x.name, x.email, x.phone])).toEqual([
      ['Hedda Lindgren', 'hedda.lindgren@uu.example.se', '+46 18 471 2233'],
      ['Arvid Sjöberg', 'arvid.sjoberg@kth.example.se', '+46 8 790 1122'],
    ]);
  });
});

describe('university abbreviations are not names', () => {
  it('tells "TU Delft" and "KU Leuven" from people', () => {
    expect(asPersonName('TU Delft')).toBeNull();
    expect(asPersonName('KU Leuven')).toBeNull();
    expect(asPersonName('LIU Fang')).toBe('Fang Liu');
    expect(givenFitsFamily('TU', 'Youyou')).toBe(true);
    expect(givenFitsFamily('TU', 'Delft')).toBe(false);
    expect(givenFitsFamily('NAKAMURA', 'Aoi')).toBe(true);
  });
});

describe('a contact whose name comes after the phone', () => {
  it('gives the phone opening a line to the person named after it', () => {
    const text = ['# Kelp', '', 'Kelp forests regrew after the urchin cull, ecologists report.', '', 'Media contact: +61 (0)7 3346 0559 – Bronte Whitlam-Gray (b.whitlam-gray@uq.example.edu.au)', ''].join('\n');
    expect(recordOf(text, 'md').contacts.map((x) => [x.name, x.email, x.phone])).toEqual([['Bronte Whitlam-Gray', 'b.whitlam-gray@uq.example.edu.au', '+61 (0)7 3346 0559']]);
  });

  it('reads two such lines as two people, each with their own phone', () => {
    const text = [
      '# Kelp',
      '',
      'Kelp forests regrew after the urchin cull, ecologists report.',
      '',
      'Media contacts:',
      '+61 (0)7 3346 0559 – Bronte Whitlam-Gray, b.whitlam-gray@uq.example.edu.au',
      '+61 (0)7 3346 0560 – Callum O\'Hare, c.ohare@uq.example.edu.au',
      '',
    ].join('\n');
    expect(recordOf(text, 'md').contacts.map((x) => [x.name, x.phone])).toEqual([
      ['Bronte Whitlam-Gray', '+61 (0)7 3346 0559'],
      ['Callum O\'Hare', '+61 (0)7 3346 0560'],
    ]);
  });

  it('keeps a mobile on its own line as the same person\'s alternate', () => {
    const text = ['# Kelp', '', 'Kelp forests regrew after the urchin cull, ecologists report.', '', 'Contact:', 'Bronte Whitlam-Gray', '+61 (0)7 3346 0559', '+61 (0)412 555 019', 'b.whitlam-gray@uq.example.edu.au', ''].join('\n');
    expect(recordOf(text, 'md').contacts.map((x) => [x.name, x.phone])).toEqual([['Bronte Whitlam-Gray', '+61 (0)7 3346 0559']]);
  });
});
