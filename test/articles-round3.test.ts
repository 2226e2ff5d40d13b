import { describe, expect, it } from 'vitest';
import { gluedJournal, parseReference } from '../src/extractors/article/reference-line.js';

describe('Vancouver reference lines with a glued journal abbreviation', () => {
  it('reads a labelled list with a stray comma, a group author and a journal glued to the title', () => {
    const r = parseReference(
      'Citation: Ngata TD, Brook GL, Varga JH, Lee, JS, Costa MA, Wu DW, the XYZ-12 Investigators. Sustained Benefit of Gene Therapy for Refractory Pain: 3 year Outcomes from the XYZ-12 TrialCell Transplant. Appeared or available on-line: May 4, 2016',
    );
    expect(r.authors.map((a) => a.family)).toEqual(['Ngata', 'Brook', 'Varga', 'Lee', 'Costa', 'Wu']);
    expect(r.authors[4]).toEqual({ given: 'MA', family: 'Costa' });
    expect(r.title).toBe('Sustained Benefit of Gene Therapy for Refractory Pain: 3 year Outcomes from the XYZ-12 Trial');
    expect(r.journal).toBe('Cell Transplant');
    expect(r.year).toBe(2016);
  });
  it('splits a sentence-case title from the abbreviation before the year', () => {
    const r = parseReference('Okafor CN, Lindqvist A, Brandt-Moe KJ, et al. Long term effects of a salt diet in mice Circ Res. 2016;118:45-52.');
    expect(r.title).toBe('Long term effects of a salt diet in mice');
    expect(r.journal).toBe('Circ Res');
    expect(r.volume).toBe('118');
    expect(r.pages).toBe('45-52');
  });
  it('keeps a title with a full stop before the journal', () => {
    const r = parseReference('Okafor CN, Lindqvist A, et al. Long term effects of a salt diet in mice. Circ Res 2016;118(3):45-52.');
    expect(r.title).toBe('Long term effects of a salt diet in mice');
    expect(r.journal).toBe('Circ Res');
    expect(r.issue).toBe('3');
  });
  it('does not split a title-case title or one not followed by a year', () => {
    expect(gluedJournal('Long Term Effects Of Salt In Mice Circ Res', '2016;118:45-52')).toBeNull();
    expect(gluedJournal('Long term effects of salt in mice Circ Res', 'Accessed by readers')).toBeNull();
    expect(gluedJournal('A title about the iPhone and more things', '')).toBeNull();
  });
  it('does not read a subtitle as a journal', () => {
    const r = parseReference('Ngata TD, Brook GL, Varga JH. Gene Therapy for Pain: Outcomes from a Trial. 2016.');
    expect(r.journal).toBeNull();
    expect(r.title).toBe('Gene Therapy for Pain: Outcomes from a Trial');
  });
});

import { findTitles } from '../src/extractors/article/title.js';
import { parseNameList } from '../src/extractors/article/name-list.js';

describe('the journal as the subject, the title after a colon', () => {
  it('reads a quoted title after "published it:"', () => {
    const t = findTitles('The group followed 300 patients. The Journal of Sleep Medicine published it: "Nightly Rest and Memory in Older Adults Over Five Years."');
    expect(t.map((x) => x.title)).toEqual(['Nightly Rest and Memory in Older Adults Over Five Years']);
  });
  it('reads a title after "under the title"', () => {
    const t = findTitles('The results appear in Brain Research under the title Sleep Loss Alters Memory Circuits in Adults.');
    expect(t[0]?.title).toBe('Sleep Loss Alters Memory Circuits in Adults');
  });
  it('does not take a quote after a colon without the verb of publication', () => {
    expect(findTitles('She said it plainly: "We need far more sleep than we think we do."')).toEqual([]);
  });
});

describe('job titles before names in an author list', () => {
  it('drops a capitalised job title before the name', () => {
    const names = parseNameList('ACME Senior Investigator Jane Q. Roe, Programmer Analyst Mary Ann Doe, and Sam Poe');
    expect(names.map((n) => n.person)).toEqual([
      { given: 'Jane Q.', family: 'Roe' },
      { given: 'Mary Ann', family: 'Doe' },
      { given: 'Sam', family: 'Poe' },
    ]);
  });
});

describe('availability notes and quotes that are speech', () => {
  it('cuts "First published ahead of print" off the title and reads the full journal after the comma', () => {
    const r = parseReference(
      'Ana Ruiz, Tomas Berg, and Li Wen. Green tea catechins lower fasting glucose in older adults: a randomized trial, Journal of Metabolic Health, First published ahead of print March 3, 2019 as doi: 10.5555/jmh.2019.0042.',
    );
    expect(r.title).toBe('Green tea catechins lower fasting glucose in older adults: a randomized trial');
    expect(r.journal).toBe('Journal of Metabolic Health');
    expect(r.year).toBe(2019);
    expect(r.doi).toBe('10.5555/jmh.2019.0042');
  });
  it('never takes a quote attributed to a person as the title', () => {
    expect(findTitles('Dr. Ana Ruiz, lead author on the paper, said, "These results are encouraging for everyone who drinks tea every day."')).toEqual([]);
    expect(findTitles('The paper, "Green Tea and Glucose in Older Adults", appears today.')[0]?.title).toBe('Green Tea and Glucose in Older Adults');
  });
});

import { sameJournal } from '../src/extractors/article/journal.js';

describe('an acronym of the full journal name', () => {
  it('is the same journal', () => {
    expect(sameJournal('AJCN', 'American Journal of Clinical Nutrition')).toBe(true);
    expect(sameJournal('Journal of Metabolic Health', 'JMH')).toBe(true);
  });
  it('is not another journal with other initials', () => {
    expect(sameJournal('AJCN', 'American Journal of Cardiology')).toBe(false);
    expect(sameJournal('Nature', 'Neurology')).toBe(false);
  });
});

import { findProseAuthors } from '../src/extractors/article/authors.js';

describe('prose author sentences', () => {
  it('reads "Additional authors on this research are X, of …; and Y, of …"', () => {
    const hits = findProseAuthors('Additional authors on this research are Ana B. Ruiz, Ph.D., of the School of Health; and Li C.D. Wen, Ph.D., of the University of Somewhere.');
    expect(hits.map((h) => h.person.family)).toEqual(['Ruiz', 'Wen']);
  });
  it('reads a name with no space after the initial', () => {
    expect(parseNameList('Jane Roe, MD; Tomas Q.Berg, MD; and Sam Poe, RN').map((n) => n.person)).toEqual([
      { given: 'Jane', family: 'Roe' },
      { given: 'Tomas Q.', family: 'Berg' },
      { given: 'Sam', family: 'Poe' },
    ]);
  });
  it('does not read "contributors" as authors', () => {
    expect(findProseAuthors('Also contributing to this research were Jane Roe and Sam Poe.')).toEqual([]);
  });
});
