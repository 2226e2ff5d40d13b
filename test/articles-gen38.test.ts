import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nOctober 9, 2042\n\n`;

describe('a year opening the brackets before the volume and issue words (round 38)', () => {
  it.each([
    ['volume and issue', '(2041, volume 17, issue 2)', ['17', '2', 2041]],
    ['"vol." and "no."', '(2041, vol. 17, no. 2)', ['17', '2', 2041]],
    ['only the volume', '(2041, volume 17)', ['17', null, 2041]],
  ])('reads the year with %s', (_label, bracket, expected) => {
    const text =
      head('Beavers slow spring floods in mountain valleys') +
      `The study, "Beaver dams and the timing of snowmelt floods," is published in Freshwater Biology ${bracket}. DOI: 10.1111/fwb.14521\n`;
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.volume, a.issue, a.year]).toEqual(['10.1111/fwb.14521', ...expected]);
  });

  it('gives no year when the brackets print none (unchanged)', () => {
    const text =
      head('Beavers slow spring floods in mountain valleys') +
      'The study is published in Freshwater Biology (volume 17, issue 2). DOI: 10.1111/fwb.14521\n';
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.issue, a.year]).toEqual(['17', '2', null]);
  });
});
