import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { joinWrappedWords } from '../src/text/wrapped-word.js';

const LEAD = 'Fine rock flour blown from retreating glaciers fertilises plankton blooms far offshore, according to a new study.';

describe('a headline hard-wrapped with a hyphen, as pasted from a PDF (round 25)', () => {
  it('closes up a Title Case word split at the line end', () => {
    const r = recordOf(`Glacier Dust Feeds Plankton Blooms Far Out to Sea, Sat-\nellite Records Show\n\nIssued: 11 June 2031\n\n${LEAD}`).release;
    expect(r.headline).toBe('Glacier Dust Feeds Plankton Blooms Far Out to Sea, Satellite Records Show');
    expect(r.datePublished).toBe('2031-06-11');
  });

  it('keeps the hyphen of a sentence-case compound split at the line end', () => {
    const r = recordOf(`Glacier dust feeds plankton blooms in a long-\nterm cycle, satellite study finds\n\n${LEAD}`).release;
    expect(r.headline).toBe('Glacier dust feeds plankton blooms in a long-term cycle, satellite study finds');
  });

  it('leaves a hyphen before a capital or a spaced dash untouched', () => {
    expect(joinWrappedWords('Soil Fungi Trade Phosphorus in Post-\nCovid Farms')).toBe('Soil Fungi Trade Phosphorus in Post-\nCovid Farms');
    expect(joinWrappedWords('Soil fungi trade phosphorus -\nat night')).toBe('Soil fungi trade phosphorus -\nat night');
    expect(joinWrappedWords('Soil fungi trade phosphorus at night')).toBe('Soil fungi trade phosphorus at night');
  });
});
