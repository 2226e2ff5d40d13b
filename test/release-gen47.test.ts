import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Rice paddies drained mid-season release less methane';
const BODY = 'Agronomists measured gas flux over 40 paddies for three growing seasons.';
const QUOTE = '"Draining the field for one week halves the methane without costing farmers any grain," said Professor Min-seo Cheong-Aldana, who led the trial.';
const CONTACT = 'Media contact: Haruto Bellweather-Sato, +82-2-555-0193, h.bellweather@paddy.example.ac.kr';

describe('a US date with a bracketed weekday after the day, "March 4 (Wed), 2037" (round 47)', () => {
  const release = (dateLine: string): string => `${TITLE}\n\n${dateLine}\n\n${BODY}\n\n${QUOTE}\n\nThe study appears in Nature Food. https://doi.org/10.1038/s43016-037-01031-2\n\n${CONTACT}\n`;

  it.each([
    ['March 4 (Wed), 2037', '2037-03-04'],
    ['March 4 (Wed) 2037', '2037-03-04'],
    ['Nov. 17 (Tue.), 2037', '2037-11-17'],
    ['April 10 (Friday), 2037', '2037-04-10'],
  ])('reads "%s" as %s', (dateLine, iso) => {
    const text = release(dateLine);
    expect(recordOf(text, 'txt').release.datePublished).toBe(iso);
    expect(speakersOf(text, 'txt')).toEqual([['Min-seo Cheong-Aldana', 'Draining the field for o']]);
    expect(contactsOf(text, 'txt')[0]![0]).toBe('Haruto Bellweather-Sato');
  });

  it.each([
    // Already read before this round: must not change.
    ['March 4, 2037', '2037-03-04'],
    ['Wednesday, March 4, 2037', '2037-03-04'],
  ])('still reads "%s" as %s', (dateLine, iso) => {
    expect(recordOf(release(dateLine), 'txt').release.datePublished).toBe(iso);
  });

  it.each([
    // A bracketed word that is no weekday does not join the day to the year.
    'March 4 (provisional), 2037',
    // A date without a year stays without one.
    'March 4 (Wed)',
  ])('reads no full date from "%s"', (dateLine) => {
    expect(recordOf(release(dateLine), 'txt').release.datePublished).not.toBe('2037-03-04');
  });
});
