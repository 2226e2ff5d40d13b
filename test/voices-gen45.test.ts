import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Kelp forests regrow faster where sea otters return\n\n';
const LEAD = 'MONTEREY, Calif., 12 March 2045 -- Text of the lead about kelp, urchins and the otters that eat them.\n\n';
const DOI = '10.1002/ecy.4633';
const CITATION = `Reference: Arceneaux, L., Whitlow, B., & Sandoval, R. (2045). Otter recolonisation and the recovery of giant kelp. Ecology, 106(3), e4633. https://doi.org/${DOI}\n\n`;

describe('a show\'s role before the name in a transcript label (round 45)', () => {
  it.each([
    ['HOST DANA PELLETIER: "Why do the urchins matter so much here?"\n\nLUCILLE ARCENEAUX: "Without otters the urchins mow the kelp down to bare rock within two seasons."', 'Dana Pelletier'],
    ['PRESENTER DANA PELLETIER: "Why do the urchins matter so much here?"\n\nLUCILLE ARCENEAUX: "Without otters the urchins mow the kelp down to bare rock within two seasons."', 'Dana Pelletier'],
  ] as const)('names the host without the role (%#)', (paragraphs, host) => {
    expect(speakersOf(`${HEAD}${LEAD}${paragraphs}\n`, 'txt')).toEqual([
      [host, 'Why do the urchins matte'],
      ['Lucille Arceneaux', 'Without otters the urchi'],
    ]);
  });

  it('still reads a label with no role as before', () => {
    expect(speakersOf(`${HEAD}${LEAD}DR LUCILLE ARCENEAUX: "Without otters the urchins mow the kelp down to bare rock within two seasons."\n`, 'txt')).toEqual([
      ['Lucille Arceneaux', 'Without otters the urchi'],
    ]);
  });
});

describe('a contact block whose person asks, in a sentence after their details, to be reached by a web form (round 45)', () => {
  it.each([
    ['Media enquiries:\n\nBeatriz Okonkwo-Lind, Media Officer, Otter Research Trust. Journalists are asked to use the online form at https://otters.example.org/press.'],
    ['## Press enquiries\n\nBeatriz Okonkwo-Lind, Media Officer, Otter Research Trust. Please use the web form on our press page; we do not take calls.'],
  ] as const)('keeps the person with no email or phone (%#)', (block) => {
    expect(contactsOf(`${HEAD}${LEAD}${CITATION}${block}\n`, 'md')).toEqual([['Beatriz Okonkwo-Lind', null, null]]);
  });

  it.each([
    ['Media enquiries:\n\nThe trust answers questions from journalists through the online form at https://otters.example.org/press.'],
    ['Dr. Lucille Arceneaux, Otter Research Trust. She spent ten years counting otters along the coast before starting the kelp survey.'],
  ] as const)('offers no person where the block names none or has no contact label (%#)', (block) => {
    expect(contactsOf(`${HEAD}${LEAD}${CITATION}${block}\n`, 'md')).toEqual([]);
  });

  it('still reads a desk with its email and phone after the details', () => {
    const text = `${HEAD}${LEAD}${CITATION}Media enquiries: Beatriz Okonkwo-Lind, Media Officer, beatriz@otters.example.org, +1 831 555 0142\n`;
    expect(contactsOf(text, 'md')).toEqual([['Beatriz Okonkwo-Lind', 'beatriz@otters.example.org', '+1 831 555 0142']]);
  });
});

describe('the rest of a round-45 release is read as before', () => {
  it('reads "X says:" before a quote, the citation and a spelled-out extension', () => {
    const text = `${HEAD}${LEAD}Lead author Dr. Lucille Arceneaux says: "The kelp came back within three years of the first otters settling in each cove."\n\n${CITATION}For interviews, contact Marcus Delahoussaye at (831) 555-0199, extension 2207, or mdelahoussaye@otters.example.org.\n`;
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.journal).toBe('Ecology');
    expect(speakersOf(text, 'txt')).toEqual([['Lucille Arceneaux', 'The kelp came back withi']]);
    const [c] = contactsOf(text, 'txt');
    expect(c?.[0]).toBe('Marcus Delahoussaye');
    expect(c?.[1]).toBe('mdelahoussaye@otters.example.org');
    expect(c?.[2]?.replace(/\D/g, '')).toBe('83155501992207');
  });

  it('gives a statement by an organisation no speaker', () => {
    const text = `${HEAD}${LEAD}In a statement, the Monterey Bay Fishermen's Association said: "Our members will follow the monitoring closely through the coming season."\n`;
    expect(recordOf(text, 'txt').quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
