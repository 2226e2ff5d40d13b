import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const dois = (text: string, ext = 'txt'): Array<string | null> => articlesOf(text, ext).map((a) => a.doi);
const families = (text: string, ext = 'txt'): string[][] => articlesOf(text, ext).map((a) => a.authors.map((p) => p.family));

describe('a numbered list of the release-year papers the prose cites by mark (round 30)', () => {
  const head =
    'Two studies trace microplastics into river otters\n\nOctober 2, 2032\n\nTwo papers from the Severn Wildlife Trust, out this autumn, follow fibres from sewage outfalls into otter spraints [1] and then into the fish the otters eat (2).\n\n' +
    '"We found fibres in nearly every sample we took from the lower river," said Dr. Wendell Ashcombe-Ike, who led both studies.\n\n';
  it.each([
    [
      'two Vancouver entries of the release year, each cited by its mark',
      head +
        'References\n\n1. Ashcombe-Ike W, Prentiss L. Microfibres in otter spraints below sewage outfalls. Environ Pollut. 2032;341:122918. doi:10.1016/j.envpol.2032.122918\n' +
        '2. Prentiss L, Ashcombe-Ike W. Trophic transfer of microfibres from fish to otters. Sci Total Environ. 2032;905:167310. doi:10.1016/j.scitotenv.2032.167310\n',
      ['10.1016/j.envpol.2032.122918', '10.1016/j.scitotenv.2032.167310'],
    ],
  ])('keeps %s', (_label, text, want) => {
    expect(dois(text)).toEqual(want);
    expect(articlesOf(text)[0]!.pages).toBe('122918');
    expect(speakersOf(text, 'txt')).toEqual([['Wendell Ashcombe-Ike', 'We found fibres in nearl']]);
  });

  it.each([
    [
      'entries of earlier years (a reading list)',
      head +
        'References\n\n1. Ashcombe-Ike W, Prentiss L. Microfibres in otter spraints below sewage outfalls. Environ Pollut. 2029;301:118918. doi:10.1016/j.envpol.2029.118918\n' +
        '2. Prentiss L, Ashcombe-Ike W. Trophic transfer of microfibres from fish to otters. Sci Total Environ. 2030;805:150310. doi:10.1016/j.scitotenv.2030.150310\n',
    ],
    [
      'an entry the prose cites as earlier work',
      'Otters and microplastics\n\nOctober 2, 2032\n\nA previous survey [1] found fibres in otter spraints; the new work (2) follows them further.\n\n' +
        'References\n\n1. Ashcombe-Ike W. Microfibres in otter spraints. Environ Pollut. 2032;341:122918. doi:10.1016/j.envpol.2032.122918\n' +
        '2. Prentiss L. Trophic transfer of microfibres. Sci Total Environ. 2032;905:167310. doi:10.1016/j.scitotenv.2032.167310\n',
    ],
  ])('keeps no entry of %s (unchanged)', (_label, text) => {
    expect(dois(text)).toEqual([]);
  });
});

describe('a group author inside a Vancouver list (round 30)', () => {
  const wrap = (citation: string): string =>
    'Gene test predicts kidney transplant rejection\n\nMarch 9, 2032\n\nA blood test flagged rejection weeks before biopsy, a study reports.\n\n' + `Citation: ${citation}\n`;
  it.each([
    [
      'a consortium between two people',
      'Lindahl-Osei K, the NORDTX Transplant Consortium, Achebe O. Donor-derived cell-free DNA predicts kidney graft rejection. Am J Transplant. 2032;32(4):611-620. doi:10.1016/j.ajt.2032.01.017',
      ['Lindahl-Osei', 'Achebe'],
      'Donor-derived cell-free DNA predicts kidney graft rejection',
    ],
    [
      'a study group after the first author',
      'Ferreira-Quist M, HEPATICA Study Group, Nakamura-Lowe T, Bello A. Liver stiffness after transplant. Transplantation. 2032;116(2):301-309. doi:10.1097/TP.0000000000004971',
      ['Ferreira-Quist', 'Nakamura-Lowe', 'Bello'],
      'Liver stiffness after transplant',
    ],
    [
      'a list without a group (unchanged)',
      'Lindahl-Osei K, Achebe O. Donor-derived cell-free DNA predicts kidney graft rejection. Am J Transplant. 2032;32(4):611-620. doi:10.1016/j.ajt.2032.01.017',
      ['Lindahl-Osei', 'Achebe'],
      'Donor-derived cell-free DNA predicts kidney graft rejection',
    ],
  ])('reads %s', (_label, citation, want, title) => {
    expect(families(wrap(citation))).toEqual([want]);
    expect(articlesOf(wrap(citation))[0]!.title).toBe(title);
  });
});

describe("a group author among a page's citation_author metas (round 30)", () => {
  const page = (author: string): string =>
    '<html><head><title>Glaciers thin faster</title>' +
    '<meta name="citation_title" content="Accelerated thinning of Andean glaciers since 2020">' +
    '<meta name="citation_author" content="Rosa Quispe-Mamani">' +
    `<meta name="citation_author" content="${author}">` +
    '<meta name="citation_journal_title" content="The Cryosphere"><meta name="citation_doi" content="10.5194/tc-26-1201-2032">' +
    '</head><body><h1>Glaciers thin faster</h1><p>May 4, 2032</p><p>Andean glaciers are thinning faster, a study finds.</p></body></html>';
  it.each([
    ['Andes Glacier Monitoring Network', ['Quispe-Mamani']],
    ['GLACIOCLIM Consortium', ['Quispe-Mamani']],
    ['Tomás Huanca', ['Quispe-Mamani', 'Huanca']],
  ])('reads "%s"', (author, want) => {
    expect(families(page(author), 'html')).toEqual([want]);
  });
});

describe('a date line printed in two languages (round 30)', () => {
  it.each([
    ['Madrid, 6 de julio de 2032 / July 6, 2032', '2032-07-06', 'Madrid'],
    ['Montréal, le 3 mars 2032 / March 3, 2032', '2032-03-03', 'Montréal'],
  ])('reads "%s"', (line, date, place) => {
    const r = recordOf(`Clinics cut wait times\n\n${line}\n\nWait times fell by a third, a study finds.\n\nMedia contact: Ana Ruiz, ana.ruiz@example.org\n`);
    expect([r.release.datePublished, r.release.dateline]).toEqual([date, place]);
    expect(contactsOf(`Clinics cut wait times\n\n${line}\n\nMedia contact: Ana Ruiz, ana.ruiz@example.org\n`, 'txt')).toEqual([['Ana Ruiz', 'ana.ruiz@example.org', null]]);
  });

  it('still reads the first of two datelines of a joint release (unchanged)', () => {
    const r = recordOf('Telescopes share data\n\nLONDON, UK, 14 March 2032 / SYDNEY, Australia, 15 March 2032 — Two observatories will pool their data, they said today.\n');
    expect([r.release.datePublished, r.release.dateline]).toEqual(['2032-03-14', 'LONDON, UK']);
  });
});
