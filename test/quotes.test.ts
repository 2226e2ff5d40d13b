import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import type { PressRecord, Quote } from '../src/types.js';

const load = (name: string): PressRecord => {
  const path = `fixtures/quotes/${name}`;
  return convert(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), { path }).record;
};

const find = (record: PressRecord, start: string): Quote | undefined => record.quotes.find((q) => q.text.startsWith(start));

describe('quotes: attribution forms (solar-coating.md)', () => {
  const record = load('solar-coating.md');

  it.each([
    ['said X, role at Y', 'Dust is the main enemy', 'Marta E. Rivera', 'professor of materials science at the Northfield Institute of Technology'],
    ['according to X', 'We expect the first field units', 'Tomas Okafor', 'director of engineering at Helio Works'],
    ['X added', 'Cleaning crews use a great deal', 'Tomas Okafor', null],
    ['X explains: (colon preamble, same paragraph)', 'The surface repels both water', 'Marta E. Rivera', null],
    ['X said: (colon preamble, quote in the next paragraph)', 'We saw almost no loss', 'Lena Haugen', 'a field engineer'],
    ['she said (one named person before)', 'The panels held up', 'Lena Haugen', null],
    ['« » marks', 'The coating is cheap enough', 'Jean-Luc Moreau', 'an energy consultant'],
    ['— X (dash attribution)', 'Field data beats any lab simulation', 'Priya Natarajan', 'Helio Works'],
  ])('%s', (_form, start, speaker, role) => {
    const q = find(record, start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.role).toBe(role);
  });

  it('resolves "Dr. Rivera" to the fullest form printed anywhere ("Marta E. Rivera" in the citation)', () => {
    const q = find(record, 'Each panel sheds dust');
    expect(q!.speaker).toBe('Marta E. Rivera');
    expect(record.provenance['quotes[1].speaker']?.strategy).toBe('quotes:said-after+fullest-form');
  });

  it('joins a split quote ("A," said X. "B.") into one quote with one space', () => {
    expect(find(record, 'Each panel sheds dust')!.text).toBe(
      'Each panel sheds dust within minutes of a light breeze, That means crews can visit once a season instead of once a week.',
    );
    expect(record.quotes.filter((q) => q.text.startsWith('That means'))).toHaveLength(0);
  });

  it('keeps a quote by "the authors" with no speaker', () => {
    const q = find(record, 'Long-term durability');
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });

  it('gives no speaker to "she" when two people were just named', () => {
    const q = find(record, 'Both sites showed the same trend');
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });

  it.each([
    ['a paper title in quotation marks', 'Self-Cleaning Nanotextured'],
    ['a scare quote', 'lotus effect'],
    ['a block-quoted excerpt of other media', 'Solar farms in deserts'],
  ])('does not take %s', (_what, start) => {
    expect(record.quotes.some((q) => q.text.includes(start))).toBe(false);
  });

  it('finds exactly the eleven statements and records provenance for each', () => {
    expect(record.quotes).toHaveLength(11);
    record.quotes.forEach((_q, i) => expect(record.provenance[`quotes[${i}].text`]?.strategy).toMatch(/^quotes:/));
  });
});

describe('quotes: multi-paragraph quotes and continuations (water-board.txt)', () => {
  const record = load('water-board.txt');

  it('gives a three-paragraph quote (only the last paragraph closes) one quote per paragraph, same speaker', () => {
    const karimi = record.quotes.slice(0, 3);
    expect(karimi.map((q) => q.speaker)).toEqual(['Ahmed Karimi', 'Ahmed Karimi', 'Ahmed Karimi']);
    expect(karimi[0]!.text).toBe('Water scarcity is the hidden cost of solar power in the desert, Any technology that removes the need for washing changes the economics.');
    expect(karimi[1]!.text).toBe('We have already asked two operators to run larger trials next year.');
    expect(karimi[2]!.text).toBe('If the results hold, we would recommend the coating for every new plant in the region.');
    expect(record.provenance['quotes[1].text']?.strategy).toBe('quotes:continuation');
  });

  it('resolves "he" to the one person named in the sentence before ("Professor Karimi said ...")', () => {
    expect(find(record, 'Robots still need water')!.speaker).toBe('Ahmed Karimi');
  });

  it('carries a colon preamble over British single-mark paragraphs', () => {
    expect(find(record, 'We lose a day of output')!.speaker).toBe('Olu Adeyemi');
    expect(find(record, 'Our crews will be glad')!.speaker).toBe('Olu Adeyemi');
  });

  it('reads a dash attribution on the line after the quote', () => {
    const q = find(record, 'We will publish the full data set');
    expect(q!.speaker).toBe('Grace Whitlock');
    expect(q!.role).toBe('head of operations at the board');
  });

  it('gives "the report concludes" no speaker even right after a named quote', () => {
    expect(find(record, 'The first results are encouraging')!.speaker).toBeNull();
  });
});
