import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A release in plain text whose line under the headline is `head`, with one quote, one paper and one contact. */
const release = (head: string, lead = 'A team of ecologists counted nesting birds on forty islands over six summers.'): string =>
  [
    'Seabirds return to islands cleared of rats',
    '',
    head,
    '',
    lead,
    '',
    '"Within three years of the last rat going, the burrows were full again," said Dr. Ilse Marwick-Oduya, who led the survey.',
    '',
    'The results appear in the journal Conservation Letters. DOI: 10.1111/conl.13077',
    '',
    'Media contact: Tobiah Renvall-Ngata, press@island.example.ac.nz, +64 3 555 0142',
    '',
  ].join('\n');

describe('a date line closed by a full stop (round 60)', () => {
  it.each([
    ['Montevideo, 14 de mayo de 2037.', '2037-05-14', 'Montevideo'],
    ['Dunedin, 14 May 2037.', '2037-05-14', 'Dunedin'],
    ['Geneva, May 14, 2037.', '2037-05-14', 'Geneva'],
    ['14 May 2037.', '2037-05-14', null],
  ])('reads %j', (head, iso, place) => {
    expect(recordOf(release(head)).release).toMatchObject({ datePublished: iso, dateline: place });
  });

  it('keeps the rest of the record (quote, paper, contact) unchanged', () => {
    const text = release('Dunedin, 14 May 2037.');
    expect(speakersOf(text, 'txt')).toEqual([['Ilse Marwick-Oduya', 'Within three years of th']]);
    expect(articlesOf(text)[0]?.doi).toBe('10.1111/conl.13077');
    expect(contactsOf(text, 'txt')[0]).toEqual(['Tobiah Renvall-Ngata', 'press@island.example.ac.nz', '+64 3 555 0142']);
  });

  it.each([['The birds came back in 14 May 2037.'], ['Seabirds counted: 412 pairs.']])('reads no date line from a sentence (%j)', (head) => {
    expect(recordOf(release(head)).release.dateline).toBeNull();
  });
});

describe('a weekday in another language before a date line\'s date (round 60)', () => {
  it.each([
    ['Montevideo, miércoles 14 de mayo de 2037', 'Montevideo'],
    ['Lausanne, le jeudi 14 mai 2037', 'Lausanne'],
    ['Lausanne, jeudi 14 mai 2037.', 'Lausanne'],
    ['Roma, giovedì 14 maggio 2037', 'Roma'],
    ['Zürich, Donnerstag, 14. Mai 2037', 'Zürich'],
  ])('reads %j', (head, place) => {
    expect(recordOf(release(head)).release).toMatchObject({ datePublished: '2037-05-14', dateline: place });
  });

  it('keeps a date line without a weekday unchanged', () => {
    expect(recordOf(release('Lausanne, le 14 mai 2037')).release).toMatchObject({ datePublished: '2037-05-14', dateline: 'Lausanne' });
  });
});

describe('a town named after an organisation word opens a dateline (round 60)', () => {
  it.each([
    ['COLLEGE STATION, May 14, 2037 — Seabirds returned to forty islands.', 'COLLEGE STATION'],
    ['UNIVERSITY PARK, May 14, 2037 — Seabirds returned to forty islands.', 'UNIVERSITY PARK'],
  ])('reads %j', (lead, place) => {
    expect(recordOf(release('', lead)).release).toMatchObject({ datePublished: '2037-05-14', dateline: place });
  });

  it.each([['Imperial College, May 14, 2037 — Seabirds returned to forty islands.'], ['State University, May 14, 2037 — Seabirds returned to forty islands.']])(
    'reads no place from an institution (%j)',
    (lead) => {
      expect(recordOf(release('', lead)).release.dateline).toBeNull();
    },
  );
});
