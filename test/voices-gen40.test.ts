import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Moths navigate by the smell of night-flowering plants\n\n';
const LEAD = 'YORK, 6 March 2041 -- Text of the lead about moths and their flowers.\n\n';
const SPEECH = 'The moths turned towards the scent plume within a few seconds of the valve opening';

describe('a colon preamble keeps its speaker when the next paragraph names another speaker (round 40)', () => {
  it.each([
    [`Dr Ilse Pennington-Achebe ran the wind tunnel. Asked about the result, she said:\n\n“${SPEECH}.”\n\nDr Marco Ferreira-Lund, who was not involved, commented: “It is a clean result, though a tunnel is not a field at night.”`],
    [`Dr Ilse Pennington-Achebe ran the wind tunnel and described it at a briefing:\n\n"${SPEECH}."\n\nDr Marco Ferreira-Lund, a sensory ecologist, added: "It is a clean result, though a tunnel is not a field at night."`],
  ] as const)('gives each quote its own speaker: %j', (body) => {
    expect(speakersOf(`${HEAD}${LEAD}${body}\n`, 'txt')).toEqual([
      ['Ilse Pennington-Achebe', SPEECH.slice(0, 24)],
      ['Marco Ferreira-Lund', 'It is a clean result, th'],
    ]);
  });

  it('still credits a whole-quote paragraph to the name line under it', () => {
    const q = speakersOf(`${HEAD}${LEAD}“${SPEECH}, which none of us had expected.”\n\nProfessor Ilse Pennington-Achebe, head of the sensory ecology group\n`, 'txt');
    expect(q).toEqual([['Ilse Pennington-Achebe', SPEECH.slice(0, 24)]]);
  });
});

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

describe('other voices of round 40, already read', () => {
  it.each([
    [`Dr Ilse Pennington-Achebe said: “${SPEECH}.”`, 'Ilse Pennington-Achebe'],
    [`“The moths turned towards the plume,” says Dr Ilse Pennington-Achebe, “within a few seconds of the valve opening.”`, 'Ilse Pennington-Achebe'],
    [`In a statement, the institute's director, Dr Ilse Pennington-Achebe, wrote: “${SPEECH}.”`, 'Ilse Pennington-Achebe'],
  ] as const)('names the speaker of %j', (para, who) => {
    const q = recordOf(`${HEAD}${LEAD}${para}\n`, 'txt').quotes;
    expect(q.map((x) => x.speaker)).toEqual([who]);
    expect(q[0]!.text).toContain('valve opening');
  });

  it('reads an American two-paragraph quote as one quote per paragraph', () => {
    const q = speakersOf(`${HEAD}${LEAD}"${SPEECH}," said Ilse Pennington-Achebe. "None of the moths flew upwind without it.\n\n"We then swapped the flowers for paper models and the moths still came."\n`, 'txt');
    expect(q).toEqual([['Ilse Pennington-Achebe', SPEECH.slice(0, 24)], ['Ilse Pennington-Achebe', 'We then swapped the flow']]);
  });

  it('reads contacts from a Markdown pipe table and plain forms of obfuscated addresses', () => {
    const table = `## Contacts\n\n| Name | Role | E-mail | Phone |\n|---|---|---|---|\n| Rowan Kealoha-Brandt | Press Office | press@niz.example.ac.uk | +44 1904 555 218 |\n`;
    expect(contactsOf(`${HEAD}${LEAD}${table}`, 'md')).toEqual([['Rowan Kealoha-Brandt', 'press@niz.example.ac.uk', '+44 1904 555 218']]);
    const obf = `Press office:\nRowan Kealoha-Brandt\nrowan.kb [at] niz-example [dot] ac [dot] uk\n\nInstitute switchboard: +44 1904 555 000\n`;
    expect(contactsOf(`${HEAD}${LEAD}${obf}`, 'txt')).toEqual([['Rowan Kealoha-Brandt', 'rowan.kb@niz-example.ac.uk', null]]);
  });

  it('takes the daytime number of a press-office line with an out-of-hours number', () => {
    expect(contactsOf(`${HEAD}${LEAD}Press office: +44 1904 555 218 (out of hours: +44 7700 555 640)\nEmail: press@niz.example.ac.uk\n`, 'txt')).toEqual([[null, 'press@niz.example.ac.uk', '+44 1904 555 218']]);
  });

  it('still reads the paper', () => {
    const a = articlesOf(`${HEAD}${LEAD}Dr Ilse Pennington-Achebe said: “${SPEECH}.”\n\nThe study is published in Current Biology (DOI: 10.1016/j.cub.2041.01.023).\n`);
    expect(a.map((x) => [x.doi, x.journal])).toEqual([['10.1016/j.cub.2041.01.023', 'Current Biology']]);
  });
});
