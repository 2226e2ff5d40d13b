import { describe, expect, it } from 'vitest';
import { splitTitleNames } from '../src/extractors/article/title-then-names.js';
import { articlesOf } from './support/invented.js';

describe('splitTitleNames', () => {
  it.each([
    ['Cold-water corals track the retreat of sea ice, Ilse ter Braak, Tomasz Wierzba and Ana Ruiz-Lopez', 'Cold-water corals track the retreat of sea ice', ['ter Braak', 'Wierzba', 'Ruiz-Lopez']],
    ['A paper battery that dissolves in compost, Maja Lindgren, Oskar Berglund-Yeo', 'A paper battery that dissolves in compost', ['Lindgren', 'Berglund-Yeo']],
  ])('splits %j', (title, head, families) => {
    const s = splitTitleNames(title);
    expect(s?.title).toBe(head);
    expect(s?.authors.map((p) => p.family)).toEqual(families);
  });

  it.each([
    ['Fish declines in three rift lakes, Lake Malawi, Lake Tanganyika and Lake Victoria'],
    ['Climate, Land Use and Fire'],
    ['Seabirds of the north, with notes on Tern Colonies, Puffin Burrows'],
    ['Sediment cores from the shelf, Ana Ruiz'],
  ])('leaves %j whole (must not change)', (title) => {
    expect(splitTitleNames(title)).toBeNull();
  });
});

describe('a title-first reference line with its authors after the title', () => {
  it('reads title and authors of "*Title*, A, B and C, *Journal* (2070)"', () => {
    const a = articlesOf('Corals and sea ice\n\nMarch 3, 2070\n\nCorals follow the ice, a survey finds.\n\n## Paper details\n\n*Cold-water corals track the retreat of sea ice*, Ilse ter Braak, Tomasz Wierzba and Ana Ruiz-Lopez, *Nature Geoscience* (2070). DOI: 10.1038/s41561-070-01122-4\n')[0]!;
    expect(a.title).toBe('Cold-water corals track the retreat of sea ice');
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Ilse ter Braak', 'Tomasz Wierzba', 'Ana Ruiz-Lopez']);
    expect(a.journal).toBe('Nature Geoscience');
  });
});

describe('a Hawaiian name with an ʻokina', () => {
  it('reads "said Kalani Akanaʻole-Reyes, lead author and …" as the author', () => {
    const a = articlesOf('Reef sounds\n\nHONOLULU — March 3, 2070\n\nReefs grow quieter as they bleach, a study finds.\n\n"The reef is going silent," said Kalani Akanaʻole-Reyes, lead author and a doctoral candidate at the institute.\n\nThe study was published in Coral Reefs. DOI: 10.1007/s00338-070-02511-3\n')[0]!;
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Kalani Akanaʻole-Reyes']);
  });
});

describe('readJournalName: "on a" inside a journal\'s name', () => {
  it('reads "Lab on a Chip" before its numbers', async () => {
    const { readJournalName } = await import('../src/extractors/article/journal.js');
    expect(readJournalName('Lab on a Chip 40 (2070), 1733–1745.')?.name).toBe('Lab on a Chip');
    expect(readJournalName('Science on a Monday in May')?.name).toBe('Science');
    expect(readJournalName('Nature on a hunch')?.name).toBe('Nature');
  });
});

describe('a German "Original-Publikation:" line: initials first, a colon, the title, the journal and its year', () => {
  it('reads title, journal, year and authors', () => {
    const text = 'Pilze warnen Pflanzen\n\nJena (17.03.2070) Wenn Raupen an einer Pflanze fressen, warnen Pilzgeflechte die Nachbarn.\n\nOriginal-Publikation:\nA. Brandt-Okoye, K. Lehmann: Fungal networks relay warnings between bean plants, Plant Physiology (2070), DOI: 10.1093/plphys/kiad70011\n';
    const a = articlesOf(text, 'md')[0]!;
    expect(a.title).toBe('Fungal networks relay warnings between bean plants');
    expect(a.journal).toBe('Plant Physiology');
    expect(a.year).toBe(2070);
    expect(a.authors.map((p) => p.family)).toEqual(['Brandt-Okoye', 'Lehmann']);
  });
});

describe('splitTitleJournal', () => {
  it('cuts "…, New Phytologist (2070)," from a title', async () => {
    const { splitTitleJournal } = await import('../src/extractors/article/title-journal-tail.js');
    expect(splitTitleJournal('Roots talk to fungi, New Phytologist (2070),')).toEqual({ title: 'Roots talk to fungi', journal: 'New Phytologist', year: 2070 });
    expect(splitTitleJournal('Roots talk to fungi, as shown earlier (2069)')).toBeNull();
  });
});
