import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

describe('a Nature-style title ended by a comma before the journal and its numbers (round 44)', () => {
  const text = (ref: string): string =>
    'Peat fires smoulder through the Siberian winter\n\nYAKUTSK, Russia, 12 March 2048 -- Fires in frozen peat kept burning under the snow until spring, satellite heat maps show.\n\n' +
    '"We watched the same fires switch off in October and wake up in April," said Dr. Aylin Sorokina-Baptiste, the first author.\n\n' +
    `Paper:\n${ref}\n\nContact: Ivo Marten, press officer, ivo.marten@boreal.example.org, +7 4112 555 019\n`;
  it.each([
    ['a comma', 'Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic, Nature Geoscience 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7', 'Nature Geoscience'],
    ['a comma and an abbreviation', 'Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic, Nat. Geosci. 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7', 'Nat. Geosci.'],
  ])('reads the title apart from the journal after %s', (_label, ref, journal) => {
    const a = articlesOf(text(ref))[0]!;
    expect(a.doi).toBe('10.1038/s41561-048-01422-7');
    expect(a.title).toBe('Overwintering peat fires in the Siberian Arctic');
    expect(a.journal?.replace(/\./g, '')).toBe(journal.replace(/\./g, ''));
    expect(a.volume).toBe('21');
    expect(a.year).toBe(2048);
    expect(a.authors.map((p) => p.family)).toEqual(['Sorokina-Baptiste', 'Lund', 'Ito']);
  });

  it('keeps a title ended by a full stop as it was (unchanged)', () => {
    const a = articlesOf(text('Sorokina-Baptiste, A., Lund, P. & Ito, K. Overwintering peat fires in the Siberian Arctic. Nat. Geosci. 21, 344–351 (2048). doi:10.1038/s41561-048-01422-7'))[0]!;
    expect(a.title).toBe('Overwintering peat fires in the Siberian Arctic');
    expect(a.pages?.replace(/–/g, '-')).toBe('344-351');
    expect(contactsOf(text('x'), 'txt')[0]).toEqual(['Ivo Marten', 'ivo.marten@boreal.example.org', '+7 4112 555 019']);
  });
});

describe('initials-first names ended by commas before a title and a Cell-style journal (round 44)', () => {
  const page = (ref: string): string =>
    '<html><body><h1>Kidney cells count the hours of daylight</h1>' +
    '<p><b>LEIDEN, Netherlands, 2 June 2048</b> &ndash; Cells lining the kidney keep a daily clock tied to light, researchers report.</p>' +
    '<p>&ldquo;The kidney was thought to follow the brain, but it keeps its own time,&rdquo; said Dr. Femke Ouattara-Visser, who led the study.</p>' +
    `<h2>Publication</h2><p>${ref}</p><p>Press: Joost Brandsma, +31 71 555 0190, press@lum.example.nl</p></body></html>`;
  it.each([
    ['three names', 'F. Ouattara-Visser, J. Kamau, L. de Groot-Ishii, Renal tubule clocks anticipate daylight. <i>Cell</i> <b>191</b>, 2201&ndash;2215 (2048). DOI: 10.1016/j.cell.2048.04.031', ['Ouattara-Visser', 'Kamau', 'de Groot-Ishii']],
    ['two names', 'F. Ouattara-Visser, J. Kamau, Renal tubule clocks anticipate daylight. <i>Cell</i> <b>191</b>, 2201&ndash;2215 (2048). DOI: 10.1016/j.cell.2048.04.031', ['Ouattara-Visser', 'Kamau']],
  ])('reads %s and the title', (_label, ref, families) => {
    const a = articlesOf(page(ref), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.cell.2048.04.031');
    expect(a.title).toBe('Renal tubule clocks anticipate daylight');
    expect(a.journal).toBe('Cell');
    expect(a.volume).toBe('191');
    expect(a.year).toBe(2048);
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('keeps an APS list with "and" as it was (unchanged)', () => {
    const a = articlesOf(page('F. Ouattara-Visser, J. Kamau, and L. Ito, Renal tubule clocks anticipate daylight, Phys. Rev. E 118, 024401 (2048). DOI: 10.1103/PhysRevE.118.024401'), 'html')[0]!;
    expect(a.doi).toBe('10.1103/PhysRevE.118.024401');
    expect(a.authors.map((p) => p.family)).toEqual(['Ouattara-Visser', 'Kamau', 'Ito']);
    expect(speakersOf(page('x'), 'html').map(([who]) => who)).toEqual(['Femke Ouattara-Visser']);
  });
});

describe('year, volume and pages in brackets after a journal in prose (round 44)', () => {
  const page = (numbers: string): string =>
    '<html><body><h1>A sponge of metal pulls lithium from brine</h1>' +
    '<p><b>SENDAI, Japan, 9 September 2048</b> &mdash; Chemists have made a metal sponge that takes lithium out of salt-lake brine.</p>' +
    '<p>&ldquo;The sponge ignores sodium almost entirely, which is what everyone has been chasing,&rdquo; said Professor Rin Okabe-Moreau.</p>' +
    `<p>The paper, <a href="https://doi.org/10.1021/jacs.8b01177">&ldquo;Lithium-selective uptake in a porous copper framework&rdquo;</a>, was published in the <em>Journal of the American Chemical Society</em> ${numbers}.</p></body></html>`;
  it('reads the year, volume and pages of "(2048, 170, 4410–4418)"', () => {
    const r = recordOf(page('(2048, 170, 4410&ndash;4418)'), 'html');
    const a = r.articles[0]!;
    expect(a.doi).toBe('10.1021/jacs.8b01177');
    expect(a.volume).toBe('170');
    expect(a.pages?.replace(/–/g, '-')).toBe('4410-4418');
    expect(a.year).toBe(2048);
  });

  it.each([
    ['no brackets', ''],
    ['a bracketed note', '(open access)'],
  ])('gives no numbers after %s (unchanged)', (_label, numbers) => {
    const a = articlesOf(page(numbers), 'html')[0]!;
    expect(a.doi).toBe('10.1021/jacs.8b01177');
    expect(a.volume).toBeNull();
    expect(a.pages).toBeNull();
  });
});
