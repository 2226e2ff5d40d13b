import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Moths navigate by the smell of night-flowering plants\n\n';
const LEAD = 'YORK, 6 March 2041 -- Text of the lead about moths and their flowers.\n\n';
const SPEECH = 'The moths turned towards the scent plume within a few seconds of the valve opening';

describe('a scientist with no number over a press officer in one contact block (round 40)', () => {
  it.each([
    ['Contact\n\nIlse Pennington-Achebe, Group Leader\nSensory Ecology Group, Northern Institute of Zoology\n\nRowan Kealoha-Brandt\nPress Office\nTel: +44 1904 555 218\nEmail: press@niz.example.ac.uk', [['Ilse Pennington-Achebe', null, null], ['Rowan Kealoha-Brandt', 'press@niz.example.ac.uk', '+44 1904 555 218']]],
  ] as const)('reads two contacts: %j', (block, want) => {
    expect(contactsOf(`${HEAD}${LEAD}${block}\n`, 'txt')).toEqual(want);
  });

  it('keeps a person with title, organisation and data on following lines as one contact', () => {
    const c = contactsOf(`${HEAD}${LEAD}Contact\n\nIlse Pennington-Achebe, Group Leader\nSensory Ecology Group, Northern Institute of Zoology\nTel: +44 1904 555 219\nEmail: ilse.pa@niz.example.ac.uk\n`, 'txt');
    expect(c).toEqual([['Ilse Pennington-Achebe', 'ilse.pa@niz.example.ac.uk', '+44 1904 555 219']]);
  });
});
