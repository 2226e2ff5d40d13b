import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

describe('a numbered note for a second paper in a journal the prose reports', () => {
  it('keeps the entry whose journal a publication sentence names', () => {
    const release = [
      'Walking groups cut falls in care homes',
      '',
      'Weekly walking groups halved falls among care-home residents, according to a trial published today in The Lancet.',
      '',
      'A companion analysis of the costs, published in The BMJ the same day, found the groups paid for themselves within a year.',
      '',
      'Notes to editors',
      '',
      '1. Okonjo-Hale R, Varga P, on behalf of the STRIDE Investigators. Group walking to prevent falls in care homes (STRIDE): a cluster randomised trial. Lancet 2031; published online May 2. https://doi.org/10.1016/S0140-6736(31)00777-1',
      '',
      '2. Varga P, Okonjo-Hale R. Cost of group walking for falls prevention in care homes: economic evaluation. BMJ 2031;383:e079001. doi:10.1136/bmj-2031-079001',
      '',
    ].join('\n');
    const arts = articlesOf(release);
    expect(arts.map((a) => a.doi)).toEqual(['10.1016/S0140-6736(31)00777-1', '10.1136/bmj-2031-079001']);
    expect(arts[1]?.journal).toMatch(/^(?:The )?BMJ$/);
    expect(arts[1]?.volume).toBe('383');
    expect(arts[1]?.pages).toBe('e079001');
  });
});

describe('two journals in one sentence, the DOI printed after the second', () => {
  it('gives the DOI to the second journal and a Nature-style line without a DOI to that paper', () => {
    const release = [
      '# Bats find insects by the echo of their wingbeats',
      '',
      'Two studies from the Lowland Institute are reported today in Nature and, separately, in Science Advances (doi: 10.1126/sciadv.adq9912).',
      '',
      'The Nature study (doi: 10.1038/s41586-031-07700-2) recorded 3,000 hunting flights.',
      '',
      '## The papers',
      '',
      'Quenby, A., Oduya, T. & Lind, S. Wingbeat echoes guide insect capture by bats. *Nature* (2031). https://doi.org/10.1038/s41586-031-07700-2',
      '',
      'Oduya, T. & Quenby, A. Acoustic glints from insect wings at ultrasonic frequencies. *Sci. Adv.* **17**, eadq9912 (2031).',
      '',
    ].join('\n');
    const arts = articlesOf(release, 'md');
    const adv = arts.find((a) => a.doi === '10.1126/sciadv.adq9912');
    const nat = arts.find((a) => a.doi === '10.1038/s41586-031-07700-2');
    expect(nat?.journal).toBe('Nature');
    expect(nat?.title).toBe('Wingbeat echoes guide insect capture by bats');
    expect(adv?.journal).toBe('Science Advances');
    expect(adv?.title).toBe('Acoustic glints from insect wings at ultrasonic frequencies');
    expect(adv?.authors.map((p) => p.family)).toEqual(['Oduya', 'Quenby']);
    expect(adv?.volume).toBe('17');
    expect(adv?.pages).toBe('eadq9912');
  });
});

describe('a PubMed citation ahead of print', () => {
  it('reads no volume or pages from the day and the pii after "2031 Oct 23:"', async () => {
    const { parseReference } = await import('../src/extractors/article/reference-line.js');
    const ref = parseReference('Okoro-Lind T, Haas M. Dopamine ramps track distance to a hidden reward. Neuron. 2031 Nov 4:S0896-6273(31)00801-7. doi: 10.1016/j.neuron.2031.10.002. Epub ahead of print.');
    expect(ref.journal).toBe('Neuron');
    expect(ref.volume).toBeNull();
    expect(ref.pages).toBeNull();
    expect(ref.year).toBe(2031);
    expect(ref.doi).toBe('10.1016/j.neuron.2031.10.002');
  });
  it('still reads a Vancouver date with a semicolon ("2031 Mar 14;32(3):e101")', async () => {
    const { readNumbers } = await import('../src/extractors/article/volume-issue.js');
    expect(readNumbers('Lancet Oncol. 2031 Mar 14;32(3):e101-e110.')).toMatchObject({ volume: '32', issue: '3', pages: 'e101-e110', year: 2031 });
  });
});

describe('a meeting abstract whose abstract book is a journal supplement', () => {
  const release = [
    'Shift work linked to earlier menopause',
    '',
    'Vienna, Austria – 12 September 2031 – Women who worked night shifts for ten years or more reached menopause earlier, according to research presented at ESC Congress 2031.',
    '',
    '"The body clock seems to set the pace for the ovaries too," said study author Dr. Liesl Marchetti-Obi.',
    '',
    'Notes to editors',
    '',
    'Abstract title: Night shift work and age at natural menopause in a national nursing cohort.',
    '',
    'The abstract will be published in the European Heart Journal supplement.',
    '',
  ].join('\n');
  it('takes the meeting as the journal and the labelled abstract title', () => {
    const [a] = articlesOf(release);
    expect(a?.journal).toBe('ESC Congress');
    expect(a?.title).toBe('Night shift work and age at natural menopause in a national nursing cohort');
    expect(a?.year).toBe(2031);
  });
});

describe('"reported online ahead of print today in" and a related study "earlier this year"', () => {
  const release = [
    'Liver cells switched back to a youthful state',
    '',
    'BOSTON, Dec. 2, 2031 — Scientists at Quarry Hill Institute restored regeneration in aged mouse livers, a finding reported online ahead of print today in The Journal of Clinical Investigation.',
    '',
    'A related study from the team, on the same pathway in fish, appeared earlier this year in Hepatology.',
    '',
    'Citation: Varga-Ndlovu P, Ostrowski K. Hnf4a pulsing restores hepatocyte proliferation in aged mice. J Clin Invest. 2031;141(23):e184002. Epub 2031 Dec 2.',
    '',
  ].join('\n');
  it('reads the journal from the ahead-of-print sentence and leaves the earlier study out', () => {
    const arts = articlesOf(release);
    expect(arts).toHaveLength(1);
    expect(arts[0]?.journal).toBe('The Journal of Clinical Investigation');
    expect(arts[0]).toMatchObject({ volume: '141', issue: '23', pages: 'e184002', year: 2031 });
  });
});
