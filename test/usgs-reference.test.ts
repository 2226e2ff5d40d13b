/**
 * A reference in the style of the U.S. Geological Survey and the Geological Society of America:
 * "Names, YEAR, Title: Journal, v. 71, no. 9, p. 4012–4021".
 */
import { describe, expect, it } from 'vitest';
import { usgsParts } from '../src/extractors/article/usgs-line.js';
import { articlesOf } from './support/invented.js';

const release = (reference: string): string =>
  [
    'Groundwater recovers slowly after drought',
    '',
    'MENLO PARK, Calif. — Groundwater takes a decade to recover from a three-year drought, a new study finds.',
    '',
    '"The aquifer remembers a drought for years," said Dana Whitlock, a hydrologist.',
    '',
    reference,
  ].join('\n');

describe('a USGS-style reference in a release', () => {
  it('reads title, journal, volume, issue, pages and year', () => {
    const [paper] = articlesOf(
      release('Whitlock, D.A., Moreno, K.L., and Osei, P., 2037, Decadal recovery of confined aquifers after multiyear drought in the Central Valley, California: Water Resources Research, v. 71, no. 9, p. 4012–4021, https://doi.org/10.1029/2037WR034512.'),
    );
    expect(paper?.doi).toBe('10.1029/2037WR034512');
    expect(paper?.title).toBe('Decadal recovery of confined aquifers after multiyear drought in the Central Valley, California');
    expect(paper?.journal).toBe('Water Resources Research');
    expect([paper?.volume, paper?.issue, paper?.pages, paper?.year]).toEqual(['71', '9', '4012-4021', 2037]);
    expect(paper?.authors.map((a) => a.family)).toEqual(['Whitlock', 'Moreno', 'Osei']);
  });

  it('keeps a title with its own colon whole', () => {
    const [paper] = articlesOf(release('Citation: Whitlock, D.A., and Osei, P., 2037, Aquifer memory: Ten years of recovery after drought: Geology, v. 65, p. 210–214, https://doi.org/10.1130/G52011.1.'));
    expect(paper?.title).toBe('Aquifer memory: Ten years of recovery after drought');
    expect(paper?.journal).toBe('Geology');
    expect([paper?.volume, paper?.pages, paper?.year]).toEqual(['65', '210-214', 2037]);
  });
});

describe('usgsParts', () => {
  // Not that shape: no "v." volume, or no year after the names.
  const invalid = [
    'Whitlock, D.A., and Osei, P. (2037). Aquifer memory. Geology, 65, 210–214.',
    'Whitlock DA, Osei P. Aquifer memory. Geology. 2037;65:210-4.',
    'Whitlock, D.A., Aquifer memory: Geology, v. 65, p. 210–214.',
  ];
  it.each(invalid)('%s -> null', (text) => {
    expect(usgsParts(text)).toBeNull();
  });
});
