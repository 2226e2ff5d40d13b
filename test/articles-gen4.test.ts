import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readName } from '../src/extractors/article/name-list.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { withSection } from '../src/extractors/article/journal.js';
import type { Article } from '../src/types.js';

/** The articles the tool reads from a small release. */
async function articlesOf(text: string, path = 'release.txt'): Promise<Article[]> {
  const { record } = await convertAsync(Buffer.from(text), { path });
  return record.articles;
}

describe('journal names with a section after a colon', () => {
  it('reads "JACC: Heart Failure" and "Journal of Geophysical Research: Solid Earth" in prose', async () => {
    const a = await articlesOf(
      'Smartwatch alerts cut readmissions\n\nDENVER — A wrist-worn monitor lowered readmissions by a fifth in a trial published in JACC: Heart Failure. The trial enrolled 380 patients.\n',
    );
    expect(a[0]?.journal).toBe('JACC: Heart Failure');
    const b = await articlesOf(
      'Hidden fault found under Lisbon\n\nLISBON — Seismologists mapped a buried fault under the city, they report in the Journal of Geophysical Research: Solid Earth on Tuesday.\n',
    );
    expect(b[0]?.journal).toBe('Journal of Geophysical Research: Solid Earth');
  });
  it('reads no section from a sentence that goes on after the colon', () => {
    expect(withSection('Science', ': Researchers found that the pollen travelled')).toBeNull();
    expect(withSection('Nature', ': the team says')).toBeNull();
    expect(withSection('Circulation', ': Cardiovascular Imaging, the team')).toEqual({ name: 'Circulation: Cardiovascular Imaging', length: 24 });
    // Not after a name that reads as no journal's.
    expect(withSection('Oxford', ': Clinical Practice.')).toBeNull();
  });
});

describe('a paper noun, the authors\' institution and the journal', () => {
  it('reads the journal after "a study from <institution> in"', async () => {
    const a = await articlesOf(
      'Night markets cool faster than malls\n\nHYDERABAD — A study from IIIT Hyderabad in *Urban Climate* finds that open-air markets shed heat two hours sooner than enclosed ones.\n',
      'release.md',
    );
    expect(a[0]?.journal).toBe('Urban Climate');
    const b = await articlesOf('Moss maps\n\nResearch by the University of Tartu in Global Change Biology shows mosses moving north.\n');
    expect(b[0]?.journal).toBe('Global Change Biology');
  });
  it('reads no journal after a lower-case group of people', async () => {
    const a = await articlesOf('River otters return\n\nA study by volunteers in Northumberland counted 60 otter holts along the Tyne.\n');
    expect(a).toEqual([]);
  });
});

describe('East Asian family names in capitals and particles in prose', () => {
  it('reads Korean and Japanese family names printed first in capitals', () => {
    expect(readName('PARK Ji-hoon explained that')?.person).toEqual({ given: 'Ji-hoon', family: 'Park' });
    expect(readName('Dr. CHOI Min-seo')?.person).toEqual({ given: 'Min-seo', family: 'Choi' });
    expect(readName('TAKAHASHI Yumi')?.person).toEqual({ given: 'Yumi', family: 'Takahashi' });
    // An acronym and a word is no name.
    expect(readName('NASA Goddard')).toBeNull();
  });
  it('finds the first author and a co-author so printed', () => {
    expect(findProseAuthors('First author Dr. KWON Da-eun said the cells were grown on silk.').map((h) => h.person)).toEqual([{ given: 'Da-eun', family: 'Kwon' }]);
    expect(findProseAuthors('Dr. HWANG Tae-min, a co-author, said the sensor costs under a dollar.').map((h) => h.person)).toEqual([{ given: 'Tae-min', family: 'Hwang' }]);
  });
  it('keeps "bin" with the family name and drops an abbreviated rank', () => {
    expect(findProseAuthors('Assoc Prof Ahmad Zaki bin Yusof, a co-author of the paper, said the tiles last ten years.').map((h) => h.person)).toEqual([
      { given: 'Ahmad Zaki', family: 'bin Yusof' },
    ]);
    expect(readName('Asst Prof Lorna Achterberg')?.person).toEqual({ given: 'Lorna', family: 'Achterberg' });
  });
});

describe('reference lines', () => {
  it('drops "The paper:" before a Vancouver reference under a "Notes to editors" heading', () => {
    const r = parseReference('Notes to editors\nThe paper: Okonjo B, et al. Low-dose aspirin and hearing loss in older adults: a cohort study. Age Ageing 2027. DOI: 10.5555/ageing.27.0412');
    expect(r.title).toBe('Low-dose aspirin and hearing loss in older adults: a cohort study');
    expect(r.authors).toEqual([{ given: 'B', family: 'Okonjo' }]);
    expect(r.year).toBe(2027);
  });
  it('reads the journal from a "Publication:" label and the title and authors from the line under it', () => {
    const r = parseReference('Publication: The Lancet Planetary Health\nHeat and kidney admissions in coastal cities. R. Almeida, K. Fuchs, P. Osei.\nDOI: 10.5555/lph.2027.0093');
    expect(r.journal).toBe('The Lancet Planetary Health');
    expect(r.title).toBe('Heat and kidney admissions in coastal cities');
    expect(r.authors.map((a) => a.family)).toEqual(['Almeida', 'Fuchs', 'Osei']);
  });
  it('reads "Names et al., Title, Journal (year)" with hyphenated initials', () => {
    const r = parseReference('K. Brunner-Obi, J.-P. Lemaire, A. Sato et al., Strain-tuned perovskite layers for indoor light harvesting, Nature Energy (2027). DOI: 10.5555/nenergy.2027.118');
    expect(r.authors.map((a) => a.family)).toEqual(['Brunner-Obi', 'Lemaire', 'Sato']);
    expect(r.authors[1]?.given).toBe('J.-P.');
    expect(r.title).toBe('Strain-tuned perovskite layers for indoor light harvesting');
    expect(r.journal).toBe('Nature Energy');
    expect(r.year).toBe(2027);
  });
});

describe('a bulleted link to the paper under a resources heading', () => {
  it('keeps the DOI of "Link to the paper:" in a list of resources', async () => {
    const a = await articlesOf(
      'Cold water swims and sleep\n\nLEEDS, 3 May 2027 — Winter sea swimmers slept 25 minutes longer than non-swimmers, according to a study published today in Sleep Health.\n\nAdditional Resources:\n\n- Photos of the swimmers are available for download.\n- Link to the paper: https://doi.org/10.5555/sleh.2027.0417\n',
    );
    expect(a[0]?.doi).toBe('10.5555/sleh.2027.0417');
    expect(a[0]?.journal).toBe('Sleep Health');
  });
});

describe('APA reference lines with a family name that opens with a one-letter word', () => {
  it('reads "Ó Súilleabháin, P." and "Ní Bhriain, A." as family names with initials', () => {
    const r = parseReference(
      'Mahuika, R., Ó Súilleabháin, P., & Ní Bhriain, A. (2027). Peatland rewetting and methane: A five-year field study. Soil Biology and Biochemistry, 188, 109321. https://doi.org/10.5555/soilbio.2027.109321',
    );
    expect(r.authors).toEqual([
      { given: 'R.', family: 'Mahuika' },
      { given: 'P.', family: 'Ó Súilleabháin' },
      { given: 'A.', family: 'Ní Bhriain' },
    ]);
    expect(r.title).toBe('Peatland rewetting and methane: A five-year field study');
    expect(r.journal).toBe('Soil Biology and Biochemistry');
    expect(r.volume).toBe('188');
  });
});

describe('roles printed in brackets or after a job', () => {
  it('reads "Name (first author) and Name (senior author)"', () => {
    expect(findProseAuthors('Marta Kowalczyk (first author) and Dr. Henrik Aalto (senior and corresponding author) ran the field trials.').map((h) => h.person)).toEqual([
      { given: 'Marta', family: 'Kowalczyk' },
      { given: 'Henrik', family: 'Aalto' },
    ]);
  });
  it('reads ", a doctoral candidate and lead author of the study"', () => {
    expect(findProseAuthors('Felipe Araya-Munro, a doctoral candidate and lead author of the study, said the lizards ran faster.').map((h) => h.person)).toEqual([
      { given: 'Felipe', family: 'Araya-Munro' },
    ]);
  });
});

describe('a journal name before a day and a colon', () => {
  it('ends the name before "on Monday:"', async () => {
    const a = await articlesOf('Batteries\n\nOSLO, 4 May 2027 — The paper, published in Joule on Monday: a step toward cheaper storage.\n');
    expect(a[0]?.journal).toBe('Joule');
  });
});
