import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf, speakersOf } from './support/invented.js';

/** A short Portuguese, Spanish or French release whose closing paragraphs are `tail`. */
const romance = (tail: string): string =>
  [
    'Aves marinhas regressam às ilhas restauradas',
    '',
    'Braga, 6 de maio de 2041 – Uma equipa contou aves marinhas em doze ilhas durante cinco verões.',
    '',
    tail,
    '',
  ].join('\n');

describe('"Para X," / "Pour X," before a quote names the speaker', () => {
  it.each([
    ['Para a investigadora Marta Quelhas-Obi, «as aves voltaram logo no segundo verão depois da obra».', 'Marta Quelhas-Obi'],
    ['Para o professor Marta Quelhas-Obi, «as aves voltaram logo no segundo verão depois da obra».', 'Marta Quelhas-Obi'],
    ['Para Marta Quelhas-Obi, «as aves voltaram logo no segundo verão depois da obra».', 'Marta Quelhas-Obi'],
    ['Para Marta Quelhas-Obi, estudante de doutoramento e coautora, «as aves voltaram logo no segundo verão depois da obra».', 'Marta Quelhas-Obi'],
    ['Pour Marta Quelhas-Obi, « les oiseaux sont revenus dès le deuxième été après les travaux ».', 'Marta Quelhas-Obi'],
    // unchanged: the verb after the quote still names the speaker
    ['«As aves voltaram logo no segundo verão depois da obra», afirma Marta Quelhas-Obi.', 'Marta Quelhas-Obi'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(romance(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });

  it('gives no speaker when "Para" opens a clause, not a name', () => {
    const text = romance('Para o projeto, a equipa instalou câmaras. «As aves voltaram logo no segundo verão depois da obra.»');
    expect(speakersOf(text, 'txt').map(([s]) => s)).not.toContain('Para');
  });
});

describe('"Para X, … coautor" gives the author without the preposition', () => {
  it('reads the co-author and the DOI', () => {
    const text = romance('Para Marta Quelhas-Obi, estudante de doutoramento e coautora, «as aves voltaram logo no segundo verão depois da obra».\n\nO estudo foi publicado na revista Ibis (DOI: 10.1111/ibi.13411).');
    const [article] = articlesOf(text, 'txt');
    expect(article?.doi).toBe('10.1111/ibi.13411');
    expect(article?.authors).toEqual([{ given: 'Marta', family: 'Quelhas-Obi' }]);
  });

  it('keeps the dateline of the release', () => {
    expect(recordOf(romance('As ilhas foram restauradas em 2035.')).release.dateline).toBe('Braga');
  });
});
