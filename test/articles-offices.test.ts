import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import type { Block } from '../src/types.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readFieldLines } from '../src/extractors/article/labelled-fields.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { findMentions, findPreprintServers } from '../src/extractors/article/mention.js';
import { findTitles } from '../src/extractors/article/title.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseNameList } from '../src/extractors/article/name-list.js';

const run = (name: string) => {
  const path = `fixtures/articles/${name}`;
  return convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path }).record;
};
const block = (text: string, emphasis: string[] = []): Block => ({ index: 0, kind: 'paragraph', depth: 0, text, start: 0, end: text.length, section: 'body', links: [], emphasis, quoteDepth: 0, inList: false, node: { type: 'text', value: text } });
const names = (people: { given: string | null; family: string }[]) => people.map((p) => `${p.given ?? ''} ${p.family}`.trim());
const authors = (text: string) => findProseAuthors(text).map((h) => [h.person.given, h.person.family, h.editorial]);

describe('citation blocks printed as labelled lines', () => {
  it('reads "Journal: / Title: / Authors: / DOI:" lines', () => {
    const r = parseReference(
      'Journal: Annals of Lake Ecology\nTitle: Winter oxygen loss under thinning ice in boreal lakes: a ten-year survey\nAuthors: Liisa Mäkelä-Oja, Tomas Lindqvist, Catarina Almqvist Malmros\nDOI: 10.5555/ale.2027.0031',
    );
    expect(r.title).toBe('Winter oxygen loss under thinning ice in boreal lakes: a ten-year survey');
    expect(r.journal).toBe('Annals of Lake Ecology');
    expect(r.doi).toBe('10.5555/ale.2027.0031');
    expect(names(r.authors)).toEqual(['Liisa Mäkelä-Oja', 'Tomas Lindqvist', 'Catarina Almqvist Malmros']);
  });
  it('reads "Research: Title" above its DOI line, and "Presentation title:" alone', () => {
    expect(parseReference('Research: Daily tea drinking and hip fracture: 20 year cohort study\ndoi 10.5555/bmj-2027-000111').title).toBe('Daily tea drinking and hip fracture: 20 year cohort study');
    expect(readFieldLines('Presentation title: Rising glacial quake rates along a western margin\nPresenter: Ana Ruiz, University of Somewhere')).toHaveLength(1);
  });
  it('needs two labelled lines, a title label, or a DOI', () => {
    expect(readFieldLines('Funding: The Lake Trust\nThe funders had no role in the study.')).toEqual([]);
    expect(readFieldLines('Study: a survey of lakes\nMore text follows here.')).toEqual([]);
    expect(readFieldLines('Title: How machine learning changes medicine\nSpeaker: Ana Ruiz\nDate: 3 May 2027')).toEqual([]);
  });
  it('reads a whole reference after "Paper:" among labelled lines', () => {
    const r = parseReference('Paper: Roe J, Lim K, Tan W. Sleep spindles and recall in older adults. J Sleep Res. 2027;36(2):101-109.\nDOI: 10.5555/jsr.13999');
    expect(r.title).toBe('Sleep spindles and recall in older adults');
    expect(r.volume).toBe('36');
    expect(r.pages).toBe('101-109');
    expect(r.authors.map((a) => a.family)).toEqual(['Roe', 'Lim', 'Tan']);
  });
});

describe('reference lines in other house styles', () => {
  it('cuts "Article reference:" and reads Vancouver names with hyphens, apostrophes and particles', () => {
    const r = parseReference("Article reference: Ruiz-Ortega AS, O'Connell L, de Groot P, Oyelaran M. Gut bacteria and inhaler response in toddlers. JAMA Pediatr. 2027;181(5):455-463. doi:10.5555/jamaped.2027.0412.");
    expect(r.title).toBe('Gut bacteria and inhaler response in toddlers');
    expect(r.authors.map((a) => a.family)).toEqual(['Ruiz-Ortega', "O'Connell", 'de Groot', 'Oyelaran']);
  });
  it('reads an APA line whose journal has a subtitle', () => {
    const r = parseReference('Article: Roe, J., & Lim, K.-H. (2027). Mind wandering after encoding helps spatial memory. Journal of Experimental Psychology: General, 156(6), 1123–1139. https://doi.org/10.5555/xge0001472');
    expect(r.title).toBe('Mind wandering after encoding helps spatial memory');
    expect(r.journal).toBe('Journal of Experimental Psychology: General');
    expect([r.volume, r.issue, r.pages, r.year]).toEqual(['156', '6', '1123-1139', 2027]);
    expect(r.authors).toEqual([{ given: 'J.', family: 'Roe' }, { given: 'K.-H.', family: 'Lim' }]);
  });
  it('reads a PLOS line whose year follows the names in brackets', () => {
    const r = parseReference('Citation: Nakamura H, da Silva MR, Øberg T (2027) Diet shapes the gut resistome of bats. PLoS ONE 22(4): e0301877. https://doi.org/10.1371/journal.pone.0301877');
    expect(r.title).toBe('Diet shapes the gut resistome of bats');
    expect(r.authors.map((a) => a.family)).toEqual(['Nakamura', 'da Silva', 'Øberg']);
    expect([r.volume, r.issue, r.pages, r.year]).toEqual(['22', '4', 'e0301877', 2027]);
  });
  it('reads the Cell Press line "Journal, Family et al.: "Title""', () => {
    const r = parseReference('Current Biology, Pophale et al.: "Skin pattern replay during sleep in octopus" https://www.cell.com/current-biology/fulltext/S0960-9822(27)00812-5');
    expect(r.journal).toBe('Current Biology');
    expect(r.authors).toEqual([{ given: null, family: 'Pophale' }]);
    expect(r.title).toBe('Skin pattern replay during sleep in octopus');
  });
  it('reads a reference printed one part a line', () => {
    const r = parseReference('J. Müller-Lüdenscheidt, Y. Sun, A. G. Grushin, C. Felser\nPressure-tunable magnetic order in a layered chalcogenide\nNature Physics, 4 May 2027\nDOI 10.5555/nphys.2518');
    expect(r.title).toBe('Pressure-tunable magnetic order in a layered chalcogenide');
    expect(r.journal).toBe('Nature Physics');
    expect(r.authors.map((a) => a.family)).toEqual(['Müller-Lüdenscheidt', 'Sun', 'Grushin', 'Felser']);
    expect(r.year).toBe(2027);
  });
  it('keeps a line broken after "of" in one part', () => {
    expect(parseReference('Roe J, Lim K. Sleep and memory. Journal of\nSleep Studies. 2027;4:1-9.').journal).toBe('Journal of Sleep Studies');
  });
  it('reads the RSC line "Names, Abbrev., year, volume, pages" with no title', () => {
    const r = parseReference('Read the full article:\nE. Kowalski, J. Ó Briain and T. Nakamura, Chem. Sci., 2027, 18, 4512–4520. DOI: 10.5555/D7SC01234A');
    expect(r.title).toBeNull();
    expect(r.journal).toBe('Chem. Sci');
    expect(r.authors.map((a) => a.family)).toEqual(['Kowalski', 'Briain', 'Nakamura']);
    expect([r.year, r.volume, r.pages]).toEqual([2027, '18', '4512-4520']);
  });
  it('reads an initial-first name before "et al." (NIH style)', () => {
    const r = parseReference('A García-López et al. Gene therapy for congenital deafness in children. New England Journal of Medicine DOI: 10.5555/NEJMoa2701234 (2027).');
    expect(r.authors).toEqual([{ given: 'A', family: 'García-López' }]);
    expect(r.title).toBe('Gene therapy for congenital deafness in children');
    expect(parseNameList('A Study of Lakes')).toEqual([]);
  });
  it('reads the journal before a printed date ("Science Advances: November 29, 2027")', () => {
    const r = parseReference('Hiroki Tanabe, Mei-Ling Cheng, Sakura Ōtsuka, "A third ancestral component in an ancient population," Science Advances: November 29, 2027, doi:10.5555/sciadv.adq7781.');
    expect(r.journal).toBe('Science Advances');
  });
  it('takes the publication year, not a year in the title', () => {
    const r = parseReference('Ji-woo Park, Hilary Dugan. Accelerating loss of lake ice since 1990. Nature Climate Change, 2027; DOI: 10.5555/s41558-027-01988-4');
    expect(r.year).toBe(2027);
  });
});

describe('volume, issue and pages in more styles', () => {
  it('reads RSC and eLife numbers', () => {
    expect(readNumbers('Chem. Sci., 2027, 18, 4512–4520')).toEqual({ volume: '18', issue: null, pages: '4512-4520', year: 2027 });
    expect(readNumbers('eLife 16:RP98765')).toMatchObject({ volume: '16', pages: 'RP98765' });
    expect(readNumbers('The session runs 16:30 to 18:00')).toMatchObject({ volume: null, pages: null });
  });
});

describe('authors named in prose, other phrasings', () => {
  it('reads a family name alone after "said", with a preprint role', () => {
    expect(authors('"If this holds up, it could protect the baby," said Dr Eze-Whitlow, the preprint\'s first author.')).toEqual([[null, 'Eze-Whitlow', false]]);
  });
  it('reads "X, MD, MPH, of Hospital, is the first author"', () => {
    expect(authors("José María Fernández-Díaz, MD, MPH, of Brigham and Women's Hospital, is the first author of the paper.")).toEqual([['José María', 'Fernández-Díaz', false]]);
  });
  it('reads the writer of a linked editorial or Comment', () => {
    expect(authors("In the linked editorial, Professor Grace O'Donoghue at Trinity College Dublin writes that healthier men may sauna more.")).toEqual([['Grace', "O'Donoghue", true]]);
    expect(authors('Writing in a linked Comment, Dr Luis Ángel Barragán-Soto of the Pan American Health Organization says the results matter.')).toEqual([['Luis Ángel', 'Barragán-Soto', true]]);
    expect(authors('In a linked editorial, researchers at the university say more work is needed.')).toEqual([]);
  });
  it('reads the whole list after "The authors of the paper are Dr. …, Prof. … and Ms. …"', () => {
    expect(authors('The authors of the paper are Dr. Meenakshi Ramaswamy, Prof. Sourav Chatterjee and Ms. Ananya Deshpande-Rao. The work took two years.').map((a) => a[1])).toEqual([
      'Ramaswamy',
      'Chatterjee',
      'Deshpande-Rao',
    ]);
  });
  it('does not read "X et al." in a sentence about earlier work', () => {
    expect(authors('Earlier work by the same group (Smeets et al., Occup Environ Med 2023) had shown that naps help.')).toEqual([]);
    expect(authors('Smeets et al. followed 900 nurses.')).toEqual([[null, 'Smeets', false]]);
  });
});

describe('journals and titles in prose', () => {
  it('reads a journal name with a comma, from italics or "& Word"', () => {
    expect(findMentions(block('The effect is reported in Health, Risk & Society this week.')).map((m) => m.journal)).toEqual(['Health, Risk & Society']);
    expect(findMentions(block('A new study in Health, Risk & Society reports the effect.', ['Health, Risk & Society'])).map((m) => m.journal)).toEqual(['Health, Risk & Society']);
    expect(findMentions(block('A new study in Boston, Chicago & Denver tracked 900 nurses.'))).toEqual([]);
    expect(findMentions(block('The paper is published in Brain, Behavior, and Immunity.', ['Brain, Behavior, and Immunity'])).map((m) => m.journal)).toEqual(['Brain, Behavior, and Immunity']);
  });
  it('takes an italic name of several words after "a study in", but not one italic genus', () => {
    expect(findMentions(block('A new study in Coastal Futures shows the effect.', ['Coastal Futures'])).map((m) => m.journal)).toEqual(['Coastal Futures']);
    expect(findMentions(block('A new study in Drosophila shows the effect.', ['Drosophila']))).toEqual([]);
  });
  it('reads a preprint server as where the paper was posted', () => {
    expect(findPreprintServers(block('The results were posted to the preprint server arXiv on Monday.')).map((m) => m.journal)).toEqual(['arXiv']);
    expect(findPreprintServers(block('The paper, posted on medRxiv, has not been peer reviewed.')).map((m) => m.journal)).toEqual(['medRxiv']);
    expect(findPreprintServers(block('An earlier version was posted on bioRxiv in 2019.'))).toEqual([]);
  });
  it('reads an abstract title, not the name of a session', () => {
    const t = findTitles("Abstract 1102O 'Fixed one-year versus two-year therapy in advanced melanoma' will be presented during Proffered Paper session 'Melanoma and other skin tumours' on Sunday.");
    expect(t.map((x) => x.title)).toEqual(['Fixed one-year versus two-year therapy in advanced melanoma']);
  });
  it('reads the year printed after a meeting name', () => {
    expect(findMentions(block('The results were presented at the ESMO Congress 2027 in Madrid.')).map((m) => [m.journal, m.kind, m.year])).toEqual([['ESMO Congress', 'presented', 2027]]);
  });
});

describe('whole releases in other offices\' styles', () => {
  it('reads an "Article details" part: the title line, the corresponding author, the DOI', () => {
    const r = run('article-details.md');
    expect(r.articles).toEqual([
      {
        doi: '10.5555/s41586-027-04411-2',
        title: 'Deep rooting in the earliest forests and the carbon sink',
        authors: [{ given: 'Hendrik', family: 'van der Linde' }],
        journal: 'Nature',
        volume: null,
        issue: null,
        pages: null,
        year: null,
      },
    ]);
  });
  it('reads EurekAlert-style label blocks and a Comment with its own DOI', () => {
    const r = run('label-blocks-comment.txt');
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]).toMatchObject({ doi: '10.5555/estlett.7b00812', title: 'Microplastic particles in placental tissue of ringed seals', journal: 'Environmental Letters', year: 2027 });
    expect(r.articles[1]).toMatchObject({ doi: '10.5555/estlett.7b00999', journal: 'Environmental Letters', authors: [{ given: 'Luis Ángel', family: 'Barragán-Soto' }] });
  });
});

describe('lists of the reported papers and linked earlier work', () => {
  it('keeps the entries of a "Papers:" list and drops a DOI linked as "a 2019 study"', () => {
    const r = run('papers-list.md');
    expect(r.articles.map((a) => [a.doi, a.journal, a.year])).toEqual([
      ['10.5555/al.2027.02233', 'Astronomy Letters', 2027],
      ['10.5555/pjl.ad5512', 'Planetary Journal Letters', 2027],
    ]);
    expect(r.articles[1]!.authors.map((a) => a.family)).toEqual(['Delacroix', 'Ferreira-Nunes', 'Zhou']);
    expect([r.articles[1]!.volume, r.articles[1]!.pages]).toEqual(['981', 'L12']);
  });
  it('keeps a notes-to-editors entry that says the paper is published, with its single-quoted title and names', () => {
    const text =
      "Bees learn fast\n\nBees learned to avoid tainted flowers, researchers found.\n\nNotes to editors\n\n1. The paper 'Rapid aversive learning of tainted rewards in bumblebees' by Saoirse Kinsella, Harriet Olumide-Baines and Nicholas E. Raine-Whitford is published in Proceedings of the Bee Society on 6 May 2027. DOI: 10.5555/rspb.2027.0455.\n\n2. The research was funded by the Bee Council.\n";
    const a = convert(text, { path: 'x.txt' }).record.articles;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ doi: '10.5555/rspb.2027.0455', title: 'Rapid aversive learning of tainted rewards in bumblebees', journal: 'Proceedings of the Bee Society' });
    expect(a[0]!.authors.map((p) => p.family)).toEqual(['Kinsella', 'Olumide-Baines', 'Raine-Whitford']);
  });
  it('still drops background entries of a numbered list in the notes', () => {
    const text =
      'Plankton blooms come earlier\n\nBlooms now peak earlier, shows a study published today in Polar Biology Letters (1).\n\nNotes to editors\n\n1. Lind A, Berg P, Dubois C, et al. Earlier blooms follow sea ice retreat. Polar Biol Lett. 2024;14(3):245-252. doi:10.5555/pbl.2024.01234.\n\n2. Arrigo KR, van Dijken GL. Increases in Arctic primary production. Prog Oceanogr. 2015;136:60-70. doi:10.5555/po.2015.05.002\n';
    expect(convert(text, { path: 'x.txt' }).record.articles.map((a) => a.doi)).toEqual(['10.5555/pbl.2024.01234']);
  });
});

import { doiFromUrl, findDois, isDataDoi } from '../src/extractors/article/doi.js';

describe('DOIs in publisher URLs and DOIs of data', () => {
  it("cuts a publisher's article number after the DOI, but not from a resolver link", () => {
    expect(doiFromUrl('https://academic.oup.com/brain/article/doi/10.1093/brain/awad412/7581234')).toBe('10.1093/brain/awad412');
    expect(findDois('See https://academic.oup.com/brain/article/doi/10.1093/brain/awad412/7581234 for the paper.').map((d) => d.doi)).toEqual(['10.1093/brain/awad412']);
    expect(doiFromUrl('https://doi.org/10.3847/2041-8213/ad5512')).toBe('10.3847/2041-8213/ad5512');
  });
  it('knows the DOI of a data set or code, which makes no article', () => {
    expect(isDataDoi('10.5281/zenodo.8812345')).toBe(true);
    expect(isDataDoi('10.1038/s41597-027-01234-5')).toBe(false);
    const text = 'Naps help nurses\n\nNurses who napped made fewer errors, finds a study in Sleep Health Letters (doi: 10.5555/shl.2027.0101).\n\nThe data are openly available at https://doi.org/10.5281/zenodo.8812345.\n';
    expect(convert(text, { path: 'x.txt' }).record.articles.map((a) => a.doi)).toEqual(['10.5555/shl.2027.0101']);
  });
});

describe('more author and title phrasings', () => {
  it('reads the name after a job in "The doctoral student X is the first author"', () => {
    expect(authors('The doctoral student Lukas Brändli-Meier is the first author of the study.')).toEqual([['Lukas', 'Brändli-Meier', false]]);
    expect(authors('Postdoctoral researcher Ana Ruiz is the lead author.')).toEqual([['Ana', 'Ruiz', false]]);
  });
  it("takes a link's text as the title when it reads as one", () => {
    const md = 'Viruses steer the carbon cycle\n\nThe paper, [Viral lysis modulates carbon export in the subtropical Atlantic](https://doi.org/10.5555/ngeo.1555), was published October 4 in *Ocean Letters*.\n';
    expect(convert(md, { path: 'x.md' }).record.articles[0]).toMatchObject({ doi: '10.5555/ngeo.1555', title: 'Viral lysis modulates carbon export in the subtropical Atlantic', journal: 'Ocean Letters' });
    const pointer = 'Viruses steer the carbon cycle\n\nThe results were [published today in Ocean Letters](https://doi.org/10.5555/ngeo.1555).\n\nRead [the full study here](https://doi.org/10.5555/ngeo.1555).\n';
    expect(convert(pointer, { path: 'x.md' }).record.articles[0]!.title).toBeNull();
  });
});

describe('citation styles of other disciplines', () => {
  const read = (line: string) => {
    const r = parseReference(line);
    return { title: r.title, authors: r.authors.map((a) => a.family), journal: r.journal, volume: r.volume, issue: r.issue, pages: r.pages, year: r.year };
  };
  it('Harvard: "36(3), pp. 45–67"', () => {
    expect(read("Roe, J., Lim, K. and Ruiz, A. (2027) 'Sleep spindles predict recall in older adults', Journal of Sleep Research, 36(3), pp. 45–67. doi: 10.5555/jsr.13999.")).toEqual({
      title: 'Sleep spindles predict recall in older adults',
      authors: ['Roe', 'Lim', 'Ruiz'],
      journal: 'Journal of Sleep Research',
      volume: '36',
      issue: '3',
      pages: '45-67',
      year: 2027,
    });
  });
  it('Chicago: the first author inverted', () => {
    expect(read('Roe, Jonah, Kim Lim, and Ana Ruiz. 2027. "Sleep Spindles Predict Recall." Journal of Sleep Research 36 (3): 45–67.').authors).toEqual(['Roe', 'Lim', 'Ruiz']);
  });
  it('IEEE and ACS: abbreviated journal names with full stops', () => {
    expect(read('J. Roe, K. Lim, and A. Ruiz, "Low-power spiking accelerators for edge inference," IEEE Trans. Circuits Syst. I, vol. 74, no. 3, pp. 1045–1057, Mar. 2027.')).toMatchObject({
      journal: 'IEEE Trans Circuits Syst I',
      volume: '74',
      issue: '3',
      pages: '1045-1057',
    });
    expect(read('Roe, J.; Lim, K.; Ruiz, A. Copper Clusters for Selective CO2 Reduction. J. Am. Chem. Soc. 2027, 149 (12), 4567–4575.')).toEqual({
      title: 'Copper Clusters for Selective CO2 Reduction',
      authors: ['Roe', 'Lim', 'Ruiz'],
      journal: 'J Am Chem Soc',
      volume: '149',
      issue: '12',
      pages: '4567-4575',
      year: 2027,
    });
  });
  it('MDPI and Wiley: "Sci. 2027, 17, 456" and initials without full stops', () => {
    expect(read('Roe, J.; Lim, K. Sleep Spindles Predict Recall in Older Adults. Brain Sci. 2027, 17, 456.')).toMatchObject({ journal: 'Brain Sci', volume: '17', pages: '456', year: 2027 });
    expect(read('Roe, J, Lim, K, Ruiz, A. Sleep spindles predict recall in older adults. J Sleep Res. 2027; 36:e13999.')).toMatchObject({ authors: ['Roe', 'Lim', 'Ruiz'], title: 'Sleep spindles predict recall in older adults', journal: 'J Sleep Res' });
  });
  it('affiliation numbers glued to names', () => {
    expect(read('Jane Roe1, Ken Lim2,3 & Ana Ruiz1*. Sleep spindles predict recall. Nature Aging 7, 45–50 (2027).')).toMatchObject({ authors: ['Roe', 'Lim', 'Ruiz'], title: 'Sleep spindles predict recall', journal: 'Nature Aging' });
  });
  it('an AMA line stays as it was: the last initial ends the names, "Published online" ends the journal', () => {
    expect(read('Adebayo-Grant O, Kaczmarek-Lis A, Hughes J. Daily Step Count and Incident Dementia. JAMA Neurol. Published online March 2, 2027.')).toEqual({
      title: 'Daily Step Count and Incident Dementia',
      authors: ['Adebayo-Grant', 'Kaczmarek-Lis', 'Hughes'],
      journal: 'JAMA Neurol',
      volume: null,
      issue: null,
      pages: null,
      year: 2027,
    });
  });
});

describe('names with many particles, "written by", a family name before its role', () => {
  it('reads a name of five words besides its particles, the patronymic in the family name', () => {
    expect(authors('"It works," said corresponding author Dr. José Luis Ibáñez de la Peña.')).toEqual([['José Luis', 'Ibáñez de la Peña', false]]);
  });
  it('reads "The article was written by A and B" as authors', () => {
    expect(authors('The article was written by Aiko Mori and Tomas Berg, both of Uppsala University.').map((a) => a[1])).toEqual(['Mori', 'Berg']);
  });
  it('keeps "Mori, the study\'s first author" only when the release prints the full name', () => {
    const full = 'Rice grows faster\n\nRice grew faster in the trial, shows a study in Crop Letters.\n\nThe work was done by Aiko Mori in Uppsala.\n\nMori, the study\'s first author, said the effect surprised her.\n';
    expect(convert(full, { path: 'x.txt' }).record.articles[0]!.authors).toEqual([{ given: 'Aiko', family: 'Mori' }]);
    const bare = 'Rice grows faster\n\nRice grew faster in the trial, shows a study in Crop Letters.\n\nYesterday, the study\'s first author said the effect surprised her.\n';
    expect(convert(bare, { path: 'x.txt' }).record.articles[0]!.authors).toEqual([]);
  });
  it('does not read a lead researcher or someone who led the study as an author', () => {
    expect(authors('Lead researcher Professor Peter Sands said the compound works.')).toEqual([]);
    expect(authors('The study was led by Dr. Maria Ortiz-Brandt of the University of Leeds.')).toEqual([]);
    expect(authors('Principal investigator Dr. Ahmed Farouk said the trial will continue.')).toEqual([]);
  });
});

describe('a citation printed as a table', () => {
  it('reads title, authors, journal, year and DOI from label and value cells', () => {
    const r = run('citation-table.html');
    expect(r.articles).toEqual([
      {
        doi: '10.5555/S2666-7568(27)00081-3',
        title: 'Hearing aid use and cognitive trajectories in older adults with hearing loss: a six-year cohort study',
        authors: [
          { given: 'Oskar', family: 'Lindgren' },
          { given: 'Yasmin', family: 'Al-Amin' },
          { given: 'Ingrid', family: 'Ek-Nyberg' },
        ],
        journal: 'Healthy Ageing Letters',
        volume: null,
        issue: null,
        pages: null,
        year: 2027,
        url: 'https://doi.org/10.5555/S2666-7568(27)00081-3',
      },
    ]);
  });
  it('reads "npj" journals', () => {
    expect(findMentions(block('The study was published in npj Digital Medicine.')).map((m) => m.journal)).toEqual(['npj Digital Medicine']);
  });
});

describe('a journal printed alone above the headline', () => {
  const release = (kicker: string, doi: string) => `${kicker}\n\nCannabis use in pregnancy and childhood sleep\n\nAbout The Study: In this cohort study of 11,800 children, exposure was linked to sleep problems.\n\n(doi:${doi})\n`;
  it('is the journal when the DOI spells its initials', () => {
    expect(convert(release('JAMA Network Open', '10.1001/jamanetworkopen.2027.12345'), { path: 'x.txt' }).record.articles[0]!.journal).toBe('JAMA Network Open');
  });
  it("is not when it is the office's name or the DOI is another journal's", () => {
    expect(convert(release('Penn Medicine', '10.1056/NEJMoa2701234'), { path: 'x.txt' }).record.articles[0]!.journal).toBeNull();
    expect(convert(release('Science Press Package', '10.1126/science.adk4410'), { path: 'x.txt' }).record.articles[0]!.journal).toBeNull();
  });
});

describe("meetings named after their owner's possessive", () => {
  it('reads the name after "X\'s annual meeting," and a session name with "College"', () => {
    const j = (t: string) => findMentions(block(t)).map((m) => [m.journal, m.kind]);
    expect(j("The findings will be presented this week at AGU's annual meeting, AGU27.")).toEqual([['AGU27', 'presented']]);
    expect(j("It was presented at the American College of Cardiology's Annual Scientific Session (ACC.27).")).toEqual([["American College of Cardiology's Annual Scientific Session", 'presented']]);
    expect(j("It was presented at the university's annual meeting, which drew 500 people.")).toEqual([]);
  });
});

describe('authors one a line, and a second paper named "The second"', () => {
  it('reads the name that opens each line under "Authors:"', () => {
    const text = 'Paper title:\n"Rising snowfall from atmospheric rivers"\n\nAuthors:\nKyung-Ah Min (corresponding author), Seoul National University, Seoul, South Korea\nJonathan D. Wille, ETH Zurich, Zurich, Switzerland\nIrina V. Gorodetskaya, University of Aveiro, Aveiro, Portugal\n';
    expect(authors(text)).toEqual([
      ['Kyung-Ah', 'Min', false],
      ['Jonathan D.', 'Wille', false],
      ['Irina V.', 'Gorodetskaya', false],
    ]);
  });
  it('reads "The second, published in X" as another paper', () => {
    const m = findMentions(block('The first study, published in the European Heart Journal, followed 4,000 patients. The second, published in Nature Medicine, showed how.'));
    expect(m.map((x) => [x.journal, x.kind])).toEqual([
      ['European Heart Journal', 'published'],
      ['Nature Medicine', 'related'],
    ]);
  });
  it('reads "X, M.D., Ph.D., chair of a long-named department, was senior author"', () => {
    expect(authors('Stanley Hazen-Okoro, M.D., Ph.D., chair of the Department of Cardiovascular and Metabolic Sciences, was senior author of both papers.')).toEqual([['Stanley', 'Hazen-Okoro', false]]);
  });
});

describe('two studies published today, one author of both', () => {
  it('gives each paper its journal, the release year and the author "of both papers"', () => {
    const r = run('two-studies-today.txt');
    expect(r.articles.map((a) => [a.journal, a.year, a.authors.map((p) => p.family)])).toEqual([
      ['Journal of Heart Health', 2027, ['Hazel-Okoro']],
      ['Platelet Medicine', 2027, ['Hazel-Okoro']],
    ]);
  });
  it('does not take "previously" before "new research published in" as background', () => {
    expect(findMentions(block('Stocks are twice as large as previously estimated, according to new research published in Coastal Carbon Letters.')).map((m) => m.kind)).toEqual(['published']);
    expect(findMentions(block('A previous study published in Coastal Carbon Letters found less.')).map((m) => m.kind)).toEqual(['background']);
  });
});

describe('reference marks, hyphenated given names, RSNA titles', () => {
  it('keeps the numbered entry the prose cites as the new study, drops the earlier one', () => {
    const md =
      '# Reef fish recover faster\n\nFish bounced back twice as fast inside reserves, according to a new study [1].\n\nEarlier work had shown that reserves hold more large fish [2].\n\n## References\n\n[1] Whitehorse M, Russ GR, Alcala AC. Reserves speed fish recovery after cyclones. Curr Reef Biol. 2027;37(7):1502-1511. doi:10.5555/crb.2027.02.044\n\n[2] Russ GR, Alcala AC. Reserves need long-term protection for predators to recover. Oecologia Marina. 2004;138:622-627. doi:10.5555/om.2004.1456\n';
    const a = convert(md, { path: 'x.md' }).record.articles;
    expect(a.map((x) => [x.doi, x.year])).toEqual([['10.5555/crb.2027.02.044', 2027]]);
  });
  it('gives "Dr. Kwon" the full hyphenated given name printed elsewhere', () => {
    const text = 'AI flags missed nodules\n\nA tool found missed nodules, according to a study published today in Chest Imaging.\n\n"It never gets tired," said lead author Min-Jae Kwon, M.D.\n\nCollaborating with Dr. Kwon were Ji Hoon Park, M.D., and Eun Ju Cho, M.D.\n';
    expect(convert(text, { path: 'x.txt' }).record.articles[0]!.authors).toEqual([
      { given: 'Min-Jae', family: 'Kwon' },
      { given: 'Ji Hoon', family: 'Park' },
      { given: 'Eun Ju', family: 'Cho' },
    ]);
  });
  it('reads a title-case quoted title before "Collaborating with", never speech', () => {
    expect(findTitles('"Detection of Missed Lung Nodules on Chest Radiographs by Deep Learning." Collaborating with Dr. Kwon were Ji Hoon Park and Eun Ju Cho.').map((t) => t.title)).toEqual([
      'Detection of Missed Lung Nodules on Chest Radiographs by Deep Learning',
    ]);
    expect(findTitles('"We are very pleased with the results of this trial." Co-authors include Ana Ruiz.')).toEqual([]);
  });
});

describe('several references in one block, two journals in one headline', () => {
  it('reads each reference line of a "Literature" block as its own paper', () => {
    const text =
      'Two pacemaker studies in Science and Heart Rhythm Research\n\nBerlin, 12 January 2027\n\nTwo new studies describe the channels that set the rhythm of the heart.\n\nLiterature\nKeller N et al. (2027): "A single-cell atlas of the human sinoatrial node." Science, DOI: 10.5555/science.adn8812\nRossi G et al. (2027): "Ageing remodels pacemaker cell ion channels." Heart Rhythm Research, DOI: 10.5555/hrr.2027.00512\n';
    const a = convert(text, { path: 'x.txt' }).record.articles;
    expect(a.map((x) => [x.doi, x.title, x.journal, x.authors.map((p) => p.family)])).toEqual([
      ['10.5555/science.adn8812', 'A single-cell atlas of the human sinoatrial node', 'Science', ['Keller']],
      ['10.5555/hrr.2027.00512', 'Ageing remodels pacemaker cell ion channels', 'Heart Rhythm Research', ['Rossi']],
    ]);
  });
  it('keeps a one-reference block of several lines whole', () => {
    expect(parseReference('Literature\nKeller N, Rossi G. A single-cell atlas of the sinoatrial node. Science. 2027;395:12-19.\ndoi: 10.5555/science.adn8812').title).toBe('A single-cell atlas of the sinoatrial node');
  });
});
