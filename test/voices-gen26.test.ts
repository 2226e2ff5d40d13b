import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';

const HEAD = '# Reading app lifts vocabulary in village schools\n\n**NELSON, 2 April 2032** — Pupils who used a reading app for a term learned 250 more words, a trial has found.\n\n';

describe('a lay role word before a quoted person (round 26)', () => {
  it('drops "Parent" and "Resident" before the name', () => {
    const md = `${HEAD}Parent Tamsin Okafor-Reyes said her daughter now reads "every label in the supermarket out loud" to her.\n\n"We hear the trucks from four in the morning and nobody asked us first," said Resident Godfrey Ambler.\n`;
    expect(speakersOf(md)).toEqual([
      ['Tamsin Okafor-Reyes', 'every label in the super'],
      ['Godfrey Ambler', 'We hear the trucks from '],
    ]);
  });
});

describe('a short phrase in marks inside the narration, beside a real quote (round 26)', () => {
  it('names the speaker but adds no words to the quote', () => {
    const md = `${HEAD}Head teacher Dr. Miriama Coltrane-Hale described the trial as a "quiet revolution" in her school. "The children started asking for books at lunchtime, which had never happened before," she said.\n`;
    const q = speakersOf(md);
    expect(q).toEqual([['Miriama Coltrane-Hale', 'The children started ask']]);
  });

  it('still joins two real spans of one speaker in a paragraph', () => {
    const md = `${HEAD}"We gave every class the same tablets and the same hour each day," said Dr. Miriama Coltrane-Hale. "Only the app differed between the two groups."\n`;
    expect(speakersOf(md)).toEqual([['Miriama Coltrane-Hale', 'We gave every class the ']]);
  });
});

describe("a contact block's line whose later sentence offers a person (round 26)", () => {
  it('keeps the desk of the first sentence and the person of the later one', () => {
    const md = `${HEAD}"The children started asking for books at lunchtime, which had never happened before," said Dr. Miriama Coltrane-Hale.\n\n**Media enquiries:** Nelson Institute press office, press@nelson-example.ac.nz, +64 3 555 0142. For interviews, write to Dr. Miriama Coltrane-Hale at m.coltrane-hale@nelson-example.ac.nz.\n`;
    expect(contactsOf(md)).toEqual([
      [null, 'press@nelson-example.ac.nz', '+64 3 555 0142'],
      ['Miriama Coltrane-Hale', 'm.coltrane-hale@nelson-example.ac.nz', null],
    ]);
  });

  it('reads the person named by a mailto link in HTML', () => {
    const html = `<html><body><h1>Reading app lifts vocabulary in village schools</h1><p>NELSON, 2 April 2032 – Pupils learned 250 more words, a trial has found.</p><p><strong>Media enquiries:</strong> <a href="mailto:press@nelson-example.ac.nz">Nelson Institute press office</a>, +64 3 555 0142. For interviews with Dr. Coltrane-Hale, write to <a href="mailto:m.coltrane-hale@nelson-example.ac.nz">Dr. Miriama Coltrane-Hale</a>.</p></body></html>`;
    expect(contactsOf(html, 'html')).toEqual([
      [null, 'press@nelson-example.ac.nz', '+64 3 555 0142'],
      ['Miriama Coltrane-Hale', 'm.coltrane-hale@nelson-example.ac.nz', null],
    ]);
  });
});

describe('"a study in X" where X is a journal of ageing or cognition (round 26)', () => {
  const txt = (where: string): string =>
    `Ward robots cut night-time falls\n\nDUNDEE, 27 November 2031\n\nSmall robots that light the floor reduced falls on older-adult wards by a third, ${where}.\n`;
  it('reads "Age and Ageing" and "Animal Cognition" after a weak cue', () => {
    expect(articlesOf(txt('a study in Age and Ageing has found'))[0]?.journal).toBe('Age and Ageing');
    expect(articlesOf(txt('a study in Animal Cognition has found'))[0]?.journal).toBe('Animal Cognition');
  });
  it('reads no journal from a centre named for the field', () => {
    expect(articlesOf(txt('the Centre for Healthy Ageing said'))).toEqual([]);
  });
});
