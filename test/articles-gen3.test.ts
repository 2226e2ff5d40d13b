import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { readFieldLines } from '../src/extractors/article/labelled-fields.js';

/** The articles of a release given as plain text. */
const articlesOf = (text: string) => convert(text, { format: 'text' }).record.articles;

describe('journals that are no journals (third round)', () => {
  it('does not take a newspaper that reported the finding first', () => {
    const a = articlesOf(
      'Lund University\n\nMarch 3, 2027\n\nBeetles navigate by the Milky Way in winter too\n\nThe result was reported in the Yomiuri Shimbun before it was peer reviewed. The paper is published today in Current Biology (DOI: 10.1016/j.cub.2027.02.011).',
    );
    expect(a[0]?.journal).toBe('Current Biology');
  });
  it('does not read "Research in" inside an organisation as a publication cue', () => {
    const a = articlesOf(
      'Kelp forests recover faster than expected\n\nJune 2, 2027\n\nThe team from the Centre for Research in Marine Sciences used drones. The study appears in Ecology Letters. DOI: 10.1111/ele.14555',
    );
    expect(a).toHaveLength(1);
    expect(a[0]?.journal).toBe('Ecology Letters');
  });
  it('treats "a 2019 paper in X" as background even when the sentence calls something new', () => {
    const a = articlesOf(
      'Glaciers speed up in summer rain\n\nMay 5, 2027\n\nThe findings are published today in The Cryosphere. A 2020 paper in Nature Geoscience by another group had suggested the opposite; the new analysis found no such effect.',
    );
    expect(a.map((x) => x.journal)).toEqual(['The Cryosphere']);
  });
  it('leaves out a lone DOI printed for an older study', () => {
    const a = articlesOf(
      'New monitoring stations for river plastics\n\n10 April 2027\n\nThe programme extends a 2022 study published in Water Research (doi:10.1016/j.watres.2022.118811), which tested the method on one river.',
    );
    expect(a).toEqual([]);
  });
});

describe('reference lines in other styles (third round)', () => {
  it('reads "Names: Title. Journal, year, volume: article number" with particles', () => {
    const r = parseReference('Okoye N, van den Broek T, bin Yusof A, Rossi G: Porous ceramic lattices that heal their own cracks. Advanced Science, 2027, 14: 2501234.');
    expect(r.authors.map((a) => a.family)).toEqual(['Okoye', 'van den Broek', 'bin Yusof', 'Rossi']);
    expect(r.title).toBe('Porous ceramic lattices that heal their own cracks');
    expect(r.volume).toBe('14');
    expect(r.pages).toBe('2501234');
  });
  it('reads APA authors with hyphenated initials and volume and pages without an issue', () => {
    const r = parseReference('Park, S.-h., Moreno, L., and Quist, A. B. (2027). Ozone recovery over the Southern Ocean in spring. Atmos. Chem. Phys., 27, 1021–1040.');
    expect(r.authors).toEqual([
      { given: 'S.-h.', family: 'Park' },
      { given: 'L.', family: 'Moreno' },
      { given: 'A. B.', family: 'Quist' },
    ]);
    expect(r.volume).toBe('27');
    expect(r.pages).toBe('1021-1040');
  });
  it('reads a Vancouver initial with a hyphen', () => {
    const r = parseReference('Ito Y, Kim J-S, Adeyemi TO. Gut microbes and statin response in older adults. Hepatology. 2027;85(2):310-322.');
    expect(r.authors.map((a) => `${a.given} ${a.family}`)).toEqual(['Y Ito', 'J-S Kim', 'TO Adeyemi']);
  });
  it('ends a list of people at the journal\'s name', () => {
    const r = parseReference('Publication: "Bacterial enzymes that break down common painkillers", Ines Falk, Omar Haddad, Nature Communications, online 2 May 2027.');
    expect(r.authors.map((a) => a.family)).toEqual(['Falk', 'Haddad']);
    expect(r.journal).toBe('Nature Communications');
  });
  it('reads an APA press office line with degrees and affiliations', () => {
    const r = parseReference(
      'Article: "Daily Outdoor Play and Attention in Preschool Children," by Rosa Lindgren, PhD, University of Oslo, and Tariq Nasser, MA, McGill University. Journal of Applied Developmental Psychology, published online May 4, 2027.',
    );
    expect(r.authors.map((a) => a.family)).toEqual(['Lindgren', 'Nasser']);
    expect(r.journal).toBe('Journal of Applied Developmental Psychology');
    expect(r.year).toBe(2027);
  });
  it('reads RIS lines', () => {
    const r = parseReference('TY  - JOUR\nTI  - Seabird colonies fertilise nearby coral reefs\nAU  - Tane, Mere\nAU  - Olsen, Per\nJO  - Marine Ecology Progress Series\nVL  - 702\nSP  - 55\nEP  - 70\nPY  - 2027\nDO  - 10.3354/meps14500\nER  -');
    expect(r.title).toBe('Seabird colonies fertilise nearby coral reefs');
    expect(r.authors).toEqual([
      { given: 'Mere', family: 'Tane' },
      { given: 'Per', family: 'Olsen' },
    ]);
    expect(r.journal).toBe('Marine Ecology Progress Series');
    expect([r.volume, r.pages, r.year, r.doi]).toEqual(['702', '55-70', 2027, '10.3354/meps14500']);
  });
  it('needs two RIS lines', () => {
    expect(readFieldLines('Some text\nTI  - only one line')).toEqual([]);
  });
});

describe('numbers of a citation (third round)', () => {
  it('reads "Article e17342" after volume and issue', () => {
    const n = readNumbers('Freshwater Biology, 72(4), Article e14102.');
    expect([n.volume, n.issue, n.pages]).toEqual(['72', '4', 'e14102']);
  });
  it('reads a ten-digit PNAS article number', () => {
    const n = readNumbers('Proc. Natl Acad. Sci. USA 124, e2411223124 (2027).');
    expect([n.volume, n.pages, n.year]).toEqual(['124', 'e2411223124', 2027]);
  });
  it('reads an AGU article number', () => {
    const n = readNumbers('Geophys. Res. Lett., 54, e2027GL100123.');
    expect([n.volume, n.pages]).toEqual(['54', 'e2027GL100123']);
  });
  it('does not read a year as pages', () => {
    const n = readNumbers('Ocean Dynamics, 12, 2027.');
    expect(n.pages).toBeNull();
  });
});

describe('names printed family name first in capitals', () => {
  it('reads a list of Japanese names', () => {
    expect(parseNameList('SATO Mei, ISHIKAWA Ren, KOBAYASHI Aoi').map((n) => n.person)).toEqual([
      { given: 'Mei', family: 'Sato' },
      { given: 'Ren', family: 'Ishikawa' },
      { given: 'Aoi', family: 'Kobayashi' },
    ]);
  });
  it('does not read one capitalised acronym and a word as a person unless the whole list is so', () => {
    expect(parseNameList('NASA Ames, Jane Roe').map((n) => n.person.family)).not.toContain('Nasa');
  });
});

describe('several papers and talks in one release (third round)', () => {
  it('gives a prose author listed in the second reference to the second paper', () => {
    const a = articlesOf(
      'Two papers on bat migration\n\nJuly 1, 2027\n\nThe first, in Movement Ecology, tracks 300 bats. The second, in Journal of Animal Ecology, models their stopovers. Its authors are Lena Vogt and Arjun Rao.\n\nReferences\n\nHolm, K., and Berg, T. (2027). Radio tracking of noctule bats across the Baltic. Movement Ecology, 15, 33. https://doi.org/10.1186/s40462-027-00501-2\n\nVogt, L., and Rao, A. (2027). Stopover choice in migrating bats. J. Anim. Ecol., 96, 1201–1214. https://doi.org/10.1111/1365-2656.14222',
    );
    expect(a.map((x) => x.authors.map((p) => p.family))).toEqual([['Holm', 'Berg'], ['Vogt', 'Rao']]);
    expect(a[1]?.journal).toBe('Journal of Animal Ecology');
  });
  it('makes one article per talk with its own quoted title', () => {
    const a = articlesOf(
      'Two talks at the winter meeting\n\nDENVER (Jan. 9, 2027) -- Two studies presented at the Society for Integrative Biology Annual Meeting look at lizards.\n\nAbstract 88. "Tail loss changes sprint speed in desert lizards" will be presented by Ana Ruiz.\n\nAbstract 91. "Cold tolerance of island geckos over three decades" will be presented by Ben Cole.',
    );
    expect(a.map((x) => x.title)).toEqual(['Tail loss changes sprint speed in desert lizards', 'Cold tolerance of island geckos over three decades']);
    expect(a.map((x) => x.year)).toEqual([2027, 2027]);
    expect(a[1]?.journal).toBe(a[0]?.journal);
  });
});

import { findDois } from '../src/extractors/article/doi.js';
import { dropAffiliationMarks } from '../src/extractors/article/name-list.js';

describe('second batch of the third round', () => {
  it('joins a DOI broken after a full stop when the rest stands alone on the next line', () => {
    expect(findDois('DOI: 10.1016/j.jhydrol.2027.\n131245\n\nMedia: …').map((d) => d.doi)).toEqual(['10.1016/j.jhydrol.2027.131245']);
    expect(findDois('See doi:10.1000/xyz.\nThe next sentence.').map((d) => d.doi)).toEqual(['10.1000/xyz']);
  });
  it('drops superscript affiliation marks', () => {
    expect(dropAffiliationMarks('Aino Virtanen¹, Kofi Boateng²³, Lea Roth¹*')).toBe('Aino Virtanen, Kofi Boateng, Lea Roth');
  });
  it('does not report a paper "published in X last year"', () => {
    const a = articlesOf('Coral spawning timed by moonlight\n\nMay 2, 2027\n\nThe new paper appears today in Coral Reefs. A study from another lab, published in Science last year, used lab tanks.');
    expect(a.map((x) => x.journal)).toEqual(['Coral Reefs']);
  });
  it('reads the journal after "Version of Record in"', () => {
    const a = articlesOf('Ant colonies vote with pheromones\n\nMay 2, 2027\n\nThe reviewed preprint is now published as a Version of Record in eLife (https://doi.org/10.7554/eLife.99881).');
    expect(a[0]?.journal).toBe('eLife');
  });
  it('reads "Study one, in X" and "Study two, in Y" as two papers', () => {
    const a = articlesOf('Two studies on river dolphins\n\nAugust 8, 2027\n\nTwo studies, published this week, show that dolphins in the Amazon are declining. Study one, in Marine Mammal Science, counts them. Study two, in Aquatic Conservation, maps their threats.');
    expect(a.map((x) => x.journal)).toEqual(['Marine Mammal Science', 'Aquatic Conservation']);
  });
  it('reads a journal named by the label of a reference line', () => {
    const r = parseReference('Current Zoology: "Urban crows cache food near streetlights in winter", Hana Novak, Omar Said, Pia Lind. DOI: 10.1093/cz/zoac041');
    expect(r.journal).toBe('Current Zoology');
    expect(r.authors.map((a) => a.family)).toEqual(['Novak', 'Said', 'Lind']);
    const g = parseReference('Research: "A title of several words here", Hana Novak, Omar Said.');
    expect(g.journal).toBeNull();
  });
});
