import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf } from './support/invented.js';

const head = '# Lichens return to city parks\n\nPERTH, Western Australia — A new survey counts lichens.\n\n';

describe('a co-author list that ends in "and published in X" (round 61)', () => {
  it.each([
    ['and published in', 'The paper, \'Urban lichen recovery after sulphur dioxide decline\', was co-authored by Dr Ana Prado and Dr Caio Nunes and published in *The Lichenologist*.'],
    ['and posted on', 'The preprint was co-authored by Ana Prado and Caio Nunes and posted on bioRxiv.'],
  ])('stops the names at "%s"', (_case, sentence) => {
    const a = articlesOf(head + sentence + '\n\nDOI: 10.1017/S0024282961000111\n', 'md')[0]!;
    expect(a.doi).toBe('10.1017/S0024282961000111');
    expect(a.authors.map((p) => p.family)).toEqual(['Prado', 'Nunes']);
  });
});

describe('a Dutch "Literatuurverwijzing" heading right above an APA line (round 61)', () => {
  it('reads the authors and the title of the line under the heading', () => {
    const a = articlesOf('Korstmossen keren terug\n\nNijmegen, 30 maart 2061 - Een nieuwe telling.\n\nLiteratuurverwijzing\nDe Boer-Lim, A., & van Rijn, K. (2061). Urban lichen recovery after sulphur dioxide decline. The Lichenologist, 93(2), 101-115. https://doi.org/10.1017/S0024282961000222\n')[0]!;
    expect(a.title).toBe('Urban lichen recovery after sulphur dioxide decline');
    expect(a.authors.map((p) => p.family)).toEqual(['De Boer-Lim', 'van Rijn']);
  });
});

describe('a Dutch "Meer informatie" heading over a press officer (round 61)', () => {
  it('reads the officer under it', () => {
    const c = contactsOf('# Korstmossen keren terug\n\nNijmegen, 30 maart 2061 - Een nieuwe telling.\n\nMeer informatie\n\nPersvoorlichting\nAnouk Verbeek-Saidi, persvoorlichter\n024 361 0000\nanouk.verbeek@example.nl\n');
    expect(c).toEqual([['Anouk Verbeek-Saidi', 'anouk.verbeek@example.nl', '024 361 0000']]);
  });
});

describe('a Polish date line with "r." after the year (round 61)', () => {
  it.each([
    ['Warszawa, 30 marca 2061 r.', '2061-03-30', 'Warszawa'],
    ['Kraków, 2 kwietnia 2061 r.', '2061-04-02', 'Kraków'],
  ])('reads "%s"', (line, date, place) => {
    const r = recordOf('# Porosty wracają do parków\n\n**' + line + '**\n\nNowe badanie liczy porosty.\n', 'md');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.dateline).toBe(place);
  });

  it('leaves a line with a word after the year unread as a dateline (must not change)', () => {
    const r = recordOf('# Porosty wracają do parków\n\n**Warszawa, 30 marca 2061 rano**\n\nNowe badanie liczy porosty.\n', 'md');
    expect(r.release.dateline).toBeNull();
  });
});

describe('Indonesian "… “Title” di jurnal X volume N, nomor N" and "ditulis oleh A, B dan C" (round 61)', () => {
  const id = 'Lumut kerak kembali ke taman kota\n\nYOGYAKARTA, 30 Maret 2061 – Tim peneliti menghitung lumut kerak.\n\n';
  it('reads the journal, the issue and the authors', () => {
    const a = articlesOf(id + 'Hasil penelitian ini terbit dalam artikel berjudul "Urban lichen recovery after sulphur dioxide decline" di jurnal The Lichenologist volume 93, nomor 2, tahun 2061. Artikel tersebut ditulis oleh Ratna Sari Dewi, Agus Prasetyo dan Wulan Hidayat. DOI: 10.1017/S0024282961000333\n')[0]!;
    expect(a.doi).toBe('10.1017/S0024282961000333');
    expect(a.journal).toBe('The Lichenologist');
    expect(a.volume).toBe('93');
    expect(a.issue).toBe('2');
    expect(a.authors.map((p) => p.family)).toEqual(['Dewi', 'Prasetyo', 'Hidayat']);
  });

  it('keeps a phone "nomor" that follows no volume out of the issue (must not change)', () => {
    const a = articlesOf(id + 'Hasil penelitian ini dipublikasikan di jurnal The Lichenologist. Hubungi nomor 0274 555 untuk informasi. DOI: 10.1017/S0024282961000444\n')[0]!;
    expect(a.issue).toBeNull();
  });
});
