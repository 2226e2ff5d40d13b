import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = '# Lichens return to city parks\n\nMarch 30, 2061\n\nMADISON – Lichen cover in city parks has doubled since 2040, a new survey reports.\n\n';

describe('"The full citation is:" after a sentence in the same paragraph (round 60)', () => {
  it('reads the reference after the clause, not the sentence before it', () => {
    const a = articlesOf(head + 'The paper\'s first author is graduate student Ines Vartanian-Holm. The full citation is: Vartanian-Holm I, Quist B, Oduya T. Urban lichen recovery after sulphur dioxide decline. Lichenologist. 2061;93(2):101-115. https://doi.org/10.1017/S0024282961000123\n')[0]!;
    expect(a.doi).toBe('10.1017/S0024282961000123');
    expect(a.title).toBe('Urban lichen recovery after sulphur dioxide decline');
    expect(a.authors.map((p) => p.family)).toEqual(['Vartanian-Holm', 'Quist', 'Oduya']);
  });
});

const pt = '# Líquens voltam aos parques\n\nRio de Janeiro, 30 de março de 2061 – Um grupo mediu os líquens dos parques da cidade.\n\n';

describe('Portuguese "signed by" clauses with a double-barrelled last name (round 60)', () => {
  it.each([
    ['assinado por', 'O artigo "Urban lichen recovery after sulphur dioxide decline in Rio", assinado por Ana Prado, Caio Nunes e Helena Serrano-Ito, foi publicado na revista The Lichenologist.'],
    ['de autoria de', 'O estudo, intitulado "Urban lichen recovery after sulphur dioxide decline in Rio", de autoria de Ana Prado, Caio Nunes e Helena Serrano-Ito, foi publicado na revista The Lichenologist.'],
  ])('reads all three authors after %s', (_case, sentence) => {
    const a = articlesOf(pt + sentence + '\n\nDOI: 10.1017/S0024282961000456\n')[0]!;
    expect(a.title).toBe('Urban lichen recovery after sulphur dioxide decline in Rio');
    expect(a.authors.map((p) => p.family)).toEqual(['Prado', 'Nunes', 'Serrano-Ito']);
  });

  it('keeps "Souza e Silva" one family name (must not change)', () => {
    const a = articlesOf(pt + 'O artigo "Urban lichen recovery after sulphur dioxide decline in Rio", assinado por Ana Prado e Caio Souza e Silva, foi publicado na revista The Lichenologist.\n\nDOI: 10.1017/S0024282961000456\n')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Prado', 'Souza e Silva']);
  });
});

describe('Dutch "verscheen in het vakblad X" and labelled pages after a bracketed year (round 60)', () => {
  it('names the journal after "verscheen in het vakblad"', () => {
    const a = articlesOf('# Korstmossen keren terug\n\nAntwerpen, 30 maart 2061 – Een nieuwe telling.\n\nHet onderzoek verscheen in het vakblad The Lichenologist.\n\nDOI: 10.1017/S0024282961000789\n')[0]!;
    expect(a.journal).toBe('The Lichenologist');
  });

  it('reads the pages after "Volume 12, Number 1 (2061),"', () => {
    const a = articlesOf(head + 'The paper appears in the Journal of Urban Botany, Volume 12, Number 1 (2061), pages 55–66.\n\nDOI: 10.3126/jub.v12i1.7011\n')[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['12', '1', '55-66', 2061]);
  });
});
