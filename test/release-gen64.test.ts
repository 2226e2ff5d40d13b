import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';

/** A plain-text release with the body `body` and the contact block `contact`. */
const release = (body: string, contact = 'Media contact: Idris Mwangi-Holt, press@dunes.example.edu, +1 555 010 4411'): string =>
  ['Coastal dunes trap more carbon than expected', '', 'March 21, 2038', '', 'Vegetated dunes stored twice the carbon of bare sand over a decade.', '', body, '', contact, ''].join('\n');

describe('an office of two capitalised words before a coauthor (round 64)', () => {
  it.each([
    ['Her co-authors include Virginia Tech horticulturist Greta Lindqvist-Obi.', 'Lindqvist-Obi'],
    ['Co-authors include Boise State hydrologist Anselm Terhune-Vasquez.', 'Terhune-Vasquez'],
  ])('reads the author of %j', (line, family) => {
    const authors = articlesOf(release(`The study appears in Geomorphology. DOI: 10.1016/j.geomorph.2038.10921\n\n${line}`))[0]?.authors ?? [];
    expect(authors.map((a) => a.family)).toContain(family);
    expect(authors.map((a) => a.family)).not.toContain('Tech');
  });

  it('does not take a linking word for a job', () => {
    const authors = articlesOf(release('The study appears in Geomorphology. DOI: 10.1016/j.geomorph.2038.10922\n\nCo-authors include Ana Roe-Lindgren from Stanford University.'))[0]?.authors ?? [];
    expect(authors.map((a) => a.family)).toContain('Roe-Lindgren');
  });
});

describe('a Portuguese role before the author (round 64)', () => {
  it.each([
    ['A primeira autora do trabalho, a doutoranda Camila Yoshida-Barros, analisou 40 dunas.', 'Yoshida-Barros'],
    ['O autor principal do estudo é o pesquisador Otávio Reis-Kanamura.', 'Reis-Kanamura'],
  ])('reads the author of %j', (line, family) => {
    const authors = articlesOf(release(`O artigo foi publicado na revista Geomorphology. DOI: 10.1016/j.geomorph.2038.10923\n\n${line}`))[0]?.authors ?? [];
    expect(authors.map((a) => a.family)).toContain(family);
  });
});

describe('Brazilian reporting verbs (round 64)', () => {
  it.each([
    ['Camila Yoshida-Barros diz que o resultado surpreendeu. “As dunas guardam carbono por muito mais tempo do que pensávamos”, afirma.', 'Camila Yoshida-Barros'],
    ['“As dunas guardam carbono por muito mais tempo do que pensávamos”, ressalta Otávio Reis-Kanamura.', 'Otávio Reis-Kanamura'],
  ])('reads the speaker of %j', (line, speaker) => {
    expect(speakersOf(release(line)).map(([who]) => who)).toContain(speaker);
  });
});

describe('a Portuguese "Mais informações" line with the name after the address (round 64)', () => {
  it('reads the name and the email', () => {
    const c = contactsOf(release('“As dunas guardam carbono por muito mais tempo do que pensávamos”, diz Otávio Reis-Kanamura.', 'Mais informações: e-mail oreis@usp.example.br, com o professor Otávio Reis-Kanamura'));
    expect(c).toEqual([['Otávio Reis-Kanamura', 'oreis@usp.example.br', null]]);
  });

  it('leaves a desk address without a matching name unnamed', () => {
    const c = contactsOf(release('Some text.', 'Mais informações: e-mail imprensa@usp.example.br, com Otávio Reis-Kanamura'));
    expect(c.some(([name, email]) => email === 'imprensa@usp.example.br' && name === 'Otávio Reis-Kanamura')).toBe(false);
  });
});
