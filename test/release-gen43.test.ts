import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Coastal wetlands bury more carbon after storms than before';
const BODY = 'Researchers cored sediment in nine salt marshes before and after two hurricane seasons.';
const QUOTE = '"Each storm leaves a layer of mud that locks away carbon for centuries," said Priya Lindqvist-Obi, a coastal ecologist.';

describe('an ambiguous numeric date with no dateline, on a release whose emails are all on US-only domains (round 43)', () => {
  const page = (date: string, contact: string): string =>
    `<html><body><h1>${TITLE}</h1><p class="byline">By Staff Writer | ${date}</p><p>${BODY}</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><p>The study appears in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).</p><h2>Media contact</h2><p>${contact}</p></body></html>`;

  it.each([
    ['Jordan Whitley-Osei, 555-201-0193, jwhitley@gulfcoast.example.edu', '2038-05-06'],
    ['Jordan Whitley-Osei, (202) 555-0174, jordan.whitley@wetlands.example.gov', '2038-05-06'],
  ])('reads the date month first: %s', (contact, iso) => {
    const r = recordOf(page('05/06/2038', contact), 'html');
    expect(r.release.datePublished).toBe(iso);
    expect(r.release.headline).toBe(TITLE);
    expect(contactsOf(page('05/06/2038', contact), 'html')[0]![0]).toBe('Jordan Whitley-Osei');
    expect(speakersOf(page('05/06/2038', contact), 'html')).toEqual([['Priya Lindqvist-Obi', 'Each storm leaves a laye']]);
  });

  it.each([
    // Another country's domain, or one beside the US one: day first, as before.
    ['Jordan Whitley-Osei, +61 7 5555 0193, j.whitley@uni.example.edu.au', '05/06/2038', '2038-06-05'],
    ['Jordan Whitley-Osei, jwhitley@gulfcoast.example.edu; press@partner.example.ac.uk', '05/06/2038', '2038-06-05'],
    // No email at all.
    ['Jordan Whitley-Osei, +44 20 5555 0193', '05/06/2038', '2038-06-05'],
    // A date that can be read only one way.
    ['Jordan Whitley-Osei, 555-201-0193, jwhitley@gulfcoast.example.edu', '13/06/2038', '2038-06-13'],
  ])('leaves the date as it was: %s %s', (contact, date, iso) => {
    expect(recordOf(page(date, contact), 'html').release.datePublished).toBe(iso);
  });
});

describe('a Vancouver year before the volume, in brackets inside a sentence (round 43)', () => {
  it.each([
    ['The paper, published with co-authors Lars Eklund-Hale and Mirela Tanasescu, is in Estuaries and Coasts (2038; 61: 233-247). DOI: 10.1007/s12237-038-01422-9', '61', null, '233-247'],
    ['The results, which took three field seasons to gather, appear in Estuaries and Coasts (2038;61(2):233-247) alongside two other marsh studies. DOI: 10.1007/s12237-038-01422-9', '61', '2', '233-247'],
  ])('reads the year with the numbers: %s', (line, volume, issue, pages) => {
    const a = articlesOf(`${TITLE}\n\n${BODY}\n\n${line}\n`, 'txt')[0]!;
    expect(a.doi).toBe('10.1007/s12237-038-01422-9');
    expect([a.volume, a.issue, a.pages, a.year]).toEqual([volume, issue, pages, 2038]);
  });

  it('gives no year from a long sentence whose year dates no volume', () => {
    const line = 'The marsh was last surveyed by boat in 1987, when only three of the nine sites could even be reached at low tide by the survey team (DOI: 10.1007/s12237-038-01422-9).';
    const a = articlesOf(`${TITLE}\n\n${BODY}\n\n${line}\n`, 'txt')[0]!;
    expect(a.doi).toBe('10.1007/s12237-038-01422-9');
    expect(a.year).toBeNull();
  });
});

describe('an AGU article number after the volume and issue in words (round 43)', () => {
  it.each([
    ['The study was published in Geophysical Research Letters, volume 65, issue 4, e2038GL104455.', 'e2038GL104455'],
    ['The study was published in Geophysical Research Letters, volume 65, issue 4, e2038GL104455, with two co-authors.', 'e2038GL104455'],
    // The short electronic number keeps being read as before.
    ['The study was published in Geophysical Research Letters, volume 65, issue 4, e3120.', 'e3120'],
  ])('reads the pages: %s', (line, pages) => {
    const a = articlesOf(`${TITLE}\n\n${BODY}\n\n${line}\nDOI: 10.1029/2038GL104455\n`, 'txt')[0]!;
    expect(a.doi).toBe('10.1029/2038GL104455');
    expect([a.volume, a.issue, a.pages]).toEqual(['65', '4', pages]);
  });
});

describe('a paper title in plain type set off by commas after "The paper," (round 43)', () => {
  it.each([
    ['The paper, Storm-driven sediment pulses raise carbon burial in salt marshes, is published in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).'],
    ['The study, Storm-driven sediment pulses raise carbon burial in salt marshes, was published today in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).'],
  ])('reads the title: %s', (line) => {
    const a = articlesOf(`# ${TITLE}\n\n${BODY}\n\n${QUOTE}\n\n${line}\n`, 'md')[0]!;
    expect(a.doi).toBe('10.1007/s12237-038-01422-9');
    expect(a.title).toBe('Storm-driven sediment pulses raise carbon burial in salt marshes');
    expect(a.journal).toBe('Estuaries and Coasts');
  });

  it.each([
    // A speaker or a reporting clause set off by the commas is no title.
    ['The study, Professor Ines Abernathy-Kaur explains, is published in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).'],
    ['The paper, Lindqvist-Obi and her colleagues report, is published in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).'],
    // Lower case after the comma: a clause.
    ['The paper, based on nine marshes along the Gulf coast, is published in Estuaries and Coasts (doi: 10.1007/s12237-038-01422-9).'],
  ])('reads no title: %s', (line) => {
    const a = articlesOf(`# ${TITLE}\n\n${BODY}\n\n${line}\n`, 'md')[0]!;
    expect(a.doi).toBe('10.1007/s12237-038-01422-9');
    expect(a.title).toBeNull();
  });
});
