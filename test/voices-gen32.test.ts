import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Otters return to a river once lined with mills\n\n';
const LEAD = 'Text of the lead.\n\n';
const BODY = `${HEAD}${LEAD}"The otters came back within two winters of the weirs being opened," said Dr. Leontyne Achterberg-Sato.\n\n`;

describe('a toll-free number labelled for the press (round 32)', () => {
  it.each([
    ['Media line (toll-free): 1-877-555-0163\nnewsdesk@vallmoor-example.gov', '1-877-555-0163'],
    ['Toll-free press line: 1-888-555-0171\nnewsdesk@vallmoor-example.gov', '1-888-555-0171'],
  ] as const)('gives the desk of %j its number', (block, phone) => {
    expect(contactsOf(`${BODY}Media contacts\n\n${block}\n`, 'txt')).toEqual([[null, 'newsdesk@vallmoor-example.gov', phone]]);
  });

  it('still drops a toll-free line whose press word stands before a comma, in another field', () => {
    const c = contactsOf(`${BODY}Media contacts\n\nPress office: newsdesk@vallmoor-example.gov, hotline (toll-free): 1-800-555-0142\n`, 'txt');
    expect(c).toEqual([[null, 'newsdesk@vallmoor-example.gov', null]]);
  });

  it('still drops a toll-free line for the public', () => {
    const c = contactsOf(`${BODY}Media contacts\n\nnewsdesk@vallmoor-example.gov\nPublic information line (toll-free): 1-800-555-0142\n`, 'txt');
    expect(c).toEqual([[null, 'newsdesk@vallmoor-example.gov', null]]);
  });
});

describe('an after-hours sentence that gives a desk its own e-mail (round 32)', () => {
  it.each([
    ['After hours, reach the media relations desk at 614-555-0100 or newsdesk@vallmoor-example.org.'],
    ['Outside office hours, contact the press office at 614-555-0100 or newsdesk@vallmoor-example.org.'],
  ] as const)('reads %j as a second, nameless contact', (later) => {
    const c = contactsOf(`${BODY}For more information, contact Ignatius Ferreira-Bloom at 614-555-0188 x2207 or iferreirabloom@vallmoor-example.org. ${later}\n`, 'txt');
    expect(c).toEqual([
      ['Ignatius Ferreira-Bloom', 'iferreirabloom@vallmoor-example.org', '614-555-0188 ext. 2207'],
      [null, 'newsdesk@vallmoor-example.org', '614-555-0100'],
    ]);
  });

  it('still reads an after-hours number without an e-mail as no contact of its own', () => {
    const c = contactsOf(`${BODY}For more information, contact Ignatius Ferreira-Bloom at 614-555-0188 or iferreirabloom@vallmoor-example.org. After hours, call the press mobile at 614-555-0199.\n`, 'txt');
    expect(c.map(([n]) => n)).toEqual(['Ignatius Ferreira-Bloom']);
  });
});

describe('quote and speaker shapes that already worked (round 32)', () => {
  it.each([
    ['«The weirs,» says Dr. Leontyne Achterberg-Sato, «were the only thing keeping them out.»', 'Leontyne Achterberg-Sato'],
    ['„[These rivers] were dead for a century … and now they are not,“ says Prof. Dr. Casimir Odhiambo-Lenz.', 'Casimir Odhiambo-Lenz'],
    ['"The otters came back within two winters of the weirs being opened," said Reginald P. Ashworth Jr., a professor of ecology.', 'Reginald P. Ashworth'],
    ['"The otters came back within two winters of the weirs being opened," said Professor Dame Imelda Fairbrother-Osei FRS.', 'Imelda Fairbrother-Osei'],
  ] as const)('names the speaker of %j (a suffix such as "Jr." dropped as a degree is)', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('gives a quote credited only to "a spokesperson for" a body no speaker', () => {
    expect(speakersOf(`${HEAD}${LEAD}"The otters came back within two winters of the weirs being opened," a spokesperson for the river authority said.`).map(([s]) => s)).toEqual([null]);
  });

  it('keeps the paper of a release with a toll-free media line', () => {
    const text = `${BODY}The study appears in Freshwater Biology (doi:10.1111/fwb.14420).\n\nMedia line (toll-free): 1-877-555-0163\n`;
    expect(articlesOf(text).map((a) => a.doi)).toEqual(['10.1111/fwb.14420']);
    expect(recordOf(text).quotes.map((q) => q.speaker)).toEqual(['Leontyne Achterberg-Sato']);
  });
});
