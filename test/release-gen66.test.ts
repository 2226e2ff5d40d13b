import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf } from './support/invented.js';

/** A release with the head lines `head` above its title `title`, and the body `body`. */
const release = (head: string, title = 'Revontulet näkyvät yhä etelämpänä', body = 'Tulokset julkaistiin lehdessä Geophysical Research Letters. DOI: 10.1029/2039GL104417'): string =>
  [head, '', title, '', 'Tutkijat vertasivat havaintoja neljänkymmenen vuoden ajalta.', '', body, '', 'Lisätietoja:', 'Kaisu Mäenpää, kaisu.maenpaa@uni.example.fi', ''].join('\n');

describe('a Nordic release label before the date line (round 66)', () => {
  it.each([
    ['Tiedote 4.4.2039', '2039-04-04'],
    ['Mediatiedote 4.4.2039', '2039-04-04'],
    ['Uutinen 4.4.2039 klo 9.15', '2039-04-04'],
    ['Pressemeddelelse 4. april 2039', '2039-04-04'],
    ['Nyhed 4. apr. 2039', '2039-04-04'],
    ['Pressemelding 4. april 2039', '2039-04-04'],
  ])('reads %j as a date without a dateline', (line, iso) => {
    const r = recordOf(release(line)).release;
    expect(r.datePublished).toBe(iso);
    expect(r.dateline).toBeNull();
  });

  it('keeps a town before the date a dateline', () => {
    const r = recordOf(release('Rovaniemi 4.4.2039')).release;
    expect(r.datePublished).toBe('2039-04-04');
    expect(r.dateline).toBe('Rovaniemi');
  });
});

describe('a release number and a date set apart by a slash (round 66)', () => {
  it.each([
    ['Nr. 112 / 5. April 2039', '2039-04-05'],
    ['Nr. 112/2039 / 05.04.2039', '2039-04-05'],
  ])('reads the date of %j', (line, iso) => {
    expect(recordOf(release(line, 'Meereis schmilzt schneller als gedacht')).release.datePublished).toBe(iso);
    expect(recordOf(release(line, '# Meereis schmilzt schneller als gedacht'), 'md').release.datePublished).toBe(iso);
  });

  it('keeps a town before the slash a dateline', () => {
    const r = recordOf(release('Kiel / 5. April 2039', 'Meereis schmilzt schneller als gedacht')).release;
    expect(r.datePublished).toBe('2039-04-05');
    expect(r.dateline).toBe('Kiel');
  });
});

describe('a Finnish "Julkaisuvapaa" embargo and a French capital "H" hour (round 66)', () => {
  it.each([
    ['Tiedote 4.4.2039\nJulkaisuvapaa 4.4.2039 klo 18.00', '2039-04-04T18:00'],
    ['Julkaisuvapaa 6.4.2039 klo 10.00', '2039-04-06T10:00'],
    ['JULKAISUVAPAA 6.4.2039', '2039-04-06'],
  ])('reads the embargo of %j', (head, value) => {
    expect(recordOf(release(head)).release.embargo).toBe(value);
  });

  it('keeps the release date out of a Finnish embargo line', () => {
    expect(recordOf(release('Julkaisuvapaa 6.4.2039 klo 10.00')).release.datePublished).toBeNull();
  });

  it.each([
    ["SOUS EMBARGO JUSQU'AU 7 AVRIL 2039, 11 H", '2039-04-07T11:00'],
    ["Sous embargo jusqu'au 7 avril 2039, 14 h", '2039-04-07T14:00'],
  ])('reads the hour of %j', (head, value) => {
    expect(recordOf(release(head, 'Un capteur détecte les nitrates')).release.embargo).toBe(value);
  });
});

describe('a Quebec "Source :" contact block and a lower-case Finnish rank (round 66)', () => {
  it('reads the person under "Source :"', () => {
    const text = ['# Un capteur détecte les nitrates', '', 'Le capteur a été testé dans 85 puits.', '', '**Source :**', 'Odile Marchessault-Roy', 'Conseillère en relations médias', '819 821-7444 | odile.marchessault@usherbrooke.example.ca', ''].join('\n');
    expect(contactsOf(text)).toEqual([['Odile Marchessault-Roy', 'odile.marchessault@usherbrooke.example.ca', '819 821-7444']]);
  });

  it('keeps a "Source : X" credit line no contact', () => {
    const text = ['# Un capteur détecte les nitrates', '', 'Le capteur a été testé dans 85 puits.', '', 'Source : Statistique Canada, 2038', ''].join('\n');
    expect(contactsOf(text)).toEqual([]);
  });

  it.each([
    ['apulaisprofessori Kaisu Mäenpää', 'Kaisu Mäenpää'],
    ['tutkijatohtori Kaisu Mäenpää', 'Kaisu Mäenpää'],
    ['tiedottaja Kaisu Mäenpää', 'Kaisu Mäenpää'],
  ])('reads the name after %j', (line, name) => {
    const text = ['# Revontulet näkyvät yhä etelämpänä', '', 'Tutkijat vertasivat havaintoja.', '', 'Lisätietoja:', `${line}, puh. 0294 48 1100, kaisu.maenpaa@uni.example.fi`, ''].join('\n');
    expect(contactsOf(text)).toEqual([[name, 'kaisu.maenpaa@uni.example.fi', '0294 48 1100']]);
  });

  it('still reads the paper of a Finnish release', () => {
    expect(articlesOf(release('Tiedote 4.4.2039'))[0]?.doi).toBe('10.1029/2039GL104417');
  });
});
