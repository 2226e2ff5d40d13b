import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { splitName } from '../src/text/names.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { noticeJournal } from '../src/extractors/article/notice-journal.js';
import { inNoticeSentence } from '../src/extractors/article/notice-doi.js';

describe('a Copernicus (EGU) reference: names ending in a colon, then volume, pages, link and year', () => {
  const text = [
    'Radar nowcasts warn of river floods an hour sooner',
    '',
    '2031-05-20',
    '',
    'A tool that reads radar rainfall warns river towns of floods an hour earlier, a team reports.',
    '',
    '"Every minute of warning moves a car out of the car park," said Professor Kuo Shu-jen, corresponding author of the paper.',
    '',
    'Publication information',
    '',
    'Lin, Y.-T., Wang, H.-M., and Kuo, S.-J.: RiverWatch: hourly flood warnings from radar rainfall nowcasts, Hydrol. Earth Syst. Sci., 35, 1101–1120, https://doi.org/10.5194/hess-35-1101-2031, 2031.',
  ].join('\n');
  const arts = articlesOf(text);

  it('reads all three names, the title after the colon, the volume and the pages', () => {
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBe('10.5194/hess-35-1101-2031');
    expect(arts[0]!.title).toBe('RiverWatch: hourly flood warnings from radar rainfall nowcasts');
    expect(arts[0]!.volume).toBe('35');
    expect(arts[0]!.pages).toBe('1101-1120');
    expect(arts[0]!.year).toBe(2031);
  });

  it('keeps "Kuo Shu-jen" of the prose (family name first) as the cited "Kuo, S.-J."', () => {
    expect(arts[0]!.authors).toEqual([
      { given: 'Y.-T.', family: 'Lin' },
      { given: 'H.-M.', family: 'Wang' },
      { given: 'S.-J.', family: 'Kuo' },
    ]);
  });

  it('reads the numbers with the link in place or cut', () => {
    expect(readNumbers('Atmos. Meas. Tech., 24, 501–517, https://doi.org/10.5194/amt-24-501-2031, 2031.')).toEqual({ volume: '24', issue: null, pages: '501-517', year: 2031 });
    expect(readNumbers('Biogeosciences, 28, 3301–3318, , 2031.')).toEqual({ volume: '28', issue: null, pages: '3301-3318', year: 2031 });
  });
});

describe('an "Article details" block in plain text: heading, title and DOI on consecutive lines', () => {
  it('reads the line under the heading as the title', () => {
    const text = [
      'Springer Nature press release',
      '',
      'Ecology: Bats share roosts by family line',
      '',
      'Fruit bats choose roosts near their relatives, reports a paper published in Nature Ecology & Evolution this week.',
      '',
      'Article details',
      'Kin-structured roost sharing in a tropical fruit bat colony',
      'DOI: 10.1038/s41559-031-02244-7',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts[0]!.doi).toBe('10.1038/s41559-031-02244-7');
    expect(arts[0]!.title).toBe('Kin-structured roost sharing in a tropical fruit bat colony');
  });
});

describe('a preprint "on" a server', () => {
  it('names arXiv as where "a preprint on arXiv" was posted', () => {
    const text = ['# Robot hand learns to knit', '', 'June 2, 2031', '', 'Engineers taught a robot hand to knit a scarf.', '', 'The work is described in a preprint on arXiv and has not yet been peer reviewed.'].join('\n');
    expect(articlesOf(text, 'md')[0]!.journal).toBe('arXiv');
  });

  it('dates a working paper "released today" by the release', () => {
    const text = [
      'Working paper finds bus lanes speed up deliveries',
      '',
      'Published 9 May 2032',
      '',
      'Bus lanes open to vans cut delivery times by a tenth, according to a working paper released today by transport economists.',
      '',
      'The paper, "Shared lanes and urban freight: evidence from twelve cities", by Omar Haddad and Ines Kovac, is available on SSRN.',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts[0]!.journal).toBe('SSRN');
    expect(arts[0]!.year).toBe(2032);
  });
});

describe('a journal named only as the subject of its notice', () => {
  it('reads the journal that placed an expression of concern', () => {
    expect(noticeJournal('DENVER — The Journal of Alpine Physiology has placed an expression of concern on a 2028 paper.')?.name).toBe('Journal of Alpine Physiology');
    expect(noticeJournal('The Annals of Coastal Medicine has retracted the article.')?.name).toBe('Annals of Coastal Medicine');
    expect(noticeJournal('The University of Tarn has retracted its statement.')).toBeNull();
    expect(noticeJournal('The journal published the study in 2029.')).toBeNull();
  });

  it('keeps the retracted paper and drops the notice DOI printed in its own sentence', () => {
    const text = [
      '# Journal retracts study of screen time and sleep',
      '',
      '*Statement from the editorial office — 3 February 2032*',
      '',
      'The Journal of Child Sleep Research has retracted the article "Evening screen time and sleep onset in primary school pupils" (doi:10.1016/j.jcsr.2030.02.014) after an audit found duplicated diaries.',
      '',
      'The retraction notice, published today, is available at https://doi.org/10.1016/j.jcsr.2032.01.007.',
    ].join('\n');
    const arts = articlesOf(text, 'md');
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBe('10.1016/j.jcsr.2030.02.014');
    expect(arts[0]!.journal).toBe('Journal of Child Sleep Research');
  });

  it('finds a notice sentence before a DOI, a link\'s dots included', () => {
    const t = 'Read more. The expression of concern is posted at https://doi.org/';
    expect(inNoticeSentence(t, t.length)).toBe(true);
    const u = 'The study is posted at https://doi.org/';
    expect(inNoticeSentence(u, u.length)).toBe(false);
  });
});

describe('an Aboriginal term of respect before an author\'s name', () => {
  it('is dropped from the name, as "Dr." is', () => {
    expect(splitName('Aunty Merindah Cooper')).toEqual({ given: 'Merindah', family: 'Cooper' });
    expect(splitName('Uncle Darcy Waters')).toEqual({ given: 'Darcy', family: 'Waters' });
    expect(splitName('Auntie Lorna Bell')).toEqual({ given: 'Lorna', family: 'Bell' });
  });
});
