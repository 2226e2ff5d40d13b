import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const HEAD = '# Salt marshes store more carbon than expected\n\n*Fenwick Coastal Lab — 6 May 2032*\n\n';

describe('a numbered paper label before a reference (round 27)', () => {
  it('reads "Paper 1:" and "Paper 2:" items as references of their own', () => {
    const text = `${HEAD}The lab published two linked studies this week.\n\nThe first, in *Estuaries and Coasts*, measured buried carbon.\n\n- **Paper 1:** Ambrose-Tate, G., Welland, P. & Saoirse, K. "Deep carbon burial in restored salt marshes of the North Sea." *Estuaries and Coasts* 55, 310–322 (2032). DOI: 10.1007/s12237-032-01411-5\n\nThe second, in *Limnology and Oceanography*, traced where it came from.\n\n- **Paper 2:** Welland, P. & Ambrose-Tate, G. "Marine sources of organic carbon in marsh sediments." *Limnology and Oceanography* 77, 901–915 (2032). DOI: 10.1002/lno.12688\n`;
    const arts = articlesOf(text, 'md');
    expect(arts.map((a) => a.doi)).toEqual(['10.1007/s12237-032-01411-5', '10.1002/lno.12688']);
    expect(arts[0]!.title).toBe('Deep carbon burial in restored salt marshes of the North Sea');
    expect(arts[1]!.authors.map((p) => p.family)).toEqual(['Welland', 'Ambrose-Tate']);
    expect(arts[1]!.journal).toBe('Limnology and Oceanography');
  });

  it('reads "Study 2:" in plain text the same way', () => {
    const text = `Salt marshes store more carbon than expected\n\n6 May 2032\n\nThe results are published today in Estuaries and Coasts.\n\nStudy 2: Welland P, Ambrose-Tate G. Marine sources of organic carbon in marsh sediments. Estuaries and Coasts. 2032;55(4):901-15. doi:10.1007/s12237-032-01499-2\n`;
    const [a] = articlesOf(text);
    expect(a!.title).toBe('Marine sources of organic carbon in marsh sediments');
    expect(a!.authors.map((p) => p.family)).toEqual(['Welland', 'Ambrose-Tate']);
  });
});

describe("a meeting's acronym with its full name in apposition (round 27)", () => {
  it('takes "the Conference on …" after "presented at ACRONYM YEAR," and the year', () => {
    const text = `Robots learn to fold laundry from video\n\n2 December 2031\n\nThe paper, titled "Folding from watching: video pretraining for deformable object manipulation", will be presented at CoRL 2031, the Conference on Robot Learning, in Seoul next week. Its authors are Maren Holt-Ibsen and Dario Castellucci.\n`;
    const [a] = articlesOf(text);
    expect(a!.journal).toBe('Conference on Robot Learning');
    expect(a!.year).toBe(2031);
  });
});

describe('job titles before the names after "written by" (round 27)', () => {
  it('drops "senior fellow" and "research associate" before the names', () => {
    const text = `Rural bus cuts lengthen trips to hospital, report finds\n\nMonday 8 March 2032\n\nBus cuts have added 40 minutes to the average trip to hospital, according to a report released today by the Halberd Institute.\n\nThe report, "Rural bus services and access to hospital care", was written by senior fellow Dr. Agathe Brumfield and research associate Tobias Nwankwo-Hale.\n`;
    const [a] = articlesOf(text);
    expect(a!.authors).toEqual([{ given: 'Agathe', family: 'Brumfield' }, { given: 'Tobias', family: 'Nwankwo-Hale' }]);
    expect(a!.journal).toBeNull();
    expect(a!.doi).toBeNull();
    expect(a!.year).toBe(2032);
  });
});
