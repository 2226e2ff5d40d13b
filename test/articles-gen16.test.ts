import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { sameJournal, withSection } from '../src/extractors/article/journal.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';

describe('a research round-up with one paper per headed item', () => {
  const text = [
    '# Research highlights: June 2032',
    '',
    '## Frogs that glow under ultraviolet light',
    '',
    'Tree frogs in the cloud forest glow green under ultraviolet light, herpetologists report. Lead author Dr. Marta Quispe-Rojas said the glow may help frogs find each other at dusk.',
    '',
    'The findings appear in *Herpetological Journal* (doi: 10.33256/hj32.2.101110).',
    '',
    '## Lighter bricks from mine waste',
    '',
    'Engineers turned tailings from copper mines into bricks a third lighter than clay bricks. Senior author Prof. Henrik Vestergaard and first author Aisha Rahimi report the work in *Construction and Building Materials* (https://doi.org/10.1016/j.conbuildmat.2032.04.117).',
    '',
    '## Dating old ledgers',
    '',
    'Archivists matched paper watermarks to date merchant ledgers. The study was published in *Journal of the Society of Archivists*, volume 53, issue 2. The work is co-authored by Ines Barbosa and Tobias Lund.',
    '',
    '**Media contact:** press@example.edu',
  ].join('\n');
  const arts = articlesOf(text, 'md');

  it('gives each item its own paper, journal and DOI', () => {
    expect(arts.map((a) => a.doi)).toEqual(['10.33256/hj32.2.101110', '10.1016/j.conbuildmat.2032.04.117', null]);
    expect(arts.map((a) => a.journal)).toEqual(['Herpetological Journal', 'Construction and Building Materials', 'Journal of the Society of Archivists']);
  });

  it('gives each item the authors it names, not the first paper', () => {
    expect(arts[0]!.authors.map((p) => p.family)).toEqual(['Quispe-Rojas']);
    expect(arts[1]!.authors.map((p) => p.family)).toEqual(['Vestergaard', 'Rahimi']);
    expect(arts[2]!.authors.map((p) => p.family)).toEqual(['Barbosa', 'Lund']);
  });

  it('reads the volume and issue printed in words after an item’s journal', () => {
    expect(arts[2]!.volume).toBe('53');
    expect(arts[2]!.issue).toBe('2');
  });

  it('finds the items under lines in capitals in a plain-text page', () => {
    const plain = [
      'Campus Science Notes',
      '',
      '12 June 2032',
      '',
      'MOSS MATS COOL CITY ROOFS',
      'Roofs covered in moss stayed four degrees cooler in summer, ecologists found. The study was published in Urban Forestry & Urban Greening (doi: 10.1016/j.ufug.2032.128001).',
      '',
      'A NEW WAY TO COUNT WHALES',
      'Marine scientists counted humpback whales from satellite images, they report in the journal Remote Sensing in Ecology and Conservation. The paper is co-authored by Kwame Asante and Lotte Brink.',
    ].join('\n');
    const a = articlesOf(plain);
    expect(a.map((x) => x.journal)).toEqual(['Urban Forestry & Urban Greening', 'Remote Sensing in Ecology and Conservation']);
    expect(a[0]!.authors).toEqual([]);
    expect(a[1]!.authors.map((p) => p.family)).toEqual(['Asante', 'Brink']);
  });

  it('finds the items under titles in bold that open their paragraphs', () => {
    const bold = [
      '# Lab notes: March 2032',
      '',
      '**Bees that count to four.** Bumblebees learned to pick the fourth flower in a row, zoologists found. The results are published in *Animal Cognition*. Lead author Dr. Yara Haddad said the bees learned fast.',
      '',
      '**Cheaper solar glass.** A coating cuts glare on solar panels, according to a study in *Solar Energy Materials and Solar Cells* (DOI: 10.1016/j.solmat.2032.112345).',
    ].join('\n');
    const a = articlesOf(bold, 'md');
    expect(a.map((x) => [x.journal, x.doi])).toEqual([
      ['Animal Cognition', null],
      ['Solar Energy Materials and Solar Cells', '10.1016/j.solmat.2032.112345'],
    ]);
    expect(a[1]!.authors).toEqual([]);
  });

  it('leaves a release with subheadings about one paper as one paper', () => {
    const one = [
      '# Glaciers lose ice faster',
      '',
      '## The study',
      '',
      'The study was published today in *Nature Geoscience* (doi: 10.1038/s41561-032-01111-2).',
      '',
      '## What comes next',
      '',
      'An earlier paper in *The Cryosphere* had mapped the same glaciers.',
    ].join('\n');
    const a = articlesOf(one, 'md');
    expect(a.map((x) => x.journal)).toEqual(['Nature Geoscience']);
  });
});

describe('journal names', () => {
  it('reads a name in italics that holds lower-case words ("in the")', () => {
    const a = articlesOf('The paper was published in *Studies in the History of Gardens*, volume 12, issue 3.', 'md');
    expect(a[0]!.journal).toBe('Studies in the History of Gardens');
  });

  it('keeps the place PubMed prints after a journal’s name in a reference', () => {
    const a = articlesOf(
      'A new study maps wheat rust across 30 countries.\n\nOkonkwo, A., & Lindgren, P. (2032). Global spread of wheat stem rust. Science (New York, N.Y.), 416(6702), 101–106. https://doi.org/10.1126/science.adt1122',
    );
    expect(a[0]!.journal).toBe('Science (New York, N.Y.)');
    expect(a[0]!.volume).toBe('416');
  });

  it('takes such a name as the same journal as the short name in prose', () => {
    expect(sameJournal('Science (New York, N.Y.)', 'Science')).toBe(true);
    expect(sameJournal('Lancet (London, England)', 'The Lancet')).toBe(true);
    expect(sameJournal('Science (New York, N.Y.)', 'Science Advances')).toBe(false);
  });

  it('reads a journal’s section before a bracket ("…: Biological Sciences (doi: …)")', () => {
    expect(withSection('Proceedings of the Royal Society B', ': Biological Sciences (doi: 10.1098/rspb.2032.0101).')?.name).toBe(
      'Proceedings of the Royal Society B: Biological Sciences',
    );
  });

  it('reads "report their findings in X" as a publication sentence', () => {
    const a = articlesOf('The chemists report their findings in Organic Letters (doi: 10.1021/acs.orglett.2c01234).');
    expect(a[0]!.journal).toBe('Organic Letters');
  });
});

describe('authors', () => {
  it('reads "who led the trial and is the paper’s senior author"', () => {
    const hits = findProseAuthors('“The drug worked in every age group,” said Professor Adaeze Nwosu, who led the trial and is the paper’s senior author.');
    expect(hits.map((h) => `${h.person.given} ${h.person.family}`)).toEqual(['Adaeze Nwosu']);
  });

  it('gives the role to the study named before it, not to a later paper that also lists the name', () => {
    const text = [
      '# Two papers on river dolphins',
      '',
      'The first, published in *Current Biology*, counts dolphins in the Amazon. [Read the paper](https://doi.org/10.1016/j.cub.2032.03.044)',
      '',
      '“We counted every dolphin twice,” said Dr. Paulo Ferraz, who ran the survey and is the paper’s first author.',
      '',
      'The second, in *Ecology Letters*, models their prey.',
      '',
      '> Lima, R., & Ferraz, P. (2032). Prey fields of river dolphins. *Ecology Letters*, 35(4), 701–712. https://doi.org/10.1111/ele.14502',
    ].join('\n');
    const a = articlesOf(text, 'md');
    expect(a[0]!.doi).toBe('10.1016/j.cub.2032.03.044');
    expect(a[0]!.authors.map((p) => p.family)).toEqual(['Ferraz']);
    expect(a[1]!.authors.map((p) => p.family)).toEqual(['Lima', 'Ferraz']);
  });
});

describe('a "Publications" list', () => {
  it('leaves out the group’s older paper in another journal beside the reported one', () => {
    const text = [
      '# A sponge that filters microplastics',
      '',
      '**GENEVA, 3 May 2032** – Chemists have made a sponge from cellulose that traps microplastics. The team reports its results in *Nature Sustainability*.',
      '',
      'The work builds on the group’s earlier cellulose foams.',
      '',
      '## Publications',
      '',
      '- Keller M, Osei A. Cellulose foams for oil spills. *ACS Nano* 24, 5510–5519 (2030). doi:10.1021/acsnano.0c01234',
      '- Osei A, Brunner L, Keller M. A cellulose sponge that captures microplastics. *Nat. Sustain.* 5, 410–418 (2032). doi:10.1038/s41893-032-00990-1',
    ].join('\n');
    const a = articlesOf(text, 'md');
    expect(a.map((x) => x.doi)).toEqual(['10.1038/s41893-032-00990-1']);
    expect(a[0]!.journal).toBe('Nature Sustainability');
    expect(a[0]!.authors.map((p) => p.family)).toEqual(['Osei', 'Brunner', 'Keller']);
  });
});

describe('a paper linked straight after its journal', () => {
  const html =
    '<html><body><h1>Thesis maps salt marsh carbon</h1><p>Leiden, 2 May 2032</p>' +
    '<p>One chapter was published earlier this year in <i>Estuaries and Coasts</i>: <a href="https://doi.org/10.1007/s12237-032-01234-5">“Carbon stocks of restored salt marshes”</a>.</p></body></html>';
  const a = articlesOf(html, 'html');

  it('takes that journal even when the sentence dates the paper earlier', () => {
    expect(a[0]!.doi).toBe('10.1007/s12237-032-01234-5');
    expect(a[0]!.journal).toBe('Estuaries and Coasts');
  });

  it('drops the quote marks around the link’s title', () => {
    expect(a[0]!.title).toBe('Carbon stocks of restored salt marshes');
  });
});
