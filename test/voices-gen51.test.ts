import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Lichens on city walls track the return of clean air\n\n';
const LEAD = 'PORTO ALEGRE, Brazil, 9 August 2051 -- Text of the lead about wall lichens, the soot that once kept them away and the species now coming back.\n\n';
const DOI = '10.1016/j.envpol.2051.124455';
const CITATION = `Reference: Moreira, L., Tavares, G. (2051). Urban lichen recovery after a fuel switch. Environmental Pollution, 341, 124455. https://doi.org/${DOI}\n\n`;
const QUOTE = '"Species we had not seen on these walls for forty years are back within a decade."';

describe('a quote followed by "That was the view of X, …" in the next sentence (round 51)', () => {
  it.each([
    [`${QUOTE} That was the view of Dr Luana Moreira, a lichenologist at the university, after the third survey.`, 'Luana Moreira'],
    [`${QUOTE} This is the verdict of Professor Gabriel Tavares, who has photographed the same walls since 2030.`, 'Gabriel Tavares'],
    [`${QUOTE} Such was the assessment of Luana Moreira, the survey's lead author.`, 'Luana Moreira'],
  ] as const)('gives the quote the person named (%#)', (para, speaker) => {
    const text = `${HEAD}${LEAD}${para}\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual([speaker]);
    expect(articlesOf(text, 'md')[0]?.doi).toBe(DOI);
  });

  it('still reads "That was the view of" opening the paragraph after the quote', () => {
    const text = `${HEAD}${LEAD}${QUOTE}\n\nThat was the view of Dr Luana Moreira, a lichenologist at the university.\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual(['Luana Moreira']);
  });

  it('gives no speaker when the next sentence is a view of no named person', () => {
    const text = `${HEAD}${LEAD}${QUOTE} That was the view of the city council in its annual report.\n\n${CITATION}`;
    expect(speakersOf(text, 'md').map(([s]) => s)).not.toContain('City Council');
    expect(recordOf(text, 'md').quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('a press contact reached only through a web form (round 51)', () => {
  it.each([
    ['For media enquiries, contact Rafaela Souza in the Communications Office through the online enquiry form at https://www.example.br/imprensa/form', 'Rafaela Souza'],
    ['Journalists can contact Rafaela Souza via the web form at https://www.example.br/press', 'Rafaela Souza'],
    ['For press enquiries, please contact Rafaela Souza through the form at https://www.example.br/press', 'Rafaela Souza'],
  ] as const)('keeps the person with no email or phone (%#)', (line, name) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Luana Moreira.\n\n${CITATION}${line}\n`;
    expect(contactsOf(text, 'txt')).toEqual([[name, null, null]]);
  });

  it('reads "contact X via email at …" with the name before "via"', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Luana Moreira.\n\n${CITATION}Journalists may contact Rafaela Souza via email at r.souza@example.br.\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Rafaela Souza', 'r.souza@example.br', null]]);
  });

  it('offers nobody when the sentence names a form but prints no address', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Luana Moreira.\n\n${CITATION}For media enquiries, contact Rafaela Souza through our online form.\n`;
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});

describe('a "by" list after a journal, its bracketed year and labelled locators (round 51)', () => {
  it.each([
    [`The results are reported in Environmental Pollution (2051), volume 341, article 124455, by L. Moreira, G. Tavares and B. Costa. DOI: ${DOI}`, ['Moreira', 'Tavares', 'Costa']],
    [`The study is published in Environmental Pollution (2051), vol. 341, pp. 1–12, by Luana Moreira and Gabriel Tavares. DOI: ${DOI}`, ['Moreira', 'Tavares']],
  ] as const)('reads the names as authors (%#)', (para, families) => {
    const text = `${HEAD}${LEAD}${QUOTE} said Luana Moreira.\n\n${para}\n`;
    const article = articlesOf(text, 'txt')[0];
    expect(article?.doi).toBe(DOI);
    expect(article?.authors.map((a) => a.family)).toEqual(families);
  });

  it('reads no author from a "by" after an unlabelled number', () => {
    const text = `${HEAD}${LEAD}${QUOTE} said Luana Moreira.\n\nThe results are reported in Environmental Pollution (2051), 341, by far the largest survey of its kind. DOI: ${DOI}\n`;
    expect(articlesOf(text, 'txt')[0]?.authors ?? []).toEqual([]);
  });
});
