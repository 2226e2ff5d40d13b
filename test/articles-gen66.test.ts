import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf } from './support/invented.js';

const HEAD = 'Moss mats cool alpine streams\n\nOTAGO, 3 April 2066 – Text.\n\n';

describe('a label in another language before a Vancouver list, round 66', () => {
  it.each([
    ['Latvian "Publikācija:"', 'Publikācija: Ozola-Kalna R, Bērziņš T, Liepa-Vītola E. Moss mats lower summer stream temperature. Freshwater Biology. 2066;61(4):812-824. doi: 10.1111/fwb.16001\n', 'Ozola-Kalna'],
    ['Turkish "Makale:"', 'Makale: Aydın-Koç S, Erdem M, Yalçın-Berk T. Moss mats lower summer stream temperature. Freshwater Biology. 2066;61(4):812-824. doi: 10.1111/fwb.16002\n', 'Aydın-Koç'],
  ])('reads the authors after %s', (_label, body, first) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.title).toBe('Moss mats lower summer stream temperature');
    expect(a.journal).toBe('Freshwater Biology');
    expect(a.authors[0]!.family).toBe(first);
    expect(a.authors).toHaveLength(3);
    expect(a.volume).toBe('61');
  });

  it('keeps a known English label reading as before (must not change)', () => {
    const a = articlesOf(HEAD + 'Citation: Roe-Lim AB, Ito K, Park-Soto C. Moss mats lower summer stream temperature. Freshwater Biology. 2066;61(4):812-824. doi: 10.1111/fwb.16003\n')[0]!;
    expect(a.doi).toBe('10.1111/fwb.16003');
    expect(a.authors.map((p) => p.family)).toEqual(['Roe-Lim', 'Ito', 'Park-Soto']);
  });
});

describe('Brazilian ABNT references, round 66', () => {
  it.each([
    ['with initials', 'Referência: SOUZA-LIMA, R.; PEREIRA, A. C.; KATO-REIS, M. Cover crops restore soil biology in degraded pastures. Applied Soil Ecology, v. 212, n. 3, p. 105877, 2066. DOI: 10.1016/j.apsoil.2066.105877.\n', ['Souza-Lima', 'Pereira', 'Kato-Reis'], '3'],
    ['with a particle', 'SILVA DA COSTA, R.; PEREIRA, A. C. Cover crops restore soil biology in degraded pastures. Applied Soil Ecology, v. 212, p. 105877, 2066. DOI: 10.1016/j.apsoil.2066.105877.\n', ['Silva da Costa', 'Pereira'], null],
  ])('reads an ABNT line %s', (_label, body, families, issue) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.doi).toBe('10.1016/j.apsoil.2066.105877');
    expect(a.title).toBe('Cover crops restore soil biology in degraded pastures');
    expect(a.journal).toBe('Applied Soil Ecology');
    expect(a.volume).toBe('212');
    expect(a.issue).toBe(issue);
    expect(a.year).toBe(2066);
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('leaves an APA line with volume and pages unchanged (must not change)', () => {
    const a = articlesOf(HEAD + 'Souza, R., & Pereira, A. (2066). Cover crops restore soil biology in degraded pastures. Applied Soil Ecology, 212, 105877. https://doi.org/10.1016/j.apsoil.2066.105878\n')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Souza', 'Pereira']);
    expect(a.volume).toBe('212');
  });
});

describe('a numeric date after a bracketed region, round 66', () => {
  it.each([
    ['Campinas (SP), 14/03/2066 – Uma equipe mediu a temperatura dos riachos.', '2066-03-14', 'Campinas (SP)'],
    ['Londrina (PR), 02/11/2066 – Uma equipe mediu a temperatura dos riachos.', '2066-11-02', 'Londrina (PR)'],
  ])('reads %s', (line, date, place) => {
    const r = recordOf('Riachos mais frios\n\n' + line + '\n');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
  });
});
