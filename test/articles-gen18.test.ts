import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { parseReference } from '../src/extractors/article/reference-line.js';

const families = (authors: { family: string }[]) => authors.map((a) => a.family);

describe('a bracketed Vancouver source in prose with its authors before the journal', () => {
  const release = [
    'Halvard Bio Announces Publication of Phase 2 Results',
    '',
    'OSLO, Norway, April 3, 2032 (GLOBE NEWSWIRE) -- Halvard Bio ASA (OSE: HLVB) today announced that results of its phase 2 trial (NCT06123458) were published in The Lancet Respiratory Medicine in an article titled "Inhaled HB-27 for adults with idiopathic pulmonary fibrosis: a randomised phase 2 trial" (Strand KE, Mbeki T, Oyelowo AD, et al. Lancet Respir Med 2032; 20: 311–322).',
    '',
    'DOI: 10.1016/S2213-2600(32)00077-1',
  ].join('\n');
  it('reads the names, the volume, the pages and the year', () => {
    const a = recordOf(release).articles[0]!;
    expect(a.doi).toBe('10.1016/S2213-2600(32)00077-1');
    expect(families(a.authors)).toEqual(['Strand', 'Mbeki', 'Oyelowo']);
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['20', null, '311-322', 2032]);
    expect(a.journal).toBe('The Lancet Respiratory Medicine');
  });
  it('reads a single name before the journal', () => {
    const a = recordOf('Gene therapy slows a rare muscle disease\n\nThe results appeared in the Journal of Neuromuscular Diseases (Achterberg W. J Neuromuscul Dis 2032;19(2):145-152).').articles[0]!;
    expect(families(a.authors)).toEqual(['Achterberg']);
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['19', '2', '145-152', 2032]);
  });
  it('does not read a trial number in brackets as a source', () => {
    const r = recordOf('Drug trial reports early results\n\nThe phase 3 trial (NCT05512347; EudraCT 2029-004117-21) enrolled 412 adults, the company said.');
    expect(r.articles).toEqual([]);
  });
});

describe('a citation label with the style in brackets', () => {
  const release = [
    'Old star plates show a slow fade',
    '',
    'Astronomers at the Brackenridge Observatory report the find in the Monthly Notes of the Highland Astronomical Society.',
    '',
    'Reference (Harvard style):',
    "Okonjo, T., McAllister, B.J. and Ferreira, L. (2032) 'Half a century of dimming in a pre-main-sequence star', Monthly Notes of the Highland Astronomical Society, Vol. 9, No. 2, pp. 101–118.",
  ].join('\n');
  it('reads the Harvard reference under "Reference (Harvard style):"', () => {
    const a = recordOf(release).articles[0]!;
    expect(a.title).toBe('Half a century of dimming in a pre-main-sequence star');
    expect(families(a.authors)).toEqual(['Okonjo', 'McAllister', 'Ferreira']);
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['9', '2', '101-118', 2032]);
  });
  it('strips "Citation (APA 7th style):" from one reference line', () => {
    const ref = parseReference('Citation (APA 7th style): Delacroix, M., & Bautista, R. (2032). Seed banks of alpine meadows after snow loss. Alpine Botany, 142(1), 33–49. https://doi.org/10.1007/s00035-032-00311-4');
    expect(families(ref.authors)).toEqual(['Delacroix', 'Bautista']);
    expect(ref.title).toBe('Seed banks of alpine meadows after snow loss');
    expect(ref.journal).toBe('Alpine Botany');
  });
});

describe('an APA author list in a labelled field', () => {
  it('reads "Authors: Family, I., Family, I., & Family, I. I." in a publication table', () => {
    const html = [
      '<html><body><h1>Funded team maps root fungi</h1><p>The research council funded the work (grant agreement No. 101098765).</p>',
      '<h2>Publication details</h2><table>',
      '<tr><th>Title</th><td>Root fungal networks under drought in Iberian oak woodland</td></tr>',
      '<tr><th>Authors</th><td>Salgado-Ruiz, P., Tanaka, H., &amp; Whitmore, A. J.</td></tr>',
      '<tr><th>Journal</th><td>Mycorrhiza</td></tr>',
      '<tr><th>DOI</th><td>10.1007/s00572-032-01144-0</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const a = recordOf(html, 'html').articles[0]!;
    expect(a.authors).toEqual([
      { given: 'P.', family: 'Salgado-Ruiz' },
      { given: 'H.', family: 'Tanaka' },
      { given: 'A. J.', family: 'Whitmore' },
    ]);
    expect(a.volume).toBeNull();
    expect(a.pages).toBeNull();
  });
});

describe('a Harvard reference whose journal opens with two capitalised words', () => {
  it('keeps the names before the year and reads "Monthly Notes of …" as the journal', () => {
    const ref = parseReference("Okonjo, T., McAllister, B.J. and Ferreira, L. (2032) 'Half a century of dimming in a pre-main-sequence star', Monthly Notes of the Highland Astronomical Society, Vol. 9, No. 2, pp. 101–118.");
    expect(families(ref.authors)).toEqual(['Okonjo', 'McAllister', 'Ferreira']);
    expect(ref.journal).toBe('Monthly Notes of the Highland Astronomical Society');
    expect([ref.volume, ref.issue, ref.pages, ref.year]).toEqual(['9', '2', '101-118', 2032]);
  });
});
