import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A release whose head prints `head` between its headline and its lead. */
const withHead = (head: string): string =>
  [
    'Glass Sponges Filter Microplastics From Deep Water',
    '',
    head,
    '',
    'Engineers found that glass sponges trap plastic fibres in their lattice skeletons at depths of a kilometre or more, and they tested the idea in a pressure tank.',
    '',
    '"The sponge does the work of a filter we would struggle to build at that pressure," said Imogen Takahashi-Barlow, a professor of ocean engineering.',
    '',
    'DOI: 10.1126/sciadv.adr5512',
    '',
    'Media Contact: Rowan Beaulieu-Nkemelu, rbn@example.edu',
    '',
  ].join('\n');

describe('release fields of house styles (round 58)', () => {
  it.each([
    ['Mar 12, 2037\n\nAtlanta, GA', '2037-03-12', 'Atlanta, GA'],
    ['March 12, 2037\n\nDurham, N.C.', '2037-03-12', 'Durham, N.C.'],
    ['12 March 2037\n\nBrisbane, Queensland', '2037-03-12', 'Brisbane, Queensland'],
  ])('reads a town on its own line under the date line (%j)', (head, date, place) => {
    const r = recordOf(withHead(head)).release;
    expect(r.datePublished).toBe(date);
    expect(r.dateline).toBe(place);
  });

  it.each([
    ['Mar 12, 2037\n\nJane Roe-Okafor, PhD'],
    ['Mar 12, 2037\n\nBy Jane Roe-Okafor'],
    ['Mar 12, 2037\n\nSmith-Kellerman, Writer'],
  ])('reads no dateline from a byline under the date line (%j)', (head) => {
    const r = recordOf(withHead(head)).release;
    expect(r.datePublished).toBe('2037-03-12');
    expect(r.dateline).toBeNull();
  });

  it.each([['Publicerad 2037-03-12'], ['Publiceret 2037-03-12'], ['Publisert 2037-03-12'], ['Julkaistu 2037-03-12'], ['Opublikowano 2037-03-12']])(
    'reads a published label in another language as no place (%j)',
    (head) => {
      const r = recordOf(withHead(head)).release;
      expect(r.datePublished).toBe('2037-03-12');
      expect(r.dateline).toBeNull();
    },
  );

  it('keeps a date line that names its place unchanged', () => {
    const r = recordOf(withHead('Stockholm, 12 March 2037')).release;
    expect(r.datePublished).toBe('2037-03-12');
    expect(r.dateline).toBe('Stockholm');
  });
});

describe('Swedish quotes opened with the closing mark (round 58)', () => {
  /** A Swedish release with the given quote paragraph. */
  const swedish = (quote: string): string =>
    [
      'Svampar bryter ner plast i skogsmark',
      '',
      'Publicerad 2037-03-12',
      '',
      'Forskare har hittat svampar som bryter ner plastfilm på några månader i vanlig skogsmark.',
      '',
      quote,
      '',
      'DOI: 10.1038/s41467-037-11207-4',
      '',
      'Kontakt: Elsa Fredriksson-Oduya, 08-790 55 31, elsafo@example.se',
      '',
    ].join('\n');

  it.each([
    ['”Vi trodde inte att svamparna skulle klara kylan i marken”, säger Jonatan Ekholm-Abara, doktorand.', 'Jonatan Ekholm-Abara', 'Vi trodde inte att svamp'],
    ['”Plasten var nästan borta efter fyra månader i jorden”, säger Elsa Fredriksson-Oduya.', 'Elsa Fredriksson-Oduya', 'Plasten var nästan borta'],
    ['“Plasten var nästan borta efter fyra månader i jorden”, säger Elsa Fredriksson-Oduya.', 'Elsa Fredriksson-Oduya', 'Plasten var nästan borta'],
  ])('reads the speaker of %j', (quote, speaker, start) => {
    expect(speakersOf(swedish(quote))[0]).toEqual([speaker, start]);
  });

  it('reads no quote from a lone closing mark inside a word run', () => {
    expect(speakersOf(swedish('Materialet kallas ibland ”grön” plast men bryts inte ner.'))).toEqual([]);
  });

  it('keeps the contact unchanged', () => {
    expect(contactsOf(swedish('”Plasten var nästan borta efter fyra månader i jorden”, säger Elsa Fredriksson-Oduya.'))[0]?.[1]).toBe('elsafo@example.se');
  });
});
