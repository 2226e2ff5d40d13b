import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Salmon find their river by the taste of its gravel\n\n';
const LEAD = 'ABERDEEN, 12 May 2041 -- Text of the lead about salmon and the rivers they return to.\n\n';
const SPEECH = 'Each river carries a chemical signature from the rocks it runs over';

describe('a pronoun naming no one new continues the speaker it was last used for (round 41)', () => {
  it.each([
    [`The work was led by Dr Ingeborg Achterberg-Nwosu of the Highland Fisheries Institute.\n\nTagged fish swam up 14 rivers.\n\n"${SPEECH}, and the fish learn it as smolts," she said.\n\nThe team also found that hatchery fish strayed more often.\n\n"Hatchery water has no gravel in it at all, so they never learn the taste," she explained.`, 'she'],
    [`The work was led by Dr Ingeborg Achterberg-Nwosu of the Highland Fisheries Institute.\n\nTagged fish swam up 14 rivers.\n\n"${SPEECH}, and the fish learn it as smolts," he said.\n\nThe team also found that hatchery fish strayed more often.\n\n"Hatchery water has no gravel in it at all, so they never learn the taste," he explained.`, 'he'],
  ] as const)('gives both quotes to the one person named (%#, %s)', (body) => {
    expect(speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt')).toEqual([
      ['Ingeborg Achterberg-Nwosu', SPEECH.slice(0, 24)],
      ['Ingeborg Achterberg-Nwosu', 'Hatchery water has no gr'],
    ]);
  });

  it('does not continue a speaker the release has attributed with the other pronoun', () => {
    const body = `The work was led by Dr Ingeborg Achterberg-Nwosu.\n\nTagged fish swam up 14 rivers.\n\nMost returned within a week.\n\n"${SPEECH}, and the fish learn it as smolts," she said.\n\nThe team also found that hatchery fish strayed more often.\n\n"Hatchery water has no gravel in it at all, so they never learn the taste," he explained.`;
    const q = speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt');
    expect(q[0]).toEqual(['Ingeborg Achterberg-Nwosu', SPEECH.slice(0, 24)]);
    // Her quotes were attributed with "she": "he" does not continue them.
    expect(q[1]?.[0] ?? null).toBeNull();
  });
});

describe('a subheading naming an expert credits the quote under it (round 41)', () => {
  const panel = `## Dr. Ruairi Okafor-Lindahl, freshwater ecologist\n\n“The gravel result fits with what anglers have always said about home rivers.”\n\n## Professor Mei-Ling Abernathy, geochemist\n\n“I would like to see the signature measured in winter, when the rivers run high.”\n`;
  it('gives each quote the name above it, not the next heading', () => {
    expect(speakersOf(`${HEAD}${LEAD}${panel}`, 'md')).toEqual([
      ['Ruairi Okafor-Lindahl', 'The gravel result fits w'],
      ['Mei-Ling Abernathy', 'I would like to see the '],
    ]);
  });

  it('leaves a section heading that names no one without a speaker', () => {
    const q = speakersOf(`${HEAD}${LEAD}## What comes next\n\n“The gravel result fits with what anglers have always said about home rivers.”\n`, 'md');
    expect(q.map(([who]) => who).filter((w) => w !== null)).toEqual([]);
  });
});

describe('a toll-free number printed wholly in letters (round 41)', () => {
  it.each([
    ['Media contact:\nFiona Delacroix-Mensah\nPhone: 1-800-NEWS-HFI\nEmail: fdm@hfi.example.org', 'Fiona Delacroix-Mensah', 'fdm@hfi.example.org', '1-800-NEWS-HFI'],
    ['Media contact:\nFiona Delacroix-Mensah\nPhone: 888-SALMONS\nEmail: fdm@hfi.example.org', 'Fiona Delacroix-Mensah', 'fdm@hfi.example.org', '888-SALMONS'],
  ] as const)('reads the phone of %j', (block, name, email, phone) => {
    expect(contactsOf(`${HEAD}${LEAD}${block}\n`, 'txt')).toEqual([[name, email, phone]]);
  });

  it('reads no phone from letters after a number that is not toll-free', () => {
    expect(contactsOf(`${HEAD}${LEAD}Media contact:\nFiona Delacroix-Mensah\nPhone: 212-NEWS-NOW\nEmail: fdm@hfi.example.org\n`, 'txt')).toEqual([['Fiona Delacroix-Mensah', 'fdm@hfi.example.org', null]]);
  });
});

describe('a press label over a sentence with an address to reach the lead author (round 41)', () => {
  const paper = 'The paper, "River gravel chemistry guides homing in Atlantic salmon," is published in Fish and Fisheries. Lead author Dr Ingeborg Achterberg-Nwosu ran the tagging. DOI: 10.1111/faf.12901\n\n';
  it.each([
    ['Media enquiries: Highland Fisheries Institute press office, +44 1224 555 310 (out of hours: +44 7700 555 998), or email i.achterberg-nwosu (at) hfi (dot) ac (dot) uk to reach the lead author.', 'i.achterberg-nwosu@hfi.ac.uk'],
    ['Press enquiries: Highland Fisheries Institute press office, +44 1224 555 310, or email i.achterberg-nwosu@hfi.ac.uk to reach the lead author.', 'i.achterberg-nwosu@hfi.ac.uk'],
  ] as const)('reads the desk and the author: %j', (line, email) => {
    const text = `${HEAD}${LEAD}${paper}${line}\n`;
    expect(articlesOf(text)[0]!.doi).toBe('10.1111/faf.12901');
    expect(contactsOf(text, 'txt')).toEqual([
      [null, null, '+44 1224 555 310'],
      ['Ingeborg Achterberg-Nwosu', email, null],
    ]);
  });

  it('keeps one desk when the address is the desk\'s own', () => {
    const text = `${HEAD}${LEAD}${paper}Media enquiries: Highland Fisheries Institute press office, +44 1224 555 310, or email press@hfi.example.ac.uk.\n`;
    expect(contactsOf(text, 'txt')).toEqual([[null, 'press@hfi.example.ac.uk', '+44 1224 555 310']]);
  });
});

describe('other voices of round 41, already read', () => {
  it.each([
    [`"${SPEECH}," Dr Ingeborg Achterberg-Nwosu told The Conversation.`, 'Ingeborg Achterberg-Nwosu'],
    [`"${SPEECH}," Dr Jean-Luc de la Fontaine tells Swissinfo.`, 'Jean-Luc de la Fontaine'],
  ] as const)('names the speaker of %j', (para, who) => {
    const q = recordOf(`${HEAD}${LEAD}${para}\n`, 'txt').quotes;
    expect(q.map((x) => x.speaker)).toEqual([who]);
  });

  it('keeps a five-word quote and drops a four-word one', () => {
    const q = speakersOf(`${HEAD}${LEAD}Dr Ingeborg Achterberg-Nwosu led the work.\n\n"No gravel, no homing," she said.\n\n"The answer was quite clear," Achterberg-Nwosu added.\n`, 'txt');
    expect(q).toEqual([['Ingeborg Achterberg-Nwosu', 'The answer was quite clea']].map(([a, b]) => [a, b!.slice(0, 24)]));
  });

  it('reads two people offered in one closing sentence', () => {
    const c = contactsOf(`${HEAD}${LEAD}Reporters can reach Fiona Delacroix-Mensah at +44 1224 555 311 or fdm@hfi.example.org, or Tomasz Oyelaran at +44 1224 555 312 or press@hfi.example.org.\n`, 'txt');
    expect(c).toEqual([
      ['Fiona Delacroix-Mensah', 'fdm@hfi.example.org', '+44 1224 555 311'],
      ['Tomasz Oyelaran', 'press@hfi.example.org', '+44 1224 555 312'],
    ]);
  });
});
