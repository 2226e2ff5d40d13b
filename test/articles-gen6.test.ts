import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import type { Article } from '../src/types.js';

/** The articles the tool reads from a small release. */
async function articlesOf(text: string, path = 'release.txt'): Promise<Article[]> {
  const { record } = await convertAsync(Buffer.from(text), { path });
  return record.articles;
}

describe('a labelled title and its DOI on one line', () => {
  it('reads "Research: Title doi: …" as the title', () => {
    const r = parseReference('Research: Night-shift work and gallstone disease in nurses: prospective cohort study doi: 10.1136/bmj-2027-080114');
    expect(r.title).toBe('Night-shift work and gallstone disease in nurses: prospective cohort study');
    expect(r.titleStrategy).toBe('labelled');
  });
  it('drops an "Editorial:" label before the title', () => {
    const r = parseReference('Editorial: Gallstones and the body clock doi: 10.1136/bmj.q1120');
    expect(r.title).toBe('Gallstones and the body clock');
  });
  it('fills both papers of a notes block with one line each', async () => {
    const a = await articlesOf(
      'Night shifts linked to gallstones\n\nNurses who worked nights for ten years or more had a higher risk of gallstones, finds a study published by The BMJ today.\n\nNotes for editors\nResearch: Night-shift work and gallstone disease in nurses: prospective cohort study doi: 10.1136/bmj-2027-080114\nEditorial: Gallstones and the body clock doi: 10.1136/bmj.q1120\nJournal: The BMJ\n',
    );
    expect(a.map((x) => x.title)).toEqual(['Night-shift work and gallstone disease in nurses: prospective cohort study', 'Gallstones and the body clock']);
  });
});

describe('references without DOIs below DOIs printed in prose', () => {
  it('gives each DOI the reference in the same order', async () => {
    const a = await articlesOf(
      'Insoles cut falls in two trials\n\nTwo trials, published in The Lancet and The Lancet Healthy Longevity, tested vibrating insoles. The first (DOI: 10.1016/S0140-6736(27)02210-5) enrolled 900 people; the second (DOI: 10.1016/S2666-7568(27)00091-3) enrolled 400.\n\nOriginalpublikation:\nVossberg KL, Adeyemi-Hart R, Lund P, et al. Vibrating insoles to prevent falls in older adults (STEADY): a randomised controlled trial. Lancet 2027; 411: 301–10.\nAdeyemi-Hart R, Vossberg KL. Vibrating insoles after hip fracture (STEADY-HF): a randomised trial. Lancet Healthy Longev 2027; 8: e220–29.\n',
    );
    expect(a.map((x) => x.doi)).toEqual(['10.1016/S0140-6736(27)02210-5', '10.1016/S2666-7568(27)00091-3']);
    expect(a[1]?.title).toBe('Vibrating insoles after hip fracture (STEADY-HF): a randomised trial');
    expect(a[1]?.volume).toBe('8');
    expect(a[1]?.authors.map((p) => p.family)).toEqual(['Adeyemi-Hart', 'Vossberg']);
  });
});

describe('a Vancouver citation after a "Publication:" label in the body', () => {
  it('reads names with a hyphenated family name and a group author among them', async () => {
    const a = await articlesOf(
      '# Breath test spots early lung cancer\n\nDENVER--(BUSINESS WIRE)--May 3, 2027--Aeroscan Inc. today announced the publication of its study in *Chest*.\n\n**Publication:** Marlowe-Quist D, Tanaka H, Breuer S, the BREATHE Study Group, Ochoa L. Exhaled volatile compounds for detection of stage I lung cancer: the BREATHE study. *Chest*. 2027;171(5):1122-1131.\n',
      'release.md',
    );
    expect(a[0]?.title).toBe('Exhaled volatile compounds for detection of stage I lung cancer: the BREATHE study');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Marlowe-Quist', 'Tanaka', 'Breuer', 'Ochoa']);
    expect([a[0]?.volume, a[0]?.issue, a[0]?.pages, a[0]?.year]).toEqual(['171', '5', '1122-1131', 2027]);
  });
});

describe('authors listed one a list item with their affiliations', () => {
  it('reads every item under an "Authors:" label', async () => {
    const a = await articlesOf(
      '<html><body><h1>Peat fires smoulder longer in warm winters</h1><p>The study, published in <em>Geophysical Research Letters</em>, tracked fires for ten years.</p><h2>The paper</h2><p><strong>Title:</strong> "Winter warmth prolongs smouldering in boreal peatlands"</p><p><strong>Authors:</strong></p><ul><li>Tove Lindahl-Marsh (corresponding author), Department of Earth Sciences, Uppsala University, Sweden</li><li>Kwabena Osei, School of Geography, University of Leeds, UK</li></ul><p>The paper is available <a href="https://doi.org/10.1029/2027GL100101">here</a>.</p></body></html>',
      'release.html',
    );
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Lindahl-Marsh', 'Osei']);
  });
});

describe('a year printed after the journal in its label', () => {
  it('reads "Journal: Nature Plants (2027)" as the year', async () => {
    const a = await articlesOf(
      '# Moss survives a year in orbit\n\nThe work was published on 3 May in *Nature Plants*.\n\n**Journal:** Nature Plants (2027)\n\n**DOI:** https://doi.org/10.1038/s41477-027-01501-1\n',
      'release.md',
    );
    expect(a[0]?.year).toBe(2027);
  });
});

describe('East Asian names printed family name first in title case', () => {
  it('reads "Li Xiaoming" and "Park Ji-hoon" with the family name first', async () => {
    const a = await articlesOf(
      '# Seaweed batteries\n\n**Authors:** Li Xiaoming†, Park Ji-hoon†, Ruth Adler*\n\n**Journal:** Advanced Materials\n\n**DOI:** 10.1002/adma.202700123\n',
      'release.md',
    );
    expect(a[0]?.authors).toEqual([
      { given: 'Xiaoming', family: 'Li' },
      { given: 'Ji-hoon', family: 'Park' },
      { given: 'Ruth', family: 'Adler' },
    ]);
  });
  it('leaves a given name that is not two pinyin syllables in printed order', async () => {
    const a = await articlesOf('# Moss\n\n**Authors:** Long Tremaine, Song Hallie\n\n**DOI:** 10.1002/adma.202700124\n', 'release.md');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Tremaine', 'Hallie']);
  });
  it('keeps the speaker as printed when the release never prints the name given name first', async () => {
    const { record } = await convertAsync(
      Buffer.from('# Rice roots\n\n"We did not expect one receptor to steer the whole root system," said Professor Zhou Wenjing.\n\n**Authors:** Chen Yutong, Zhou Wenjing*\n\n**DOI:** 10.1038/s41477-027-01499-1\n'),
      { path: 'release.md' },
    );
    expect(record.articles[0]?.authors.map((p) => p.family)).toEqual(['Chen', 'Zhou']);
    expect(record.quotes[0]?.speaker).toBe('Zhou Wenjing');
  });
});
