import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import type { Block } from '../src/types.js';
import { findJournalNames, findMentions } from '../src/extractors/article/mention.js';
import { readJournalName, looksLikeJournal } from '../src/extractors/article/journal.js';
import { addPeople, findProseAuthors } from '../src/extractors/article/authors.js';
import { findTitles } from '../src/extractors/article/title.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { authorQuoteMarkers, findNotedSpeakers } from '../src/extractors/article/noted-quotes.js';

const run = (name: string) => {
  const path = `fixtures/articles/${name}`;
  return convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path }).record;
};
const families = (authors: { family: string }[]) => authors.map((a) => a.family);
const block = (text: string): Block => ({ index: 0, kind: 'paragraph', depth: 0, text, start: 0, end: text.length, section: 'body', links: [], emphasis: [], quoteDepth: 0, inList: false, node: { type: 'text', value: text } });
const mentions = (text: string, releaseYear: number | null = null) => findMentions(block(text), { releaseYear }).map((m) => [m.journal, m.kind, m.year]);
const authors = (text: string) => findProseAuthors(text).map((h) => [h.person.given, h.person.family]);

describe('journal phrases that used to create no article', () => {
  it.each([
    ['an adjective before "journal"', 'The findings were recently published in the international journal Glaciology Letters.', 'Glaciology Letters'],
    ['two adjectives before "journal"', 'The work appears in the leading peer-reviewed journal Coastal Hazards.', 'Coastal Hazards'],
    ['"published online last month by" a journal', 'The results, published online last month by Annals of Coastal Medicine, suggest a cheaper test.', 'Annals of Coastal Medicine'],
    ['a date between the verb and the journal', 'She was senior author of the study appearing Sept. 8 in the Journal of Rural Health.', 'Journal of Rural Health'],
    ['"the online version of"', 'The paper was recently published in the online version of The Journal of Wound Care.', 'The Journal of Wound Care'],
    ['"the print edition of"', 'The study is published in the print edition of Pediatric Dermatology this month.', 'Pediatric Dermatology'],
    ['"reported this week in"', 'The discovery is reported this week in Current Microbiology.', 'Current Microbiology'],
    ['"accepted for publication in"', 'The paper has been accepted for publication in Soil Biology and Biochemistry.', 'Soil Biology and Biochemistry'],
    ['"the authors write in"', 'As the authors write in Freshwater Ecology, the effect was large.', 'Freshwater Ecology'],
    ['a noun and a journal-like name', 'A new study in JAMA Dermatology found that the cream works.', 'JAMA Dermatology'],
    ['"out now in"', 'Their report, out now in The Lancet Oncology, shows a benefit.', 'The Lancet Oncology'],
    ["a society's journal", 'The findings were published by the American Heart Association journal Circulation.', 'Circulation'],
    ['a date in parentheses', 'The results, published Thursday (Jan. 5) in the journal Science, show a benefit.', 'Science'],
  ])('%s', (_what, text, journal) => {
    const m = findMentions(block(text));
    expect(m.map((x) => [x.journal, x.kind])).toEqual([[journal, 'published']]);
  });

  it('does not take a place after "a study in" for a journal, nor a person after "by"', () => {
    expect(mentions('A study in Boston found nothing new.')).toEqual([]);
    expect(mentions('The report was published online by Mayor Tom Jones last week.')).toEqual([]);
  });

  it('finds "the journal X" and "X published the study" when no sentence reports the publication', () => {
    expect(findJournalNames(block('Writing for the journal Coral Reefs, the team describes the bleaching.')).map((m) => m.journal)).toEqual(['Coral Reefs']);
    expect(findJournalNames(block('On Monday, Nature Ecology published the study, which tracked 40 reefs.')).map((m) => m.journal)).toEqual(['Nature Ecology']);
    expect(findJournalNames(block('The city council published the report on Monday.'))).toEqual([]);
  });
});

describe('where a journal name ends, and the year after it', () => {
  it.each([
    ['published in Marine Ecology Letters on April 3, 2016, after review.', 'Marine Ecology Letters', 2016],
    ['published in Marine Ecology Letters on 3 April 2016 after review.', 'Marine Ecology Letters', 2016],
    ['published online in Soil Biology on Sept. 8, 2015.', 'Soil Biology', 2015],
    ['published in Cardiac Imaging in March 2019, the paper', 'Cardiac Imaging', 2019],
    ['published in Cardiac Imaging this week.', 'Cardiac Imaging', null],
    ['published in The Lancet Respiratory Medicine.2 The trial ran for a year.', 'The Lancet Respiratory Medicine', null],
  ])('%s', (text, journal, year) => {
    const m = findMentions(block(`The results were ${text}`));
    expect(m.map((x) => [x.journal, x.year])).toEqual([[journal, year]]);
  });

  it('cuts a footnote mark glued to the last word', () => {
    expect(readJournalName('Lancet.1 The study')?.name).toBe('Lancet');
    expect(readJournalName('Nature Medicine³ and')?.name).toBe('Nature Medicine');
  });

  it('never takes a year from an accounting period', () => {
    expect(readNumbers('for the fiscal year ended December 31, 2017').year).toBeNull();
    expect(readNumbers('for the three months ended March 31, 2018, and 2017;389(10):1234-1240').year).toBe(2017);
    expect(mentions('Risks are described in the Annual Report on Form 10-K for the fiscal year ended December 31, 2017.')).toEqual([]);
  });
});

describe('background papers and the release itself are not reported papers', () => {
  it('reads "another study from this group", "an earlier study" and "that study" as background', () => {
    expect(mentions('Another study from this group recently reported in Pediatric Sleep found a smaller effect.')).toEqual([['Pediatric Sleep', 'background', null]]);
    expect(mentions('The results of that study were published in Sleep Medicine in 2012.')).toEqual([['Sleep Medicine', 'background', 2012]]);
    // A related paper in the same issue still counts.
    expect(mentions('A related paper is also published in Pediatric Sleep.').map((m) => m[1])).toEqual(['related']);
  });

  it('reads a paper published years before the release as background, unless it is new', () => {
    expect(mentions('The results were published in Cardiac Imaging in 2009.', 2018)).toEqual([['Cardiac Imaging', 'background', 2009]]);
    expect(mentions('The results were published in Cardiac Imaging in 2017.', 2018)).toEqual([['Cardiac Imaging', 'published', 2017]]);
    expect(mentions('The results were published in Cardiac Imaging in 2009.', null)).toEqual([['Cardiac Imaging', 'published', 2009]]);
  });

  it('skips a language, and a sentence about the release', () => {
    expect(mentions('This news release is available in French.')).toEqual([]);
    expect(mentions('This press release is also available in Portuguese and Korean.')).toEqual([]);
    expect(mentions('The brochure is published in Welsh.')).toEqual([]);
  });

  it('knows journal-like names', () => {
    expect(['European Urology', 'Metabolomics', 'Journal of Breath Research', 'JAMA', 'Gut'].map(looksLikeJournal)).toEqual([true, true, true, true, true]);
    expect(['Tom Jones', 'Boston', 'Annual Report on Form', 'Department of Health'].map(looksLikeJournal)).toEqual([false, false, false, false]);
  });
});

describe('authors in prose', () => {
  it('reads "In addition to X, co-authors include …" with X first', () => {
    expect(authors('In addition to Villanueva, co-authors include Priya Raman and Tomasz Nowak.')).toEqual([
      [null, 'Villanueva'],
      ['Priya', 'Raman'],
      ['Tomasz', 'Nowak'],
    ]);
    expect(authors('In addition to Dr. Ana Lima, other Lakeside authors are Ravi Patel and Jo Smith.').map((a) => a[1])).toEqual(['Lima', 'Patel', 'Smith']);
  });

  it('reads the subject of "… and was senior author of the study"', () => {
    expect(authors('Villanueva designed the trial at twelve clinics and was senior author of the study.')).toEqual([[null, 'Villanueva']]);
    expect(authors('He designed the trial and was senior author of the study.')).toEqual([]);
    expect(authors('Doe is the senior author of the paper.')).toEqual([[null, 'Doe']]);
  });

  it('reads appositions, "co-authored by" and plural subjects', () => {
    expect(authors("Jane Doe, the study's lead author, said the result was clear.")).toEqual([['Jane', 'Doe']]);
    expect(authors('Jane Doe, M.D., Ph.D., co-author of the paper, said it works.')).toEqual([['Jane', 'Doe']]);
    expect(authors('The paper was co-authored by Jane Doe, Ravi Patel and Ana Lima.').map((a) => a[1])).toEqual(['Doe', 'Patel', 'Lima']);
    expect(authors('Jane Doe and Ravi Patel are co-first authors of the paper.').map((a) => a[1])).toEqual(['Doe', 'Patel']);
    expect(authors('The first author of the study is graduate student Ravi Patel.')).toEqual([['Ravi', 'Patel']]);
  });

  it('does not take a place, earlier work or an editorial for an author', () => {
    expect(authors('"It helps," said Professor Ana Lima, who leads a group at Lakeside Institute, who was a co-author on the study.')).toEqual([['Ana', 'Lima']]);
    expect(authors('The samples were sent to Lakeside Institute, who was a co-author on the study.')).toEqual([]);
    expect(authors('Jane Doe, lead author of an earlier study on the drug, was not surprised.')).toEqual([]);
    expect(authors('Jane Doe, co-author of the accompanying editorial, disagreed.')).toEqual([]);
    expect(authors('The study, led by Dr. Ruth Adler, was published today.')).toEqual([]);
  });

  it('reads "Collaborating with Dr. X were A, B and C"', () => {
    expect(authors('Collaborating with Dr. Lima were Kwame Asante, M.D., Ruth Okello, Ph.D., and Hana Takeda, M.D.').map((a) => a[1])).toEqual(['Lima', 'Asante', 'Okello', 'Takeda']);
  });

  it('keeps two listed people who share a family name and an initial, and merges nicknames in prose', () => {
    const listed = addPeople([{ given: 'João Martins', family: 'Pisco' }], [{ given: 'Joana B. M.', family: 'Pisco' }], true);
    expect(listed).toHaveLength(2);
    expect(addPeople([{ given: 'Michael EJ', family: 'Lean' }], [{ given: 'Mike', family: 'Lean' }])).toHaveLength(1);
    expect(addPeople([{ given: 'Mariana Sousa', family: 'Lopes' }], [{ given: 'Sousa', family: 'Lopes' }])).toEqual([{ given: 'Mariana Sousa', family: 'Lopes' }]);
  });
});

describe('titles', () => {
  it('reads a quoted title that opens a sentence before "published"', () => {
    expect(findTitles("'A smartphone photograph detects anaemia in children', published today in the Journal of X, describes an app.").map((t) => t.title)).toEqual(['A smartphone photograph detects anaemia in children']);
    expect(findTitles('‘Why the river’s delta shrinks every decade’, published today in Delta Science, shows it.').map((t) => t.title)).toEqual(['Why the river’s delta shrinks every decade']);
    expect(findTitles('Results are in. "Tidal Mixing Sets the Pace of Kelp Recovery" was recently published in Ocean Letters.').map((t) => t.title)).toEqual(['Tidal Mixing Sets the Pace of Kelp Recovery']);
    expect(findTitles('“Birdsong Before Surgery Lowers Anxiety,” which was published in Perioperative Care, was cited.').map((t) => t.title)).toEqual(['Birdsong Before Surgery Lowers Anxiety']);
  });

  it('reads a title in British single quotes after "the paper"', () => {
    expect(findTitles('The paper, ‘Tidal mixing sets the pace of kelp recovery’, is published in Ocean Letters.').map((t) => t.title)).toEqual(['Tidal mixing sets the pace of kelp recovery']);
    expect(findTitles("Their study, 'Kelp forests recover faster where tides mix', appears in Ocean Letters.").map((t) => t.title)).toEqual(['Kelp forests recover faster where tides mix']);
  });

  it('does not take a quoted speech, a scare quote or legal boilerplate for a title', () => {
    expect(findTitles('"We found that it works in every patient we tested," said Dr. Lima.')).toEqual([]);
    expect(findTitles('Statements in this release are "forward-looking statements" under the securities laws and are published here.')).toEqual([]);
    expect(parseReference('Various statements in this release are "forward-looking statements" under the securities laws.').title).not.toBe('forward-looking statements');
  });
});

describe('whole releases', () => {
  it('reads a title that opens a sentence and "the online version of" a journal; a language line is no journal', () => {
    const r = run('online-version-title.txt');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({
      title: 'Pre-operative Birdsong Listening and Patient Anxiety: A Randomised Pilot Trial',
      journal: 'The Canadian Journal of Perioperative Care',
      doi: null,
    });
    expect(r.provenance['articles[0].title']?.strategy).toBe('title:quoted-opening');
  });

  it('reads "appearing <date> in", the senior author as a sentence subject, and "In addition to X, co-authors include"', () => {
    const r = run('co-authors-in-addition.txt');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.journal).toBe('Journal of Geriatric Nephrology');
    expect(r.articles[0]!.authors[0]).toEqual({ given: 'Hector', family: 'Villanueva' });
    expect(families(r.articles[0]!.authors)).toEqual(['Villanueva', 'Raman', 'Nowak', 'Kahale', 'Adeyemi']);
  });

  it('finds no paper in a company release citing only old background work, and no fiscal year', () => {
    const r = run('company-background.txt');
    expect(r.articles).toEqual([]);
  });

  it('leaves out a reference without a DOI years older than the release, but keeps a current one', () => {
    const release = (year: number) =>
      `# Clinic opens a sleep service

LEEDS, 4 March 2019 - The Riverside Clinic today opened a sleep service for shift workers, based on a programme the clinic tested with 300 nurses on night shifts over two winters at three of the city's largest hospitals.

The service offers light therapy, sleep diaries and a weekly group session, and is free for staff of the city's hospitals.

"Shift workers sleep two hours less than other people, and it shows in their health," said Dr. Grace Obi, who runs the service.

## References

Okafor CN, Lindqvist A, Moreau JP, et al. Light therapy for shift workers: a randomised trial. Sleep Health Rep. ${year};12(3):201-209.
`;
    expect(convert(release(2014), { path: 'x.md' }).record.articles).toEqual([]);
    const current = convert(release(2019), { path: 'x.md' }).record.articles;
    expect(current.map((a) => [a.title, a.year])).toEqual([['Light therapy for shift workers: a randomised trial', 2019]]);
  });

  it('keeps a paper named only by its lead author and a link to it', () => {
    const r = run('preprint-author.md');
    expect(r.articles).toEqual([{ doi: null, title: null, authors: [{ given: 'Ingrid', family: 'Solvang' }], journal: null, volume: null, issue: null, pages: null, year: null }]);
  });

  it('reads a British single-quoted title and "Collaborating with Dr. X were …"', () => {
    const r = run('collaborating.txt');
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('A smartphone photograph of the conjunctiva detects anaemia in children under five');
    expect(a.journal).toBe('Journal of Paediatric Diagnostics');
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Mariana Sousa Lopes', 'Kwame Asante', 'Ruth Okello', 'Mateus Lopes', 'Hana Takeda']);
  });

  it('gives no paper for a presentation named only by its lead author', () => {
    const text = 'Drug slows lung cancer\n\nCHICAGO - A drug combination slowed lung cancer in a trial presented today at the Annual Meeting of the Lung Society.\n\n"This is a new option for patients," said lead study author Maria Rossi, MD, of the Lakeside Cancer Center, who led the research paper team.\n';
    expect(convert(text, { path: 'x.txt' }).record.articles).toEqual([]);
  });
});

describe('speakers of quotes a note marks as the authors’ own', () => {
  it('lists the marked speakers as authors, and not an unmarked outside expert', () => {
    const rec = run('noted-author-quotes.md');
    expect(rec.articles[0]!.journal).toBe('The Lancet Planetary Health');
    expect(rec.articles[0]!.authors).toEqual([
      { given: 'Amaël', family: 'Ndiaye' },
      { given: 'Søren', family: 'Haugland' },
    ]);
  });
  it.each([
    ['"[3] Quotes direct from authors"', '[3] Quotes direct from authors and cannot be found in the text of the Article.', ['3']],
    ['"[1] All quotes are taken directly from the study’s authors"', '[1] All quotes are taken directly from the study’s authors.', ['1']],
    ['a note about funding', '[1] The study was funded by the Lake Fund.', []],
    ['a quote from a reviewer', '[2] Quote from a reviewer of the paper.', []],
  ])('reads the note %s', (_what, text, markers) => {
    expect([...authorQuoteMarkers([block(text)])]).toEqual(markers);
  });
  it.each([
    ['"says Dr X, place. [n]"', '“It works,” says Dr Ana Lima, University of Porto, Portugal. [4]', [['Ana', 'Lima']]],
    ['"X said [n]"', '“It works,” Ana Lima said. [4]', [['Ana', 'Lima']]],
    ['another marker', '“It works,” says Dr Ana Lima, University of Porto, Portugal. [5]', []],
    ['no quotation', 'Dr Ana Lima says the method works. [4]', []],
  ])('reads the speaker of %s', (_what, text, want) => {
    expect(findNotedSpeakers(text, new Set(['4'])).map((h) => [h.person.given, h.person.family])).toEqual(want);
  });
});
