import { describe, expect, it } from 'vitest';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { splitName } from '../src/text/names.js';
import { articlesOf } from './support/invented.js';

const names = (text: string): string[][] => parseNameList(text).map((n) => [n.person.given ?? '', n.person.family]);

describe('name lists joined by another language\'s "and"', () => {
  it.each([
    ['Inés Robledo, Joaquín Serrano y Paula Etxeberria', [['Inés', 'Robledo'], ['Joaquín', 'Serrano'], ['Paula', 'Etxeberria']]],
    ['Inés Robledo y Joaquín Serrano', [['Inés', 'Robledo'], ['Joaquín', 'Serrano']]],
    ['Caio Andrade, Lívia Prates e Otávio Mourão', [['Caio', 'Andrade'], ['Lívia', 'Prates'], ['Otávio', 'Mourão']]],
    ['Hannelore Kranz, Till Ebersbach und Mira Oswald', [['Hannelore', 'Kranz'], ['Till', 'Ebersbach'], ['Mira', 'Oswald']]],
    ['Solène Marchetti, Yanis Ferrand et Odile Brunel', [['Solène', 'Marchetti'], ['Yanis', 'Ferrand'], ['Odile', 'Brunel']]],
    ['Rafael M. Quintero y Elena de la Riva', [['Rafael M.', 'Quintero'], ['Elena', 'de la Riva']]],
    ['Inés Robledo y J. Serrano', [['Inés', 'Robledo'], ['J.', 'Serrano']]],
    ['A Lindgren-Moe and O. Skarstad', [['A', 'Lindgren-Moe'], ['O.', 'Skarstad']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A "y" or "e" between two family names is part of one person's name.
    ['Benito Ochoa y Zubiri', [['Benito', 'Ochoa y Zubiri']]],
    ['Heitor Paiva e Castro', [['Heitor', 'Paiva e Castro']]],
    ['Heitor Paiva e Castro, Lívia Prates', [['Heitor', 'Paiva e Castro'], ['Lívia', 'Prates']]],
    // The article "A" before words that are no names reads no one.
    ['A Norwegian and Danish team', []],
  ])('leaves %s as one name', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('splits a Portuguese family name joined by "e" after the given name', () => {
    expect(splitName('Heitor Paiva e Castro')).toEqual({ given: 'Heitor', family: 'Paiva e Castro' });
  });
});

/** A short Spanish, Portuguese, French or German release around one paragraph about the paper. */
const release = (paragraph: string): string =>
  [
    '# Un hallazgo sobre los glaciares andinos',
    '',
    'SANTIAGO, 9 de abril de 2037 – Un equipo midió el retroceso de veinte glaciares de los Andes centrales durante tres décadas.',
    '',
    paragraph,
    '',
    'DOI: 10.1016/j.gloplacha.2037.104112',
    '',
  ].join('\n');

describe('papers named in the prose of releases in other languages', () => {
  it.each([
    ['Sus autores son Inés Robledo, Joaquín Serrano y Paula Etxeberria.'],
    ['Los autores del estudio son Inés Robledo, Joaquín Serrano y Paula Etxeberria.'],
    ['Os autores do estudo são Inés Robledo, Joaquín Serrano e Paula Etxeberria.'],
    ['Les auteurs sont Inés Robledo, Joaquín Serrano et Paula Etxeberria.'],
    ['Die Autoren der Studie sind Inés Robledo, Joaquín Serrano und Paula Etxeberria.'],
    ['Los resultados salieron en la revista Global and Planetary Change, en un artículo firmado por Inés Robledo, Joaquín Serrano y Paula Etxeberria.'],
    ['Os resultados saíram num artigo assinado por Inés Robledo, Joaquín Serrano e Paula Etxeberria.'],
  ])('reads the authors of "%s"', (paragraph) => {
    const [a] = articlesOf(release(paragraph), 'md');
    expect(a!.doi).toBe('10.1016/j.gloplacha.2037.104112');
    expect(a!.authors.map((p) => p.family)).toEqual(['Robledo', 'Serrano', 'Etxeberria']);
  });

  it.each([
    ['El trabajo se publicó en la revista Global and Planetary Change.', false],
    ['El estudio fue publicado esta semana en la revista Global and Planetary Change.', true],
    ['O estudo, publicado esta semana na revista *Global and Planetary Change*, mediu vinte geleiras.', true],
    ['Los resultados aparecieron ayer en Nature.', null],
  ])('reads the journal of "%s"', (paragraph, thisWeek) => {
    const [a] = articlesOf(release(paragraph), 'md');
    if (thisWeek === null) {
      // A verb with no "revista" names no journal by these rules.
      expect(a!.journal).toBeNull();
      return;
    }
    expect(a!.journal).toBe('Global and Planetary Change');
    // "esta semana" dates the paper to the release's year; the bare verb does not.
    expect(a!.year).toBe(thisWeek ? 2037 : null);
  });

  it.each([
    ['O artigo *Thirty years of retreat of central Andean glaciers* pode ser lido em https://doi.org/10.1016/j.gloplacha.2037.104112.'],
    ['El artículo *Thirty years of retreat of central Andean glaciers* puede consultarse en línea.'],
    ["L'article *Thirty years of retreat of central Andean glaciers* est paru en avril."],
  ])('reads the italic title of "%s"', (paragraph) => {
    const [a] = articlesOf(release(paragraph), 'md');
    expect(a!.title).toBe('Thirty years of retreat of central Andean glaciers');
  });

  it('reads no title from an italic phrase before another verb', () => {
    const [a] = articlesOf(release('El artículo *Thirty years of retreat of central Andean glaciers* fue citado por otros grupos.'), 'md');
    expect(a!.title).toBeNull();
  });
});
