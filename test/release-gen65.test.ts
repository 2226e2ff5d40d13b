import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf } from './support/invented.js';

/** A release with the head lines `head` (between the title and the body) and the body `body`. */
const release = (head: string, body = 'Die Studie erscheint in der Fachzeitschrift Ecology Letters. DOI: 10.1111/ele.14611'): string =>
  ['Wildbienen meiden gemähte Wegränder', '', head, '', 'Auf ungemähten Randstreifen zählte das Team dreimal so viele Wildbienen.', '', body, '', 'Kontakt:', 'Dr. Ilka Brodersen-Maas', 'E-Mail: ilka.brodersen@uni.example.de', ''].join('\n');

describe('a day-first date line that Markdown reads as a list item (round 65)', () => {
  it.each([
    ['14. April 2038', '2038-04-14'],
    ['3. Mai 2038', '2038-05-03'],
    ['21. oktober 2038', '2038-10-21'],
  ])('reads %j as the release date', (line, iso) => {
    expect(recordOf(release(line)).release.datePublished).toBe(iso);
    expect(recordOf(release(line), 'md').release.datePublished).toBe(iso);
  });

  it.each([['1. Mai 2038 beginnt die Zählung erneut.'], ['2. Probenahme im April']])('keeps the list item %j no date line', (line) => {
    expect(recordOf(release(line)).release.datePublished).toBeNull();
  });
});

describe('a Korean year-first dotted date line (round 65)', () => {
  it.each([
    ['2038. 4. 14.', '2038-04-14'],
    ['2038. 04. 02.', '2038-04-02'],
  ])('reads %j as the release date', (line, iso) => {
    expect(recordOf(release(line), 'md').release.datePublished).toBe(iso);
    expect(recordOf(release(line)).release.datePublished).toBe(iso);
  });

  it('keeps a numbered list of years a list', () => {
    const r = recordOf(release('14. April 2038', 'Zeitplan:\n\n2036. Erste Zählung\n2037. Zweite Zählung\n\nDie Studie erscheint in Ecology Letters. DOI: 10.1111/ele.14611'), 'md');
    expect(r.release.datePublished).toBe('2038-04-14');
  });
});

describe('a German embargo hour "17 Uhr" (round 65)', () => {
  it.each([
    ['Sperrfrist: 15.04.2038, 17 Uhr', '2038-04-15T17:00'],
    ['Sperrfrist: Mittwoch, 15. April 2038, 9 Uhr', '2038-04-15T09:00'],
  ])('reads the hour of %j', (line, value) => {
    expect(recordOf(release(`14. April 2038\n\n${line}`)).release.embargo).toBe(value);
  });

  it('keeps an embargo without an hour a date', () => {
    expect(recordOf(release('14. April 2038\n\nSperrfrist: 15.04.2038')).release.embargo).toBe('2038-04-15');
  });
});

describe('a page title with its site after spaced colons (round 65)', () => {
  const page = (title: string): string =>
    `<html><head><title>${title}</title></head><body><p>14. April 2038</p><p>Auf ungemähten Randstreifen zählte das Team dreimal so viele Wildbienen wie auf gemähten.</p></body></html>`;
  it.each([
    ['Wildbienen meiden gemähte Wegränder : Pressemitteilungen : Universität Hamburg', 'Wildbienen meiden gemähte Wegränder'],
    ['Wildbienen meiden gemähte Wegränder : Universität Hamburg', 'Wildbienen meiden gemähte Wegränder'],
  ])('reads the headline of %j', (title, headline) => {
    expect(recordOf(page(title), 'html').release.headline).toBe(headline);
  });

  it('keeps a French spaced colon in the headline', () => {
    expect(recordOf(page('Abeilles sauvages : les bords de chemins non fauchés en abritent trois fois plus'), 'html').release.headline).toBe(
      'Abeilles sauvages : les bords de chemins non fauchés en abritent trois fois plus',
    );
  });
});

describe('a German "Für Rückfragen" contacts heading (round 65)', () => {
  it('reads the contact under it', () => {
    const text = '# Wildbienen meiden gemähte Wegränder\n\n14. April 2038\n\nDie Studie erscheint in Ecology Letters.\n\n## Für Rückfragen\n\nDr. Ilka Brodersen-Maas  \nTel.: +49 40 42838-4410  \nE-Mail: ilka.brodersen@uni.example.de\n';
    expect(contactsOf(text)).toEqual([['Ilka Brodersen-Maas', 'ilka.brodersen@uni.example.de', '+49 40 42838-4410']]);
  });
});

describe('"appeared" in time, not in print (round 65)', () => {
  const en = (line: string): string =>
    ['Radar hints at tornado outbreaks', '', 'March 13, 2038', '', line, '', 'The study was published in the Bulletin of the American Meteorological Society. DOI: 10.1175/BAMS-D-37-0299.1', '', 'Media contact: Dana Wirt, dwirt@ou.example.edu', ''].join('\n');
  it.each([
    ['A radar pattern appeared up to 40 minutes before several tornado outbreaks in the Southern Plains.'],
    ['The hook echo appeared 20 minutes after the first warning in central Kansas.'],
  ])('reads the journal past %j', (line) => {
    expect(articlesOf(en(line))[0]?.journal).toBe('Bulletin of the American Meteorological Society');
  });

  it('still reads "appeared in" a journal', () => {
    const text = ['Radar hints at tornado outbreaks', '', 'March 13, 2038', '', 'The findings appeared today in Weather and Forecasting. DOI: 10.1175/WAF-D-37-0012.1', ''].join('\n');
    expect(articlesOf(text)[0]?.journal).toBe('Weather and Forecasting');
  });
});
