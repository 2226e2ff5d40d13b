import { describe, expect, it } from 'vitest';
import { findDates } from '../src/text/dates.js';
import { recordOf } from './support/invented.js';

describe('findDates: Romanian, Estonian, Slavic, Finnish and Lithuanian month names', () => {
  it.each([
    ['7 octombrie 2038', '2038-10-07'],
    ['7. detsember 2038', '2038-12-07'],
    ['7. avgusta 2038', '2038-08-07'],
    ['7. marta 2038', '2038-03-07'],
    ['7. októbra 2038', '2038-10-07'],
    ['7. heinäkuuta 2038', '2038-07-07'],
    ['7 сентября 2038', '2038-09-07'],
    ['7 жовтня 2038', '2038-10-07'],
    ['7 ноември 2038', '2038-11-07'],
    ['2038 m. spalio 7 d.', '2038-10-07'],
    ['2038 m. rugsėjo 17 d.', '2038-09-17'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it.each([
    ['Marta 2038 won the prize'],
    ['kovo 7'],
    ['the 7 Marta Street offices'],
  ])('reads no date with a year in %j', (text) => {
    expect(findDates(text).filter((d) => d.year !== null)).toEqual([]);
  });

  it('reads a dotted date closed by a full stop, but not one run into more digits', () => {
    expect(findDates('Espoo 21.9.2038. Tutkijat', { numeric: true })[0]?.iso).toBe('2038-09-21');
    expect(findDates('version 21.9.2038.4', { numeric: true })).toEqual([]);
  });
});

/** A Finnish plain-text release whose lead opens with `lead`. */
const release = (lead: string): string =>
  [
    'Suomen järvien jäät sulavat entistä aiemmin',
    '',
    `${lead} Tutkijat mittasivat neljänsadan järven jääpeitteen keston viidenkymmenen vuoden ajalta ja havaitsivat muutoksen.`,
    '',
    'Tutkimus julkaistiin Limnology and Oceanography -lehdessä. DOI: 10.1002/lno.13377',
    '',
    'Lisätietoja: tiedottaja Aino Virtanen-Okoro, aino.virtanen@jarvet.example.fi, +358 29 555 0142',
    '',
  ].join('\n');

describe('a Finnish dateline: a town, a space and a dotted date with its full stop', () => {
  it('reads "Jyväskylä 21.9.2038." as the dateline and the date', () => {
    expect(recordOf(release('Jyväskylä 21.9.2038.')).release).toMatchObject({ dateline: 'Jyväskylä', datePublished: '2038-09-21' });
  });

  it('reads the same with a comma, as before', () => {
    expect(recordOf(release('Jyväskylä, 21.9.2038.')).release).toMatchObject({ dateline: 'Jyväskylä', datePublished: '2038-09-21' });
  });

  it('reads no dateline from a sentence that runs a date into its words', () => {
    expect(recordOf(release('Viime vuonna 21.9.2038. Järvet')).release.dateline).toBeNull();
  });
});
