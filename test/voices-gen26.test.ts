import { describe, expect, it } from 'vitest';
import { contactsOf, speakersOf } from './support/invented.js';

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
