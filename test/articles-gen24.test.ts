import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { dropInitialMarks } from '../src/extractors/article/name-list.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';

const LEAD = 'Glass sponges filter more seawater than expected, marine biologists at Saltmarsh University report.';

describe('an ACS citation whose full names carry middle initials (round 24)', () => {
  it('reads "Given I. Family, Given Family, and Given Family*" as three people', () => {
    const text = `${LEAD}\n\nCitation:\nNoor H. Albright, Tomasz Wielgosz, and Esi Mensah-Boateng*. Silica Spicule Lattices Channel Laminar Flow in Hexactinellid Sponges. J. Am. Chem. Soc. 2031, 153 (9), 3301–3310. DOI: 10.1021/jacs.1c07711\n`;
    const [a] = articlesOf(text);
    expect(a?.authors).toEqual([
      { given: 'Noor H.', family: 'Albright' },
      { given: 'Tomasz', family: 'Wielgosz' },
      { given: 'Esi', family: 'Mensah-Boateng' },
    ]);
    expect(a?.title).toBe('Silica Spicule Lattices Channel Laminar Flow in Hexactinellid Sponges');
    expect([a?.volume, a?.issue, a?.pages, a?.year]).toEqual(['153', '9', '3301-3310', 2031]);
  });

  it('still ends a sole Vancouver author at the initial before a title', () => {
    const text = `${LEAD}\n\nReference: Lindqvist P. Sponge reefs of the northern shelf. Mar Biol. 2031;178(4):55–63. doi:10.1007/s00227-031-04012-9\n`;
    const [a] = articlesOf(text);
    expect(a?.authors).toEqual([{ given: 'P', family: 'Lindqvist' }]);
    expect(a?.title).toBe('Sponge reefs of the northern shelf');
  });
});

describe('a corresponding-author mark after Vancouver initials (round 24)', () => {
  it('drops "*" after undotted initials only', () => {
    expect(dropInitialMarks('Loureiro B*, Matos RF†, Vogt A')).toBe('Loureiro B, Matos RF, Vogt A');
    expect(dropInitialMarks('emissions of CO2* rose, see NASA* data')).toBe('emissions of CO2* rose, see NASA* data');
  });

  it('keeps the marked first author of an "et al." list', () => {
    const text = `${LEAD}\n\nOriginal publication: Okonjo B*, Reyes-Pardo T, Haaland S, et al. (2031). Glass sponges pump seawater through silica sieves. eLife 14:RP91234. https://doi.org/10.7554/eLife.91234.2\n`;
    const [a] = articlesOf(text);
    expect(a?.authors.map((p) => p.family)).toEqual(['Okonjo', 'Reyes-Pardo', 'Haaland']);
    expect(a?.pages).toBe('RP91234');
  });
});

describe('an ACM proceedings reference whose title opens with a quoted phrase (round 24)', () => {
  const text = `${LEAD}\n\nOriginal publication:\nQuarshie D., Lindholm E., et al. 2032. "Just Say It Again": Repair Strategies of Children Talking to Smart Speakers. In Proceedings of the 2032 CHI Conference on Human Factors in Computing Systems (CHI '32). ACM, New York, NY, USA, Article 233, 14 pages. https://doi.org/10.1145/3706598.3711234\n`;

  it('reads the quoted phrase and its subtitle as one title, and the proceedings as the journal', () => {
    const [a] = articlesOf(text);
    expect(a?.title).toBe('"Just Say It Again": Repair Strategies of Children Talking to Smart Speakers');
    expect(a?.journal).toBe('Proceedings of the 2032 CHI Conference on Human Factors in Computing Systems');
    expect(a?.authors.map((p) => p.family)).toEqual(['Quarshie', 'Lindholm']);
  });

  it('reads "Article N, M pages" as the article number', () => {
    expect(readNumbers('ACM, New York, NY, USA, Article 233, 14 pages.').pages).toBe('233');
    expect(readNumbers('The article 12, 3 of the rules').pages).toBeNull();
  });
});

describe('an IEEE reference with its proceedings in italics after a lower-case "in" (round 24)', () => {
  it('keeps the quoted title over the italic proceedings', () => {
    const html = `<html><body><h1>Drones map sponge reefs</h1><p>${LEAD}</p><p>Paper: A. Roe and K. Lim, &ldquo;SpongeNet: Sonar Mapping of Glass Sponge Reefs from Small Drones,&rdquo; in <i>Proc. 2031 IEEE Int. Conf. Robotics and Automation (ICRA)</i>, 2031, pp. 411&ndash;418, doi: 10.1109/ICRA58912.2031.10451111.</p></body></html>`;
    const [a] = articlesOf(html, 'html');
    expect(a?.title).toBe('SpongeNet: Sonar Mapping of Glass Sponge Reefs from Small Drones');
    expect(a?.pages).toBe('411-418');
  });
});

describe('a conference named after "will report … at" (round 24)', () => {
  it('takes the meeting as the venue of the paper', () => {
    const text = [
      'Drones map sponge reefs',
      '',
      'Engineers at Saltmarsh University will report next week at the IEEE International Conference on Robotics and Automation in Lisbon that small drones can map glass sponge reefs by sonar.',
      '',
      'Paper: A. Roe and K. Lim, “SpongeNet: Sonar Mapping of Glass Sponge Reefs from Small Drones,” in Proc. 2031 IEEE Int. Conf. Robotics and Automation (ICRA), 2031, pp. 411–418, doi: 10.1109/ICRA58912.2031.10451111.',
      '',
    ].join('\n');
    const [a] = articlesOf(text);
    expect(a?.journal).toBe('IEEE International Conference on Robotics and Automation');
    expect(a?.title).toBe('SpongeNet: Sonar Mapping of Glass Sponge Reefs from Small Drones');
  });

  it('does not read a plain "will report" without a meeting as one', () => {
    const text = 'Sponges filter seawater\n\nThe team will report its findings at a later date, the university said.\n';
    expect(articlesOf(text)).toEqual([]);
  });
});
