import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Kelp forests recover where sea otters return\n\n';
const LEAD = 'MONTEREY, California, June 9, 2049 -- Text of the lead about otters, urchins and the kelp that grows back once the urchins are eaten.\n\n';
const DOI = '10.1002/ecy.4512';
const CITATION = `Reference: Alvarado, R., Kimura, S. (2049). Otter recolonisation and kelp recovery along a rocky coast. Ecology, 130(6), e4512. https://doi.org/${DOI}\n\n`;
const QUOTE = '"Every otter that moves into a cove eats its way through thousands of urchins,"';

describe('"message" or "text" a person on WhatsApp, in a press sentence (round 49)', () => {
  it.each([
    ['Journalists can message the aquarium\'s press officer, Talia Brandt, on WhatsApp at +1 831 555 0192 to arrange interviews.', 'Talia Brandt', '+1 831 555 0192'],
    ['Reporters may text Talia Brandt on +1 831 555 0192 to book an interview.', 'Talia Brandt', '+1 831 555 0192'],
    ['Media can message Dr. Talia Brandt via WhatsApp at +1 831 555 0192.', 'Talia Brandt', '+1 831 555 0192'],
    ['Journalists may contact Talia Brandt via WhatsApp at +1 831 555 0192.', 'Talia Brandt', '+1 831 555 0192'],
  ] as const)('gives the person the number (%#)', (para, name, phone) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Rosa Alvarado.\n\n${CITATION}${para}\n`;
    expect(contactsOf(text, 'txt')).toEqual([[name, null, phone]]);
  });

  it.each([
    'The message of the study is that otters matter, and 40 coves were surveyed in 2049.',
    'The message of the study for reporters is that otters matter, and 40 coves were surveyed in 2049.',
    'The text for journalists went out on 3 June with 40 survey maps.',
    'Volunteers can text the word OTTER to 55512 to join the next count.',
  ])('offers no contact in a sentence that is no press offer (%#)', (para) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Rosa Alvarado.\n\n${CITATION}${para}\n`;
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});

describe('video-call handles under a press contact (round 49)', () => {
  it.each([
    ['Teams: @Talia Brandt (Monterey Aquarium)'],
    ['Zoom personal room: 845 2231 9907'],
    ['Microsoft Teams: Talia Brandt (Aquarium Comms)'],
    ['Skype: talia.brandt.aquarium'],
  ] as const)('gives no name or phone from the handle line (%#)', (handle) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Rosa Alvarado.\n\n${CITATION}Press contact\n\nTalia Brandt\nCommunications Officer, Monterey Aquarium\n${handle}\ntbrandt@aquarium.example.org\n`;
    expect(contactsOf(text, 'md')).toEqual([['Talia Brandt', 'tbrandt@aquarium.example.org', null]]);
  });

  it('keeps a real phone line beside the handle', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Rosa Alvarado.\n\n${CITATION}Press contact\n\nTalia Brandt\nZoom: 845 2231 9907\nTel: +1 831 555 0192\ntbrandt@aquarium.example.org\n`;
    expect(contactsOf(text, 'md')).toEqual([['Talia Brandt', 'tbrandt@aquarium.example.org', '+1 831 555 0192']]);
  });
});

describe('the rest of a round-49 release is read as before', () => {
  it('reads a post before the name, an unnamed spokeswoman, the paper and the dateline', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said the aquarium's chief scientist, Rosa Alvarado.\n\n"We will use these counts to plan the next reserve along the coast," a spokeswoman for the council, who asked not to be named, said.\n\n${CITATION}`;
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual(['Rosa Alvarado', null]);
    expect(articlesOf(text, 'txt')[0]?.doi).toBe(DOI);
    expect(recordOf(text, 'txt').release.dateline).toBe('MONTEREY, California');
  });

  it('gives no quote from paraphrase and keeps an out-of-hours duty line as the desk\'s spare', () => {
    const text = `${HEAD}${LEAD}Dr. Rosa Alvarado said the otters were probably moving north with warmer water.\n\n${CITATION}Media contact: Talia Brandt, press officer, tbrandt@aquarium.example.org, +1 831 555 0192\n\nOut-of-hours duty press officer: +1 831 555 0177\n`;
    expect(speakersOf(text, 'txt')).toEqual([]);
    expect(contactsOf(text, 'txt')).toEqual([['Talia Brandt', 'tbrandt@aquarium.example.org', '+1 831 555 0192']]);
  });
});
