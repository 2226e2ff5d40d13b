import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const release = (ref: string): string =>
  'Lichens on old churchyard walls record a century of air quality\n\nYORK, England, 3 February 2055 - Lichen species on churchyard walls have returned as sulphur pollution fell, surveys of forty sites show.\n\n' +
  '"The walls kept a better diary of the air than any instrument we had," said Dr Ottilie Brackenbury-Nwosu, the study\'s first author.\n\n' +
  `${ref}\n\nMedia contact: Gareth Pennington-Shah, g.pennington@ouse-uni.example.ac.uk, +44 1904 555 318\n`;

describe('a volume printed in Roman numerals (round 50)', () => {
  it.each([
    ['Vol. XLII', 'Vol. XLII, No. 4, pp. 201-219', 'XLII', '4', '201-219'],
    ['Volume XIV', 'Volume XIV, No. 1, pp. 12-30', 'XIV', '1', '12-30'],
    ['Vol. IX', 'Vol. IX, No. 3, pp. 5-18', 'IX', '3', '5-18'],
  ])('reads "%s"', (_label, numbers, volume, issue, pages) => {
    const ref = `Reference: Brackenbury-Nwosu, O. (2055). Churchyard lichens as a century-long record of sulphur deposition. The Lichenologist, ${numbers}. https://doi.org/10.1017/lch.2055.0042`;
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.doi).toBe('10.1017/lch.2055.0042');
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(2055);
  });

  it('does not take a Roman numeral that is no labelled volume, nor a malformed one', () => {
    const plain = 'Reference: Brackenbury-Nwosu, O. (2055). Churchyard lichens and the Phase II clean air rules. The Lichenologist, 57(4), 201-219. https://doi.org/10.1017/lch.2055.0042';
    expect(articlesOf(release(plain), 'txt')[0]!.volume).toBe('57');
    const bad = 'Reference: Brackenbury-Nwosu, O. (2055). Churchyard lichens as a record. The Lichenologist, Vol. IIII, pp. 201-219. https://doi.org/10.1017/lch.2055.0042';
    expect(articlesOf(release(bad), 'txt')[0]!.volume).toBeNull();
  });
});

describe('volume and issue joined by a colon before the bracketed year (round 50)', () => {
  it.each([
    ['12:3 (2055), 45–60', '12', '3', '45-60'],
    ['88:11 (2055): 1021-1034', '88', '11', '1021-1034'],
    ['7:2 (2055), e101-e109', '7', '2', 'e101-e109'],
  ])('reads "%s"', (numbers, volume, issue, pages) => {
    const ref = `Reference: Brackenbury-Nwosu, O. (2055). Churchyard lichens as a century-long record of sulphur deposition. Environmental Pollution Letters ${numbers}. https://doi.org/10.1016/j.epl.2055.0042`;
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect(a.doi).toBe('10.1016/j.epl.2055.0042');
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(2055);
  });

  it('leaves a Vancouver "2055;12(3):45-60" as it was', () => {
    const ref = 'Reference: Brackenbury-Nwosu O. Churchyard lichens as a century-long record of sulphur deposition. Environ Pollut Lett. 2055;12(3):45-60. doi:10.1016/j.epl.2055.0042';
    const a = articlesOf(release(ref), 'txt')[0]!;
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['12', '3', '45-60', 2055]);
  });

  it('leaves the quote, the contact and the dateline as they were', () => {
    const text = release('Reference: Brackenbury-Nwosu, O. (2055). Churchyard lichens. The Lichenologist, Vol. XLII, No. 4, pp. 201-219. https://doi.org/10.1017/lch.2055.0042');
    expect(speakersOf(text, 'txt').map(([who]) => who)).toEqual(['Ottilie Brackenbury-Nwosu']);
    expect(contactsOf(text, 'txt').map(([, email]) => email)).toEqual(['g.pennington@ouse-uni.example.ac.uk']);
    expect(recordOf(text, 'txt').release.dateline).toBe('YORK, England');
  });
});
