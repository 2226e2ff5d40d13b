import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';
import { expectDatelineRead, type DatelineRelease } from './support/dateline-release.js';

const HEADLINE = 'Lichen crusts slow erosion on burnt hillsides';
const BODY =
  'Hillsides where lichen crusts regrew after a wildfire lost half as much soil in the first storms, ecologists report in the journal Catena (DOI: 10.1016/j.catena.2031.108311).';
const QUOTE = '"The crust is thin, but it holds the slope together like a skin," said Dr. Ilona Marek-Santos, the study\'s lead author.';
const CONTACT = 'Media contact:\nJonas Virtanen\njonas.virtanen@slopes.example.org\n+358 9 555 1207';

/** The release the dateline table fills in, and what each field must give. */
const RELEASE: DatelineRelease = {
  headline: HEADLINE,
  body: BODY,
  doi: '10.1016/j.catena.2031.108311',
  quote: QUOTE,
  speaker: ['Ilona Marek-Santos', 'The crust is thin, but i'],
  contact: CONTACT,
  contacts: [['Jonas Virtanen', 'jonas.virtanen@slopes.example.org', '+358 9 555 1207']],
};

describe('Czech, Turkish, Greek and Hungarian dates in a dateline (round 34)', () => {
  it.each([
    ['Brno 14. března 2031', 'Brno', '2031-03-14'],
    ['Olomouc, 2. září 2031', 'Olomouc', '2031-09-02'],
    ['Ankara, 9 Mayıs 2031', 'Ankara', '2031-05-09'],
    ['İzmir, 21 Ekim 2031', 'İzmir', '2031-10-21'],
    ['Θεσσαλονίκη, 17 Μαρτίου 2031', 'Θεσσαλονίκη', '2031-03-17'],
    ['Debrecen, 2031. május 30.', 'Debrecen', '2031-05-30'],
    ['Szeged, 2031. október 4.', 'Szeged', '2031-10-04'],
  ])('reads "%s –" as place %s and date %s', (line, place, date) => {
    expectDatelineRead(RELEASE, line, place, date);
  });

  it.each([
    ['Mart 12 plots were burnt again.'],
    ['The Ekim survey of 2031 counted 40 slopes.'],
  ])('does not read a Turkish month name with no day before it as a date: %s', (lead) => {
    const text = `# ${HEADLINE}\n\n${lead} ${BODY}`;
    expect(recordOf(text, 'md').release.datePublished).toBeNull();
  });
});

describe('a forwarded e-mail with a "Forwarded message" rule (round 34)', () => {
  const mail = (rule: string, sign = 'Ana'): string =>
    `From: Ana Ruiz <ana.ruiz@slopes.example.org>\nDate: Wed, 3 Dec 2031 09:00:00 +0000\nTo: desk@paper.example.com\nSubject: FW: EMBARGOED: ${HEADLINE}\n\nHi all, the release is below.\n\n${sign}\n\n${rule}\n\nEMBARGOED UNTIL 00:01 GMT THURSDAY 4 DECEMBER 2031\n\n${HEADLINE}\n\nLISBON, 2 December 2031 – ${BODY}\n\n${QUOTE}`;

  it.each([
    ['---------- Forwarded message ---------', 'Ana'],
    ['-----Original Message-----', 'Best, Ana Ruiz'],
    ['-----', 'Thanks'],
  ])('takes the title after "%s" (signed "%s") as the headline', (rule, sign) => {
    const r = recordOf(mail(rule, sign), 'txt').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.dateline).toBe('LISBON');
    expect(r.datePublished).toBe('2031-12-02');
    expect(speakersOf(mail(rule, sign))).toEqual([['Ilona Marek-Santos', 'The crust is thin, but i']]);
  });

  it('keeps the subject as the headline when no title line follows the rule', () => {
    const text = `From: Ana Ruiz <ana.ruiz@slopes.example.org>\nSubject: FW: ${HEADLINE}\n\nHi all, the release is below.\n\nAna\n\n---------- Forwarded message ---------\n\nLISBON, 2 December 2031 – ${BODY}`;
    expect(recordOf(text, 'txt').release.headline).toBe(HEADLINE);
  });

  it('keeps a plain release with an English date as it was', () => {
    const text = `# ${HEADLINE}\n\nLISBON, 2 December 2031 – ${BODY}`;
    const r = recordOf(text, 'md').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-12-02');
  });
});

describe('Czech and Polish media-contact labels (round 34)', () => {
  it.each([['Kontakt pro média:'], ['**Kontakt pro média:**'], ['Kontakt dla mediów:']])('reads the contact under "%s"', (label) => {
    const text = `# ${HEADLINE}\n\n${BODY}\n\n${label}\nJonas Virtanen\njonas.virtanen@slopes.example.org\n+358 9 555 1207`;
    expect(contactsOf(text)).toEqual([['Jonas Virtanen', 'jonas.virtanen@slopes.example.org', '+358 9 555 1207']]);
  });

  it('still reads no contact under "Kontakt pro pacienty:"', () => {
    const text = `# ${HEADLINE}\n\n${BODY}\n\nKontakt pro pacienty:\nklinika@slopes.example.org\n+358 9 555 1299`;
    expect(contactsOf(text)).toEqual([]);
  });
});
