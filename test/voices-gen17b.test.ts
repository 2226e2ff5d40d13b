import { describe, expect, it } from 'vitest';
import { speakersOf, contactsOf } from './support/invented.js';

describe('Italian particles "dal" and "dalla" opening a family name', () => {
  it('resolves "Dr. dal Monte" to the full name printed before', () => {
    const text = [
      '# Vineyard soils',
      '',
      'Soil scientist Dr. Beatrice dal Pozzo counted worms in 60 vineyards near Verona.',
      '',
      '"Rows left with grass between the vines held three times as many worms as bare rows," said Dr. dal Pozzo.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Beatrice dal Pozzo', 'Rows left with grass bet']]);
  });
});

describe('a pronoun after an unnamed person opening the sentence', () => {
  it('gives no speaker to "he said" after "A shepherd from the valley said …", not the earlier named speaker', () => {
    const text = [
      '# Alpine pastures',
      '',
      '"Grazing once a year keeps the meadow open without harming the orchids," said Dr. Anton Reiter, who led the survey.',
      '',
      'A shepherd from the valley said the new rules suited him. "We move the flock earlier now and the grass grows back faster," he said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['Anton Reiter', 'Grazing once a year keep'],
      [null, 'We move the flock earlie'],
    ]);
  });
});

describe('an unnamed person with a place after "near" or "outside"', () => {
  it('keeps the quote with speaker null after "A grower near <Town> said"', () => {
    const text = '# Citrus blight\n\nA grower near Siracusa said "we had given up on these lemon trees until the first new leaves appeared."\n';
    expect(speakersOf(text)).toEqual([[null, 'we had given up on these']]);
  });

  it('keeps the quote with speaker null after "One farmer outside <Town> said:"', () => {
    const text = '# Citrus blight\n\nOne farmer outside Catania said: "The treatment cost less than the fuel for one spraying round."\n';
    expect(speakersOf(text)).toEqual([[null, 'The treatment cost less ']]);
  });
});

/** An invented release's head, down to its contacts' label, shared by the two cases below. */
const GLACIER_HEAD = [
  'Glacier melt measured from orbit',
  '',
  'OSLO, 4 April 2031 - Satellites tracked glacier melt weekly, a study in The Cryosphere found.',
  '',
  'Media inquiries',
];

describe('a "Public Relations Team:" label before the press officer', () => {
  it('reads the person after the desk label as a media contact', () => {
    const text = [
      ...GLACIER_HEAD,
      'Public Relations Team: Ingrid Solvang, +47 22 55 50 17, press@uio.example.no',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Ingrid Solvang', 'press@uio.example.no', '+47 22 55 50 17']]);
  });

  it('still drops a "Public enquiries:" line', () => {
    const text = [
      ...GLACIER_HEAD,
      'Ingrid Solvang, press@uio.example.no',
      'Public enquiries: +47 22 55 50 99',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Ingrid Solvang', 'press@uio.example.no', null]]);
  });
});
