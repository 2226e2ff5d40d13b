import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

describe('Catalan and Malay date lines (round 62)', () => {
  it.each([
    ['Girona, 7 de juny de 2062.', '2062-06-07', 'Girona'],
    ["Lleida, 2 d'octubre de 2062.", '2062-10-02', 'Lleida'],
    ['KUALA LUMPUR, 14 Ogos 2062 –', '2062-08-14', 'KUALA LUMPUR'],
    ['KOTA BHARU, 5 Mac 2062 –', '2062-03-05', 'KOTA BHARU'],
  ])('reads "%s"', (line, date, place) => {
    const r = recordOf('Falcons nest on city towers\n\n' + line + ' A new count of falcon nests.\n');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
  });

  it('leaves a bare "Mac" with no year unread as a date (must not change)', () => {
    const r = recordOf('Falcons nest on city towers\n\nThe Mac 5 laptop was used to count falcon nests.\n');
    expect(r.release.datePublished).toBeNull();
  });
});

describe('German, Catalan and Malay contact labels (round 62)', () => {
  it.each([
    ['Weitere Auskünfte', 'Prof. Dr. Regula Zbinden-Moser, Universität Basel, Tel. +41 61 207 11 22, E-Mail: regula.zbinden@example.unibas.ch', ['Regula Zbinden-Moser', 'regula.zbinden@example.unibas.ch', '+41 61 207 11 22']],
    ['Gabinet de Premsa de la UB', 'Pere Vilanova Sala\npremsa.pvs@example.ub.edu\n93 403 11 22', ['Pere Vilanova Sala', 'premsa.pvs@example.ub.edu', '93 403 11 22']],
    ['Untuk maklumat lanjut, sila hubungi:', 'Siti Aminah Yusof\naminah.yusof@example.usm.my\n04-653 1122', ['Siti Aminah Yusof', 'aminah.yusof@example.usm.my', '04-653 1122']],
  ])('reads the contact under "%s"', (label, body, want) => {
    const c = contactsOf('# Falcons nest on city towers\n\nA new count of falcon nests.\n\n' + label + '\n\n' + body + '\n', 'txt');
    expect(c).toEqual([want]);
  });
});

describe('citation shapes of round 62', () => {
  it('reads "Journal for the …" in an APA line', () => {
    const a = articlesOf('Falcons nest on city towers\n\nRoe, A., & Lim, K. (2062). Peregrine nesting on towers. Journal for the Study of Urban Raptors, 12(2), 33-41. https://doi.org/10.1234/jsur.2062.0012\n')[0]!;
    expect(a.doi).toBe('10.1234/jsur.2062.0012');
    expect(a.journal).toBe('Journal for the Study of Urban Raptors');
    expect(a.volume).toBe('12');
  });

  it('keeps "for the first time" out of a journal name (must not change)', () => {
    const a = articlesOf('Falcons nest on city towers\n\nThe study was published in Ecology for the first time. DOI: 10.1234/eco.2062.0099\n')[0]!;
    expect(a.journal).toBe('Ecology');
  });

  it('reads a Malay "Kajian bertajuk “…” telah diterbitkan dalam jurnal X, jilid N, halaman N"', () => {
    const a = articlesOf('Falcons nest on city towers\n\nKajian bertajuk "Peregrine falcons nesting on urban towers in Penang" telah diterbitkan dalam jurnal Urban Ecosystems, jilid 41, halaman 2207.\n\nDOI: 10.1007/s11252-062-01122-3\n')[0]!;
    expect(a.title).toBe('Peregrine falcons nesting on urban towers in Penang');
    expect(a.journal).toBe('Urban Ecosystems');
    expect(a.volume).toBe('41');
    expect(a.pages).toBe('2207');
  });

  it('reads the journal of a Turkish "“…” başlığıyla X dergisinde yayımlandı"', () => {
    const a = articlesOf('Şehir kulelerinde doğan yuvaları\n\nÇalışma, "Peregrine falcons nesting on urban towers in Ankara" başlığıyla Urban Ecosystems dergisinde yayımlandı.\n\nDOI: 10.1007/s11252-062-01133-4\n')[0]!;
    expect(a.journal).toBe('Urban Ecosystems');
  });

  it('reads the authors under a Catalan "Article de referència:" heading', () => {
    const a = articlesOf('Falcons nest on city towers\n\nArticle de referència:\nRovira Camps, J.; Serra Pons, M. «Peregrine falcons nesting on urban towers». Urban Ecosystems, 2062. DOI: 10.1007/s11252-062-01144-5\n')[0]!;
    expect(a.authors.map((p) => [p.given, p.family])).toEqual([['J.', 'Rovira Camps'], ['M.', 'Serra Pons']]);
  });
});

describe('a German speaker with "vom Departement …" after the name (round 62)', () => {
  it('cuts the unit off the name', () => {
    const s = speakersOf('# Falken brüten auf Türmen\n\n«Die Falken haben die Türme der Stadt längst für sich entdeckt», sagt Prof. Dr. Regula Zbinden-Moser vom Departement Biologie.\n');
    expect(s.map(([name]) => name)).toEqual(['Regula Zbinden-Moser']);
  });
});
