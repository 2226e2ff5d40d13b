import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Barn owls hunt closer to farmhouses in wet winters\n\n';
const LEAD = 'EXETER, UK, 4 December 2046 -- Text of the lead about barn owls, voles and the rain that floods their fields.\n\n';
const DOI = '10.1111/ibi.13388';
const CITATION = `Reference: Marchbank, T., Oduya-Freer, C. (2046). Rainfall and the hunting range of barn owls. Ibis, 168(1), 55-67. https://doi.org/${DOI}\n\n`;

describe('a statement written "in the paper that" is speech, not the paper\'s title (round 46)', () => {
  it.each([
    ['The authors wrote in the paper that "the wettest months pushed every owl to within a few hundred metres of the yard."'],
    ['The researchers note in their study that "the wettest months pushed every owl to within a few hundred metres of the yard."'],
  ] as const)('keeps the quote, with no speaker, and the citation\'s title (%#)', (para) => {
    const text = `${HEAD}${LEAD}${para}\n\n${CITATION}`;
    const q = recordOf(text, 'txt').quotes;
    expect(q.map((x) => [x.speaker, x.text.slice(0, 24)])).toEqual([[null, 'the wettest months pushe']]);
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.title).toBe('Rainfall and the hunting range of barn owls');
  });

  it('reads "Dr. X wrote in the report that" as Dr. X\'s words', () => {
    const text = `${HEAD}${LEAD}Dr. Tamsin Marchbank wrote in the report that "no owl we tagged left the valley during the floods."\n\n${CITATION}`;
    expect(speakersOf(text, 'txt')).toEqual([['Tamsin Marchbank', 'no owl we tagged left th']]);
  });

  it('still reads a title after "the paper," and a verb of publication', () => {
    const text = `${HEAD}${LEAD}The paper, "Rainfall and the hunting range of barn owls", was published today in Ibis. DOI: ${DOI}\n`;
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.title).toBe('Rainfall and the hunting range of barn owls');
    expect(recordOf(text, 'txt').quotes).toEqual([]);
  });
});

describe('one phone printed after two people with "both"/"either" (round 46)', () => {
  it.each([
    ['Media contacts: Ada Whitlock, ada.whitlock@exeter.example.ac.uk, and Rhys Penhale, r.penhale@exeter.example.ac.uk; both at 01392 555 724', '01392 555 724'],
    ['Media contacts: Ada Whitlock, ada.whitlock@exeter.example.ac.uk, and Rhys Penhale, r.penhale@exeter.example.ac.uk, either on +44 1392 555724', '+44 1392 555724'],
  ] as const)('gives the phone to both people (%#)', (line, phone) => {
    expect(contactsOf(`${HEAD}${LEAD}${CITATION}${line}\n`, 'md')).toEqual([
      ['Ada Whitlock', 'ada.whitlock@exeter.example.ac.uk', phone],
      ['Rhys Penhale', 'r.penhale@exeter.example.ac.uk', phone],
    ]);
  });

  it('still gives a phone with no "both" to the last person only', () => {
    const line = 'Media contacts: Ada Whitlock, ada.whitlock@exeter.example.ac.uk, and Rhys Penhale, r.penhale@exeter.example.ac.uk, 01392 555 724';
    expect(contactsOf(`${HEAD}${LEAD}${CITATION}${line}\n`, 'md')).toEqual([
      ['Ada Whitlock', 'ada.whitlock@exeter.example.ac.uk', null],
      ['Rhys Penhale', 'r.penhale@exeter.example.ac.uk', '01392 555 724'],
    ]);
  });
});

describe('the rest of a round-46 release is read as before', () => {
  it('reads "said X, adding:", a quoted question with "asked X" and a UK mobile', () => {
    const text = `${HEAD}${LEAD}"Owls follow the voles, and the voles follow the dry ground," said Dr. Tamsin Marchbank, adding: "In a flood, the driest ground is often the farmyard."\n\n"Why would an owl fly two kilometres when dinner sits by the barn?" asked co-author Dr. Cyril Oduya-Freer.\n\n${CITATION}Press office: Ada Whitlock, ada.whitlock@exeter.example.ac.uk, mobile 07700 900456\n`;
    expect(speakersOf(text, 'txt')).toEqual([
      ['Tamsin Marchbank', 'Owls follow the voles, a'],
      ['Cyril Oduya-Freer', 'Why would an owl fly two'],
    ]);
    expect(articlesOf(text, 'txt')[0]?.doi).toBe(DOI);
    expect(contactsOf(text, 'txt')).toEqual([['Ada Whitlock', 'ada.whitlock@exeter.example.ac.uk', '07700 900456']]);
  });
});
