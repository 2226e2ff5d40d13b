import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { parseReference } from '../src/extractors/article/reference-line.js';

const articles = (text: string, path = 'x.txt') => convert(text, { path }).record.articles;
const families = (authors: { family: string }[]) => authors.map((a) => a.family);

describe('a date line beside the paper\'s DOI', () => {
  it('reads the year of a news site\'s metadata box (label and value on their own lines)', () => {
    const a = articles(
      'Snails follow slime trails home\n\nGarden snails find their way back to the same wall every night, researchers at Fenwick University report in Animal Behaviour.\n\nJournal\nAnimal Behaviour\nDOI\n10.1016/j.anbehav.2031.01.004\nArticle Title\nHoming by trail following in the garden snail Cornu aspersum\nArticle Publication Date\n9-Feb-2031\nCOI Statement\nNone declared.\n',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.doi).toBe('10.1016/j.anbehav.2031.01.004');
    expect(a[0]!.year).toBe(2031);
  });

  it('reads "First published:" under a DOI link, and "Available online" beside a second one', () => {
    const a = articles(
      '# Two studies of bus drivers\n\nIn the first, published in the *Journal of Occupational Health*, the team followed 300 drivers.\n\n[Shift length and fatigue in urban bus drivers](https://doi.org/10.1002/joh2.12401)\nFirst published: 2 May 2031\n\nThe second study, in *Applied Ergonomics*, measured seat vibration.\n\n[Whole-body vibration in low-floor buses](https://doi.org/10.1016/j.apergo.2031.104112)\nAvailable online 28 April 2031\n',
      'x.md',
    );
    expect(a.map((x) => x.doi)).toEqual(['10.1002/joh2.12401', '10.1016/j.apergo.2031.104112']);
    expect(a.map((x) => x.year)).toEqual([2031, 2031]);
    expect(a[1]!.journal).toBe('Applied Ergonomics');
  });

  it('does not read a year from "Published in" a journal', () => {
    const a = articles('Bees\n\nBees dance more in spring.\n\nPublished in Apidologie\nDOI: 10.1007/s13592-031-01001-2\n');
    expect(a[0]!.year).toBeNull();
  });
});

describe('family names in capitals after the given name', () => {
  it('reads "Ji-hoon KIM*, Xiaoyu WANG†, Hao CHEN and Jianguo LI*"', () => {
    const names = parseNameList('Ji-hoon KIM*, Xiaoyu WANG†, Hao CHEN and Jianguo LI*').map((n) => n.person);
    expect(names).toEqual([
      { given: 'Ji-hoon', family: 'Kim' },
      { given: 'Xiaoyu', family: 'Wang' },
      { given: 'Hao', family: 'Chen' },
      { given: 'Jianguo', family: 'Li' },
    ]);
  });

  it('leaves a Vancouver list of two-letter initials alone', () => {
    expect(families(parseNameList('Marsh TD, Ortega GL, Quist JH').map((n) => n.person))).toEqual(['Marsh', 'Ortega', 'Quist']);
  });
});

describe('ACS "Cite this" lines', () => {
  it('reads year, volume, issue and pages, and no title', () => {
    const r = parseReference('Cite this: ACS Nano 2031, 25, 7, 10211–10220');
    expect(r.title).toBeNull();
    expect([r.year, r.volume, r.issue, r.pages]).toEqual([2031, '25', '7', '10211-10220']);
    expect(parseReference('Cite this: J. Phys. Chem. Lett. 2031, 22, 3, 812–819').journal).not.toBeNull();
  });

  it('keeps RSC numbers with no issue', () => {
    expect(readNumbers('Chem. Sci., 2031, 22, 4410–4422')).toEqual({ year: 2031, volume: '22', issue: null, pages: '4410-4422' });
  });

  it('fills the paper cited under its title', () => {
    const a = articles(
      '# Sugar-coated enzymes last longer\n\nA paper in the *Journal of the American Chemical Society* shows that enzymes wrapped in a sugar shell keep working for weeks.\n\n## The paper\n\n"Glycan Shells Stabilize Lipases in Organic Solvents"\nMarta Quiñones, Tae-yang Oh, and Ilse Vandamme*\n\nCite this: *J. Am. Chem. Soc.* 2031, 153, 9, 3301–3309\n\nhttps://pubs.acs.org/doi/10.1021/jacs.1c04411\n',
      'x.md',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.journal).toBe('Journal of the American Chemical Society');
    expect([a[0]!.volume, a[0]!.issue, a[0]!.pages, a[0]!.year]).toEqual(['153', '9', '3301-3309', 2031]);
  });
});

describe('APA lines', () => {
  it('reads an APA line in the body with "et al." and a journal straight after the year', () => {
    const a = articles(
      'Otters hold hands to sleep\n\nThe study, Raft formation in sea otters, is published in <cite>Ecology</cite>.\n\nMcAllister, P., et al. (2031). Ecology, 112(4), 501–512.\n\nDOI: 10.1002/ecy.4410\n',
    );
    expect(a[0]!.authors[0]!.family).toBe('McAllister');
    expect([a[0]!.volume, a[0]!.issue, a[0]!.pages, a[0]!.year]).toEqual(['112', '4', '501-512', 2031]);
  });

  it('reads two proceedings papers without DOIs under "Papers", each its own', () => {
    const a = articles(
      '# Robots learn to fold towels\n\nThe work will be presented at two conferences this year.\n\n## Papers\n\n- Amundsen, K., & Bello, T. (2031). Folding deformable cloth from one demonstration. In *Proceedings of the 2031 IEEE International Conference on Robotics and Automation*. arXiv:2103.01234\n- Bello, T., Ng, W., & Amundsen, K. (2031). Tactile cues for grasping fabric. In *Proceedings of the 2031 CHI Conference on Human Factors in Computing Systems*. arXiv:2103.05678\n',
      'x.md',
    );
    expect(a.map((x) => x.title)).toEqual(['Folding deformable cloth from one demonstration', 'Tactile cues for grasping fabric']);
    expect(a[1]!.journal).toBe('Proceedings of the 2031 CHI Conference on Human Factors in Computing Systems');
    expect(families(a[1]!.authors)).toEqual(['Bello', 'Ng', 'Amundsen']);
  });
});

describe('authors of "the latter" and "a third" paper', () => {
  it('gives each paper the names printed after its own DOI, and each further DOI its journal', () => {
    const a = articles(
      'Three papers on river otters\n\n21 March 2031\n\nThe first paper, "Diet shifts of river otters after dam removal", appears in Freshwater Biology (doi: 10.1111/fwb.14101). Its authors are Ailsa Drummond and Pavel Horak.\n\nThe second, in Oecologia, and the third, in Ecography, follow the otters upstream. The latter paper, "Otter range expansion tracks fish recolonisation" (doi: 10.1111/ecog.07011), was written by Pavel Horak, Mirela Dobre and Ailsa Drummond.\n\nA third paper, "Den site choice along restored rivers", was authored by Mirela Dobre and Tane Walker and is published in Oecologia (doi: 10.1007/s00442-031-05521-3).\n',
    );
    expect(a.map((x) => x.journal)).toEqual(['Freshwater Biology', 'Ecography', 'Oecologia']);
    expect(families(a[0]!.authors)).toEqual(['Drummond', 'Horak']);
    expect(families(a[1]!.authors)).toEqual(['Horak', 'Dobre', 'Drummond']);
    expect(families(a[2]!.authors)).toEqual(['Dobre', 'Walker']);
  });
});

describe('an abbreviated journal and its full name elsewhere', () => {
  it('takes the full name the notes print', () => {
    const a = articles(
      'Salt batteries\n\n14 March 2031\n\nReference\nP. Lindahl and M. Osei, Energy Environ. Sci., 2031, 24, 1201-1210, DOI: 10.1039/D1EE00412A.\n\nNotes to editors\nThe Energy & Environmental Science paper reports a sodium battery that survives 5,000 cycles.\n',
    );
    expect(a[0]!.journal).toBe('Energy & Environmental Science');
  });
});

describe('a related paper named beside the study', () => {
  it('keeps the lead author on the study when the related paper is not counted ("second", "latter")', () => {
    const a = articles(
      'Coral larvae smell their way home\n\n14 March 2031\n\nThe study, published today in Nature (doi: 10.1038/s41586-031-01234-5), builds on a related paper published in Science last month (doi: 10.1126/science.adk1234). Lead author Jane Roe said the larvae followed the scent of crustose algae.\n',
    );
    expect(a[0]!.doi).toBe('10.1038/s41586-031-01234-5');
    expect(families(a[0]!.authors)).toEqual(['Roe']);
    expect(a[1]!.authors).toEqual([]);
  });
});
