import { describe, expect, it } from 'vitest';
import { asPersonName } from '../src/extractors/contact/person-name.js';
import { contactsOf } from './support/invented.js';

describe('a field of study or an office in another language is no contact name', () => {
  it.each([['Semmelweis Egyetem Kommunikációs Igazgatóság'], ['Uniwersytet Gdański'], ['Sveučilište u Splitu'], ['Oulun yliopisto'], ['Human Genetics'], ['Marine Ecology'], ['Applied Mathematics'], ['Medical Microbiology'], ['Social Anthropology']])('%s', (text) => {
    expect(asPersonName(text)).toBeNull();
  });

  it.each([['Kadri Saarepuu'], ['Ilse Botha-Nkosi']])('keeps the name %s', (text) => {
    expect(asPersonName(text)).toBe(text);
  });

  it('reads the person above a job line that names a field', () => {
    const text = [
      '# Gallstones and a rare variant',
      '',
      'TARTU, 3 March 2038 – A rare variant protects against gallstones, a biobank study found.',
      '',
      '**Additional information:**  ',
      'Liisa Kõrvemaa  ',
      'Senior Lecturer in Human Genetics, University of Tartu  ',
      '+372 5555 2291  ',
      'liisa.korvemaa@example.ut.ee',
      '',
    ].join('\n');
    expect(contactsOf(text)).toEqual([['Liisa Kõrvemaa', 'liisa.korvemaa@example.ut.ee', '+372 5555 2291']]);
  });
});

describe('a Hungarian press contact printed family name first', () => {
  it('keeps the person over the office line under her name', () => {
    const text = ['# Új módszer a vesekő kimutatására', '', 'Budapest, 2037. március 12. – Új módszert fejlesztettek ki a kutatók.', '', 'Sajtókapcsolat:', 'Fekete-Vágó Réka', 'Debreceni Egyetem Kommunikációs Igazgatóság', 'sajto@unideb.example.hu', '+36 52 555 100', ''].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Fekete-Vágó Réka', 'sajto@unideb.example.hu', '+36 52 555 100']]);
  });
});
