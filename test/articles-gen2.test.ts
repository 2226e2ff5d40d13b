import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import { dropAffiliationMarks } from '../src/extractors/article/name-list.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { findDois, isDataDoi } from '../src/extractors/article/doi.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';

describe('reference lines from offices outside the dev corpus', () => {
  it('ends a "Family I., Family I." list at its last initial', () => {
    const r = parseReference(
      'Journal reference: Oduya P., Lindahl S., Marek T., Quispe R. Soil fungi relay frost warnings between alpine cushion plants. Nature Ecology 9, 410–421 (2027). https://doi.org/10.1038/s41559-027-00999-1',
    );
    expect(r.authors.map((a) => a.family)).toEqual(['Oduya', 'Lindahl', 'Marek', 'Quispe']);
    expect(r.title).toBe('Soil fungi relay frost warnings between alpine cushion plants');
    expect(r.volume).toBe('9');
  });
  it('drops a footnote marker opening the reference', () => {
    const r = parseReference('[^2]: Varga, T. M., Ibsen, K. & Okoro, L. Tidal mixing sets the pace of fjord warming. Ocean Science 23, 77–90 (2027).');
    expect(r.authors.map((a) => a.family)).toEqual(['Varga', 'Ibsen', 'Okoro']);
    expect(r.title).toBe('Tidal mixing sets the pace of fjord warming');
  });
  it('ends a "by" list before "in Journal"', () => {
    const r = parseReference("'Night-time foraging in urban foxes follows the bin calendar' by T. Ahlberg, R. Osei and K. Mbatha in Journal of Animal Ecology.");
    expect(r.authors.map((a) => a.family)).toEqual(['Ahlberg', 'Osei', 'Mbatha']);
  });
});

describe('numbers of a citation', () => {
  it('takes the year after the names, not the end of a range in the title', () => {
    const n = readNumbers('Halvorsen K, Mbeki TS. 2027. Heat waves and emergency admissions in Norway, 1995–2024. Environ Res 251(2):118002.');
    expect(n.year).toBe(2027);
  });
  it('reads an APS volume and article number after an abbreviated journal', () => {
    const n = readNumbers('A. Nowak and P. Ruiz. 2027. Title words here. Phys. Rev. Lett. 139, 126802. DOI: 10.1103/x');
    expect(n.volume).toBe('139');
    expect(n.pages).toBe('126802');
  });
  it('does not read a date after a month abbreviation as volume and pages', () => {
    expect(readNumbers('The paper appeared on Jan. 15, 2027.').volume).toBeNull();
  });
});

describe('DOIs', () => {
  it('joins a DOI broken by a line wrap after a hyphen', () => {
    expect(findDois('Nat. Photon. 21, 1–9 (2027). DOI: 10.1038/s41566-027-\n01488-3\n\nContact').map((d) => d.doi)).toEqual(['10.1038/s41566-027-01488-3']);
  });
  it('treats a USGS data release DOI as data', () => {
    expect(isDataDoi('10.5066/P13XQ2RT')).toBe(true);
    expect(isDataDoi('10.1029/2027WR031234')).toBe(false);
  });
});

describe('author lists with affiliation marks', () => {
  it('drops numbers, daggers and asterisks glued to names', () => {
    expect(dropAffiliationMarks('Mina Cho†, Dae-Ho Yoon†, Sun Park1,2,* and Jae Lim*')).toBe('Mina Cho, Dae-Ho Yoon, Sun Park and Jae Lim');
    expect(dropAffiliationMarks('CO2 levels in 2027')).toBe('CO2 levels in 2027');
  });
  it('reads a quoted-title reference whose names carry equal-contribution marks', () => {
    const r = parseReference('Mina Cho†, Dae-Ho Yoon†, and Jae Lim*, "Ferroelectric domain walls as reconfigurable memristors," Nano Letters (2027). DOI: 10.1021/acs.nanolett.7b01234');
    expect(r.authors.map((a) => a.family)).toEqual(['Cho', 'Yoon', 'Lim']);
    expect(r.journal).toBe('Nano Letters');
  });
  it('reads an "Authors:" line with affiliation numbers, and a bare "Title:" block beside the DOI', () => {
    const path = 'fixtures/articles/affiliation-marks.txt';
    const rec = convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path }).record;
    expect(rec.articles).toHaveLength(1);
    expect(rec.articles[0]!.authors.map((a) => a.family)).toEqual(['Solheim', 'Varela', 'Kettunen', 'Ødegaard']);
    expect(rec.articles[0]!.title).toBe('Three decades of earlier ice algal blooms in the northern Barents Sea');
    expect(rec.articles[0]!.doi).toBe('10.1002/lno.12999');
  });
});

describe('publication sentences', () => {
  const rec = (text: string) => convert(Buffer.from(text), { path: 'x.txt' }).record;
  it('does not read a capitalised headline object before "in" as the journal', () => {
    const r = rec(
      'Agency Chemists Publish Method to Measure Microplastics in Snow\n\nMarch 3, 2027\n\nThe method paper appears in the March 2027 issue of Analytical Chemistry (volume 99, issue 9, pages 4410-4418).\n\nThe paper is available at doi.org/10.1021/acs.analchem.7b04410.\n',
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.journal).toBe('Analytical Chemistry');
    expect(r.articles[0]!.volume).toBe('99');
    expect(r.articles[0]!.issue).toBe('9');
    expect(r.articles[0]!.pages).toBe('4410-4418');
  });
});

describe('Chinese family names in capitals', () => {
  it('reads "FAMILY Given" for a known Chinese family name, and not an acronym', async () => {
    const { readName } = await import('../src/extractors/article/name-list.js');
    expect(readName('GUO Meilin')?.person).toEqual({ given: 'Meilin', family: 'Guo' });
    expect(readName('UCLA Health')).toBeNull();
  });
  it('finds first authors written "FAMILY Given" in prose', () => {
    const r = convert(
      Buffer.from('Rivers carry more microplastic in spring\n\nBEIJING, May 2, 2027 -- The study was published in Water Research.\n\nFirst authors TANG Yiran and SHAO Peng, both at the institute, sampled 40 rivers.\n\nDOI: 10.1016/j.watres.2027.120001\n'),
      { path: 'x.txt' },
    ).record;
    expect(r.articles[0]!.authors).toEqual([{ given: 'Yiran', family: 'Tang' }, { given: 'Peng', family: 'Shao' }]);
  });
});

describe('names of journals and people from Portuguese-speaking offices', () => {
  it('keeps the part after a dash of an italic journal name', () => {
    const r = convert(
      Buffer.from('<html><body><h1>Malaria returns to the Amazon border</h1><p>Manaus, 4 March 2027</p><p>The study, published in <em>The Lancet Regional Health – Americas</em>, mapped 900 cases.</p><p>DOI: 10.1016/j.lana.2027.101001</p></body></html>'),
      { path: 'x.html' },
    ).record;
    expect(r.articles[0]!.journal).toBe('The Lancet Regional Health – Americas');
  });
  it('keeps the particle "do" inside a family name', async () => {
    const { readName } = await import('../src/extractors/article/name-list.js');
    expect(readName('Marcela Alves do Carmo')?.person.family).toBe('do Carmo');
  });
});
