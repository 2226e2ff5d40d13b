import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Kelp forests recover where sea otters return\n\n';
const LEAD = 'Text of the lead, 4 March 2038.\n\n';
const QUOTE = 'Divers kept calling the bare reef an “urchin barren”, but the otters have turned it back into forest';

describe('speech in single marks with double marks nested inside (round 39)', () => {
  it.each([
    [`‘${QUOTE},’ said Dr Tamsin Okoro-Lindqvist, a marine ecologist.`],
    [`Dr Tamsin Okoro-Lindqvist, a marine ecologist, said: ‘${QUOTE}.’`],
    [`‘${QUOTE},’ Dr Tamsin Okoro-Lindqvist said. ‘The fishers now call it “the otter effect” as well.’`],
  ] as const)('reads the whole single-quoted speech: %j', (para) => {
    const q = speakersOf(`${HEAD}${LEAD}${para}\n`, 'txt');
    expect(q).toEqual([['Tamsin Okoro-Lindqvist', QUOTE.slice(0, 24)]]);
    const text = recordOf(`${HEAD}${LEAD}${para}\n`, 'txt').quotes[0]!.text;
    expect(text).toContain('“urchin barren”');
    expect(text).toContain('back into forest');
  });

  it('keeps double-marked speech with a single-marked term inside it unchanged', () => {
    const q = recordOf(`${HEAD}${LEAD}“Divers kept calling the bare reef a ‘barren’, but the otters have turned it back into forest,” said Dr Tamsin Okoro-Lindqvist.\n`, 'txt').quotes;
    expect(q.map((x) => [x.speaker, x.text])).toEqual([['Tamsin Okoro-Lindqvist', 'Divers kept calling the bare reef a ‘barren’, but the otters have turned it back into forest,']]);
  });

  it('keeps a double-quoted span outside the single marks as the speech', () => {
    const q = speakersOf(`${HEAD}${LEAD}“The reef that divers once called ‘the desert’ now holds forty species of fish,” said Dr Tamsin Okoro-Lindqvist. “We counted them twice to be sure of it.”\n`, 'txt');
    expect(q).toEqual([['Tamsin Okoro-Lindqvist', 'The reef that divers onc']]);
  });
});

describe('other voices of round 39, already read', () => {
  it('names a participant by first name and age, and no one for "a spokesperson for X"', () => {
    const q = speakersOf(`${HEAD}${LEAD}“I can swim over the kelp again with my grandchildren now,” said Ngaio, 67, a volunteer diver.\n\n“We will review the survey before setting next year’s quotas,” a spokesperson for the Fisheries Authority said.\n`, 'txt');
    expect(q).toEqual([['Ngaio', 'I can swim over the kelp'], [null, 'We will review the surve']]);
  });

  it('reads contacts from an HTML table of Name | Role | Email | Phone', () => {
    const c = contactsOf(`<html><body><h1>Kelp forests recover where sea otters return</h1><p>4 March 2038</p><h2>Media contacts</h2><table><tr><th>Name</th><th>Role</th><th>Email</th><th>Phone</th></tr><tr><td>Hemi Castellano-Ward</td><td>Media Adviser</td><td>hemi.cw@kelp-example.ac.nz</td><td>+64 3 555 0192</td></tr></table></body></html>`, 'html');
    expect(c).toEqual([['Hemi Castellano-Ward', 'hemi.cw@kelp-example.ac.nz', '+64 3 555 0192']]);
  });

  it('takes the telephone, not the WhatsApp number, of a contact line', () => {
    const c = contactsOf(`${HEAD}${LEAD}Contact: Hemi Castellano-Ward, Media Adviser — hemi.cw@kelp-example.ac.nz — Tel +64 3 555 0192 — WhatsApp +64 21 555 017\n`, 'txt');
    expect(c).toEqual([['Hemi Castellano-Ward', 'hemi.cw@kelp-example.ac.nz', '+64 3 555 0192']]);
  });

  it('still reads the paper of a release with single-marked speech', () => {
    const a = articlesOf(`${HEAD}${LEAD}‘${QUOTE},’ said Dr Tamsin Okoro-Lindqvist.\n\nThe findings are published in Marine Ecology Progress Series (doi: 10.3354/meps14711).\n`);
    expect(a.map((x) => [x.doi, x.journal])).toEqual([['10.3354/meps14711', 'Marine Ecology Progress Series']]);
  });
});
