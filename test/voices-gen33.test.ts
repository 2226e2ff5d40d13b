import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Lichens on old roofs store more nitrogen than expected\n\n';
const LEAD = 'Text of the lead.\n\n';
const BODY = `${HEAD}${LEAD}"Old roofs turn out to be small nitrogen banks that nobody had counted," said Dr. Wilhelmina Okonkwo-Strand.\n\n`;

describe('a Dutch or Swedish press-contact label (round 33)', () => {
  it.each([
    ['Perskontakt:'],
    ['Persvoorlichting:'],
    ['Kontakt för media:'],
    ['Presskontakt:'],
    ['Pressekontakt:'],
  ] as const)('opens a contacts block with %j', (label) => {
    const c = contactsOf(`${BODY}${label}\nAstrid Lindqvist-Moreau\n+46 (0)18 555 30 12\npress@lavar-example.se\n`, 'txt');
    expect(c).toEqual([['Astrid Lindqvist-Moreau', 'press@lavar-example.se', '+46 (0)18 555 30 12']]);
  });

  it('still reads no contact after a label that is not for the press', () => {
    const c = contactsOf(`${BODY}Kontakt för patienter:\nAstrid Lindqvist-Moreau\n+46 (0)18 555 30 12\nvard@lavar-example.se\n`, 'txt');
    expect(c).toEqual([]);
  });
});

const TABLE = (rows: string): string =>
  `<html><body><h1>Lichens on old roofs store more nitrogen than expected</h1><p>Text of the lead.</p><table>${rows}</table><p>More text.</p></body></html>`;

describe('a quote in a table cell with its speaker in the next cell (round 33)', () => {
  it.each([
    ['<tr><td>“Old roofs turn out to be small nitrogen banks that nobody had counted.”</td><td>Dr. Wilhelmina Okonkwo-Strand, lichenologist</td></tr>', 'Wilhelmina Okonkwo-Strand'],
    ['<tr><th>Quote</th><th>Who</th></tr><tr><td>"Old roofs turn out to be small nitrogen banks that nobody had counted."</td><td>Professor Tadeusz Amankwah</td></tr>', 'Tadeusz Amankwah'],
  ] as const)('gives the row %j its speaker', (rows, speaker) => {
    expect(speakersOf(TABLE(rows), 'html')).toEqual([[speaker, 'Old roofs turn out to be']]);
  });

  it.each([
    ['<tr><td>“Old roofs turn out to be small nitrogen banks that nobody had counted.”</td><td>Dr. Wilhelmina Okonkwo-Strand</td><td>2034</td></tr>'],
    ['<tr><td>“Nitrogen banks”</td><td>Dr. Wilhelmina Okonkwo-Strand</td></tr>'],
    ['<tr><td>Roof survey, see “Old roofs turn out to be small nitrogen banks that nobody had counted.”</td><td>Dr. Wilhelmina Okonkwo-Strand</td></tr>'],
    ['<tr><td>“Old roofs turn out to be small nitrogen banks that nobody had counted.”</td><td>cited in the annual report</td></tr>'],
  ] as const)('still reads no quote from the row %j', (rows) => {
    expect(speakersOf(TABLE(rows), 'html')).toEqual([]);
  });
});

describe('quote and speaker shapes that already worked (round 33)', () => {
  it('reads a block quote after "In a statement, X said:"', () => {
    const q = speakersOf(`${HEAD}${LEAD}In a statement, the survey's leader, Dr. Wilhelmina Okonkwo-Strand, said:\n\n> "Old roofs turn out to be small nitrogen banks that nobody had counted."\n`);
    expect(q).toEqual([['Wilhelmina Okonkwo-Strand', 'Old roofs turn out to be']]);
  });

  it('gives each quoted bullet the speaker of the colon line before the list', () => {
    const q = speakersOf(`${HEAD}${LEAD}Dr. Wilhelmina Okonkwo-Strand listed what the survey showed:\n\n- "Old roofs turn out to be small nitrogen banks that nobody had counted."\n- "Moss and lichen together hold twice what either holds alone."\n`);
    expect(q).toEqual([
      ['Wilhelmina Okonkwo-Strand', 'Old roofs turn out to be'],
      ['Wilhelmina Okonkwo-Strand', 'Moss and lichen together'],
    ]);
  });

  it('resolves "Dr. X said" after a role-only introduction to the full name given later', () => {
    const r = recordOf(`${HEAD}${LEAD}The lead researcher said the numbers surprised her.\n\n"Old roofs turn out to be small nitrogen banks that nobody had counted," Dr. Okonkwo said.\n\nDr. Wilhelmina Okonkwo and her team sampled 300 roofs.\n`);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Wilhelmina Okonkwo']);
  });

  it('drops the pronouns after a contact name', () => {
    expect(contactsOf(`${BODY}Media contact\n\nRiley Ashgrove-Pham (they/them)\nr.ashgrove@lavar-example.org\n+44 20 5550 1188\n`, 'txt')).toEqual([
      ['Riley Ashgrove-Pham', 'r.ashgrove@lavar-example.org', '+44 20 5550 1188'],
    ]);
  });

  it('does not change the paper of a release with a quote table', () => {
    const a = articlesOf(
      `${TABLE('<tr><td>“Old roofs turn out to be small nitrogen banks that nobody had counted.”</td><td>Dr. Wilhelmina Okonkwo-Strand</td></tr>')}`.replace(
        '<p>More text.</p>',
        '<p>The study is published in Lichenologist (doi:10.1017/S0024282934000112).</p>',
      ),
      'html',
    );
    expect(a.map((x) => [x.doi, x.journal])).toEqual([['10.1017/S0024282934000112', 'Lichenologist']]);
  });
});
