import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEAD = 'Otters return to the lowland rivers of Hesse\n\nKassel, 8 April 2031 – Otters now breed again on four lowland rivers, ecologists at the Kassel Institute of River Ecology report.\n\n';

/** The one article of a release that ends in `reference`. */
const articleOf = (reference: string, ext: 'txt' | 'md' | 'html' = 'txt') => {
  const a = recordOf(`${HEAD}${reference}\n`, ext).articles;
  expect(a).toHaveLength(1);
  return a[0]!;
};

describe('author-year references with a colon after the year (round 24b)', () => {
  it('reads the title after "(2031):" in a German-style dotted list', () => {
    const a = articleOf('Publication:\nHolzner T., Abebe S., Rask M. (2031): Otter recolonisation tracks fish recovery in lowland rivers. Aquatic Conservation 41(2): 233-247. DOI: 10.1002/aqc.48812');
    expect(a.title).toBe('Otter recolonisation tracks fish recovery in lowland rivers');
    expect(a.authors.map((p) => p.family)).toEqual(['Holzner', 'Abebe', 'Rask']);
    expect(a.journal).toBe('Aquatic Conservation');
    expect(a.volume).toBe('41');
    expect(a.issue).toBe('2');
    expect(a.pages).toBe('233-247');
    expect(a.year).toBe(2031);
  });

  it('still reads "(2031). Title." with a full stop after the year', () => {
    const a = articleOf('Publication:\nHolzner T., Abebe S., Rask M. (2031). Otter recolonisation tracks fish recovery in lowland rivers. Aquatic Conservation 41(2): 233-247. DOI: 10.1002/aqc.48812');
    expect(a.title).toBe('Otter recolonisation tracks fish recovery in lowland rivers');
  });
});

describe('German and French labels before a reference (round 24b)', () => {
  const REF = 'Holzner T., Abebe S., Rask M. (2031): Otter recolonisation tracks fish recovery in lowland rivers. Aquatic Conservation 41(2): 233-247. DOI: 10.1002/aqc.48812';

  for (const label of ['Originalpublikation:', 'Referenz:', 'Originalveröffentlichung:', 'Publication originale :', 'Référence :']) {
    it(`drops "${label}" from the names`, () => {
      const a = articleOf(`${label}\n${REF}`);
      expect(a.title).toBe('Otter recolonisation tracks fish recovery in lowland rivers');
      expect(a.authors.map((p) => p.family)).toEqual(['Holzner', 'Abebe', 'Rask']);
      expect(a.journal).toBe('Aquatic Conservation');
    });
  }

  it('drops a bold "Publication originale :" before an APA reference in HTML', () => {
    const html = `<p><strong>Publication originale :</strong><br>Holzner, T., Abebe, S., &amp; Rask, M. (2031). Otter recolonisation tracks fish recovery in lowland rivers. <em>Aquatic Conservation</em>, 41(2), 233–247. https://doi.org/10.1002/aqc.48812</p>`;
    const a = recordOf(`<html><body><h1>Otters return to the lowland rivers of Hesse</h1><p>Kassel, 8 April 2031 – Otters now breed again on four lowland rivers.</p>${html}</body></html>`, 'html').articles[0]!;
    expect(a.title).toBe('Otter recolonisation tracks fish recovery in lowland rivers');
    expect(a.authors.map((p) => p.family)).toEqual(['Holzner', 'Abebe', 'Rask']);
  });
});

describe('a title that ends in a question mark before the journal (round 24b)', () => {
  it('ends the title at the "?" when the journal and its numbers follow', () => {
    const a = articleOf('Reference:\nHolzner T., Abebe S. (2031): Are otters back for good? Aquatic Conservation 41(2): 233-247. DOI: 10.1002/aqc.48812');
    expect(a.title).toBe('Are otters back for good?');
    expect(a.journal).toBe('Aquatic Conservation');
    expect(a.pages).toBe('233-247');
  });

  it('keeps a question inside the title when a full stop ends the title', () => {
    const a = articleOf('Reference:\nHolzner T., Abebe S. (2031): Are otters back? Evidence from four lowland rivers. Aquatic Conservation 41(2): 233-247. DOI: 10.1002/aqc.48812');
    expect(a.title).toBe('Are otters back? Evidence from four lowland rivers');
    expect(a.journal).toBe('Aquatic Conservation');
  });
});

describe('German and French release templates around the paper (round 24b)', () => {
  const BODY = 'Lärchen wandern schneller bergauf als Fichten\n\nBirmensdorf, 5. November 2031 – Junge Lärchen wachsen heute höher als vor fünfzig Jahren.\n\n';

  for (const label of ['Medienmitteilung', 'Pressemitteilung', 'Presseinformation', 'Communiqué de presse']) {
    it(`steps over the institution and "${label}" above the headline`, () => {
      const r = recordOf(`Forschungsanstalt für Gebirgswald\n${label}\n\n${BODY}`).release;
      expect(r.headline).toBe('Lärchen wandern schneller bergauf als Fichten');
      expect(r.datePublished).toBe('2031-11-05');
    });
  }

  it('reads a German quote with "sagt" and a French one with "explique"', () => {
    const de = recordOf(`${BODY}„Die Lärche nutzt jede Lücke, die der Schnee ihr lässt“, sagt Dr. Anna Imhof, Erstautorin der Studie.\n`).quotes;
    expect(de.map((q) => [q.speaker, q.text])).toEqual([['Anna Imhof', 'Die Lärche nutzt jede Lücke, die der Schnee ihr lässt']]);
    const fr = recordOf(`${BODY}« Le mélèze profite de chaque trouée que lui laisse la neige », explique Claire Duvernoy, écologue.\n`).quotes;
    expect(fr.map((q) => q.speaker)).toEqual(['Claire Duvernoy']);
    expect(fr[0]!.text).toContain('Le mélèze profite de chaque trouée');
  });
});
