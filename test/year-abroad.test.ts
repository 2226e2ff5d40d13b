import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

/** A short release whose second paragraph reports the paper in another language. */
const release = (sentence: string): string =>
  ['# Salt marshes store more carbon', '', 'PORTO, 2 de abril de 2039 - Investigadores mediram o carbono de 14 sapais.', '', sentence, '', 'DOI: 10.1016/j.ecss.2038.104412', ''].join('\n');

describe('the paper’s year after a journal named in a European sentence', () => {
  it.each([
    ['O estudo de Ana Lima e Rui Costa foi publicado na revista Marine Carbon Letters, volume 31, em março de 2038.', 'Marine Carbon Letters', 2038],
    ['El estudio de Ana Lima y Rui Costa fue publicado en la revista Marine Carbon Letters, vol. 31, n.º 4, en noviembre de 2037.', 'Marine Carbon Letters', 2037],
    ['Die Studie von Ana Lima und Rui Costa ist in der Fachzeitschrift Marine Carbon Letters im März 2038 erschienen.', 'Marine Carbon Letters', 2038],
    ['L’étude d’Ana Lima et Rui Costa a été publiée dans la revue Marine Carbon Letters le 3 mars 2038.', 'Marine Carbon Letters', 2038],
    ['Lo studio di Ana Lima e Rui Costa è stato pubblicato sulla rivista Marine Carbon Letters nel 2038.', 'Marine Carbon Letters', 2038],
  ])('%s', (sentence, journal, year) => {
    const [a] = articlesOf(release(sentence), 'md');
    expect(a!.doi).toBe('10.1016/j.ecss.2038.104412');
    expect(a!.journal).toBe(journal);
    expect(a!.year).toBe(year);
  });

  it.each([
    // A year in a clause about something else after the name is not the paper's.
    'Die Studie ist in der Fachzeitschrift Marine Carbon Letters erschienen, die 2031 gegründet wurde.',
    // No year at all.
    'O estudo foi publicado na revista Marine Carbon Letters, volume 31.',
  ])('reads no year: %s', (sentence) => {
    const [a] = articlesOf(release(sentence), 'md');
    expect(a!.journal).toBe('Marine Carbon Letters');
    expect(a!.year).toBeNull();
  });
});
