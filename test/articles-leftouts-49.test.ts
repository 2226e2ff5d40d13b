import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const release = (paper: string): string =>
  'Glacier meltwater carries more iron to the sea than thought\n\n' +
  'TROMSØ, Norway, 12 May 2053 – Meltwater streams from retreating glaciers deliver twice the dissolved iron that models assume, a survey of 40 fjords finds.\n\n' +
  '"Iron is the missing piece of the fjord budget," said Dr Siv Haugland-Oyelowo, who led the sampling.\n\n' +
  `${paper}\n\n` +
  'Media contact: Ragnhild Sæther, r.saether@arctic.example.no\n';

const DOI = '10.1093/ismejo/wrz118';

describe('left-out article misses of round 49', () => {
  it.each([
    ['afz061', 'Glacial iron flux to fjords. ISME J. 2053;17(5):wrz118.'],
    ['three letters', 'Glacial iron flux to fjords. ISME J. 2053;17(5):gkz204.'],
    ['four letters (unchanged)', 'Glacial iron flux to fjords. ISME J. 2053;17(5):gkab1204.'],
  ])('reads an Oxford Academic article number of letters and digits after a Vancouver issue (%s)', (_label, tail) => {
    const pages = /:(\w+)\.$/.exec(tail as string)![1];
    const a = articlesOf(release(`Haugland-Oyelowo S, Brekke T. ${tail as string} doi:${DOI}`))[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['17', '5', pages, 2053]);
  });

  it.each([
    ['dotted initials run together', 'Haugland-Oyelowo S.K., Brekke T., Nilsen-Abara J.P.'],
    ['dotted initials spaced', 'Haugland-Oyelowo S. K., Brekke T., Nilsen-Abara J. P.'],
  ])('reads Vancouver names with %s before a bracketed year', (_label, names) => {
    const a = articlesOf(release(`Reference: ${names as string} (2053). Glacial meltwater doubles iron delivery to Arctic fjords. The ISME Journal, 17(5), wrz118. https://doi.org/${DOI}`))[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Haugland-Oyelowo', 'Brekke', 'Nilsen-Abara']);
    expect(a.title).toBe('Glacial meltwater doubles iron delivery to Arctic fjords');
  });

  it('reads a Harvard reference set in brackets inside a sentence from the brackets alone', () => {
    const a = articlesOf(release(`That work appeared in The ISME Journal (Haugland-Oyelowo, S., Brekke, T. and Nilsen-Abara, J. (2053) Glacial meltwater doubles iron delivery to Arctic fjords. The ISME Journal, 17(5), wrz118. https://doi.org/${DOI}).`))[0]!;
    expect(a.title).toBe('Glacial meltwater doubles iron delivery to Arctic fjords');
    expect(a.authors.map((p) => p.family)).toEqual(['Haugland-Oyelowo', 'Brekke', 'Nilsen-Abara']);
    expect(a.volume).toBe('17');
  });

  it('keeps a bracket that holds no names as part of its sentence (unchanged)', () => {
    const a = articlesOf(release(`The results appear in The ISME Journal (volume 17, issue 5; https://doi.org/${DOI}).`))[0]!;
    expect(a.doi).toBe(DOI);
    expect(a.authors).toEqual([]);
    expect(a.volume).toBe('17');
  });
});
