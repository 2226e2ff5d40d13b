import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Mangrove seedlings root faster in mud stirred by crabs\n\n';
const LEAD = 'MOMBASA, Kenya, 9 May 2044 -- Text of the lead about mangroves and the crabs that burrow among them.\n\n';
const DOI = '10.1111/1365-2745.14455';
const CITATION = `Reference: Otieno, W., Mwangi, S., & Haller, B. (2044). Crab burrows speed the rooting of mangrove seedlings. Journal of Ecology, 112, 1802-1814. https://doi.org/${DOI}\n\n`;

describe('a second speaker brought in by "countered" or "retorted" in the same paragraph (round 44)', () => {
  it.each([
    ['"The crabs are doing the work a nursery crew would charge for," said Dr. Wanjiru Otieno, while her co-author Dr. Samuel Mwangi countered: "On the open coast the waves undo that work within a week or two."'],
    ['"The crabs are doing the work a nursery crew would charge for," said Dr. Wanjiru Otieno, but Dr. Samuel Mwangi retorted: "On the open coast the waves undo that work within a week or two."'],
  ] as const)('gives each quote its own speaker (%#)', (paragraph) => {
    expect(speakersOf(`${HEAD}${LEAD}${paragraph}\n`, 'txt')).toEqual([
      ['Wanjiru Otieno', 'The crabs are doing the '],
      ['Samuel Mwangi', 'On the open coast the wa'],
    ]);
  });

  it('still joins two spans of one speaker with no second name between them', () => {
    const quotes = recordOf(`${HEAD}${LEAD}"The crabs are doing the work a nursery crew would charge for," said Dr. Wanjiru Otieno. "They never ask for a day off either."\n`, 'txt').quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('Wanjiru Otieno');
  });
});

describe('a person printed family name first in prose, resumed by the family name, beside an initialled author (round 44)', () => {
  const body = (second: string): string =>
    `${HEAD}${LEAD}"Every burrow is a small well of oxygen for the roots around it," says Associate Professor Zhang Yuting of the coastal institute.\n\n${second}\n\nReference: Zhang, Y., & Otieno, W. (2044). Crab burrows speed the rooting of mangrove seedlings. Journal of Ecology, 112, 1802-1814. https://doi.org/${DOI}\n`;

  it('resolves "Professor Zhang" to the name as the release prints it', () => {
    const quotes = recordOf(body('"Where the crabs were fenced out, half the seedlings never rooted at all," Professor Zhang says.'), 'txt').quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Zhang Yuting', 'Zhang Yuting']);
  });

  it('keeps the author when the initial does not match the printed given name', () => {
    const text = `${HEAD}${LEAD}"Every burrow is a small well of oxygen for the roots around it," says Zhang Mei of the coastal institute.\n\n"Where the crabs were fenced out, half the seedlings never rooted at all," Dr. Zhang said.\n\nReference: Zhang, Y., & Otieno, W. (2044). Crab burrows speed the rooting of mangrove seedlings. Journal of Ecology, 112, 1802-1814. https://doi.org/${DOI}\n`;
    expect(recordOf(text, 'txt').quotes[1]?.speaker).toBe('Y. Zhang');
  });
});

describe('"For X, one of the …, …:" before a quote (round 44)', () => {
  it.each([
    ['For Amina, one of the fishers who planted seedlings, the difference is easy to see: "Where the crabs are busy the young trees stand up straight within a month."', 'Amina'],
    ['For Juma, 61, a farmer on the creek, it comes down to the tide: "Where the crabs are busy the young trees stand up straight within a month."', 'Juma'],
  ] as const)('names the person as the speaker (%#)', (paragraph, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${paragraph}\n`, 'txt')).toEqual([[speaker, 'Where the crabs are busy']]);
  });

  it.each([
    ['For Mombasa, one of the ports most exposed to storms, the message is plain: "Where the crabs are busy the young trees stand up straight within a month."'],
    ['For Kenya, the lesson is plain: "Where the crabs are busy the young trees stand up straight within a month."'],
  ] as const)('names no place as a speaker (%#)', (paragraph) => {
    const speakers = speakersOf(`${HEAD}${LEAD}${paragraph}\n`, 'txt').map(([s]) => s);
    expect(speakers).not.toContain('Mombasa');
    expect(speakers).not.toContain('Kenya');
  });
});

describe('the rest of a round-44 release is read as before', () => {
  it('reads the citation and a semicolon-separated media-relations line', () => {
    const text = `${HEAD}${LEAD}${CITATION}Media relations: Halima Njoroge, halima.njoroge@pwani.example.ac.ke, +254 41 555 0101; Peter Kamau, peter.kamau@pwani.example.ac.ke, +254 41 555 0102\n`;
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.journal).toBe('Journal of Ecology');
    expect(contactsOf(text, 'txt')).toEqual([
      ['Halima Njoroge', 'halima.njoroge@pwani.example.ac.ke', '+254 41 555 0101'],
      ['Peter Kamau', 'peter.kamau@pwani.example.ac.ke', '+254 41 555 0102'],
    ]);
  });

  it('leaves a paraphrase with "says" and no quotation marks out of the quotes', () => {
    const text = `${HEAD}${LEAD}Dr. Wanjiru Otieno says the team will now test the method on three more creeks along the coast.\n`;
    expect(recordOf(text, 'txt').quotes).toEqual([]);
  });
});
