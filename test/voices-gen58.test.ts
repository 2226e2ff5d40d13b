import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('a Polish "dr hab." before a speaker (round 58)', () => {
  const head = '# Bobry wracają nad Wisłę\n\nToruń, 2 maja 2055 r. – Tekst o bobrach nad Wisłą.\n\n';
  it.each([
    ['„Bobry budują tamy w miejscach, gdzie nie widziano ich od stu lat” – mówi dr hab. Zofia Kędzierska-Ola.', 'Zofia Kędzierska-Ola'],
    ['„Bobry budują tamy w miejscach, gdzie nie widziano ich od stu lat” – mówi dr hab. Zofia Kędzierska, prof. UMK, z Wydziału Biologii.', 'Zofia Kędzierska'],
    ['„Bobry budują tamy w miejscach, gdzie nie widziano ich od stu lat” – dodaje dr hab. Piotr Lasota.', 'Piotr Lasota'],
    ['„Bobry budują tamy w miejscach, gdzie nie widziano ich od stu lat” – mówi dr Piotr Lasota.', 'Piotr Lasota'],
  ] as const)('gives the quote to its speaker (%#)', (line, who) => {
    expect(names(`${head}${line}\n`)).toEqual([who]);
  });
});

describe('a Spanish "De acuerdo con X," and a master\'s "M. Sc." before a name (round 58)', () => {
  const head = 'Un título\n\nHeredia, 2 de mayo de 2055. Texto sobre murciélagos.\n\n';
  const quote = '"los murciélagos frugívoros dispersan más semillas que las aves en estos bosques"';
  it.each([
    [`De acuerdo con Lucía Vargas Ulate, bióloga, ${quote}.`, 'Lucía Vargas Ulate'],
    [`De acuerdo con la M. Sc. Lucía Vargas Ulate, bióloga, ${quote}.`, 'Lucía Vargas Ulate'],
    [`"Los murciélagos frugívoros dispersan más semillas que las aves", explicó el M. Sc. Tomás Arce Rojas.`, 'Tomás Arce Rojas'],
    [`"Los murciélagos frugívoros dispersan más semillas que las aves", explicó la M.Sc. Lucía Vargas.`, 'Lucía Vargas'],
    [`Según el Dr. Tomás Arce Rojas, ${quote}.`, 'Tomás Arce Rojas'],
  ] as const)('gives the quote to its speaker (%#)', (line, who) => {
    expect(names(`${head}${line}\n`, 'txt')).toEqual([who]);
  });

  it('still reads an initial "M." before a family name as part of the name', () => {
    expect(names(`${head}"Los murciélagos frugívoros dispersan más semillas que las aves", dijo M. Solís.\n`, 'txt')).toEqual(['M. Solís']);
  });

  it('still names no person for "De acuerdo con el estudio"', () => {
    expect(names(`${head}De acuerdo con el estudio, ${quote}.\n`, 'txt')).toEqual([]);
  });
});

describe('a French "Renseignements :" block and a Polish press-office desk (round 58)', () => {
  it('reads the person under "Renseignements :"', () => {
    const text = '# Un titre\n\n**Sherbrooke, le 2 mai 2055** – Texte.\n\n**Renseignements :**\nClaudine Paré\nRelations médias\n819 821-7388\nclaudine.pare@usherbrooke.example.ca\n';
    expect(contactsOf(text, 'md')).toEqual([['Claudine Paré', 'claudine.pare@usherbrooke.example.ca', '819 821-7388']]);
  });

  it('reads "Biuro Prasowe" as a desk with no name', () => {
    const text = '# Tytuł\n\nKraków, 2 maja 2055 r. – Tekst.\n\n**Kontakt dla mediów:**\nBiuro Prasowe UJ\ntel. 12 663 11 11\ne-mail: biuro.prasowe@uj.example.edu.pl\n';
    expect(contactsOf(text, 'md')).toEqual([[null, 'biuro.prasowe@uj.example.edu.pl', '12 663 11 11']]);
  });

  it('still reads a person named under "Kontakt dla mediów"', () => {
    const text = '# Tytuł\n\nKraków, 2 maja 2055 r. – Tekst.\n\n**Kontakt dla mediów:**\nMagdalena Rusek\ntel. 12 663 11 12\ne-mail: magdalena.rusek@uj.example.edu.pl\n';
    expect(contactsOf(text, 'md')).toEqual([['Magdalena Rusek', 'magdalena.rusek@uj.example.edu.pl', '12 663 11 12']]);
  });

  it('keeps the DOI of a release in this shape', () => {
    const text = 'Un título\n\nHeredia, 2 de mayo de 2055. Texto.\n\nReferencia: Vargas, L. (2055). Bats and seeds. Biotropica, 87, 12–20. https://doi.org/10.1111/btp.13999\n';
    expect(articlesOf(text, 'txt').map((a) => a.doi)).toEqual(['10.1111/btp.13999']);
  });
});
