import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short Portuguese release whose closing paragraphs are `tail`. */
const portuguese = (tail: string): string =>
  [
    'Abelhas nativas polinizam melhor o café do que se pensava',
    '',
    'Campinas, 14 de junho de 2039 – Pesquisadores mediram a visita de abelhas nativas a cafezais do interior paulista.',
    '',
    tail,
    '',
  ].join('\n');

/** A short Turkish release whose closing paragraphs are `tail`. */
const turkish = (tail: string): string =>
  [
    'Göç eden kuşlar rotalarını rüzgâra göre değiştiriyor',
    '',
    'İstanbul, 15 Haziran 2039 – Araştırmacılar leyleklerin göç yollarını uydu vericileriyle izledi.',
    '',
    tail,
    '',
  ].join('\n');

/** A short Swedish release whose closing paragraphs are `tail`. */
const swedish = (tail: string): string =>
  [
    'Lavar i fjällen klarar torka bättre än väntat',
    '',
    'Umeå, 16 juni 2039 – Forskare har följt lavar på tolv fjällsluttningar i tio år.',
    '',
    tail,
    '',
  ].join('\n');

describe('the Portuguese "conta" and "Segundo X," name the speaker', () => {
  it.each([
    ['“As abelhas nativas visitam as flores mais cedo do que as europeias”, conta Rosália Ventura-Amaral.', 'Rosália Ventura-Amaral'],
    ['Segundo a bióloga Rosália Ventura-Amaral, as visitas dobram no calor. “As abelhas nativas visitam as flores mais cedo do que as europeias”, conta.', 'Rosália Ventura-Amaral'],
    ['Segundo Teodoro Lins-Abaeté, as visitas dobram no calor. “As abelhas nativas visitam as flores mais cedo do que as europeias”, completa.', 'Teodoro Lins-Abaeté'],
    ['“As abelhas nativas visitam as flores mais cedo do que as europeias”, segundo Teodoro Lins-Abaeté.', 'Teodoro Lins-Abaeté'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(portuguese(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });

  it('does not read "o segundo autor" (the second author) as a speaker phrase', () => {
    const text = portuguese('O segundo autor do estudo mediu as flores de manhã. “As abelhas nativas visitam as flores mais cedo do que as europeias”, disse Rosália Ventura-Amaral.');
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual(['Rosália Ventura-Amaral']);
  });
});

describe('the Turkish "diye ekledi X" and "dedi X" name the speaker after the quote', () => {
  it.each([
    ['"Kuşlar rüzgârı bizim sandığımızdan çok daha iyi okuyor," diye ekledi Kerem Aslantürk-Vidal.', 'Kerem Aslantürk-Vidal'],
    ['"Kuşlar rüzgârı bizim sandığımızdan çok daha iyi okuyor," dedi Nazlı Ekinci-Haas.', 'Nazlı Ekinci-Haas'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(turkish(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });
});

describe('contact field labels and the Swedish "kontakta gärna:"', () => {
  it.each([
    [turkish('Basın İletişim:\nDeniz Karaoğlu-Baptiste\nTel: +90 212 338 12 34\nE-posta: dkaraoglu@ku.example.edu.tr'), 'Deniz Karaoğlu-Baptiste', 'dkaraoglu@ku.example.edu.tr', '+90 212 338 12 34'],
    [portuguese('Assessoria de Imprensa da Unicamp\nJornalista: Ivone Caldas-Mbeki\nE-mail: imprensa@unicamp.example.br\nTelefone: (19) 3521-7777'), 'Ivone Caldas-Mbeki', 'imprensa@unicamp.example.br', '(19) 3521-7777'],
    [swedish('För mer information, kontakta gärna:\nAstrid Nyberg-Osei, professor\nTelefon: 090-786 11 22\nE-post: astrid.nyberg@umu.example.se'), 'Astrid Nyberg-Osei', 'astrid.nyberg@umu.example.se', '090-786 11 22'],
  ])('one contact with name, email and phone (%#)', (text, name, email, phone) => {
    expect(contactsOf(text, 'txt')).toEqual([[name, email, phone]]);
  });

  it('keeps a plain Swedish paragraph that only mentions contact as no contact', () => {
    const text = swedish('Forskarna vill gärna ha kontakt med fler fjällstationer i framtiden.');
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});

describe('a release with these shapes keeps its paper and its date', () => {
  it('reads the DOI and the dateline beside a "conta" quote', () => {
    const text = portuguese('“As abelhas nativas visitam as flores mais cedo do que as europeias”, conta Rosália Ventura-Amaral.\n\nO artigo foi publicado na revista Apidologie. DOI: 10.1007/s13592-039-01122-4');
    expect(articlesOf(text, 'txt').map((a) => a.doi)).toEqual(['10.1007/s13592-039-01122-4']);
    expect(recordOf(text, 'txt').release.dateline).toBe('Campinas');
  });
});
