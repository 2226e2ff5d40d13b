import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Hedgerow planting brings back dormice to farm edges';
const BODY =
  'Dormice returned to two in three farms that replanted hedgerows, conservation scientists report in the journal Biological Conservation (DOI: 10.1016/j.biocon.2031.110482).';
const QUOTE = '"A hedge that joins two woods is a motorway for a dormouse," said Dr. Wilhelmina Oyelaran-Price, the study\'s lead author.';

describe('a contact whose given name is also a verb, "Can" or "May" (round 35)', () => {
  it.each([
    ['Can Aydınlı, press office', 'Can Aydınlı'],
    ['May Thorogood, communications officer', 'May Thorogood'],
    ['Can Erdem', 'Can Erdem'],
  ])('reads "%s" as the contact %s', (line, name) => {
    const text = `# ${HEADLINE}\n\n${BODY}\n\nMedia contact\n${line}\npress@hedgerow.example.org\n+44 1632 960 771`;
    expect(contactsOf(text)).toEqual([[name, 'press@hedgerow.example.org', '+44 1632 960 771']]);
  });

  it('still drops a lower-case "can" before the name in a sentence', () => {
    const text = `# ${HEADLINE}\n\n${BODY}\n\nJournalists can contact Rosalind Achebe-Hart at press@hedgerow.example.org or +44 1632 960 771.`;
    expect(contactsOf(text)).toEqual([['Rosalind Achebe-Hart', 'press@hedgerow.example.org', '+44 1632 960 771']]);
  });
});

describe('an author role that belongs to a second person in the speaker\'s clause (round 35)', () => {
  const said = (tail: string): string =>
    `# ${HEADLINE}\n\nBATH, 3 December 2031 – ${BODY}\n\n"The birds and the dormice both use the same hedges at night," said Professor Callum Rhys-Adeyemi, ${tail}`;

  it.each([
    ['who led the project with Orsolya Fenwick, the paper\'s first author.', 'Orsolya', 'Fenwick'],
    ['who ran the survey alongside Dr. Tobias Lindgren-Oke, the study\'s lead author.', 'Tobias', 'Lindgren-Oke'],
    ['who supervised the work with Choi Min-jun, its first author.', 'Min-jun', 'Choi'],
  ])('after "%s" the author is %s %s, not the speaker', (tail, given, family) => {
    const text = said(tail);
    const authors = articlesOf(text, 'md')[0]?.authors ?? [];
    expect(authors).toEqual([{ given, family }]);
    expect(speakersOf(text)[0]?.[0]).toBe('Callum Rhys-Adeyemi');
  });

  it('keeps the speaker as the author when the role is the speaker\'s own', () => {
    const text = said('the study\'s senior author.');
    expect(articlesOf(text, 'md')[0]?.authors).toEqual([{ given: 'Callum', family: 'Rhys-Adeyemi' }]);
  });
});

describe('wire and agency datelines, worded embargoes and news-story bylines (round 35, already read)', () => {
  it.each([
    ['LEEDS, Dec. 3, 2031 /PRNewswire/ --', 'LEEDS', '2031-12-03'],
    ['DENVER--(BUSINESS WIRE)--Dec. 3, 2031--', 'DENVER', '2031-12-03'],
  ])('reads "%s" as place %s and date %s', (line, place, date) => {
    const text = `${HEADLINE}\n\n${line} ${BODY}\n\n${QUOTE}`;
    const r = recordOf(text, 'txt').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.dateline).toBe(place);
    expect(r.datePublished).toBe(date);
    expect(articlesOf(text, 'txt')[0]?.doi).toBe('10.1016/j.biocon.2031.110482');
    expect(speakersOf(text)).toEqual([['Wilhelmina Oyelaran-Price', 'A hedge that joins two w']]);
  });

  it('gives an agency dateline with no year no date', () => {
    const text = `${HEADLINE}\n\nTOKYO, Dec. 3 (Jiji Press) -- ${BODY}`;
    const r = recordOf(text, 'txt').release;
    expect(r.dateline).toBe('TOKYO');
    expect(r.datePublished).toBeNull();
  });

  it.each([
    ['Embargoed until 12 noon Eastern Time, Wednesday, December 3, 2031', '2031-12-03T12:00'],
    ['Embargoed until 00:01 hrs AEDT Thursday 4 December 2031', '2031-12-04T00:01'],
  ])('reads the embargo "%s" as %s, not as the release date', (line, embargo) => {
    const text = `${line}\n\n${HEADLINE}\n\nBATH, 1 December 2031 – ${BODY}`;
    const r = recordOf(text, 'txt').release;
    expect(r.embargo?.slice(0, 16)).toBe(embargo);
    expect(r.datePublished).toBe('2031-12-01');
  });

  it('reads the headline under a kicker and the date of a "Posted:" line', () => {
    const text = `RESEARCH NEWS\n\n${HEADLINE}\n\nStory by Ines Okafor-Lund | Photos by Rafe Dunmore\n\nPosted: 03.12.31\n\n${BODY}`;
    const r = recordOf(text, 'txt').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-12-03');
    expect(contactsOf(text)).toEqual([]);
  });
});
