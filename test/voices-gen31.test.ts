import { describe, expect, it } from 'vitest';
import { contactsOf, speakersOf } from './support/invented.js';

const HEAD = 'Hedgehogs cross roads at night along old hedge lines\n\n';
const LEAD = 'Text of the lead.\n\n';

describe('a German doctoral title chain before a speaker after "said" (round 31)', () => {
  it.each([
    ['"Most hedgehogs crossed where a hedge once met the road," said Prof. Dr. med. Wiebke Sandoval-Krause, head of the study.', 'Wiebke Sandoval-Krause'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Dr. phil. Anselm Odutola-Berg of the institute.', 'Anselm Odutola-Berg'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Dr. vet. Ilse Varga-Mensah.', 'Ilse Varga-Mensah'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Prof. Dr. Wiebke Sandoval-Krause.', 'Wiebke Sandoval-Krause'],
  ] as const)('keeps the quote of %j and names its speaker', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('still ends a sentence at "Phil." printed with a capital', () => {
    const q = speakersOf(`${HEAD}${LEAD}The tags were fitted by a volunteer called Phil. "Most hedgehogs crossed where a hedge once met the road," said Dr. Anselm Odutola-Berg.`);
    expect(q.map(([s]) => s)).toEqual(['Anselm Odutola-Berg']);
  });
});

describe('a vCard printed as text with work and cell numbers (round 31)', () => {
  const BODY = `${HEAD}${LEAD}"Most hedgehogs crossed where a hedge once met the road," said Dr. Anselm Odutola-Berg.\n\n`;

  it('is one contact with the work number, not the cell one', () => {
    const c = contactsOf(`${BODY}BEGIN:VCARD\nVERSION:3.0\nN:Abernethy-Quaye;Rosalind;;;\nFN:Rosalind Abernethy-Quaye\nTITLE:Media Officer\nORG:Harrowgate University;Communications\nTEL;TYPE=work,voice:+44 1632 960 411\nTEL;TYPE=cell:+44 7700 900 522\nEMAIL;TYPE=internet:r.abernethy@harrowgate-example.ac.uk\nEND:VCARD\n`, 'txt');
    expect(c).toEqual([['Rosalind Abernethy-Quaye', 'r.abernethy@harrowgate-example.ac.uk', '+44 1632 960 411']]);
  });

  it('leaves the same details printed as plain lines as they were', () => {
    const c = contactsOf(`${BODY}Media contact\n\nRosalind Abernethy-Quaye, Media Officer\nPhone: +44 1632 960 411\nMobile: +44 7700 900 522\nr.abernethy@harrowgate-example.ac.uk\n`, 'txt');
    expect(c).toEqual([['Rosalind Abernethy-Quaye', 'r.abernethy@harrowgate-example.ac.uk', '+44 1632 960 411']]);
  });
});

describe('one e-mail printed after two people with bracketed details (round 31)', () => {
  const BODY = `${HEAD}${LEAD}"Most hedgehogs crossed where a hedge once met the road," said Dr. Anselm Odutola-Berg.\n\n`;

  it.each([
    ['Contacts: Ottilie Brannigan-Sow (press officer, +44 1632 960 733) and Kwabena Lindqvist (media relations, +44 1632 960 744), press@harrowgate-example.ac.uk'],
    ['Media contacts: Ottilie Brannigan-Sow (press officer, +44 1632 960 733) and Kwabena Lindqvist (media relations, +44 1632 960 744), email: press@harrowgate-example.ac.uk'],
  ] as const)('gives the e-mail of %j to both people', (line) => {
    expect(contactsOf(`${BODY}${line}\n`, 'txt')).toEqual([
      ['Ottilie Brannigan-Sow', 'press@harrowgate-example.ac.uk', '+44 1632 960 733'],
      ['Kwabena Lindqvist', 'press@harrowgate-example.ac.uk', '+44 1632 960 744'],
    ]);
  });

  it('keeps each person\'s own e-mail when it is printed inside the brackets', () => {
    const c = contactsOf(`${BODY}Contacts: Ottilie Brannigan-Sow (o.brannigan@harrowgate-example.ac.uk, +44 1632 960 733) and Kwabena Lindqvist (k.lindqvist@harrowgate-example.ac.uk, +44 1632 960 744)\n`, 'txt');
    expect(c).toEqual([
      ['Ottilie Brannigan-Sow', 'o.brannigan@harrowgate-example.ac.uk', '+44 1632 960 733'],
      ['Kwabena Lindqvist', 'k.lindqvist@harrowgate-example.ac.uk', '+44 1632 960 744'],
    ]);
  });
});
