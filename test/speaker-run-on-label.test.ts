/**
 * A contact line whose parts ran together ("Prof. Dr. X Tel.: +49 …") gives the speaker index
 * the name without the label after it.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './support/invented.js';

const release = (contact: string): string =>
  [
    '# Bees count to four',
    '',
    'BERLIN, 4 May 2037 – Honeybees can count to four, researchers report.',
    '',
    '"Bees count to four, and they do it fast," explains Professor Henrike Vollmer.',
    '',
    contact,
  ].join('\n');

describe('a label after the name on a run-on contact line', () => {
  const cases: Array<[string, string]> = [
    ['Scientific contact: Prof. Dr. Henrike Vollmer Tel.: +49 3941 555 210 vollmer@irb.example.de', 'Henrike Vollmer'],
    ['Contact: Prof. Dr. Henrike Vollmer Phone: +49 3941 555 210', 'Henrike Vollmer'],
    ['Contact: Prof. Dr. Henrike Vollmer E-mail: vollmer@irb.example.de', 'Henrike Vollmer'],
    // Unchanged: the label on a line of its own.
    ['Contact:\nProf. Dr. Henrike Vollmer\nTel.: +49 3941 555 210', 'Henrike Vollmer'],
  ];
  it.each(cases)('%s -> %s', (contact, speaker) => {
    expect(speakersOf(release(contact)).map(([name]) => name)).toEqual([speaker]);
  });
});
