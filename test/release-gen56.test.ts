import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf, articlesOf } from './support/invented.js';

/** A Czech release in HTML with the given quote paragraph, reference paragraph and contact paragraph. */
const czech = (quote: string, reference: string, contact: string): string =>
  [
    '<html><body><article>',
    '<h1>Vědci změřili, jak rychle tají ledovce na Špicberkách</h1>',
    '<p><strong>Praha, 12. května 2037</strong> – Ledovce na západě Špicberk ztrácejí led dvakrát rychleji než před dvaceti lety, ukázala studie glaciologů z Univerzity Karlovy.</p>',
    `<p>${quote}</p>`,
    `<p>${reference}</p>`,
    `<p>${contact}</p>`,
    '</article></body></html>',
  ].join('\n');

const QUOTE = '„Ledovce, které jsme měřili před dvaceti lety, dnes končí o půl kilometru výš v údolí,“ říká Tereza Bláhová-Lundgren z katedry fyzické geografie.';
const REFERENCE = '<strong>Odkaz na publikaci:</strong> Bláhová-Lundgren T, Havlíček O, Nordström-Kříž E. Accelerated retreat of Svalbard tidewater glaciers. The Cryosphere. 2037;31(5):1201–1219. DOI: 10.5194/tc-31-1201-2037';
const CONTACT = '<strong>Kontakt pro média:</strong><br>Mgr. Radka Pokorná-Silva<br>tel.: +420 224 555 402<br>e-mail: radka.pokorna@cuni.example.cz';

describe('house styles of university press offices (round 56)', () => {
  it('reads a Czech "Odkaz na publikaci:" reference line', () => {
    const [a] = articlesOf(czech(QUOTE, REFERENCE, CONTACT), 'html');
    expect(a!.doi).toBe('10.5194/tc-31-1201-2037');
    expect(a!.title).toBe('Accelerated retreat of Svalbard tidewater glaciers');
    expect(a!.journal).toBe('The Cryosphere');
    expect(a!.authors.map((p) => p.family)).toEqual(['Bláhová-Lundgren', 'Havlíček', 'Nordström-Kříž']);
  });

  it.each([['říká'], ['dodává'], ['vysvětluje'], ['uvedla']])('reads the speaker after the Czech verb "%s"', (verb) => {
    const quote = QUOTE.replace('říká', verb);
    expect(speakersOf(czech(quote, REFERENCE, CONTACT), 'html')).toEqual([['Tereza Bláhová-Lundgren', 'Ledovce, které jsme měři']]);
  });

  it.each([['Mgr.'], ['Ing.'], ['PhDr.'], ['Bc.']])('drops the Czech title "%s" from a contact name', (title) => {
    const text = czech(QUOTE, REFERENCE, CONTACT.replace('Mgr.', title));
    expect(contactsOf(text, 'html')).toEqual([['Radka Pokorná-Silva', 'radka.pokorna@cuni.example.cz', '+420 224 555 402']]);
    expect(recordOf(text, 'html').release.dateline).toBe('Praha');
  });

  it.each([['※'], ['■'], ['•']])('reads labelled citation lines after the mark "%s"', (mark) => {
    const text = [
      'Korea University team builds a sodium battery that charges in six minutes',
      '',
      'SEOUL, May 12, 2037 – A research team led by Professor Soo-min Jang of Yonsei University has built a sodium battery that charges fully in six minutes.',
      '',
      '"Sodium is cheap and everywhere, and now it can also be fast," said Professor Jang.',
      '',
      `${mark} Paper title: Layered oxide cathodes for fast-charging sodium-ion cells`,
      `${mark} Authors: Da-eun Ryu (first author), Soo-min Jang (corresponding author)`,
      `${mark} DOI: 10.1002/adma.203711873`,
      '',
      'Media contact: Min-ho Seo, +82-2-2123-5566, mhseo@yonsei.example.ac.kr',
      '',
    ].join('\n');
    const [a] = articlesOf(text, 'txt');
    expect(a!.doi).toBe('10.1002/adma.203711873');
    expect(a!.title).toBe('Layered oxide cathodes for fast-charging sodium-ion cells');
    expect(a!.authors.map((p) => p.family)).toEqual(['Ryu', 'Jang']);
  });

  /** A UK release whose numbered notes to editors give the contact and the DOI. */
  const notes = (doiEntry: string, contactEntry: string): string =>
    [
      'Moss spores ride dust storms across the Sahara',
      '',
      'Spores of desert mosses travel more than two thousand kilometres on dust storms, a new study led by UCL researchers has found.',
      '',
      '12 May 2037',
      '',
      'Lead author Dr Owain Pritchard-Mensah (UCL Geography) said: "We caught living spores in air samples taken over the Atlantic, far from any land."',
      '',
      'Notes to Editors',
      '',
      `1. ${contactEntry}`,
      '',
      '2. The paper will be published in Global Change Biology on Tuesday 12 May 2037.',
      '',
      `3. ${doiEntry}`,
      '',
    ].join('\n');
  const CONTACT_ENTRY = 'For more information, please contact Fiona Okwuosa-Brand, UCL Media Relations. T: +44 (0)20 7679 5566, E: f.okwuosa@ucl.example.ac.uk';

  it.each([
    ['The DOI for this paper will be 10.1111/gcb.17902'],
    ['The DOI for this paper is 10.1111/gcb.17902'],
    ['DOI: 10.1111/gcb.17902'],
  ])('reads the DOI of the numbered entry "%s"', (entry) => {
    expect(articlesOf(notes(entry, CONTACT_ENTRY), 'txt')[0]!.doi).toBe('10.1111/gcb.17902');
  });

  it.each([
    ['T: +44 (0)20 7679 5566, E: f.okwuosa@ucl.example.ac.uk'],
    ['Tel: +44 (0)20 7679 5566, Email: f.okwuosa@ucl.example.ac.uk'],
  ])('reads the contact labels "%s" after a period', (labels) => {
    const entry = `For more information, please contact Fiona Okwuosa-Brand, UCL Media Relations. ${labels}`;
    expect(contactsOf(notes('The DOI for this paper will be 10.1111/gcb.17902', entry), 'txt')).toEqual([
      ['Fiona Okwuosa-Brand', 'f.okwuosa@ucl.example.ac.uk', '+44 (0)20 7679 5566'],
    ]);
  });

  it('keeps a background reading list without a DOI entry out of the papers (must NOT change)', () => {
    const text = notes('Earlier work on desert mosses was reviewed in 2031 by Lindqvist and colleagues.', CONTACT_ENTRY);
    const articles = articlesOf(text, 'txt');
    expect(articles.every((a) => a.doi === null)).toBe(true);
    expect(speakersOf(text, 'txt')).toEqual([['Owain Pritchard-Mensah', 'We caught living spores ']]);
  });
});
