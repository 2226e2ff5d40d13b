import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const release = (paper: string): string =>
  '# Moorland peat stores more carbon after rewetting\n\n' +
  '**YORK, 9 October 2052** – Blocking old drainage ditches lets upland peat lay down carbon again within five years, a field study reports.\n\n' +
  '"The bog starts to grow again almost as soon as the water stays put," said Dr Halvard Osei-Brennan, who ran the field trials.\n\n' +
  `${paper}\n\n` +
  '## Media contact\n\nNell Pritchard, press office, n.pritchard@moor.example.ac.uk\n';

const DOI = '10.1111/gcb.52871';

describe('authors named in prose after a paper\'s title or citation (left-out misses of round 48)', () => {
  it.each([
    ['"is by" after the quoted title', `The paper, “Rewetting restores carbon uptake in drained blanket bog,” is by Halvard Osei-Brennan and Ilse Varga. DOI: ${DOI}`, ['Osei-Brennan', 'Varga']],
    ['"was by" after the quoted title, a citation in brackets after the names', `The paper, "Rewetting restores carbon uptake in drained blanket bog", was by Halvard Osei-Brennan, Ilse Varga and Tamsin Rook (Global Change Biology, 2052, 58(10), 4410-4422). DOI: ${DOI}`, ['Osei-Brennan', 'Varga', 'Rook']],
    ['"lists X as first author and Y as senior author"', `The paper, “Rewetting restores carbon uptake in drained blanket bog,” lists Ilse Varga as first author and Halvard Osei-Brennan as senior author. DOI: ${DOI}`, ['Varga', 'Osei-Brennan']],
    ['"names Dr X as lead author"', `The paper in Global Change Biology names Dr. Ilse Varga as lead author. DOI: ${DOI}`, ['Varga']],
    ['", by" after the bracketed DOI', `The study appears in *Global Change Biology* (doi: ${DOI}), by Ilse Varga and Tamsin Rook.`, ['Varga', 'Rook']],
    ['a Vancouver reference inside brackets in a sentence', `The results are published (Varga I, Rook T, Osei-Brennan H. Rewetting restores carbon uptake in drained blanket bog. Glob Chang Biol. 2052;58(10):4410-4422. doi:${DOI}).`, ['Varga', 'Rook', 'Osei-Brennan']],
    ['Vancouver names and journal in brackets with no title', `The paper is "Rewetting restores carbon uptake in drained blanket bog" (Varga I, Rook T, Glob Chang Biol 2052;58(10):4410-4422; doi:${DOI}).`, ['Varga', 'Rook']],
  ])('reads the authors of %s', (_label, paper, families) => {
    const a = articlesOf(release(paper as string))[0]!;
    expect(a.doi).toBe(DOI);
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('reads the journal and numbers of a bracketed Vancouver reference, not the sentence around it', () => {
    const a = articlesOf(release(`The results are published (Varga I, Rook T, Osei-Brennan H. Rewetting restores carbon uptake in drained blanket bog. Glob Chang Biol. 2052;58(10):4410-4422. doi:${DOI}).`))[0]!;
    expect(a.title).toBe('Rewetting restores carbon uptake in drained blanket bog');
    expect(a.journal).toBe('Glob Chang Biol');
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['58', '10', '4410-4422', 2052]);
  });

  it.each([
    ['a bracket that holds only the DOI', `The study is in Global Change Biology (doi: ${DOI}).`],
    ['"names" with no author role after it', `The paper names Ilse Varga's field site as the wettest in the survey. DOI: ${DOI}`],
    ['"is by far" after the quoted title', `The paper, “Rewetting restores carbon uptake in drained blanket bog,” is by far the largest of its kind. DOI: ${DOI}`],
  ])('reads no authors from %s (unchanged)', (_label, paper) => {
    const a = articlesOf(release(paper as string))[0]!;
    expect(a.doi).toBe(DOI);
    expect(a.authors).toEqual([]);
  });
});

describe('a journal whose subtitle after the colon opens like a month ("Marine", "Decision")', () => {
  it.each([
    ['Aquatic Conservation: Marine and Freshwater Ecosystems'],
    ['Judgment: Decision Processes'],
    ['Journal of Exploration: Novel Methods'],
  ])('reads "%s" whole from an APA reference, italic or not', (journal) => {
    for (const printed of [`*${journal}*`, journal]) {
      const a = articlesOf(release(`Varga, I., & Rook, T. (2052). Rewetting restores carbon uptake in drained blanket bog. ${printed}, 58(10), 4410–4422. https://doi.org/${DOI}`))[0]!;
      expect(a.journal).toBe(journal);
      expect(a.title).toBe('Rewetting restores carbon uptake in drained blanket bog');
      expect(a.volume).toBe('58');
    }
  });

  it('still reads no month as a subtitle ("Journal of Ecology: March 2052, 58(10)") (unchanged)', () => {
    const a = articlesOf(release(`Varga, I., & Rook, T. (2052). Rewetting restores carbon uptake in drained blanket bog. Journal of Ecology: March 2052, 58(10), 4410–4422. https://doi.org/${DOI}`))[0]!;
    expect(a.journal).toBe('Journal of Ecology');
  });
});

describe('a journal name holding a comma, read whole in a reference', () => {
  const apa = (printed: string): string => `Varga, I., & Rook, T. (2052). Rewetting restores carbon uptake in drained blanket bog. ${printed}, 58(10), 4410–4422. https://doi.org/${DOI}`;
  it.each([
    ['Cancer Epidemiology, Biomarkers & Prevention', apa('*Cancer Epidemiology, Biomarkers & Prevention*')],
    ['Cancer Epidemiology, Biomarkers & Prevention', `Varga I, Rook T. Rewetting restores carbon uptake in drained blanket bog. Cancer Epidemiology, Biomarkers & Prevention. 2052;58(10):4410-4422. doi:${DOI}`],
    ['Palaeogeography, Palaeoclimatology, Palaeoecology', apa('*Palaeogeography, Palaeoclimatology, Palaeoecology*')],
    ['Palaeogeography, Palaeoclimatology, Palaeoecology', `Varga, I. & Rook, T. Rewetting restores carbon uptake in drained blanket bog. *Palaeogeography, Palaeoclimatology, Palaeoecology* **58**, 4410–4422 (2052). DOI: ${DOI}`],
  ])('reads "%s"', (journal, paper) => {
    const a = articlesOf(release(paper as string))[0]!;
    expect(a.journal).toBe(journal);
    expect(a.volume).toBe('58');
  });

  it('reads no people after a journal in prose as part of its name (unchanged)', () => {
    const a = articlesOf(release(`The study, published today in Science Advances, Varga and Rook say, tracked twelve bogs. DOI: ${DOI}`))[0]!;
    expect(a.journal).toBe('Science Advances');
  });
});
