import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf, articlesOf } from './support/invented.js';
import { letterBars } from '../src/text/letter-bars.js';

const LEAD = 'Les abeilles sauvages des prairies alpines visitent moins de fleurs quand la neige fond tôt, montre une équipe de chercheurs.';
const CITATION = 'Early snowmelt shrinks the foraging window of alpine bumblebees. Gwenaëlle Tissier-Okafor et al. *Ecology Letters*, le 4 mars 2037. DOI : 10.1111/ele.14877';

/** A French release in Markdown with the given label line, quote and contact lines. */
const french = (label: string, quote: string, ...contacts: string[]): string =>
  [label, '', '# Les bourdons des Alpes perdent des semaines de butinage', '', LEAD, '', quote, '', '**Référence**', '', CITATION, '', '**Contacts presse**', '', ...contacts, ''].join('\n');

const QUOTE = '« Une fonte précoce décale la floraison avant que les reines ne sortent de leur hibernation », indique Gwenaëlle Tissier-Okafor, chercheuse CNRS.';

describe('house styles of national and UN press offices (round 55)', () => {
  it.each([
    ['COMMUNIQUÉ DE PRESSE NATIONAL I GRENOBLE I 4 MARS 2037', 'GRENOBLE'],
    ['COMMUNIQUÉ DE PRESSE RÉGIONAL l GRENOBLE l 4 MARS 2037', 'GRENOBLE'],
    ['COMMUNIQUÉ DE PRESSE NATIONAL | GRENOBLE | 4 MARS 2037', 'GRENOBLE'],
  ])('reads the dateline of the letter-bar label line "%s"', (label, place) => {
    const text = french(label, QUOTE, 'Presse CNRS l Maëlle Guerrand l T +33 1 55 55 51 51 l presse@cnrs.example.fr');
    const r = recordOf(text, 'md');
    expect(r.release.dateline).toBe(place);
    expect(r.release.datePublished).toBe('2037-03-04');
    expect(articlesOf(text, 'md')[0]!.doi).toBe('10.1111/ele.14877');
  });

  it.each([
    ['Presse CNRS l Maëlle Guerrand l T +33 1 55 55 51 51 l presse@cnrs.example.fr', ['Maëlle Guerrand', 'presse@cnrs.example.fr', '+33 1 55 55 51 51']],
    ['Chercheuse CNRS l Gwenaëlle Tissier-Okafor l gwenaelle.tissier@cnrs.example.fr', ['Gwenaëlle Tissier-Okafor', 'gwenaelle.tissier@cnrs.example.fr', null]],
  ])('reads the name in the letter-bar contact line "%s"', (line, contact) => {
    const text = french('*Communiqué de presse*\n\n**Grenoble, le 4 mars 2037**', QUOTE, line);
    expect(contactsOf(text, 'md')).toEqual([contact]);
  });

  it.each([
    ['indique'],
    ['affirme'],
    ['commente'],
    ['poursuit'],
    ['a indiqué'],
  ])('reads the speaker after the French verb "%s"', (verb) => {
    const quote = `« Une fonte précoce décale la floraison avant que les reines ne sortent de leur hibernation », ${verb} Gwenaëlle Tissier-Okafor, chercheuse CNRS.`;
    const text = french('*Communiqué de presse*\n\n**Grenoble, le 4 mars 2037**', quote, 'Presse CNRS l Maëlle Guerrand l presse@cnrs.example.fr');
    expect(speakersOf(text, 'md')).toEqual([['Gwenaëlle Tissier-Okafor', 'Une fonte précoce décale']]);
  });

  it.each([
    ['Press Release Number: 04032037'],
    ['News release no. 0412037'],
  ])('reads no phone from the release number "%s"', (line) => {
    const text = [
      line,
      '',
      'Drought shrinks the rice harvest of the Niger inland delta',
      '',
      'GENEVA, 4 March 2037 (WMO) – The rice harvest of the Niger inland delta fell by a third in 2036, a study supported by the World Meteorological Organization shows.',
      '',
      '"The delta flooded for six weeks less than in an average year, and the farmers could not plant in time," said Dr Moussa Traoré-Lindqvist, lead author of the study.',
      '',
      'The study was published in Nature Food (doi: 10.1038/s43016-037-01123-4).',
      '',
      'For further information please contact: Ilka Verhoeven-Sow, media officer, iverhoeven@wmo.example.int, +41 79 555 2468',
      '',
    ].join('\n');
    const r = recordOf(text, 'txt');
    expect(r.release.dateline).toBe('GENEVA');
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1038/s43016-037-01123-4');
    expect(speakersOf(text, 'txt')).toEqual([['Moussa Traoré-Lindqvist', 'The delta flooded for si']]);
    expect(contactsOf(text, 'txt')).toEqual([['Ilka Verhoeven-Sow', 'iverhoeven@wmo.example.int', '+41 79 555 2468']]);
  });

  it.each([
    // Lines that must NOT change: a lone l or I that parts no fields.
    ['Add 2 l of water and 3 l of milk to the tank.'],
    ['WHAT I SAW AND WHAT I LEARNED'],
    ['PHASE I AND PHASE I/II TRIALS BEGIN IN 2037'],
    ['Then I said I would join the 2037 survey.'],
    ['Presse CNRS l Maëlle Guerrand'],
  ])('leaves "%s" as printed', (line) => {
    expect(letterBars(line)).toBe(line);
  });

  it('reads bars in a capitals-only date line and keeps its length', () => {
    const line = 'COMMUNIQUÉ DE PRESSE NATIONAL I PARIS I 4 MARS 2037';
    expect(letterBars(line)).toBe('COMMUNIQUÉ DE PRESSE NATIONAL | PARIS | 4 MARS 2037');
    expect(letterBars(line)).toHaveLength(line.length);
  });
});
