/**
 * Round 20: law reviews, humanities journals, working papers and Spanish double surnames.
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { bluebookTail } from '../src/extractors/article/bluebook.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { splitName } from '../src/text/names.js';
import { cleanJournal } from '../src/extractors/article/journal.js';

describe('Bluebook law-review citations', () => {
  it('reads volume, abbreviated journal, first page and year from the tail', () => {
    expect(bluebookTail('Jonah Reeve, Standing Without Harm, 140 Harv. L. Rev. 1021, 1034 (2031).')).toMatchObject({
      volume: '140',
      journal: 'Harv. L. Rev.',
      pages: '1021',
      year: 2031,
    });
    expect(bluebookTail('Open Doors, Closed Homes, 12 Angry Men 45 (2031)')).toBeNull();
  });

  it('reads a tail with a month before the year, and no line that does not end in a bracketed year', () => {
    expect(bluebookTail('Ida Moss, Quiet Title, 77 Stan. L. Rev. 88 (Mar. 3, 2031)')).toMatchObject({ volume: '77', journal: 'Stan. L. Rev.', year: 2031 });
    expect(bluebookTail('Ida Moss, Quiet Title, 77 Stan. L. Rev. 88 (2031) (forthcoming)')).toBeNull();
    expect(bluebookTail('Ida Moss, Quiet Title, 77 Stan. L. Rev. 88 (1831).')).toBeNull();
    expect(bluebookTail('The court (in 2031)')).toBeNull();
  });

  it('reads authors joined by "&" and a title with commas', () => {
    const ref = parseReference('Ana Lima, Priya Shah & Tom Ng, The Quiet Docket, Again: Arbitration After Epic, 45 Yale J.L. & Tech. 101 (2031)');
    expect(ref.authors).toEqual([
      { given: 'Ana', family: 'Lima' },
      { given: 'Priya', family: 'Shah' },
      { given: 'Tom', family: 'Ng' },
    ]);
    expect(ref).toMatchObject({ title: 'The Quiet Docket, Again: Arbitration After Epic', volume: '45', pages: '101', year: 2031 });
  });

  it('takes the law review named in prose, even one named for its university', () => {
    const arts = articlesOf(
      'Eviction filings rose after fee reform\n\nThe article appears in the May issue of the University of Kampala Law Review.\n\nCitation: Ruth Nansubuga & Diego Herrera y Soto, Fees and Doors: Eviction Courts in Uganda, 77 U. Kampala L. Rev. 318 (2031).',
    );
    expect(arts).toHaveLength(1);
    expect(arts[0]).toMatchObject({ journal: 'University of Kampala Law Review', volume: '77', pages: '318', year: 2031, title: 'Fees and Doors: Eviction Courts in Uganda' });
    expect(arts[0]!.authors).toEqual([
      { given: 'Ruth', family: 'Nansubuga' },
      { given: 'Diego', family: 'Herrera y Soto' },
    ]);
  });

  it('reads a Bluebook citation given in a sentence of prose', () => {
    const arts = articlesOf(
      'Tribunals without teeth\n\nWe reviewed 212 disputes.\n\nThe article is Lindiwe Khumalo & Pieter van Rooyen, Dry Taps and Paper Rights in Water Law, 139 S. African L.J. 233 (2032).',
    );
    expect(arts[0]).toMatchObject({ title: 'Dry Taps and Paper Rights in Water Law', volume: '139', pages: '233', year: 2032 });
    expect(arts[0]!.authors.map((a) => a.family)).toEqual(['Khumalo', 'van Rooyen']);
  });
});

describe('Chicago humanities citations with a season', () => {
  it('reads volume, issue, year and pages around "(Spring 2031):"', () => {
    expect(readNumbers('Journal of Sahel History 31, no. 1 (Spring 2031): 77–104.')).toEqual({ volume: '31', issue: '1', pages: '77-104', year: 2031 });
    expect(readNumbers('Colonial Latin American Review 12 (March 2031): 5–19')).toEqual({ volume: '12', issue: null, pages: '5-19', year: 2031 });
  });

  it('reads an unlabelled Chicago line in the body as the reference', () => {
    const arts = articlesOf(
      'Letters trace a salt route\n\nThe study appears in the journal History in Africa.\n\nAbebe Girma and Selam Tadesse Wolde, "Salt Bars and Caravans: Merchant Letters from Tigray, 1850–1900," History in Africa 58, no. 2 (Autumn 2031): 141–170.',
    );
    expect(arts[0]).toMatchObject({ title: 'Salt Bars and Caravans: Merchant Letters from Tigray, 1850–1900', volume: '58', issue: '2', pages: '141-170', year: 2031 });
    expect(arts[0]!.authors.map((a) => a.family)).toEqual(['Girma', 'Wolde']);
  });
});

describe('working papers', () => {
  it('takes the series of a working paper released this week, and the release year', () => {
    const arts = articlesOf(
      'Wage floors did not cut jobs\n\nLima, 22 September 2031\n\nThe paper, "Wage Floors and Formal Work in Peru," was released this week as NBER Working Paper 35120. It is available at https://doi.org/10.3386/w35120.',
    );
    expect(arts[0]).toMatchObject({ doi: '10.3386/w35120', journal: 'NBER Working Paper', year: 2031 });
  });

  it('drops the paper\'s number from a series name', () => {
    expect(cleanJournal('CEPR Discussion Paper DP19044')).toBe('CEPR Discussion Paper');
    expect(cleanJournal('IZA Discussion Paper No. 16789')).toBe('IZA Discussion Paper');
  });

  it('keeps a listed working paper apart from a paper in a journal', () => {
    const arts = articlesOf(
      '# Mini-grids and shops\n\nThe results are set out in a paper released today as CEPR Discussion Paper DP19101. An engineering study by Rose Achan and Tendai Moyo describes the grids and appears in *Energy Policy*.\n\n### References\n\n1. Okot, P. and Lindqvist, M. (2032). "Evening Trade: Mini-Grids and Small Shops in Gulu". CEPR Discussion Paper DP19101.\n2. Achan, R. and Moyo, T. (2032). "Sizing mini-grids for evening loads in Uganda". *Energy Policy*, 190, 114022. doi: 10.1016/j.enpol.2032.114022',
      'md',
    );
    expect(arts).toHaveLength(2);
    const wp = arts.find((a) => a.journal === 'CEPR Discussion Paper');
    expect(wp).toMatchObject({ doi: null, title: 'Evening Trade: Mini-Grids and Small Shops in Gulu', year: 2032 });
    expect(wp!.authors.map((a) => a.family)).toEqual(['Okot', 'Lindqvist']);
    expect(arts.find((a) => a.doi === '10.1016/j.enpol.2032.114022')).toMatchObject({ journal: 'Energy Policy', title: 'Sizing mini-grids for evening loads in Uganda' });
  });
});

describe('Spanish double surnames joined by "y"', () => {
  it('keeps both family names', () => {
    expect(splitName('María José Gómez y Restrepo')).toEqual({ given: 'María José', family: 'Gómez y Restrepo' });
    expect(splitName('Carlos y Gómez')).toEqual({ given: 'Carlos', family: 'y Gómez' });
  });

  it('matches the lead author named in prose to the Vancouver list', () => {
    const arts = articlesOf(
      'Páramo carbon\n\n"The páramo stores carbon," said Dr. Lucía Pardo y Cuervo, the study\'s lead author.\n\nReference: Pardo y Cuervo L, Ríos AF. Carbon stocks of páramo soils in Boyacá. Glob Change Biol. 2031;37(11):e17601. doi: 10.1111/gcb.17601',
    );
    expect(arts[0]!.authors).toEqual([
      { given: 'L', family: 'Pardo y Cuervo' },
      { given: 'AF', family: 'Ríos' },
    ]);
  });
});

describe('ACM, AER and chapter references', () => {
  it('keeps a title with a comma and a colon whole before "In Proceedings of"', () => {
    const ref = parseReference(
      "Amina Yusuf, Karim Haddad and Lea Aoun. 2032. Hello, Tell Me Again: Repair Strategies of Voice Assistants. In Proceedings of the 2032 CHI Conference on Human Factors in Computing Systems (CHI '32). ACM, New York, NY, USA, 14 pages.",
    );
    expect(ref.title).toBe('Hello, Tell Me Again: Repair Strategies of Voice Assistants');
    expect(ref.journal).toBe('Proceedings of the 2032 CHI Conference on Human Factors in Computing Systems');
  });

  it('reads an unlabelled author-year reference without a DOI in the body', () => {
    const arts = articlesOf(
      'Transfers and seed\n\nThe study is by Lucía Prieto and Tomás Herrera.\n\nPrieto, Lucía, and Tomás Herrera. 2032. "Cash Before Planting: Transfers and Seed Choice in Peru." American Economic Review 122 (4): 1010–45.',
    );
    expect(arts[0]).toMatchObject({ title: 'Cash Before Planting: Transfers and Seed Choice in Peru', journal: 'American Economic Review', volume: '122', issue: '4', pages: '1010-45', year: 2032 });
  });

  it('reads the book of a chapter "In: Editors (eds.), Book" as its venue', () => {
    const ref = parseReference('Mensah, K. (2032). Rails and unions on the Gold Coast. In: A. Owusu and T. Bello (eds.), Labour in West Africa, pp. 21–48. Accra: Example Press.');
    expect(ref).toMatchObject({ title: 'Rails and unions on the Gold Coast', journal: 'Labour in West Africa', pages: '21-48', year: 2032 });
  });
});
