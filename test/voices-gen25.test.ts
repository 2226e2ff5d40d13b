import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const LEAD =
  '# Reservoir drawdown linked to algal blooms\n\n**CANBERRA, 14 May 2031** – A monitoring team has linked fast drawdown of a reservoir to algal blooms, according to a study in *Water Research*.\n\n' +
  '"Every time the level dropped by more than a metre in a fortnight, the bloom followed," said Dr. Imogen Castellari, who led the study.\n\n';
const SAID = '"The authority will not lower the reservoir again until the autumn survey is complete,"';

describe('an unnamed official with the body they speak for after the verb (round 25)', () => {
  it('gives no speaker to "said a spokesperson for the X Authority", not the speaker before', () => {
    const q = recordOf(`${LEAD}${SAID} said a spokesperson for the Tablelands Water Authority.`, 'md').quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Imogen Castellari', null]);
  });

  it('gives no speaker to "said an official at the X" and "said a spokesperson for the authority, who …"', () => {
    expect(recordOf(`${LEAD}${SAID} said an official at the Tablelands Water Authority.`, 'md').quotes[1]?.speaker).toBeNull();
    expect(recordOf(`${LEAD}${SAID} said a spokesperson for the authority, who asked not to be named.`, 'md').quotes[1]?.speaker).toBeNull();
  });

  it('takes the name printed after the body ("said a spokeswoman for the X, Jane Moss")', () => {
    const q = recordOf(`${LEAD}${SAID} said a spokeswoman for the Tablelands Water Authority, Morag Innes.`, 'md').quotes[1];
    expect(q?.speaker).toBe('Morag Innes');
    expect(q?.role).toBe('a spokeswoman for the Tablelands Water Authority');
  });
});
