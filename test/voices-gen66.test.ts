import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short English release whose closing paragraphs are `tail`. */
const english = (tail: string): string =>
  [
    'Tree frogs call louder after rain',
    '',
    'GAINESVILLE, Fla. (April 2, 2041) – Biologists recorded the calls of tree frogs at 30 ponds over two wet seasons.',
    '',
    tail,
    '',
  ].join('\n');

/** A short German release whose closing paragraphs are `tail`. */
const german = (tail: string): string =>
  [
    'Feldlerchen singen in Windparks kürzer',
    '',
    'Köln, 3. April 2041 – Ein Team hat den Gesang von Feldlerchen neben zwölf Windparks aufgezeichnet.',
    '',
    tail,
    '',
  ].join('\n');

describe('a body whose name holds a spaced ampersand before the role and the name', () => {
  it.each([
    ['“The frogs simply wait for the loudest night of the year to call,” said Gulf College of Marine & Wetland Sciences doctoral student Ottilie Braganza-Frey.', 'Ottilie Braganza-Frey'],
    ['“The frogs simply wait for the loudest night of the year to call,” said Gulf College of Marine and Wetland Sciences doctoral student Ottilie Braganza-Frey.', 'Ottilie Braganza-Frey'],
    ['“The frogs simply wait for the loudest night of the year to call,” said Ottilie Braganza-Frey, a doctoral student.', 'Ottilie Braganza-Frey'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(english(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });
});

describe('contacts: a second person after a full stop, German labels and titles', () => {
  it('reads two people printed on one "CONTACT:" line, separated by a full stop', () => {
    const text = english('CONTACT: Mireille Oduya-Brandt, 352-273-1150, moduya@ufl.example.edu. Casimir Lindqvist-Obi, 352-273-1162, clindqvist@ufl.example.edu');
    expect(contactsOf(text, 'txt')).toEqual([
      ['Mireille Oduya-Brandt', 'moduya@ufl.example.edu', '352-273-1150'],
      ['Casimir Lindqvist-Obi', 'clindqvist@ufl.example.edu', '352-273-1162'],
    ]);
  });

  it.each([
    ['Inhaltlicher Kontakt:\nProfessorin Dr. Wiebke Tamura-Hollstein\n+49 221 470 5521\nw.tamura@uni.example.de', 'Wiebke Tamura-Hollstein', 'w.tamura@uni.example.de', '+49 221 470 5521'],
    ['Inhaltlicher Kontakt:\nJun.-Prof. Dr. Wiebke Tamura-Hollstein\n+49 221 470 5521\nw.tamura@uni.example.de', 'Wiebke Tamura-Hollstein', 'w.tamura@uni.example.de', '+49 221 470 5521'],
    ['Presse und Kommunikation:\nFrederik Osei-Landwehr\n+49 221 470 1709\nf.osei@verw.uni.example.de', 'Frederik Osei-Landwehr', 'f.osei@verw.uni.example.de', '+49 221 470 1709'],
  ])('one German contact (%#)', (tail, name, email, phone) => {
    expect(contactsOf(german(tail), 'txt')).toEqual([[name, email, phone]]);
  });

  it('keeps a German sentence about press and communication as no contact', () => {
    expect(contactsOf(german('Die Abteilung Presse und Kommunikation hat das Projekt begleitet.'), 'txt')).toEqual([]);
  });
});

describe('a dateline whose date stands in square brackets', () => {
  it('reads "New York, NY [April 4, 2041] —"', () => {
    const text = '# Sleep and blood sugar\n\n**New York, NY [April 4, 2041]** — Researchers followed 800 adults for a decade.\n';
    const r = recordOf(text, 'md').release;
    expect([r.dateline, r.datePublished]).toEqual(['New York, NY', '2041-04-04']);
  });
});

describe('article fields: a joint "Journal, date, and DOI:" line, a story byline, a German role', () => {
  it('reads the journal, year and DOI of a "Journal, date, and DOI:" line', () => {
    const text = english('**Paper title:** Nocturnal chorus timing tracks rainfall in hylid frogs\n**Journal, date, and DOI:** *Animal Behaviour*, April 2, 2041, DOI: 10.1016/j.anbehav.2041.03.007\n**Authors:** Ottilie Braganza-Frey, Tobias Ruane');
    const [a] = articlesOf(text, 'md');
    expect([a?.doi, a?.journal, a?.year]).toEqual(['10.1016/j.anbehav.2041.03.007', 'Animal Behaviour', 2041]);
  });

  it('does not read a story\'s "Author: / Published:" byline as the paper\'s author', () => {
    const text = ['Tree frogs call louder after rain', '', 'Author: Henrietta Vance-Okoro', 'Published: April 2, 2041', '', 'The study appears in Animal Behaviour. https://doi.org/10.1016/j.anbehav.2041.03.007', ''].join('\n');
    const [a] = articlesOf(text, 'txt');
    expect([a?.doi, a?.authors]).toEqual(['10.1016/j.anbehav.2041.03.007', []]);
  });

  it('reads "sagt Erstautor Dr. X" as the paper\'s first author', () => {
    const text = german('„Die Lerchen kürzen ihre Strophen, sobald die Rotoren laufen“, sagt Erstautor Dr. Jonte Mbeki-Rasmussen. Die Studie ist in Ibis erschienen. DOI: 10.1111/ibi.13411');
    const [a] = articlesOf(text, 'txt');
    expect(a?.authors).toEqual([{ given: 'Jonte', family: 'Mbeki-Rasmussen' }]);
  });
});
