import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A release in Markdown whose head is `head` over the title line `title`, with one quote, one paper and one contact. */
const release = (head: string, title = 'Kelp forests recover after the marine heatwave'): string =>
  [
    head,
    '',
    title,
    '',
    'Divers surveyed forty reefs along the coast every spring for seven years after the heatwave ended.',
    '',
    '"The canopy came back faster on reefs where urchins were fished, which surprised all of us," said Dr. Odile Brennan-Sakai, who led the survey.',
    '',
    'The results appear in the journal Marine Ecology Progress Series. DOI: 10.3354/meps14521',
    '',
    'Media contact: Piet Langford-Osei, press@reef.example.edu, +1 902 555 0190',
    '',
  ].join('\n');

/** A release in plain text whose line under the headline is `line`. */
const withLine = (line: string): string => release('Kelp forests recover after the marine heatwave', line);

describe('an author byline before a dash and the date (round 61)', () => {
  it.each([
    ['Corwin Hale-Ruiz - March 3, 2037', '2037-03-03'],
    ['Marta Silva – 15 de junho de 2037', '2037-06-15'],
    ['Anders Lind Okafor — 3 March 2037', '2037-03-03'],
  ])('reads the date of %j and no dateline', (line, iso) => {
    expect(recordOf(withLine(line)).release).toMatchObject({ datePublished: iso, dateline: null });
  });

  it.each([
    ['HALIFAX, N.S. – March 3, 2037', 'HALIFAX, N.S.'],
    ['Salt Lake City - March 3, 2037', 'Salt Lake City'],
    ['Lisboa, 15 de junho de 2037', 'Lisboa'],
  ])('keeps the dateline of %j', (line, place) => {
    expect(recordOf(withLine(line)).release.dateline).toBe(place);
  });

  it('keeps the rest of the record (quote, paper, contact) unchanged', () => {
    const text = withLine('Corwin Hale-Ruiz - March 3, 2037');
    expect(speakersOf(text, 'md')).toEqual([['Odile Brennan-Sakai', 'The canopy came back fas']]);
    expect(articlesOf(text)[0]?.doi).toBe('10.3354/meps14521');
    expect(contactsOf(text, 'md')[0]).toEqual(['Piet Langford-Osei', 'press@reef.example.edu', '+1 902 555 0190']);
  });
});

describe('a site label in another language, or a name in two scripts, over the headline (round 61)', () => {
  it.each([
    ['Notícias ULisboa'],
    ['Actualités UNIGE'],
    ['Nieuws Universiteit Gent'],
    ['جامعة قطر | Qatar University'],
    ['דוברות | Hebrew University'],
  ])('skips %j for the headline', (head) => {
    expect(recordOf(release(head)).release.headline).toBe('Kelp forests recover after the marine heatwave');
  });

  it.each([['Kelp holds on'], ['Kelp forests of Nova Scotia']])('keeps %j as the headline when it is no site name', (head) => {
    expect(recordOf(release(head, 'Divers counted kelp on forty reefs for seven years after the heatwave')).release.headline).toBe(head);
  });
});
