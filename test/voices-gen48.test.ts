import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Beavers lower flood peaks on a Devon river\n\n';
const LEAD = 'EXETER, UK, 2 June 2048 -- Text of the lead about beaver dams, stored water and the lower floods downstream.\n\n';
const DOI = '10.1002/hyp.15821';
const CITATION = `Reference: Trevelyan, M., Osei-Bonsu, K. (2048). Beaver dams attenuate flood peaks in a lowland catchment. Hydrological Processes, 62(6), 1-14. https://doi.org/${DOI}\n\n`;
const QUOTE = '"The dams hold back water for hours after the rain has stopped falling,"';

describe('post-nominal degrees after a name with no comma (round 48)', () => {
  it.each([
    [`${QUOTE} said Dr Marcus Trevelyan MBChB FRCPath, a hydrologist at the University of Exeter.`, 'Marcus Trevelyan'],
    [`${QUOTE} said Kwame Osei-Bonsu DrPH, who leads the field team.`, 'Kwame Osei-Bonsu'],
    [`${QUOTE} said Marcus Trevelyan MRCP FRCPCH, the study's lead author.`, 'Marcus Trevelyan'],
  ] as const)('drops the degrees from the speaker (%#)', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}\n\n${CITATION}`, 'txt')).toEqual([[speaker, 'The dams hold back water']]);
  });

  it('does not cut a two-word run ("Marcus MPH") down to one word', () => {
    expect(speakersOf(`${HEAD}${LEAD}${QUOTE} said Marcus MPH.\n\n${CITATION}`, 'txt').map(([s]) => s)).not.toContain('Marcus');
  });
});

describe('a pseudonym note after a quoted person (round 48)', () => {
  it.each([
    [`${QUOTE} said Ingrid (not her real name), 71, a farmer downstream.`, 'Ingrid'],
    [`${QUOTE} said Tomás (a pseudonym), 64.`, 'Tomás'],
    [`${QUOTE} said Ana (name changed), who farms the lower fields.`, 'Ana'],
    [`${QUOTE} said Ingrid, 71, a farmer downstream.`, 'Ingrid'],
  ] as const)('gives the quote to the named person (%#)', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}\n\n${CITATION}`, 'txt')).toEqual([[speaker, 'The dams hold back water']]);
  });

  it('does not blank other brackets after a name', () => {
    expect(speakersOf(`${HEAD}${LEAD}${QUOTE} said Marcus Trevelyan (University of Exeter).\n\n${CITATION}`, 'txt')).toEqual([['Marcus Trevelyan', 'The dams hold back water']]);
  });
});

describe('"who uses they/them pronouns" binds a later "they said" (round 48)', () => {
  const intro = 'Dr Robin Castellane, a hydrologist at the University of Exeter who uses they/them pronouns, ran the gauges.\n\n';
  it('gives each of three "they said" paragraphs to that person', () => {
    const quotes = `${QUOTE} they said.\n\n"The peaks downstream were a third lower in every winter storm," they added.\n\n"We did not expect the effect to last through a whole wet season," they said.\n\n`;
    expect(speakersOf(`${HEAD}${LEAD}${intro}${quotes}${CITATION}`, 'txt').map(([s]) => s)).toEqual(['Robin Castellane', 'Robin Castellane', 'Robin Castellane']);
  });

  it('leaves "they said" of a group unattributed when no one is said to use they/them', () => {
    const text = `${HEAD}${LEAD}Dr Robin Castellane and Dr Kwame Osei-Bonsu ran the gauges.\n\n${QUOTE} they said.\n\n${CITATION}`;
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual([null]);
  });
});

describe('the rest of a round-48 release is read as before', () => {
  it('reads the paper, "T:" and "M:" phones and a one-line "Media inquiries:" footer', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Marcus Trevelyan.\n\n${CITATION}Contact: Hannah Pellow, Media Relations\nT: +44 1392 555 201\nM: +44 7700 900 412\nE: h.pellow@exeter.example.ac.uk\n`;
    expect(articlesOf(text, 'txt')[0]?.doi).toBe(DOI);
    expect(contactsOf(text, 'txt')).toEqual([['Hannah Pellow', 'h.pellow@exeter.example.ac.uk', '+44 1392 555 201']]);
    const footer = `${HEAD}${LEAD}${QUOTE} said Marcus Trevelyan.\n\n${CITATION}Media inquiries: Colm Fennessy, senior media officer, c.fennessy@exeter.example.ac.uk\n`;
    expect(contactsOf(footer, 'txt')).toEqual([['Colm Fennessy', 'c.fennessy@exeter.example.ac.uk', null]]);
    expect(recordOf(footer, 'txt').release.dateline).toBe('EXETER, UK');
  });
});
