import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const LEAD =
  'GALWAY, Ireland, 3 March 2032 – Kelp forests regrow faster on reefs where urchin divers work, marine scientists at the Corrib Institute report in Marine Biology.';

describe('a quote introduced by "In X\'s words" (round 29)', () => {
  it('gives the quote to the person the possessive names', () => {
    const text = `Kelp returns where divers cull urchins\n\n${LEAD}\n\nThe survey was led by Dr. Saoirse Mbeki-Dolan, a marine ecologist. In Mbeki-Dolan's words, "Every reef we cleared of urchins had young kelp on it within a single season."`;
    const q = recordOf(text).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('Saoirse Mbeki-Dolan');
    expect(q[0]!.text).toBe('Every reef we cleared of urchins had young kelp on it within a single season.');
  });

  it('reads "In the X\'s own words:" with a full name and a colon', () => {
    const text = `Kelp returns where divers cull urchins\n\n${LEAD}\n\nIn Cathal Ferreira-Quinn's own words: "The divers knew which reefs would recover long before we had the numbers to show it."`;
    const q = recordOf(text).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Cathal Ferreira-Quinn']);
  });

  it('leaves a quote after "In other words," without a speaker', () => {
    const text = `Kelp returns where divers cull urchins\n\n${LEAD}\n\nIn other words, "the reef had simply been waiting for the urchins to leave before it could grow back."`;
    expect(recordOf(text).quotes.filter((x) => x.speaker !== null)).toEqual([]);
  });
});

describe('a media contact printed with a name and only a social handle (round 29)', () => {
  const BODY = `Kelp returns where divers cull urchins\n\n${LEAD}\n\n"Every reef we cleared of urchins had young kelp on it within a single season," said Dr. Saoirse Mbeki-Dolan.`;

  it('keeps the one person a "Media contact" label offers, with no email or phone', () => {
    const c = recordOf(`${BODY}\n\nMedia contact:\nOisín Farrelly-Adams, Corrib Institute press team\n@CorribPress on X`).contacts;
    expect(c.map((x) => [x.name, x.email, x.phone])).toEqual([['Oisín Farrelly-Adams', null, null]]);
  });

  it('offers no one under a masthead label such as "Press Information"', () => {
    const c = recordOf(`Corrib Institute\nPress Information\n\n${BODY}\n\nFollow the lab: @CorribKelpLab`).contacts;
    expect(c).toEqual([]);
  });
});
