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

describe('"The study, "Title", was published in Journal by A, B and C" names the authors (round 50)', () => {
  const release = (sentence: string): string =>
    `# Moths navigate by the smell of night-blooming flowers\n\n*12 May 2037*\n\nHawkmoths can follow a scent trail across 300 metres of open desert, a wind-tunnel study finds.\n\n${sentence}\n\n${CONTACT}\n`;

  it.each([
    ['The study, “Odour-plume tracking over long distances in desert hawkmoths”, was published in Current Biology by Ottilie Brandvold-Asante, Kwame Fitzherbert and Yara Lindqvist. DOI: 10.1016/j.cub.2037.04.061', ['Brandvold-Asante', 'Fitzherbert', 'Lindqvist']],
    ['Their paper, "Odour-plume tracking over long distances in desert hawkmoths," is published today in the Journal of Experimental Biology by Dr. Ottilie Brandvold-Asante and Kwame Fitzherbert. DOI: 10.1242/jeb.247713', ['Brandvold-Asante', 'Fitzherbert']],
  ])('reads the authors of "%s"', (sentence, families) => {
    const article = articlesOf(release(sentence), 'md')[0]!;
    expect(article.authors.map((a) => a.family)).toEqual(families);
    expect(article.title).toBe('Odour-plume tracking over long distances in desert hawkmoths');
  });

  it('still names no author when "by" follows a lower-case group ("by researchers at …")', () => {
    const text = release('The study, “Odour-plume tracking over long distances in desert hawkmoths”, was published in Current Biology by researchers at Marlow University. DOI: 10.1016/j.cub.2037.04.061');
    expect(articlesOf(text, 'md')[0]!.authors).toEqual([]);
  });
});

describe('a Vancouver reference after a lead sentence that says only "was published …:" (round 50)', () => {
  const release = (para: string): string =>
    `Rangeland grasses recover within two seasons of rest\n\nARUSHA, TANZANIA — 9 April 2037 — Grazing plots left unstocked for two rainy seasons regained most of their perennial grass cover.\n\n${para}\n\n${CONTACT}\n`;

  it.each([
    ['The method was published last year: Kimaro-Holt A, Faraday-Nkosi B. Rest-rotation grazing in semi-arid rangelands. Rangeland Ecol Manag. 2036;94:41-52. doi:10.1016/j.rama.2036.02.004', 'Rangeland Ecol Manag'],
    ['The earlier trial has been described before: Kimaro-Holt A, Faraday-Nkosi B. Rest-rotation grazing in semi-arid rangelands. Rangeland Ecol Manag. 2036;94:41-52. doi:10.1016/j.rama.2036.02.004', 'Rangeland Ecol Manag'],
  ])('reads names, title and journal of "%s"', (para, journal) => {
    const text = release(para);
    const a = articlesOf(text, 'txt')[0]!;
    expect(a.doi).toBe('10.1016/j.rama.2036.02.004');
    expect(a.authors.map((x) => x.family)).toEqual(['Kimaro-Holt', 'Faraday-Nkosi']);
    expect(a.title).toBe('Rest-rotation grazing in semi-arid rangelands');
    expect(a.journal).toBe(journal);
    expect(recordOf(text, 'txt').release.dateline).toBe('ARUSHA, TANZANIA');
  });

  it('still takes the journal named in the lead sentence ("appears in the Journal of X:")', () => {
    const text = release('The research appears in Rangeland Ecology and Management: Kimaro-Holt A, Faraday-Nkosi B. Rest-rotation grazing in semi-arid rangelands. Rangeland Ecol Manag. 2036;94:41-52. doi:10.1016/j.rama.2036.02.004');
    expect(articlesOf(text, 'txt')[0]!.journal).toBe('Rangeland Ecology and Management');
  });
});
