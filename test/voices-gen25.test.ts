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

describe('an unnamed official after the capitalised name of their body (round 25)', () => {
  it('keeps the quote, with no speaker, for "said a Leeds City Council spokesperson" and "a Department of Transport official said"', () => {
    expect(recordOf(`${LEAD}${SAID} said a Tablelands City Council spokesperson.`, 'md').quotes.map((x) => x.speaker)).toEqual(['Imogen Castellari', null]);
    expect(recordOf(`${LEAD}${SAID} a Department of Water Resources official said.`, 'md').quotes.map((x) => x.speaker)).toEqual(['Imogen Castellari', null]);
  });
});

const RELEASE =
  '# Old rice terraces hold more soil carbon\n\n**Press release — 27 April 2032**\n\n' +
  'Professor Ingrid Solvang-Moreau, a geoarchaeologist, said the terraces had been flooded for longer. "The farmers kept water on those fields for months longer than anyone does now," she said.\n\n' +
  '**For media enquiries**\n\nNordic Institute of Landscape History press office\nPhone: +47 22 55 51 90\npress@nilh.example.no\n\n';

describe('a messenger or phone label after a preposition in a contact sentence (round 25)', () => {
  it('reads the person before "directly on Signal:"', () => {
    const c = recordOf(`${RELEASE}Journalists can also reach Professor Solvang-Moreau directly on Signal: +47 934 55 218\n`, 'md').contacts;
    expect(c.map((x) => [x.name, x.phone])).toEqual([
      [null, '+47 22 55 51 90'],
      ['Ingrid Solvang-Moreau', '+47 934 55 218'],
    ]);
  });

  it('reads the person before "via WhatsApp:" and "on her mobile:"', () => {
    const a = recordOf(`${RELEASE}Reporters can reach Dr. Tomás Villaverde via WhatsApp: +34 655 55 01 22\n`, 'md').contacts;
    expect(a[1]).toMatchObject({ name: 'Tomás Villaverde', phone: '+34 655 55 01 22' });
    const b = recordOf(`${RELEASE}To arrange an interview, journalists can call Professor Solvang-Moreau on her mobile: +47 934 55 218\n`, 'md').contacts;
    expect(b[1]).toMatchObject({ name: 'Ingrid Solvang-Moreau', phone: '+47 934 55 218' });
  });
});
