import { describe, expect, it } from 'vitest';
import { isTownNamedAgain } from '../src/extractors/release/town-named-again.js';
import { recordOf } from './support/invented.js';

describe('isTownNamedAgain', () => {
  it.each([
    ['Lugano', "Une équipe de l'Université de Lugano montre que …"],
    ['Orléans', "Les chercheurs d'Orléans ont mesuré …"],
    ['Tübingen', 'Forschende der Universität Tübingen zeigen …'],
    ['Pavia', 'The University of Pavia team measured …'],
    ['Kiel', 'Ein Team aus Kiel hat …'],
  ])('names %s again as a town', (word, text) => {
    expect(isTownNamedAgain(word, text)).toBe(true);
  });

  it.each([
    ['Health', 'The Department of Health funded the work.'],
    ['Science', 'The study was published in Science.'],
    ['Research', 'Research teams across the region took part.'],
    ['Lugano', 'Luganoise cheese was served.'],
    ['Pavia', 'A Pavian study.'],
  ])('does not name %s as a town in %j', (word, text) => {
    expect(isTownNamedAgain(word, text)).toBe(false);
  });
});

/** A French plain-text release whose date line is `line`. */
const release = (line: string, lead: string): string =>
  [
    'COMMUNIQUÉ DE PRESSE',
    '',
    'Des grenouilles plus sonores au bord des lacs alpins',
    '',
    line,
    '',
    lead,
    '',
    'Ces résultats sont publiés dans la revue Oecologia. DOI : 10.1007/s00442-037-05511-9',
    '',
    'Contact : Odile Ferrand-Mbeki, odile.ferrand@grenouilles.example.ch, +41 21 555 01 22',
    '',
  ].join('\n');

describe('a town in mixed case before a bar', () => {
  it('reads "Neuchâtel | le 3 avril 2037" when the release names the Université de Neuchâtel', () => {
    const r = recordOf(release('Neuchâtel | le 3 avril 2037', "Une équipe de l'Université de Neuchâtel montre que les grenouilles des lacs alpins chantent plus fort qu'avant."));
    expect(r.release).toMatchObject({ dateline: 'Neuchâtel', datePublished: '2037-04-03' });
  });

  it('still reads no dateline from a section label before a bar', () => {
    const r = recordOf(release('Recherche | le 3 avril 2037', 'Une équipe de chercheurs montre que les grenouilles des lacs alpins chantent plus fort qu\'avant.'));
    expect(r.release).toMatchObject({ dateline: null, datePublished: '2037-04-03' });
  });
});
