import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Bumblebees remember which flowers they have already emptied\n\n';
const LEAD = 'EXETER, 4 May 2042 -- Text of the lead about bumblebees and the flowers they visit.\n\n';
const SPEECH = 'A bee that skips an empty flower saves itself a second of work';

describe('a pronoun after a sentence naming two people continues the speaker named first (round 42)', () => {
  it.each([
    [`"${SPEECH}, and those seconds add up," Dr Oriane Castellanos-Whitby told the BBC.\n\nThe paper's first author is Dr Oriane Castellanos-Whitby and its senior author is Professor Tobiah Engqvist-Moyo.\n\n"We now want to see whether the bees share that memory with their nestmates," she said.`, 'she'],
    [`"${SPEECH}, and those seconds add up," Dr Oriane Castellanos-Whitby told the BBC.\n\nThe paper's first author is Dr Oriane Castellanos-Whitby and its senior author is Professor Tobiah Engqvist-Moyo.\n\n"We now want to see whether the bees share that memory with their nestmates," he said.`, 'he'],
  ] as const)('gives the second quote to the earlier speaker (%#, %s)', (body) => {
    expect(speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt')).toEqual([
      ['Oriane Castellanos-Whitby', SPEECH.slice(0, 24)],
      ['Oriane Castellanos-Whitby', 'We now want to see wheth'],
    ]);
  });

  it('leaves the pronoun unresolved when the earlier speaker is not the first person the sentence names', () => {
    const body = `"${SPEECH}, and those seconds add up," Dr Oriane Castellanos-Whitby told the BBC.\n\nProfessor Tobiah Engqvist-Moyo supervised the work with Dr Oriane Castellanos-Whitby.\n\n"We now want to see whether the bees share that memory with their nestmates," she said.`;
    const q = speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt');
    expect(q[0]).toEqual(['Oriane Castellanos-Whitby', SPEECH.slice(0, 24)]);
    expect(q[1]?.[0] ?? null).toBeNull();
  });

  it('does not continue a speaker the release has attributed with the other pronoun', () => {
    const body = `The study was led by Dr Oriane Castellanos-Whitby.\n\n"${SPEECH}, and those seconds add up," she said.\n\nThe paper's first author is Dr Oriane Castellanos-Whitby and its senior author is Professor Tobiah Engqvist-Moyo.\n\n"We now want to see whether the bees share that memory with their nestmates," he said.`;
    const q = speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt');
    expect(q[0]).toEqual(['Oriane Castellanos-Whitby', SPEECH.slice(0, 24)]);
    expect(q[1]?.[0] ?? null).not.toBe('Oriane Castellanos-Whitby');
  });
});

describe('a press line offered as the alternative to a named person (round 42)', () => {
  it.each([
    ["Reporters can reach Ysolde Karamanlis-Brett at y.kb@exe.example.ac.uk or +44 1392 555 201, or the Devon Pollinator Trust's press line at +44 1392 555 777.", '+44 1392 555 777'],
    ['Journalists can contact Ysolde Karamanlis-Brett at y.kb@exe.example.ac.uk or +44 1392 555 201, or the trust media line on +44 1392 555 778.', '+44 1392 555 778'],
  ] as const)('reads the desk as a contact of its own (%#)', (sentence, desk) => {
    expect(contactsOf(`${HEAD}${LEAD}${sentence}\n`, 'txt')).toEqual([
      ['Ysolde Karamanlis-Brett', 'y.kb@exe.example.ac.uk', '+44 1392 555 201'],
      [null, null, desk],
    ]);
  });

  it.each([
    ["or the Devon Pollinator Trust's press line at +44 1392 555 777.", "Devon Pollinator Trust's press line"],
    ['or the university press office on +44 1392 555 778.', 'university press office'],
  ] as const)('names the desk without the word that leads to its number (%#)', (tail, organization) => {
    const record = recordOf(`${HEAD}${LEAD}Reporters can reach Ysolde Karamanlis-Brett at y.kb@exe.example.ac.uk or +44 1392 555 201, ${tail}\n`, 'txt');
    expect(record.contacts[1]?.organization).toBe(organization);
  });

  it('adds no desk when the sentence offers none', () => {
    const c = contactsOf(`${HEAD}${LEAD}Reporters can reach Ysolde Karamanlis-Brett at y.kb@exe.example.ac.uk or +44 1392 555 201.\n`, 'txt');
    expect(c).toEqual([['Ysolde Karamanlis-Brett', 'y.kb@exe.example.ac.uk', '+44 1392 555 201']]);
  });
});

describe('a four-digit issue number is no year (round 42)', () => {
  it.each([
    ['The paper, "Floral memory in bumblebees", is published in Proceedings of the Royal Society B, volume 289, issue 2001. DOI: 10.1098/rspb.2042.1701', '2001', null],
    ['The paper, "Floral memory in bumblebees", appears in Proceedings B, vol. 289, no. 1998 (2042). DOI: 10.1098/rspb.2042.1701', '1998', 2042],
  ] as const)('reads the issue and the right year (%#)', (line, issue, year) => {
    const a = articlesOf(`${HEAD}${LEAD}${line}\n`)[0]!;
    expect(a.doi).toBe('10.1098/rspb.2042.1701');
    expect(a.issue).toBe(issue);
    expect(a.year).toBe(year);
  });

  it('still reads a year printed on its own at the end of a citation', () => {
    const a = articlesOf(`${HEAD}${LEAD}Castellanos-Whitby O. Floral memory in bumblebees. Animal Cognition 25, 811-824, 2042. doi:10.1007/s10071-042-01633-2\n`)[0]!;
    expect(a.doi).toBe('10.1007/s10071-042-01633-2');
    expect(a.year).toBe(2042);
  });

  it('keeps the release fields of a dated release', () => {
    expect(recordOf(`${HEAD}${LEAD}Body.\n`).release.datePublished).toBe('2042-05-04');
  });
});
