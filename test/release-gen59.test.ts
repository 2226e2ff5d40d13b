import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A Hungarian release whose date line is `head`. */
const hungarian = (head: string): string =>
  [
    'Új módszerrel mérik a vese oxigénellátását',
    '',
    head,
    '',
    'A kutatók egy új képalkotó eljárással követték a vese oxigénellátását műtét közben, és negyven beteg adatait elemezték.',
    '',
    'DOI: 10.1016/j.kint.2037.01.008',
    '',
  ].join('\n');

describe('a year-first date line read as a list item (round 59)', () => {
  it.each([
    ['2037. április 3.', '2037-04-03'],
    ['2036. december 21.', '2036-12-21'],
    ['2037. szeptember 30.', '2037-09-30'],
  ])('reads %j as the release date', (head, iso) => {
    expect(recordOf(hungarian(head)).release.datePublished).toBe(iso);
  });

  it.each([['1. április 3.'], ['2037. A kutatás első lépése'], ['3. A kutatók negyven beteget vizsgáltak.']])('reads no date from a numbered item (%j)', (head) => {
    expect(recordOf(hungarian(head)).release.datePublished).toBeNull();
  });

  it('keeps a date line that names its place unchanged', () => {
    expect(recordOf(hungarian('Debrecen, 2037. április 3.')).release).toMatchObject({ datePublished: '2037-04-03', dateline: 'Debrecen' });
  });
});

describe('a lower-case title before an initial and a family name (round 59)', () => {
  /** A Lithuanian release that names its speaker in full, then quotes her as `attribution`. */
  const lithuanian = (attribution: string): string =>
    [
      '# Tyrėjai stebėjo upių žuvis',
      '',
      'Tyrimui vadovavo dr. Austėja Narbutaitė-Olsen iš Gyvybės mokslų centro.',
      '',
      `„Upėtakiai grįžta į tas pačias vietas kasmet, net po potvynių“, – ${attribution}.`,
      '',
    ].join('\n');

  it.each([['sako dr. A. Narbutaitė-Olsen'], ['teigia prof. A. Narbutaitė-Olsen'], ['pabrėžia dr. Austėja Narbutaitė-Olsen']])('resolves %j to the full name', (attribution) => {
    expect(speakersOf(lithuanian(attribution))).toEqual([['Austėja Narbutaitė-Olsen', 'Upėtakiai grįžta į tas p']]);
  });
});

describe('Lithuanian and Hungarian reference and contact labels (round 59)', () => {
  it.each([
    ['Straipsnis:', 'Lithuanian'],
    ['Publikáció:', 'Hungarian'],
    ['Közlemény:', 'Hungarian'],
  ])('reads a Vancouver line after %j (%s)', (label) => {
    const text = [
      'Fish return to a restored river',
      '',
      'The team tagged two hundred trout.',
      '',
      `${label} Žilinskaitė-Varga R, Petrauskas-Holm T, Szabó-Kerr Á. Trout homing after floods in a Baltic river. Freshwater Biology. 2037;82(4):601-612. DOI: 10.1111/fwb.14455`,
      '',
    ].join('\n');
    const [a] = articlesOf(text);
    expect(a).toMatchObject({ doi: '10.1111/fwb.14455', title: 'Trout homing after floods in a Baltic river', journal: 'Freshwater Biology', volume: '82', issue: '4' });
    expect(a!.authors.map((x) => x.family)).toEqual(['Žilinskaitė-Varga', 'Petrauskas-Holm', 'Szabó-Kerr']);
  });

  it.each([['Daugiau informacijos:'], ['Kontaktai žiniasklaidai:'], ['Sajtóinformáció:'], ['További információ:']])('reads the block under %j as a contact', (label) => {
    const text = ['# Fish return to a restored river', '', 'The team tagged two hundred trout over three years.', '', label, 'Vaiva Ramanauskienė-Lind', 'vaiva.rl@example.lt', '+370 5 219 3344', ''].join('\n');
    expect(contactsOf(text)).toEqual([['Vaiva Ramanauskienė-Lind', 'vaiva.rl@example.lt', '+370 5 219 3344']]);
  });

  it('reads no contact from an author list without a label', () => {
    const text = ['# Fish return to a restored river', '', 'The team tagged two hundred trout over three years.', '', 'Vaiva Ramanauskienė-Lind and Tomas Petrauskas-Holm wrote the paper.', ''].join('\n');
    expect(contactsOf(text)).toEqual([]);
  });
});
