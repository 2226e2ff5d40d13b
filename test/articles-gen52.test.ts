import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const release = (body: string): string =>
  'Canal records show how grain prices moved along a trading river\n\nLEIDEN, 9 May 2056 - Lock-keepers\' ledgers from three centuries show grain prices rising and falling in step along a whole trading river, a study of 9,000 entries finds.\n\n' +
  '"The ledgers behave like a price index that nobody meant to keep," said Dr. Anneke Brouwer-Saleh, the study\'s lead author.\n\n' +
  `${body}\n\nPress contact: Joost Verhaegen, j.verhaegen@rijnland-uni.example.nl, +31 71 555 2046\n`;

const chicago = (tail: string): string =>
  `Reference: Brouwer-Saleh, Anneke, and Pieter Oyelaran. "Lock Ledgers and Grain Prices on the Lower Rhine, 1650-1800." Journal of Economic History ${tail} https://doi.org/10.1017/S0022050756000412`;

describe('Chicago references with "no." and a year alone in brackets (round 52)', () => {
  it.each([
    ['colon and pages', '96, no. 3 (2056): 701-733.'],
    ['"pp." after the colon', '96, no. 3 (2056): pp. 701-733.'],
    ['"p." after the colon', '96, no. 3 (2056): p. 701-733.'],
    ['an en dash', '96, no. 3 (2056): 701–733.'],
  ])('reads volume, issue, pages and year with %s', (_case, tail) => {
    const a = articlesOf(release(chicago(tail)), 'txt')[0]!;
    expect(a.doi).toBe('10.1017/S0022050756000412');
    expect(a.journal).toBe('Journal of Economic History');
    expect(a.authors.map((p) => p.family)).toEqual(['Brouwer-Saleh', 'Oyelaran']);
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['96', '3', '701-733', 2056]);
  });

  it('reads a month in the brackets before "pp." too', () => {
    const a = articlesOf(release(chicago('96, no. 3 (September 2056): pp. 701-733.')), 'txt')[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['96', '3', '701-733', 2056]);
  });

  it.each([
    ['a Vancouver line', 'Reference: Brouwer-Saleh A, Oyelaran P. Lock ledgers and grain prices on the lower Rhine. J Econ Hist. 2056;96(3):701-733. doi:10.1017/S0022050756000412', ['96', '3', '701-733', 2056]],
    ['a bracketed year after a volume', 'Reference: Brouwer-Saleh A, Oyelaran P. Lock ledgers and grain prices on the lower Rhine. Water Research 271 (2056): 123014. doi:10.1017/S0022050756000412', ['271', null, '123014', 2056]],
  ])('leaves %s as it was', (_case, ref, numbers) => {
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(numbers);
  });
});

describe('shapes round 52 found already read', () => {
  it.each([
    ['an ANZCTR number after the DOI', 'DOI: 10.2337/dc56-0412 (ANZCTR registration: ACTRN12656000412345)', '10.2337/dc56-0412'],
    ['an upper-case dx.doi.org link', 'HTTP://DX.DOI.ORG/10.1029/2056GL104412', '10.1029/2056GL104412'],
    ['an upper-case doi.org link', 'HTTPS://DOI.ORG/10.1017/S0022050756000412', '10.1017/S0022050756000412'],
  ])('reads the DOI beside %s', (_case, line, doi) => {
    const ref = `Reference: Brouwer-Saleh A, Oyelaran P. Lock ledgers and grain prices on the lower Rhine. J Econ Hist. 2056;96(3):701-733.\n${line}`;
    expect(articlesOf(release(ref), 'txt')[0]!.doi).toBe(doi);
  });

  it('reads a PNAS Nexus lettered locator as the pages', () => {
    const ref = 'Brouwer-Saleh A, Oyelaran P. Lock ledgers and grain prices on the lower Rhine. PNAS Nexus. 2056;5(4):pgaf141. doi:10.1093/pnasnexus/pgaf141';
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect([a.journal, a.volume, a.issue, a.pages]).toEqual(['PNAS Nexus', '5', '4', 'pgaf141']);
  });

  it('reads "&amp;" in the journal and "&ndash;" in the pages of an HTML reference', () => {
    const html = '<html><body><h1>Canal records show how grain prices moved</h1><p>LEIDEN, 9 May 2056 &ndash; Ledgers show prices moving in step.</p>' +
      '<p>Brouwer-Saleh, A., &amp; Oyelaran, P. (2056). Lock ledgers and grain prices. <em>Economics &amp; Human Biology</em>, 61(2), 45&ndash;58. https://doi.org/10.1016/j.ehb.2056.101412</p>' +
      '<p>Press contact: Joost Verhaegen, j.verhaegen@rijnland-uni.example.nl</p></body></html>';
    const a = articlesOf(html, 'html')[0]!;
    expect(a.journal).toBe('Economics & Human Biology');
    expect(a.pages).toBe('45-58');
  });

  it('keeps the release, the speaker and the contact', () => {
    const text = release(chicago('96, no. 3 (2056): pp. 701-733.'));
    expect(recordOf(text).release.dateline).toBe('LEIDEN');
    expect(speakersOf(text, 'txt')).toEqual([['Anneke Brouwer-Saleh', 'The ledgers behave like ']]);
    expect(contactsOf(text, 'txt')).toEqual([['Joost Verhaegen', 'j.verhaegen@rijnland-uni.example.nl', '+31 71 555 2046']]);
  });
});
