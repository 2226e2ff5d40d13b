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
