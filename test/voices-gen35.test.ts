import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Kelp forests recover faster where sea otters return\n\n';
const LEAD = 'Text of the lead.\n\n';
const BODY = `${HEAD}${LEAD}"The otters did more for the kelp than any replanting we tried," said Dr. Ingeborg Castellanos-Reid.\n\n`;

describe('a duty or out-of-hours line under a named contact (round 35)', () => {
  it.each([
    ['Duty press officer (out of hours): +44 7700 900 612'],
    ['Press office, after hours: +44 7700 900 612'],
    ['24-hour duty line: +44 7700 900 612'],
    ['On-call phone: +44 7700 900 612'],
    ['Out of hours: +44 7700 900 612'],
  ] as const)('keeps %j as no contact of its own', (line) => {
    const c = contactsOf(`${BODY}Media contact:\nPerpetua Lindqvist-Obi, Press Officer\np.lindqvist@kelp-example.ac.uk\nTel: +44 131 555 0427\n${line}\n`, 'txt');
    expect(c).toEqual([['Perpetua Lindqvist-Obi', 'p.lindqvist@kelp-example.ac.uk', '+44 131 555 0427']]);
  });

  it('still reads a second named contact with a phone of its own', () => {
    const c = contactsOf(`${BODY}Media contacts:\nPerpetua Lindqvist-Obi, Press Officer\np.lindqvist@kelp-example.ac.uk\nTel: +44 131 555 0427\n\nHamish Oyelaran-Berg, Press Officer\nh.oyelaran@kelp-example.ac.uk\nTel: +44 131 555 0428\n`, 'txt');
    expect(c).toEqual([
      ['Perpetua Lindqvist-Obi', 'p.lindqvist@kelp-example.ac.uk', '+44 131 555 0427'],
      ['Hamish Oyelaran-Berg', 'h.oyelaran@kelp-example.ac.uk', '+44 131 555 0428'],
    ]);
  });
});

describe('a wire-style dateline whose source tag is a long name (round 35)', () => {
  it.each([
    ['VANCOUVER, British Columbia, March 9, 2036 /Pacific Kelp Restoration Alliance/ --', 'VANCOUVER, British Columbia', '2036-03-09'],
    ['VANCOUVER, British Columbia, March 9, 2036 /PRNewswire/ --', 'VANCOUVER, British Columbia', '2036-03-09'],
  ] as const)('reads the place and date of %j', (line, place, date) => {
    const r = recordOf(`${HEAD}${line}\n\nThe alliance counted the kelp from the air.\n`);
    expect(r.release.dateline).toBe(place);
    expect(r.release.datePublished).toBe(date);
  });
});

describe('quote and contact shapes already read (round 35)', () => {
  it.each([
    ['Dr. Ingeborg Castellanos-Reid told reporters at a press conference on Friday.'],
    ['Dr. Ingeborg Castellanos-Reid told The Guardian.'],
    ['said Dr. Ingeborg Castellanos-Reid in a joint statement with Professor Tiago Mwangi-Hall.'],
  ] as const)('gives the speaker after %j', (tail) => {
    const q = speakersOf(`${HEAD}${LEAD}"The otters did more for the kelp than any replanting we tried," ${tail}\n`, 'txt');
    expect(q).toEqual([['Ingeborg Castellanos-Reid', 'The otters did more for the kelp'.slice(0, 24)]]);
  });

  it('gives no phone for a Zoom line with a passcode', () => {
    const c = contactsOf(`${BODY}Join via Zoom: https://zoom.example.com/j/84411920533, passcode 408215.\n\nContact:\nPress Office\npress@kelp-example.ac.uk\n`, 'txt');
    expect(c).toEqual([[null, 'press@kelp-example.ac.uk', null]]);
  });

  it('keeps an extension in the office number, not the mobile', () => {
    const c = contactsOf(`${BODY}Media enquiries:\nPerpetua Lindqvist-Obi, Press Officer\n+44 131 555 0100 ext. 4412; mobile +44 7700 900 199\np.lindqvist@kelp-example.ac.uk\n`, 'txt');
    expect(c).toEqual([['Perpetua Lindqvist-Obi', 'p.lindqvist@kelp-example.ac.uk', '+44 131 555 0100 ext. 4412']]);
  });

  it('reads the DOI of a paper beside those voices', () => {
    const a = articlesOf(`${BODY}The study is published in Marine Ecology Progress Series. DOI: 10.3354/meps14588\n`);
    expect(a.map((x) => x.doi)).toEqual(['10.3354/meps14588']);
  });
});
