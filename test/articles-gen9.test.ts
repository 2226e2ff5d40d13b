import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';

const articles = (text: string) => convert(text, { path: 'x.txt' }).record.articles;
const families = (authors: { family: string }[]) => authors.map((a) => a.family).sort();

describe('a Cell Press line "Journal, X et al.: "Title" URL"', () => {
  it('reads the title, the journal and the first author', () => {
    const a = articles(
      'Sea otters learn to crack clams from their mothers\n\nIn a paper published March 3 in Current Biology, researchers followed 40 otter pups along the coast.\n\n"Pups copy the exact stone their mother uses," says senior author Lena Varga of Coastline University.\n\nCurrent Biology, Moreau et al.: "Maternal tool choice shapes foraging in juvenile sea otters" https://www.cell.com/current-biology/fulltext/S0960-9822(29)00412-7\n',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.title).toBe('Maternal tool choice shapes foraging in juvenile sea otters');
    expect(a[0]!.journal).toBe('Current Biology');
    expect(families(a[0]!.authors)).toEqual(['Moreau', 'Varga']);
  });
});

describe('"first author on the second paper"', () => {
  it.each([
    ['on', 'Graduate student Amara Lindqvist, first author on the second paper, counted beetles for three summers.'],
    ['of', '"We had never seen so many beetles in one field," says PhD student Amara Lindqvist, first author of the second paper.'],
  ])('gives the author to the second paper ("author %s")', (_, sentence) => {
    const a = articles(
      `Two papers on dung beetles\n\nIn the first paper, in Ecology Letters, the team mapped where beetles bury dung. In the second, in Functional Ecology, they measured how fast the soil recovered.\n\n${sentence}\n`,
    );
    expect(a.map((x) => x.journal)).toEqual(['Ecology Letters', 'Functional Ecology']);
    expect(a[0]!.authors).toEqual([]);
    expect(families(a[1]!.authors)).toEqual(['Lindqvist']);
  });
});

describe('the year after the journal on a source line', () => {
  it('reads "Journal, online December 4, 2026"', () => {
    const a = articles(
      'Night shifts and kidney stones\n\nNurses who worked nights for a decade had more kidney stones, researchers report in the Journal of Urology Practice.\n\nSOURCE: bit.example/4abc Journal of Urology Practice, online March 9, 2027.\n',
    );
    expect(a[0]!.journal).toBe('Journal of Urology Practice');
    expect(a[0]!.year).toBe(2027);
  });
  it('reads "Journal, published online 9 March 2027"', () => {
    const a = articles('Night shifts and kidney stones\n\nThe study appears in the Journal of Urology Practice.\n\nSource: Journal of Urology Practice, published online 9 March 2027\n');
    expect(a[0]!.year).toBe(2027);
  });
});

describe('an author label with the name on the next line of the same block', () => {
  it('reads "Corresponding Author:⏎Name⏎Affiliation⏎Email: …"', () => {
    const a = articles(
      'Moths hear bats through their wings\n\nThe study is published in Nature. DOI: 10.1038/s41586-028-04567-1\n\nCorresponding Author:\nTobias Engqvist\nLund Institute of Zoology, Sweden\nEmail: t.engqvist@lund.example.se\n',
    );
    expect(a[0]!.authors).toEqual([{ given: 'Tobias', family: 'Engqvist' }]);
  });
});

describe('a news story\'s byline', () => {
  it('"Author: X" among the story\'s header lines names no author of the paper', () => {
    const a = articles(
      'Academy of Sciences\n\nSoybean roots find phosphate by taste\n\nMar 14, 2028\nSource: Institute of Botany\nAuthor: CHEN Hao\n\nA team led by Prof. LIN Yue has found how soybean roots sense phosphate.\n\nThe study was published in Plant Cell in March 2028.\n',
    );
    expect(a[0]!.journal).toBe('Plant Cell');
    expect(a[0]!.authors).toEqual([]);
  });
  it('"Author:" beside the paper\'s own fields still names its author', () => {
    const a = articles(
      'Soybean roots find phosphate by taste\n\nA team has found how soybean roots sense phosphate.\n\nTitle: Root phosphate sensing through a membrane receptor in soybean\nAuthor: Hao Chen\nJournal: Plant Cell\nPublished: 14 March 2028\n',
    );
    expect(a[0]!.authors.map((p) => p.family)).toEqual(['Chen']);
  });
});

describe('an office\'s possessive before an author\'s name', () => {
  it('reads "the Park Service’s Dr. X, the study’s co-lead author" and "Y’s Z, the other co-lead author"', () => {
    const a = articles(
      'Elk avoid roads at dusk\n\nElk cross highways less at dusk, according to a study published in Journal of Wildlife Management.\n\n“They time their crossings to the traffic,” said the Park Service’s Dr. Marisol Ketchum, the study’s co-lead author.\n\nMontana State’s Elias Brandvold, the other co-lead author and a graduate student in ecology, fitted the collars.\n',
    );
    expect(a[0]!.authors).toEqual([
      { given: 'Marisol', family: 'Ketchum' },
      { given: 'Elias', family: 'Brandvold' },
    ]);
  });
});

describe('a quoted nickname inside an author\'s name', () => {
  it.each([
    ['straight', 'We spoke to the lead author, Professor Thabo "T.K." Mokoena, about the reef survey.'],
    ['curly', 'We spoke to the lead author, Dr. Thabo “Tee” Mokoena, about the reef survey.'],
  ])('drops a %s-quoted nickname', (_, sentence) => {
    const a = articles(`Reef fish return after the bleaching\n\nA new study in the journal Coral Reefs counts fish on twelve reefs. ${sentence}\n`);
    expect(a[0]!.authors).toEqual([{ given: 'Thabo', family: 'Mokoena' }]);
  });
});
