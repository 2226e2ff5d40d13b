import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const HEAD = 'Glaciers on a distant moon flow like honey\n\nNorthfold University\n9 May 2031\n\nIce on the moon creeps downhill a few metres a year, researchers at Northfold University report.\n\n';

describe('AAS and MNRAS author-year references with the title after the numbers (round 26)', () => {
  it('reads volume and first page from "…, 2032, MNRAS, 529, 2217. “Title”."', () => {
    const text = `${HEAD}Reference: Quennell P., Abara-Stott J., 2032, MNRAS, 529, 2217. “Slow ice flow on a cold moon”. DOI: 10.1093/mnras/stae907\n`;
    const [a] = articlesOf(text);
    expect(a?.doi).toBe('10.1093/mnras/stae907');
    expect(a?.volume).toBe('529');
    expect(a?.pages).toBe('2217');
    expect(a?.year).toBe(2032);
  });

  it('reads a lettered first page from "…, 2031, ApJL, 962, L7, “Title”"', () => {
    const text = `${HEAD}Reference: Quennell P., Abara-Stott J., 2031, ApJL, 962, L7, “Slow ice flow on a cold moon”, doi:10.3847/2041-8213/ad9901\n`;
    const [a] = articlesOf(text);
    expect(a?.volume).toBe('962');
    expect(a?.pages).toBe('L7');
    expect(a?.year).toBe(2031);
  });
});

describe("Cochrane's article numbers of two letters (round 26)", () => {
  it('reads "Art. No.: CD015872" as the pages and "Issue 6" as the issue', () => {
    const text = `${HEAD}Reference: Quennell P, Abara-Stott J. Walking programmes for knee pain in older adults. Cochrane Database of Systematic Reviews 2031, Issue 6. Art. No.: CD016204. DOI: 10.1002/14651858.CD016204.pub2.\n`;
    const [a] = articlesOf(text);
    expect(a?.doi).toBe('10.1002/14651858.CD016204.pub2');
    expect(a?.journal).toBe('Cochrane Database of Systematic Reviews');
    expect(a?.issue).toBe('6');
    expect(a?.pages).toBe('CD016204');
    expect(a?.volume).toBeNull();
    expect(a?.year).toBe(2031);
  });
});

describe('a compact astronomy abbreviation in the reference beside the full name in the prose (round 26)', () => {
  it('takes "The Astrophysical Journal Letters" from the prose over "ApJ 962, L7 (2031)"', () => {
    const text = `Glaciers on a distant moon flow like honey\n\nNorthfold University\n9 May 2031\n\nIce on the moon creeps downhill a few metres a year, researchers report in The Astrophysical Journal Letters.\n\nReference: P. Quennell & J. Abara-Stott, "Slow ice flow on a cold moon", ApJ 962, L7 (2031). DOI: 10.3847/2041-8213/ad9901\n`;
    const [a] = articlesOf(text);
    expect(a?.journal).toBe('The Astrophysical Journal Letters');
    expect(a?.volume).toBe('962');
    expect(a?.pages).toBe('L7');
  });

  it('keeps "ApJ" when the prose names no journal', () => {
    const text = `Glaciers on a distant moon flow like honey\n\nNorthfold University\n9 May 2031\n\nIce on the moon creeps downhill a few metres a year, researchers report.\n\nReference: P. Quennell & J. Abara-Stott, "Slow ice flow on a cold moon", ApJ 962, L7 (2031). DOI: 10.3847/2041-8213/ad9901\n`;
    expect(articlesOf(text)[0]?.journal).toBe('ApJ');
  });
});

describe('"describe the X in Journal" as a mention of publication (round 26)', () => {
  it('reads the journal from "Astronomers describe the stream in The Astrophysical Journal Letters"', () => {
    const text = `Glaciers on a distant moon flow like honey\n\nNorthfold University\n9 May 2031\n\nIce on the moon creeps downhill. Astronomers at Northfold describe the flow in The Astrophysical Journal Letters.\n\nReference: P. Quennell & J. Abara-Stott, "Slow ice flow on a cold moon", ApJ 962, L7 (2031). DOI: 10.3847/2041-8213/ad9901\n`;
    expect(articlesOf(text)[0]?.journal).toBe('The Astrophysical Journal Letters');
  });

  it('does not read a place after "describe the outbreak in"', () => {
    const text = `Measles returns to the valley\n\nNorthfold University\n9 May 2031\n\nDoctors describe the outbreak in Somerset and ask parents to check vaccinations.\n`;
    expect(articlesOf(text).map((a) => a.journal)).not.toContain('Somerset');
  });
});
