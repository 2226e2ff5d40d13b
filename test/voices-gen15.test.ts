import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const speakersOf = (text: string, ext = 'md'): Array<[string | null, string]> =>
  recordOf(text, ext).quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

describe('a body and a job title before the speaker\'s name', () => {
  it('takes the person after the title, not a body named earlier in the release', () => {
    const text = [
      '# Restored bogs store carbon again',
      '',
      'The Nordic Peatland Observatory published its fifth annual survey on Monday.',
      '',
      '"The rewetted bogs are now locking away carbon faster than we had hoped," said Observatory director Henrik Lindqvist.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Henrik Lindqvist', 'The rewetted bogs are no']]);
  });

  it('takes the person after a two-word body and a two-word title', () => {
    const text = '# Parrots\n\n"Every chick that fledges this season is a small victory for the species," said Kākāpō Recovery operations manager Mere Tawhiri.\n';
    expect(speakersOf(text)).toEqual([['Mere Tawhiri', 'Every chick that fledges']]);
  });

  it('reads a university "of" name before the occupation', () => {
    const text = '# Moss\n\n"Moss carpets recover within three summers when the sheep are kept out," said University of Otago ecologist Sam Whitfield.\n';
    expect(speakersOf(text)).toEqual([['Sam Whitfield', 'Moss carpets recover wit']]);
  });

  it('keeps two people joined by "and" apart from a title', () => {
    const text = '# Bees\n\n"The hives that wintered in the valley all survived the cold snap," said Anna Berg and colleague Tomas Lund.\n';
    expect(speakersOf(text)[0]?.[0]).toBe('Anna Berg');
  });
});
