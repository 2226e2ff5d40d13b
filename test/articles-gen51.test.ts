import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const release = (body: string): string =>
  'Seagrass meadows slow the waves that reach eroding beaches\n\nPLYMOUTH, England, 12 March 2056 - Restored seagrass meadows cut the height of winter waves reaching the shore by a fifth, a three-year trial in two bays shows.\n\n' +
  '"The meadow takes the sting out of the swell before it ever reaches the sand," said Dr Rosalind Achebe-Fairweather, the study\'s first author.\n\n' +
  `${body}\n\nMedia contact: Tobias Quennell, t.quennell@tamar-uni.example.ac.uk, +44 1752 555 604\n`;

describe('APA generational suffixes after initials (round 51)', () => {
  it.each([
    ['Jr. first', 'Achebe-Fairweather, R. M., Jr., Lindqvist, P., & Osei, K. A.', ['Achebe-Fairweather', 'Lindqvist', 'Osei']],
    ['III last', 'Achebe-Fairweather, R. M., Lindqvist, P., & Osei, K. A., III.', ['Achebe-Fairweather', 'Lindqvist', 'Osei']],
    ['Sr. and IV', 'Achebe-Fairweather, R. M., Sr., Lindqvist, P., IV, & Osei, K. A.', ['Achebe-Fairweather', 'Lindqvist', 'Osei']],
  ])('reads the names, title and journal with "%s"', (_case, names, families) => {
    const ref = `Reference: ${names} (2056). Wave attenuation over restored seagrass meadows in two macrotidal bays. Estuaries and Coasts, 49(2), 311-327. https://doi.org/10.1007/s12237-056-01412-3`;
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.doi).toBe('10.1007/s12237-056-01412-3');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.title).toBe('Wave attenuation over restored seagrass meadows in two macrotidal bays');
    expect(a.journal).toBe('Estuaries and Coasts');
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['49', '2', '311-327', 2056]);
  });

  it('leaves an APA list without suffixes as it was', () => {
    const ref = 'Reference: Achebe-Fairweather, R. M., Lindqvist, P., & Osei, K. A. (2056). Wave attenuation over restored seagrass meadows. Estuaries and Coasts, 49(2), 311-327. https://doi.org/10.1007/s12237-056-01412-3';
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Achebe-Fairweather', 'Lindqvist', 'Osei']);
    expect(a.journal).toBe('Estuaries and Coasts');
  });
});

describe('a journal named by a dimension (round 51)', () => {
  it.each([
    ['2D Materials', '2D Materials 13, 015022 (2056)', '2D Materials'],
    ['2D Mater.', '2D Mater. 13, 015022 (2056)', '2D Mater'],
  ])('reads "%s" in a Nature-style reference', (_case, tail, journal) => {
    const ref = `Paper: R. Achebe-Fairweather, P. Lindqvist and K. Osei, "Layered sulphide films that trap sediment on seagrass blades", ${tail}. DOI: 10.1088/2053-1583/ae0101`;
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.doi).toBe('10.1088/2053-1583/ae0101');
    expect(a.journal).toBe(journal);
  });

  it('still names no journal after a digit and a plural noun in prose', () => {
    const text = release('The work was carried out in 3 Universities across the region. https://doi.org/10.1088/2053-1583/ae0101');
    expect(articlesOf(text, 'txt')[0]?.journal ?? null).toBeNull();
  });
});

describe('a question-mark title before an abbreviated journal (round 51)', () => {
  it.each([
    ['Soil Biol. Biochem.', 'Soil Biol Biochem'],
    ['Ecol. Lett.', 'Ecol Lett'],
  ])('ends the title at the question mark before "%s"', (abbr, journal) => {
    const ref = `Reference: Achebe-Fairweather, R., Lindqvist, P. & Osei, K. Can restored seagrass protect eroding beaches? ${abbr} 301, 108812 (2056). https://doi.org/10.1016/j.ecss.2056.108812`;
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.title).toBe('Can restored seagrass protect eroding beaches?');
    expect(a.journal).toBe(journal);
    expect(a.volume).toBe('301');
  });
});

describe('an abstract citation in a journal supplement, and a cited year before the verb (round 51)', () => {
  it('reads an "Abstract citation:" Vancouver line with a supplement issue', () => {
    const ref = 'Abstract citation: Achebe-Fairweather R, Lindqvist P, Osei KA. Wave exposure and seagrass shoot density along eroding shores. Stroke. 2056;57(Suppl 1):A2140.';
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Achebe-Fairweather', 'Lindqvist', 'Osei']);
    expect(a.title).toBe('Wave exposure and seagrass shoot density along eroding shores');
    expect([a.journal, a.volume, a.issue, a.pages, a.year]).toEqual(['Stroke', '57', 'Suppl 1', 'A2140', 2056]);
  });

  it('takes the year from "Name et al. (2056) report in Journal"', () => {
    const text = release('Achebe-Fairweather et al. (2056) report in Limnology and Oceanography that the effect held in both bays. https://doi.org/10.1002/lno.12999');
    const a = articlesOf(text, 'txt')[0]!;
    expect(a.doi).toBe('10.1002/lno.12999');
    expect(a.journal).toBe('Limnology and Oceanography');
    expect(a.year).toBe(2056);
  });

  it('leaves the quote, the contact and the dateline as they were', () => {
    const text = release('Achebe-Fairweather et al. (2056) report in Limnology and Oceanography that the effect held. https://doi.org/10.1002/lno.12999');
    expect(speakersOf(text, 'txt').map(([who]) => who)).toEqual(['Rosalind Achebe-Fairweather']);
    expect(contactsOf(text, 'txt').map(([, email]) => email)).toEqual(['t.quennell@tamar-uni.example.ac.uk']);
    expect(recordOf(text, 'txt').release.dateline).toBe('PLYMOUTH, England');
  });
});
