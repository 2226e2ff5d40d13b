import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Moss carpets cool rooftops in summer heat\n\n';
const LEAD = 'ROTTERDAM, the Netherlands, 11 June 2050 -- Text of the lead about moss roofs, the heat they keep out and the rain they hold back.\n\n';
const DOI = '10.1016/j.buildenv.2050.112233';
const CITATION = `Reference: Visser, E., Jansen, R. (2050). Bryophyte roofs and indoor summer temperatures. Building and Environment, 268, 112233. https://doi.org/${DOI}\n\n`;
const QUOTE = '"A roof of moss kept the attic four degrees cooler on the hottest afternoon of the year,"';

describe('several contacts on one line parted by " | " (round 50)', () => {
  it.each([
    [
      'Media: Noor Bakker, +31 10 555 0140, noor.bakker@delta.example.nl | Sem de Graaf, +31 10 555 0152, s.degraaf@delta.example.nl',
      [['Noor Bakker', 'noor.bakker@delta.example.nl', '+31 10 555 0140'], ['Sem de Graaf', 's.degraaf@delta.example.nl', '+31 10 555 0152']],
    ],
    [
      'Press contacts: Noor Bakker, noor.bakker@delta.example.nl | Press office, +31 10 555 0100, press@delta.example.nl',
      [['Noor Bakker', 'noor.bakker@delta.example.nl', null], [null, 'press@delta.example.nl', '+31 10 555 0100']],
    ],
  ] as const)('gives each part its own entry (%#)', (line, expected) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Eva Visser.\n\n${CITATION}${line}\n`;
    expect(contactsOf(text, 'md')).toEqual(expected);
  });

  it('keeps a line whose parts are not entries (office and mobile number side by side) as one contact', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Eva Visser.\n\n${CITATION}Media contact: Noor Bakker, noor.bakker@delta.example.nl, +31 10 555 0140 (office) | +31 6 5555 0141 (mobile)\n`;
    expect(contactsOf(text, 'md')).toEqual([['Noor Bakker', 'noor.bakker@delta.example.nl', '+31 10 555 0140']]);
  });
});

describe('a contact printed "FAMILY, Given" with the family name in capitals (round 50)', () => {
  it.each([
    ['BAKKER, Noor - Press Officer\ntel. +31 10 555 0140\npress@delta.example.nl', 'Noor Bakker'],
    ['DE-GRAAF, Sem – Media Relations\n+31 10 555 0140\npress@delta.example.nl', 'Sem De-Graaf'],
  ] as const)('reads the person given name first (%#)', (block, name) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Eva Visser.\n\n${CITATION}Contact for the media:\n${block}\n`;
    expect(contactsOf(text, 'txt').map(([n]) => n)).toEqual([name]);
  });

  it('leaves a family-first line in ordinary case with an address that does not hold the name unchanged', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Eva Visser.\n\n${CITATION}Contact for the media:\nBakker, Noor - Press Officer\ntel. +31 10 555 0140\npress@delta.example.nl\n`;
    expect(contactsOf(text, 'txt').map(([n]) => n)).not.toEqual(['Noor Bakker']);
  });
});

describe('the rest of a round-50 release is read as before', () => {
  it.each([
    [`${QUOTE} — Eva Visser, Delta University`, 'Eva Visser'],
    [`Dr. Eva Visser, who led the trial, told reporters: ${QUOTE.replace(',"', '."')}`, 'Eva Visser'],
  ] as const)('gives the quote its speaker (%#)', (para, speaker) => {
    const text = `${HEAD}${LEAD}${para}\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual([speaker]);
    expect(articlesOf(text, 'md')[0]?.doi).toBe(DOI);
    expect(recordOf(text, 'md').release.dateline).toBe('ROTTERDAM, the Netherlands');
  });

  it('joins two spans around an em-dash aside into one quote', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Dr. Eva Visser.\n\n“We measured it on the first day,” — she paused — “and the moss did it again every day that week.”\n\n${CITATION}`;
    const quotes = recordOf(text, 'md').quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Eva Visser', 'Eva Visser']);
    expect(quotes[1]?.text).toContain('and the moss did it again');
  });

  it('reads vCard-like "N:" and "TEL;WORK:" lines as one person', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Eva Visser.\n\n${CITATION}Media contact\nN:Bakker;Noor;;;\nTEL;WORK:+31 10 555 0140\nTEL;CELL:+31 6 5555 0141\nEMAIL:noor.bakker@delta.example.nl\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Noor Bakker', 'noor.bakker@delta.example.nl', '+31 10 555 0140']]);
  });
});
