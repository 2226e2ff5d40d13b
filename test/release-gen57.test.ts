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

  it('reads an Italian "Ufficio stampa e comunicazione" desk after an "Info:" heading', () => {
    expect(contactsOf(italian(SECOND, `**Info:**\n\n${DESK}`))).toEqual([[null, 'stampa@uniroma1.example.it', '(+39) 06 4991 7777']]);
  });

  /** An Austrian release with the given contact blocks. */
  const austrian = (contacts: string): string =>
    [
      'Wie Dohlen ihre Nachbarn am Ruf erkennen',
      '',
      'Wien, 12. Mai 2037',
      '',
      '„Die Vögel merken sich die Stimmen von mehr als dreißig Nachbarn über Jahre hinweg“, sagt Studienleiter Florian Ebner-Quaye.',
      '',
      contacts,
      '',
    ].join('\n');

  it.each([
    ['Wissenschaftlicher Kontakt', 'Assoz.-Prof. Dr. Florian Ebner-Quaye'],
    ['Wissenschaftliche Kontakte', 'Ass.-Prof. Florian Ebner-Quaye'],
    ['Rückfragehinweis', 'Florian Ebner-Quaye'],
  ])('reads an Austrian "%s" block with "%s"', (label, name) => {
    const text = austrian(`${label}\n${name}\nDepartment für Kognitionsbiologie\nT +43-1-4277-766 55\nflorian.ebner@univie.example.ac.at`);
    expect(contactsOf(text, 'txt')).toEqual([['Florian Ebner-Quaye', 'florian.ebner@univie.example.ac.at', '+43-1-4277-766 55']]);
  });

  it.each([['Teléfono: 91 394 7777. Correo: prensa@ucm.example.es'], ['Correo electrónico: prensa@ucm.example.es. Teléfono: 91 394 7777']])(
    'reads a Spanish "Contacto:" desk with "%s"',
    (fields) => {
      const text = [
        '<html><body><h1>Las abejas urbanas polinizan más especies que las rurales</h1>',
        '<p>Madrid, 12 de mayo de 2037</p>',
        '<p>Un equipo de la UCM ha contado las especies de flores visitadas por abejas en 40 jardines.</p>',
        `<p><strong>Contacto:</strong> Oficina de Comunicación UCM. ${fields}</p>`,
        '</body></html>',
      ].join('\n');
      expect(contactsOf(text, 'html')).toEqual([[null, 'prensa@ucm.example.es', '91 394 7777']]);
    },
  );

  it('reads a "Source: Name, email" line after a media contact', () => {
    const text = [
      'Purdue engineers print a bridge sensor on paper',
      '',
      'WEST LAFAYETTE, Ind. — A paper sensor printed with carbon ink can warn of cracks in a bridge, Purdue engineers report.',
      '',
      'Media contact: Carla Dominguez-Pratt, 765-555-0192, cdpratt@purdue.example.edu',
      '',
      'Source: Owen Ashgrove-Nakamura, oashgrove@purdue.example.edu',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([
      ['Carla Dominguez-Pratt', 'cdpratt@purdue.example.edu', '765-555-0192'],
      ['Owen Ashgrove-Nakamura', 'oashgrove@purdue.example.edu', null],
    ]);
  });

  it('keeps a "Source:" line without an email out of the contacts (must NOT change)', () => {
    const text = [
      'Paper sensors warn of cracks in bridges',
      '',
      'March 4, 2037',
      '',
      'A paper sensor printed with carbon ink can warn of cracks in a bridge.',
      '',
      'Source: Purdue University',
      '',
      'Media contact: Carla Dominguez-Pratt, 765-555-0192, cdpratt@purdue.example.edu',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Carla Dominguez-Pratt', 'cdpratt@purdue.example.edu', '765-555-0192']]);
    expect(recordOf(text, 'txt').release.datePublished).toBe('2037-03-04');
  });

  it.each([['Publikation in Ecology Letters:'], ['Publikation im Journal Ecology Letters:'], ['Originalpublikation:']])('drops the German label "%s" from the title', (label) => {
    const text = austrian(`${label}\nFlorian Ebner-Quaye, Jana Wiesinger: Long-term vocal recognition of neighbours in jackdaws. In: Ecology Letters (2037).\nDOI: 10.1111/ele.14590\n\nRückfragehinweis\nMaria Lechner-Osei\nT +43-1-4277-175 77\nmaria.lechner@univie.example.ac.at`);
    const [a] = articlesOf(text, 'txt');
    expect(a!.doi).toBe('10.1111/ele.14590');
    expect(a!.title).toBe('Long-term vocal recognition of neighbours in jackdaws');
    expect(a!.authors.map((p) => p.family)).toEqual(['Ebner-Quaye', 'Wiesinger']);
  });
});
