import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const CONTACT = 'Media contact: Ignatius Obuya-Lindahl, i.obuya@fieldnews.example.org, +44 20 7555 0177';

describe('a date printed with the year, month and day characters ("2037年3月4日") is the release date (round 50)', () => {
  const release = (dateLine: string): string =>
    `Lantern Bay Ocean Institute\nPress Release\n${dateLine}\n\nSea cucumbers clean reef sand twice as fast in warm years\n\nSea cucumbers on the outer reef processed twice as much sand in warm summers as in cool ones, a ten-year survey shows.\n\n"They are the reef's vacuum cleaners, and in warm years they work overtime," said Dr. Sakura Ibekwe-Holm, the study's lead author.\n\nJournal: Coral Reefs\nDOI: 10.1007/s00338-037-02561-8\n\n${CONTACT}\n`;

  it.each([
    ['2037年3月4日', '2037-03-04'],
    ['2037 年 11 月 28 日', '2037-11-28'],
    ['Issued 2037年7月9日', '2037-07-09'],
  ])('reads "%s" as %s', (dateLine, iso) => {
    const text = release(dateLine);
    expect(recordOf(text, 'txt').release.datePublished).toBe(iso);
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1007/s00338-037-02561-8');
    expect(speakersOf(text, 'txt')).toEqual([['Sakura Ibekwe-Holm', "They are the reef's vacu"]]);
    expect(contactsOf(text, 'txt')[0]).toEqual(['Ignatius Obuya-Lindahl', 'i.obuya@fieldnews.example.org', '+44 20 7555 0177']);
  });

  it.each([
    // No day character: no date.
    ['2037年3月'],
    // An impossible month.
    ['2037年13月4日'],
  ])('reads no date from "%s"', (dateLine) => {
    expect(recordOf(release(dateLine), 'txt').release.datePublished).toBeNull();
  });
});
