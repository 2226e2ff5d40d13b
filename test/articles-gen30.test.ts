import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const dois = (text: string, ext = 'txt'): Array<string | null> => articlesOf(text, ext).map((a) => a.doi);
const families = (text: string, ext = 'txt'): string[][] => articlesOf(text, ext).map((a) => a.authors.map((p) => p.family));

describe('a numbered list of the release-year papers the prose cites by mark (round 30)', () => {
  const head =
    'Two studies trace microplastics into river otters\n\nOctober 2, 2032\n\nTwo papers from the Severn Wildlife Trust, out this autumn, follow fibres from sewage outfalls into otter spraints [1] and then into the fish the otters eat (2).\n\n' +
    '"We found fibres in nearly every sample we took from the lower river," said Dr. Wendell Ashcombe-Ike, who led both studies.\n\n';
  it.each([
    [
      'two Vancouver entries of the release year, each cited by its mark',
      head +
        'References\n\n1. Ashcombe-Ike W, Prentiss L. Microfibres in otter spraints below sewage outfalls. Environ Pollut. 2032;341:122918. doi:10.1016/j.envpol.2032.122918\n' +
        '2. Prentiss L, Ashcombe-Ike W. Trophic transfer of microfibres from fish to otters. Sci Total Environ. 2032;905:167310. doi:10.1016/j.scitotenv.2032.167310\n',
      ['10.1016/j.envpol.2032.122918', '10.1016/j.scitotenv.2032.167310'],
    ],
  ])('keeps %s', (_label, text, want) => {
    expect(dois(text)).toEqual(want);
    expect(articlesOf(text)[0]!.pages).toBe('122918');
    expect(speakersOf(text, 'txt')).toEqual([['Wendell Ashcombe-Ike', 'We found fibres in nearl']]);
  });

  it.each([
    [
      'entries of earlier years (a reading list)',
      head +
        'References\n\n1. Ashcombe-Ike W, Prentiss L. Microfibres in otter spraints below sewage outfalls. Environ Pollut. 2029;301:118918. doi:10.1016/j.envpol.2029.118918\n' +
        '2. Prentiss L, Ashcombe-Ike W. Trophic transfer of microfibres from fish to otters. Sci Total Environ. 2030;805:150310. doi:10.1016/j.scitotenv.2030.150310\n',
    ],
    [
      'an entry the prose cites as earlier work',
      'Otters and microplastics\n\nOctober 2, 2032\n\nA previous survey [1] found fibres in otter spraints; the new work (2) follows them further.\n\n' +
        'References\n\n1. Ashcombe-Ike W. Microfibres in otter spraints. Environ Pollut. 2032;341:122918. doi:10.1016/j.envpol.2032.122918\n' +
        '2. Prentiss L. Trophic transfer of microfibres. Sci Total Environ. 2032;905:167310. doi:10.1016/j.scitotenv.2032.167310\n',
    ],
  ])('keeps no entry of %s (unchanged)', (_label, text) => {
    expect(dois(text)).toEqual([]);
  });
});
