import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { bioSentence } from '../src/extractors/article/no-paper.js';

describe('news that reports no paper, though a bio names earlier ones', () => {
  it.each([
    [
      'an obituary naming a landmark paper and its journal',
      'In memoriam: Professor Aldo Verrecchia, 1940–2031\n\nNews, 3 May 2031\n\nProfessor Verrecchia died in Padua on 28 April.\n\nHis 1988 paper in Nature, "Ozone loss over the Alps in winter", is still widely cited, and in 1996 he was first author of a study in the Journal of Atmospheric Chemistry on nitrate aerosols.\n',
    ],
    [
      'a fellowship whose bio links a recent paper by DOI',
      'Two chemists named Sloan Research Fellows\n\nFebruary 20, 2031\n\nDr. Ilse Marquardt, an assistant professor of chemistry, builds catalysts from iron. Her recent paper, "Iron pincer catalysts for ammonia splitting" (https://doi.org/10.1021/jacs.0c99887), was featured on the journal cover.\n',
    ],
    [
      'a grant that builds on findings published last year, with their DOI',
      'County Extension Office wins $1.2 million grant to study drought-tolerant sorghum\n\nMarch 2, 2031\n\nThe project builds on results the team published last year in Field Crops Research, which showed yield gains of 12 percent. That paper is available at https://doi.org/10.1016/j.fcr.2030.109001.\n',
    ],
    [
      'an appointment whose bio prints a paper\'s volume and pages in brackets',
      'Dr. Nkechi Adeyemi appointed dean of veterinary medicine\n\nJuly 1, 2031\n\nDr. Adeyemi led trials of a tick vaccine in cattle, reported in Veterinary Parasitology (2027; 301(2):115-123), and has written more than 80 papers.\n',
    ],
    [
      'a statement responding to a government decision that names journals',
      'Statement from the Society for Applied Ecology on the national budget\n\nPublished 9 June 2031\n\nThe Society regrets the cuts. Our members publish in the Journal of Applied Ecology and in Ecological Solutions and Evidence, and their work informs policy.\n',
    ],
    [
      'a new centre whose director\'s earlier study is quoted by title',
      'New sports science centre opens at Lakeside Community College\n\nSeptember 4, 2031\n\nThe centre is led by Dr. Oren Halevi, whose 2028 study, "Heat acclimation in amateur cyclists," (J Sports Sci. 2028;46(9):1011-1019) is used by coaches nationwide.\n',
    ],
  ])('%s yields no article', (_label, text) => {
    expect(articlesOf(text)).toEqual([]);
  });

  it('keeps a paper when an award-like headline reports a study with its own reference line', () => {
    const text =
      'Olympic medal winners sleep longer than other elite athletes\n\nLONDON, 14 March 2031 — Medallists slept 40 minutes more a night than other elite athletes.\n\nReference: Haugland T, Mbeki S. Sleep duration in Olympic medallists. Br J Sports Med. 2031;65:410-418. doi:10.1136/bjsports-2030-109990\n';
    const [a] = articlesOf(text);
    expect(a?.doi).toBe('10.1136/bjsports-2030-109990');
    expect(a?.title).toBe('Sleep duration in Olympic medallists');
  });

  it('keeps a paper when an award-like headline sits over a sentence that reports it as new', () => {
    const text = 'Prize-winning team maps the ocean floor under Antarctic ice\n\nMay 5, 2031\n\nThe map is published today in Nature Geoscience.\n';
    expect(articlesOf(text).map((a) => a.journal)).toEqual(['Nature Geoscience']);
  });

  it('tells a bio sentence from a reference line', () => {
    expect(bioSentence('Her recent paper, "Iron catalysts", was featured on the cover (doi:10.1021/x).')).toBe(true);
    expect(bioSentence('Haugland T, Mbeki S. Sleep duration in Olympic medallists. Br J Sports Med. 2031;65:410-418.')).toBe(false);
    expect(bioSentence('Paper: "Why sea ice is thinning"\nAuthors: Ana Ruiz\nDOI: 10.1029/2031GL1')).toBe(false);
  });
});

describe('tip sheets with several papers in labelled field blocks', () => {
  const sheet = [
    '# Tip sheet: research highlights from the 2 April issue of Journal of Hydrology',
    '',
    '**Press office | 30 March 2031**',
    '',
    '## 1. Aquifers refill faster after wildfire',
    '',
    '**Paper:** "Earlier recharge of mountain aquifers after wildfire"',
    '**Authors:** Rosa Igarashi, Dmitri K. Volkov',
    '**DOI:** 10.1016/j.jhydrol.2031.120011',
    '',
    '## 2. Beaver dams store floodwater',
    '',
    '**Paper:** "Beaver dam cascades attenuate flood peaks"',
    '**Authors:** Oisín Madden, Grace Tuilagi',
    '**DOI:** 10.1016/j.jhydrol.2031.120044',
    '',
  ].join('\n');

  it('keeps each block\'s DOI with its own title, even a title that says "earlier"', () => {
    expect(articlesOf(sheet, 'md').map((a) => [a.doi, a.title])).toEqual([
      ['10.1016/j.jhydrol.2031.120011', 'Earlier recharge of mountain aquifers after wildfire'],
      ['10.1016/j.jhydrol.2031.120044', 'Beaver dam cascades attenuate flood peaks'],
    ]);
  });

  it('gives each paper only the authors of its own block', () => {
    expect(articlesOf(sheet, 'md').map((a) => a.authors.map((p) => p.family))).toEqual([
      ['Igarashi', 'Volkov'],
      ['Madden', 'Tuilagi'],
    ]);
  });

  it('takes the journal from the headline\'s "issue of X"', () => {
    expect(articlesOf(sheet, 'md').map((a) => a.journal)).toEqual(['Journal of Hydrology', 'Journal of Hydrology']);
  });
});
