import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import type { Article } from '../src/types.js';

/** The articles the tool reads from a small release. */
async function articlesOf(text: string, path = 'release.txt'): Promise<Article[]> {
  const { record } = await convertAsync(Buffer.from(text), { path });
  return record.articles;
}

describe('a release about no paper', () => {
  it('reads no paper from a lone DOI linked as the group\'s earlier work', async () => {
    const a = await articlesOf(
      '# Trust funds a new survey of river dolphins\n\n*Published 4 May 2027*\n\nDr Ines Moreau-Tal and colleagues have been awarded £2 million to count dolphins in the Amazon.\n\nThe programme builds on [previous work by the team](https://doi.org/10.1111/mms.13021), which found that numbers had halved.\n',
      'release.md',
    );
    expect(a).toEqual([]);
  });
  it('keeps a lone DOI whose sentence reports the publication', async () => {
    const a = await articlesOf(
      'Dolphins count again\n\nThe results confirm earlier studies, the team reports in Marine Mammal Science (doi: 10.1111/mms.13022).\n',
    );
    expect(a[0]?.doi).toBe('10.1111/mms.13022');
  });
});

describe('a meeting whose name holds "in"', () => {
  it('keeps "Human Factors in Computing Systems" and drops the city', async () => {
    const a = await articlesOf(
      'Glasses that whisper names\n\nThe paper, "Discreet prompts for people who cannot recognise faces," will be presented May 12 at the ACM CHI Conference on Human Factors in Computing Systems in Yokohama, Japan.\n',
    );
    expect(a[0]?.journal).toBe('ACM CHI Conference on Human Factors in Computing Systems');
  });
});

describe('authors in prose', () => {
  it('reads a family name alone that closes a list of authors, in its full form', async () => {
    const a = await articlesOf(
      'Bees dance longer for better flowers\n\nA study by Greta Lindqvist-Amadi and colleagues was published this week in the Proceedings of the National Academy of Sciences. Authors on the paper include Tomas Bergkvist, a doctoral candidate, Ana Ruiz-Oduya, a postdoctoral scholar, and Lindqvist-Amadi.\n',
    );
    expect(a[0]?.authors).toEqual([
      { given: 'Tomas', family: 'Bergkvist' },
      { given: 'Ana', family: 'Ruiz-Oduya' },
      { given: 'Greta', family: 'Lindqvist-Amadi' },
    ]);
  });
  it('reads "said Dr X from Y, the study\'s lead author" and "X is its senior author"', () => {
    const h = findProseAuthors('"It is a surprise," said Dr Kirsty Amber-Lowe from the Department of Integrative Biology and Evolutionary Sciences, the study\'s lead author.');
    expect(h.map((x) => x.person)).toEqual([{ given: 'Kirsty', family: 'Amber-Lowe' }]);
    const i = findProseAuthors('The preprint\'s first author is Dr. Ken Asari-Holm; Dr. Maya Vance-Ortiz is its senior author.');
    expect(i.map((x) => x.person.family)).toEqual(['Asari-Holm', 'Vance-Ortiz']);
  });
  it('does not read a speaker after a long affiliation when no role follows the comma', () => {
    const h = findProseAuthors('"It works," said Dr Kirsty Amber-Lowe from the Department of Integrative Biology and Evolutionary Sciences, which funded the work of first author Ken Lim.');
    expect(h.map((x) => x.person.family)).toEqual(['Lim']);
  });
});

describe('the year of a preprint posted this week', () => {
  it('is the release\'s year', async () => {
    const a = await articlesOf(
      'Walking eases long COVID, preprint suggests\n\nApril 9, 2027\n\nMINNEAPOLIS — Paced walking reduced symptoms, according to a study posted to the preprint server medRxiv this week.\n',
    );
    expect(a[0]?.journal).toBe('medRxiv');
    expect(a[0]?.year).toBe(2027);
  });
});

describe('reference lines', () => {
  it('reads a reference under a bare "Reference" line', () => {
    const r = parseReference('Reference\nAi Mori-Lee, Ken Ueno, Taro Hoshi-Grant, "A single neuron type sustains memory in flies", Current Biology, 10.1016/j.cub.2027.08.041');
    expect(r.authors.map((p) => p.family)).toEqual(['Mori-Lee', 'Ueno', 'Hoshi-Grant']);
    expect(r.journal).toBe('Current Biology');
  });
  it('reads volume and pages after a colon before a bracketed year', () => {
    expect(readNumbers('Science 395: 1021–1025 (2027).')).toMatchObject({ volume: '395', pages: '1021-1025', year: 2027 });
  });
  it('reads an APS citation: initials-first names, an unquoted title, the abbreviated journal', async () => {
    const r = parseReference('J. Vandermeer, A. L. Brennan-Okafor, and S. Takeda-Holm, Single-spin resonance of a metalloprotein with a diamond sensor, Phys. Rev. Lett. 138, 073601 (2027).');
    expect(r.authors.map((p) => p.family)).toEqual(['Vandermeer', 'Brennan-Okafor', 'Takeda-Holm']);
    expect(r.title).toBe('Single-spin resonance of a metalloprotein with a diamond sensor');
    expect(r).toMatchObject({ volume: '138', pages: '073601', year: 2027 });
    const a = await articlesOf(
      'Quantum sensor spots one spin\n\nFeb. 17, 2027\n\nThe result is reported in Physical Review Letters.\n\nCitation: J. Vandermeer, A. L. Brennan-Okafor, and S. Takeda-Holm, Single-spin resonance of a metalloprotein with a diamond sensor, Phys. Rev. Lett. 138, 073601 (2027).\n',
    );
    expect(a[0]).toMatchObject({ journal: 'Physical Review Letters', volume: '138', pages: '073601', year: 2027 });
  });
});

describe('agencies, labels and verbs', () => {
  it('reads no journal from a report "released today by the Bureau of Meteorology"', async () => {
    const a = await articlesOf(
      'Australia has warmed by 1.6 degrees\n\nThursday 11 November 2027\n\nThe climate has warmed since 1910, according to the State of the Climate 2027 report released today by the Bureau of Hydrology and Meteorology.\n',
    );
    expect(a).toEqual([]);
  });
  it('reads "a 2025 study in X" after "published by …, including" as background', async () => {
    const a = await articlesOf(
      'A new climate report\n\nThursday 11 November 2027\n\nThe report draws on the latest monitoring and on research published by scientists at both agencies, including a 2025 study in the Journal of Climate on heatwaves.\n',
    );
    expect(a).toEqual([]);
  });
  it('reads the reference after "Paper cited:"', () => {
    const r = parseReference('Paper cited: Roe-Nwosu R, et al. Annual siRNA therapy targeting lipoprotein(a) and cardiovascular events. N Engl J Med 2027;396:1688-99. DOI: 10.1056/NEJMoa2701184');
    expect(r.title).toBe('Annual siRNA therapy targeting lipoprotein(a) and cardiovascular events');
    expect(r.authors[0]?.family).toBe('Roe-Nwosu');
  });
  it('reads the journal after "researchers reporting in"', async () => {
    const a = await articlesOf('Coffee grounds filter microplastics\n\nNow, researchers reporting in ACS ES&T Water have turned used grounds into a carbon sponge.\n');
    expect(a[0]?.journal).toBe('ACS ES&T Water');
  });
  it('reads no year from a bioRxiv number', () => {
    expect(readNumbers('Roe A, Lim B. Skin patterns replayed in sleep. bioRxiv 2027.08.14.607712').year).toBeNull();
    expect(readNumbers('Roe A, Lim B. Skin patterns replayed in sleep. bioRxiv (2027)').year).toBe(2027);
  });
});

describe('an accompanying Perspective named in prose', () => {
  it('gives the Perspective its labelled DOI and its writer', async () => {
    const a = await articlesOf(
      'Ancient proteins place the hobbit\n\nThe protein places the hominin on the family tree, according to a study published Jan. 21 in Science.\n\nIn an accompanying Perspective, "Reading the hobbit\'s teeth," paleoanthropologist Lucia Ferreira-Obi of the University of Lisbon writes that the method could travel.\n\nStudy: "Enamel proteome of Homo floresiensis," Science, DOI: 10.1126/science.adv2201\nPerspective: DOI: 10.1126/science.adv8890\n',
    );
    expect(a.map((x) => x.doi)).toEqual(['10.1126/science.adv2201', '10.1126/science.adv8890']);
    expect(a[1]).toMatchObject({ title: "Reading the hobbit's teeth", journal: 'Science', authors: [{ given: 'Lucia', family: 'Ferreira-Obi' }] });
  });
});

describe('links and references in more shapes', () => {
  it('reads the DOI of a Markdown reference link ("[the paper][p]" and "[p]: https://doi.org/…")', async () => {
    const a = await articlesOf(
      '# Solar panels cool roofs\n\nPanels cut cooling demand, according to [the paper][p] by Ana Roe-Luna and colleagues in *Nature Energy*.\n\n[p]: https://doi.org/10.1038/s41560-027-01623-4\n',
      'release.md',
    );
    expect(a[0]).toMatchObject({ doi: '10.1038/s41560-027-01623-4', journal: 'Nature Energy' });
  });
  it('takes no year from the sentence of a previous study\'s DOI', async () => {
    const a = await articlesOf(
      'Parrot chicks grow faster\n\n22 June 2027\n\nThe team\'s previous study, published in Nature in 2024 (https://doi.org/10.1038/s41586-024-07712-1), showed that the parrots breed only in mast years.\n\nThe new study appears today in Conservation Biology: https://doi.org/10.1111/cobi.14488\n',
    );
    expect(a.map((x) => x.doi)).toEqual(['10.1111/cobi.14488']);
    expect(a[0]).toMatchObject({ journal: 'Conservation Biology', year: 2027 });
  });
  it('reads an RSC reference without a DOI under "Reference:"', async () => {
    const a = await articlesOf(
      '# Paracetamol from pine needles\n\nThe work is described in the paper "A bio-based route to paracetamol from pinene," published in *Green Chemistry*.\n\n**Reference:** H. Farrant-Obi, S. Raghu and G. Okwu-Lind, *Green Chem.*, 2027, 29, 1184–1191.\n',
      'release.md',
    );
    expect(a[0]).toMatchObject({ journal: 'Green Chemistry', volume: '29', pages: '1184-1191', year: 2027 });
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Farrant-Obi', 'Raghu', 'Okwu-Lind']);
  });
});

describe('hostile initials-first lists', () => {
  it('reads a long run of initials-first names without an "and" in linear time', () => {
    const start = performance.now();
    parseReference(`${'A. B. Roe, '.repeat(150)}and C`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
