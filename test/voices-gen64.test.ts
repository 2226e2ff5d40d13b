import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short German release whose closing paragraphs are `tail`. */
const german = (tail: string): string =>
  [
    'Moose speichern mehr Kohlenstoff als gedacht',
    '',
    'Tübingen, 11.06.2039 – Forschende haben die Kohlenstoffspeicher von Moospolstern im Schwarzwald vermessen.',
    '',
    tail,
    '',
  ].join('\n');

/** A short English release whose closing paragraphs are `tail`. */
const english = (tail: string): string =>
  [
    '# Harbour seals dive deeper after warm winters',
    '',
    'BOSTON — June 12, 2039 — Harbour seals dove a third deeper after warm winters, a tagging study shows.',
    '',
    tail,
    '',
  ].join('\n');

describe('the German "„…“, so X" names the speaker after the quote', () => {
  it.each([
    ['„Die Polster wachsen langsam, aber sie halten den Kohlenstoff sehr lange fest“, so Dr. Hanna Weidlich.', 'Hanna Weidlich'],
    ['„Die Polster wachsen langsam, aber sie halten den Kohlenstoff sehr lange fest“, so Professorin Dr. Hanna Weidlich vom Fachbereich Biologie.', 'Hanna Weidlich'],
    ['„Die Polster wachsen langsam, aber sie halten den Kohlenstoff sehr lange fest“, so Lorenz Abtmeyer, Doktorand am Institut für Botanik.', 'Lorenz Abtmeyer'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(german(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });

  it('does not read a clause after "so" as an attribution', () => {
    const text = german('„Die Polster wachsen langsam, aber sie halten den Kohlenstoff lange fest“, so Hanna das Team nachher.');
    expect(speakersOf(text, 'txt').map(([s]) => s)).not.toContain('Hanna');
  });
});

describe('German »…« quotes (opened with », closed with «) are quotes', () => {
  it.each([
    ['»Die Polster wachsen langsam, aber sie halten den Kohlenstoff sehr lange fest«, sagt Dr. Hanna Weidlich.', 'Hanna Weidlich', 'Die Polster wachsen lang'],
    ['»Wir hatten mit einem Bruchteil dieser Menge gerechnet«, so Lorenz Abtmeyer.', 'Lorenz Abtmeyer', 'Wir hatten mit einem Bru'],
  ])('%s', (quote, speaker, start) => {
    expect(speakersOf(german(quote), 'txt')).toEqual([[speaker, start]]);
  });

  it('keeps French « … » quotes as they were', () => {
    const text = german('« Les mousses stockent beaucoup plus de carbone que prévu », explique Claire Vautrin.');
    expect(speakersOf(text, 'txt')).toEqual([['Claire Vautrin', 'Les mousses stockent bea']]);
  });
});

describe('a far verb with whom it was told, after a long appositive, names the speaker', () => {
  it.each([
    ['"The seals are following the fish into colder water below," Imogen Castellanos-Reyes, assistant professor of marine and environmental sciences at Northeastern, tells Northeastern Global News.', 'Imogen Castellanos-Reyes'],
    ['"The seals are following the fish into colder water below," Imogen Castellanos-Reyes, assistant professor of marine and environmental sciences at Northeastern, told reporters.', 'Imogen Castellanos-Reyes'],
    ['"The seals are following the fish into colder water below," Imogen Castellanos-Reyes, assistant professor of marine and environmental sciences at Northeastern, said in a statement.', 'Imogen Castellanos-Reyes'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(english(quote)).map(([s]) => s)).toEqual([speaker]);
  });

  it('still reads the short "X tells Outlet" and leaves the record unchanged otherwise', () => {
    const rec = recordOf(english('"The seals are following the fish into colder water below," Imogen Castellanos-Reyes tells the Globe.'), 'md');
    expect(rec.quotes.map((q) => q.speaker)).toEqual(['Imogen Castellanos-Reyes']);
    expect(rec.release.dateline).toBe('BOSTON');
  });
});

describe('the house styles of this round keep their contacts and papers', () => {
  it('reads a Tübingen "Kontakt:" block with an [at] e-mail', () => {
    const text = german('Kontakt:\nProf. Dr. Hanna Weidlich\nUniversität Tübingen\nTelefon +49 7071 29-71234\nhanna.weidlich[at]uni-tuebingen.example.de');
    expect(contactsOf(text, 'txt')[0]).toEqual(['Hanna Weidlich', 'hanna.weidlich@uni-tuebingen.example.de', '+49 7071 29-71234']);
  });

  it('reads the DOI of a "Publikation:" line', () => {
    const text = german('Publikation:\nHanna Weidlich, Lorenz Abtmeyer: Moss cushions as long-term carbon stores. Journal of Ecology, https://doi.org/10.1111/1365-2745.14433');
    expect(articlesOf(text)[0]!.doi).toBe('10.1111/1365-2745.14433');
  });
});
