import { describe, expect, it } from 'vitest';
import { parseNameList, readName } from '../src/extractors/article/name-list.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { readJournalName, sameJournal } from '../src/extractors/article/journal.js';
import { findMentions } from '../src/extractors/article/mention.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { findTitles } from '../src/extractors/article/title.js';
import type { Block } from '../src/types.js';

const names = (text: string) => parseNameList(text).map((n) => n.person);
const block = (text: string): Block => ({ index: 0, kind: 'paragraph', depth: 0, text, start: 0, end: text.length, section: 'body', links: [], emphasis: [], quoteDepth: 0, inList: false, node: { type: 'paragraph', children: [] } });

describe('names', () => {
  it('reads "by A, B, and C" with middle initials, particles and diacritics', () => {
    expect(names('Anna K. Berg, Jan van der Berg, María José García-López, and Søren Ødegård')).toEqual([
      { given: 'Anna K.', family: 'Berg' },
      { given: 'Jan', family: 'van der Berg' },
      { given: 'María José', family: 'García-López' },
      { given: 'Søren', family: 'Ødegård' },
    ]);
  });
  it('reads Vancouver names and drops et al.', () => {
    expect(names('Moreau JP, de Vries A, Okafor CN, et al.')).toEqual([
      { given: 'JP', family: 'Moreau' },
      { given: 'A', family: 'de Vries' },
      { given: 'CN', family: 'Okafor' },
    ]);
  });
  it('drops honorifics, degrees and affiliations', () => {
    expect(names('Dr. Lena Fischer, Ph.D.; Omar Haddad, M.D.; and Prof. Wei Zhang, M.P.H., all of the Lakeside Clinic')).toEqual([
      { given: 'Lena', family: 'Fischer' },
      { given: 'Omar', family: 'Haddad' },
      { given: 'Wei', family: 'Zhang' },
    ]);
    expect(names('Hana Novak and Piotr Lis of the Department of Chemistry, Riverside University')).toEqual([
      { given: 'Hana', family: 'Novak' },
      { given: 'Piotr', family: 'Lis' },
    ]);
  });
  it('keeps only initial-first names when a list is written that way', () => {
    expect(names('K. Brandt, S. Nakamura, Tumour Biology, Mountain Institute, Denver; L. Moreau, Paris').map((p) => p.family)).toEqual(['Brandt', 'Nakamura', 'Moreau']);
  });
  it('rejects what is not a person', () => {
    expect(readName('Department of Radiology')).toBeNull();
    expect(readName('Riverside University Medical Center')).toBeNull();
    expect(readName('M.D.')).toBeNull();
    expect(readName("Kieran O'Donnell")?.person).toEqual({ given: 'Kieran', family: "O'Donnell" });
  });
});

describe('reference lines', () => {
  it('reads a Vancouver reference with volume, issue, pages and year', () => {
    const r = parseReference('Moreau JP, de Vries A, Okafor CN, et al. Tidal mixing sets the pace of kelp recovery. Mar Ecol Lett. 2019;27(4):301–310. doi:10.5555/mel.2019.0042');
    expect(r.doi).toBe('10.5555/mel.2019.0042');
    expect(r.title).toBe('Tidal mixing sets the pace of kelp recovery');
    expect(r.authors.map((a) => a.family)).toEqual(['Moreau', 'de Vries', 'Okafor']);
    expect(r.journal).toBe('Mar Ecol Lett');
    expect([r.volume, r.issue, r.pages, r.year]).toEqual(['27', '4', '301-310', 2019]);
  });
  it('reads a quoted title between authors and journal', () => {
    const r = parseReference('Article reference: Hana Novak, Piotr Lis, Lena Fischer, "Night shifts and the timing of meals," Appetite Research, DOI: 10.5555/apr.2020.77, 2020.');
    expect(r.title).toBe('Night shifts and the timing of meals');
    expect(r.authors.map((a) => a.family)).toEqual(['Novak', 'Lis', 'Fischer']);
    expect(r.journal).toBe('Appetite Research');
    expect(r.year).toBe(2020);
  });
  it('reads "Authors: Title. In: Journal, Volume, Issue, Pages"', () => {
    const r = parseReference('Lena Fischer, Omar Haddad: Heat waves and hospital admissions in three cities. In: Journal of Urban Health Studies, Volume 12, Issue 3, March 2021, Pages 45-67. DOI: 10.5555/juhs.2021.03.004.');
    expect(r.title).toBe('Heat waves and hospital admissions in three cities');
    expect(r.authors).toHaveLength(2);
    expect(r.journal).toBe('Journal of Urban Health Studies');
    expect([r.volume, r.issue, r.pages, r.year]).toEqual(['12', '3', '45-67', 2021]);
  });
  it('reads "Title. Authors. Journal, published online …"', () => {
    const r = parseReference('Sleep timing and memory in older adults, a cohort study. Hana Novak, Piotr Lis, Wei Zhang. Sleep Medicine Today, published online 3 May 2018. doi: 10.5555/smt.0000000042');
    expect(r.title).toBe('Sleep timing and memory in older adults, a cohort study');
    expect(r.authors.map((a) => a.family)).toEqual(['Novak', 'Lis', 'Zhang']);
    expect(r.journal).toBe('Sleep Medicine Today');
    expect(r.year).toBe(2018);
  });
  it('reads "Title Authors et al. Journal. DOI" after an inline label', () => {
    const r = parseReference('A randomised trial of walking after meals in older adults Anna Berg and Tomas EJ Lund et al. The Geriatric Journal. DOI: 10.5555/S0000-0000(20)00001-1');
    expect(r.title).toBe('A randomised trial of walking after meals in older adults');
    expect(r.authors.map((a) => a.family)).toEqual(['Berg', 'Lund']);
    expect(r.journal).toBe('The Geriatric Journal');
    expect(r.doi).toBe('10.5555/S0000-0000(20)00001-1');
  });
});

describe('more reference styles', () => {
  it.each([
    [
      'Nature style',
      'Smith, J. A., Lee, K. & Park, S. Deep ocean currents slow as the climate warms. Nature 615, 456–461 (2023). https://doi.org/10.5555/s41586-023-0001-x',
      { title: 'Deep ocean currents slow as the climate warms', families: ['Smith', 'Lee', 'Park'], journal: 'Nature', volume: '615', issue: null, pages: '456-461', year: 2023 },
    ],
    [
      'APA style',
      'Garcia, M., et al. (2022). Soil microbes and drought. Journal of Soil Ecology, 14(2), 101-115. https://doi.org/10.5555/jse.2022.14',
      { title: 'Soil microbes and drought', families: ['Garcia'], journal: 'Journal of Soil Ecology', volume: '14', issue: '2', pages: '101-115', year: 2022 },
    ],
    [
      'PubMed style with an article number',
      'Jones AB, Patel R. Urban heat and sleep in three cities. Sci Adv. 2021 Mar 3;7(10):eabc1234. doi: 10.5555/sciadv.abc1234. PMID: 12345678.',
      { title: 'Urban heat and sleep in three cities', families: ['Jones', 'Patel'], journal: 'Sci Adv', volume: '7', issue: '10', pages: 'eabc1234', year: 2021 },
    ],
    [
      'quoted title, then "by" names and the journal',
      '“Night light exposure and metabolic health,” by Ana Souza, Li Wei and Peter Brown, Science Advances, 5 March 2024, DOI: 10.5555/sciadv.xyz',
      { title: 'Night light exposure and metabolic health', families: ['Souza', 'Wei', 'Brown'], journal: 'Science Advances', volume: null, issue: null, pages: null, year: 2024 },
    ],
  ])('reads the %s', (_style, text, want) => {
    const r = parseReference(text);
    expect({ title: r.title, families: r.authors.map((a) => a.family), journal: r.journal, volume: r.volume, issue: r.issue, pages: r.pages, year: r.year }).toEqual(want);
  });
});

describe('volume, issue, pages, year', () => {
  it.each([
    ['volume 81, issue 4 (2017)', { volume: '81', issue: '4', pages: null, year: 2017 }],
    ['81(4):301–310', { volume: '81', issue: '4', pages: '301-310', year: null }],
    ['Vol. 12, No. 3, pp. 45-67', { volume: '12', issue: '3', pages: '45-67', year: null }],
    ['2017;389:1234', { volume: '389', issue: null, pages: '1234', year: 2017 }],
    ['2017;389(10):1234-1240', { volume: '389', issue: '10', pages: '1234-1240', year: 2017 }],
    ['Volume 218, Issue 2, Pages 227.e1-227.e9', { volume: '218', issue: '2', pages: '227.e1-227.e9', year: null }],
  ])('reads %s', (text, want) => {
    expect(readNumbers(text)).toEqual(want);
  });
});

describe('journals', () => {
  it('reads a name up to punctuation or a lower-case word', () => {
    expect(readJournalName('Journal of Urban Health Studies, the journal of')?.name).toBe('Journal of Urban Health Studies');
    expect(readJournalName('Sleep Medicine® today')?.name).toBe('Sleep Medicine');
    expect(readJournalName('October 11 issue')).toBeNull();
  });
  it('matches an abbreviation to the full name', () => {
    expect(sameJournal('Mar Ecol Lett', 'Marine Ecology Letters')).toBe(true);
    expect(sameJournal('Lancet Neurology', 'The Lancet Neurology')).toBe(true);
    expect(sameJournal('Marine Ecology', 'Marine Policy')).toBe(false);
  });
  it('finds publication sentences and skips institutions and dates', () => {
    const m = findMentions(block('The results are published in the May 7 issue of the journal Sleep Medicine Today, and were released today by the University of Lakeside.'));
    expect(m.map((x) => [x.journal, x.kind])).toEqual([['Sleep Medicine Today', 'published']]);
    const r = findMentions(block('A companion paper, due out in the journal Frontiers in Marine Biology, describes a second result.'));
    expect(r.map((x) => [x.journal, x.kind])).toEqual([['Frontiers in Marine Biology', 'related']]);
    const s = findMentions(block('In a paper in the journal Coastal Research, the team shows the opposite. A study in Boston found nothing.'));
    expect(s.map((x) => x.journal)).toEqual(['Coastal Research']);
    const b = findMentions(block('An earlier study published in Coastal Research showed the opposite.'));
    expect(b.map((x) => x.kind)).toEqual(['background']);
    const p = findMentions(block('The results were presented today at the 2024 Annual Meeting of the Coastal Society in Lisbon.'));
    expect(p.map((x) => [x.journal, x.kind, x.year])).toEqual([['Annual Meeting of the Coastal Society', 'presented', 2024]]);
  });
});

describe('authors and titles in prose', () => {
  it('reads author roles, lists and "et al." but not who only led the study', () => {
    const text = 'The study, led by Dr. Ruth Adler, was published today. "It works," said lead author Hana Novak, a postdoc. Co-authors include Piotr Lis and Chloé Dubois-Lefèvre of the Riverside Institute. "We were surprised," said Omar Haddad, M.D., the study\'s senior author. The results reported by Fischer et al were confirmed.';
    expect(findProseAuthors(text).map((h) => h.person.family)).toEqual(['Novak', 'Lis', 'Dubois-Lefèvre', 'Haddad', 'Fischer']);
  });
  it('reads quoted, titled and editorial-label titles', () => {
    expect(findTitles('In the paper, "Tidal Mixing Sets the Pace of Kelp Recovery," the team shows').map((t) => t.title)).toEqual(['Tidal Mixing Sets the Pace of Kelp Recovery']);
    expect(findTitles('The study, titled Tidal mixing sets the pace of kelp recovery, is published in Ocean Letters.').map((t) => t.title)).toEqual(['Tidal mixing sets the pace of kelp recovery']);
    expect(findTitles('Editorial: Do We Walk Enough After Meals?').map((t) => [t.title, t.editorial])).toEqual([['Do We Walk Enough After Meals?', true]]);
    expect(findTitles("Editor's Note: Please see the article for additional information.")).toEqual([]);
  });
});
