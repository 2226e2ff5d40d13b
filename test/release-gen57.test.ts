import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** An Italian release in Markdown with the given second quote paragraph and contact block. */
const italian = (second: string, contact: string): string =>
  [
    '# I pipistrelli di città cacciano più tardi dei loro cugini di campagna',
    '',
    '**Roma, 12 maggio 2037** – Uno studio coordinato da Elena Ruggieri-Mwangi del Dipartimento di Biologia ambientale mostra che i pipistrelli urbani escono a caccia un’ora dopo il tramonto.',
    '',
    '«Le luci dei lampioni spostano tutta la notte degli insetti e i pipistrelli si adeguano» spiega Elena Ruggieri-Mwangi.',
    '',
    second,
    '',
    'DOI: 10.1111/1365-2656.14412',
    '',
    contact,
    '',
  ].join('\n');

const SECOND = '«Abbiamo seguito quaranta colonie con microfoni per tre estati di fila» aggiunge Matteo Caruso-Lindberg, primo autore dello studio.';
const DESK = 'Ufficio stampa e comunicazione\nTel. (+39) 06 4991 7777\nstampa@uniroma1.example.it';

describe('house styles of university press offices (round 57)', () => {
  it('stops a speaker before an Italian department ("X del Dipartimento di …")', () => {
    expect(speakersOf(italian(SECOND, DESK))[0]).toEqual(['Elena Ruggieri-Mwangi', 'Le luci dei lampioni spo']);
  });

  it.each([['aggiunge'], ['sottolinea'], ['commenta'], ['afferma'], ['osserva']])('reads the speaker after the Italian verb "%s"', (verb) => {
    const second = SECOND.replace('aggiunge', verb);
    expect(speakersOf(italian(second, DESK))[1]).toEqual(['Matteo Caruso-Lindberg', 'Abbiamo seguito quaranta']);
  });

  it.each([['advierte'], ['añade'], ['subraya'], ['apunta']])('reads the speaker after the Spanish verb "%s"', (verb) => {
    const text = [
      'Las abejas urbanas polinizan más especies que las rurales',
      '',
      'Madrid, 12 de mayo de 2037',
      '',
      `“Una ciudad con jardines variados puede alimentar a más abejas que un campo de cereal”, ${verb} Nerea Goikoetxea-Baptiste, investigadora de la UCM.`,
      '',
    ].join('\n');
    expect(speakersOf(text, 'txt')).toEqual([['Nerea Goikoetxea-Baptiste', 'Una ciudad con jardines ']]);
  });

  it('reads the speaker after the Dutch "aldus"', () => {
    const text = [
      'Gentse biologen tellen meer vlinders in stadstuinen',
      '',
      'Gent, 12 mei 2037 – Stadstuinen trekken meer vlinders aan dan akkers, blijkt uit onderzoek van de Universiteit Gent.',
      '',
      '"Een kleine tuin met inheemse planten doet meer dan een grote strakke grasmat", aldus onderzoekster Lotte Verbeke-Asante.',
      '',
    ].join('\n');
    expect(speakersOf(text, 'txt')).toEqual([['Lotte Verbeke-Asante', 'Een kleine tuin met inhe']]);
  });

  it('keeps a speaker whose name has an Italian particle (must NOT change)', () => {
    const second = '«Abbiamo seguito quaranta colonie con microfoni per tre estati di fila» dice Paolo Della Valle, primo autore dello studio.';
    const text = italian(second.replace('dice', 'spiega'), DESK);
    expect(speakersOf(text)[1]).toEqual(['Paolo Della Valle', 'Abbiamo seguito quaranta']);
  });
});
