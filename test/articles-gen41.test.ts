import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf } from './support/invented.js';

describe('a supplement printed where the issue stands (round 41)', () => {
  it.each([
    ['"Volume 58, Supplement 3"', 'Clin Infect Dis. 2045; Volume 58, Supplement 3, S12–S19.', 'Supplement 3', '58'],
    ['"Vol. 58, Suppl. 1"', 'Clin Infect Dis. 2045; Vol. 58, Suppl. 1, S12–S19.', 'Suppl. 1', '58'],
    ['"58(Suppl 4)"', 'Clin Infect Dis. 2045;58(Suppl 4):S12-S19.', 'Suppl 4', '58'],
  ])('reads %s as the issue', (_label, numbers, issue, volume) => {
    const text =
      'Clinic buses raised rotavirus vaccine uptake in hill districts\n\nKATHMANDU, Nepal, March 2, 2045 -- Uptake rose by a third.\n\n' +
      `Citation: Gurung-Lohani P, Okafor-Bisht T. Clinic buses and rotavirus vaccine uptake in hill districts of Nepal. ${numbers} doi:10.1093/cid/ciac4410\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.1093/cid/ciac4410');
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(a.pages?.replace('–', '-')).toBe('S12-S19');
  });

  it('keeps a numbered issue as it was (unchanged)', () => {
    const text =
      'Clinic buses raised rotavirus vaccine uptake in hill districts\n\nKATHMANDU, Nepal, March 2, 2045 -- Uptake rose by a third.\n\n' +
      'Citation: Gurung-Lohani P, Okafor-Bisht T. Clinic buses and rotavirus vaccine uptake in hill districts of Nepal. Clin Infect Dis. 2045;58(6):1102-1110. doi:10.1093/cid/ciac4410\n';
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.issue, a.pages]).toEqual(['58', '6', '1102-1110']);
  });
});

describe('a link to a nature.com article page gives the title, not a DOI (round 41)', () => {
  it('reads the link text as the title under "Read the paper:"', () => {
    const text =
      '# Seagrass meadows store more carbon in cold winters\n\n**Kiel, Germany, 3 May 2045.** Meadows buried more carbon after cold winters, according to a study published today in *Nature*.\n\n' +
      '"Cold winters slow the microbes that would otherwise release that carbon," said Dr Femke Oyelaran-Voss, the paper\'s senior author.\n\n' +
      '**Read the paper:** [Winter temperature controls carbon burial in temperate seagrass meadows](https://www.nature.com/articles/s41586-045-07788-1)\n';
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBe('Winter temperature controls carbon burial in temperate seagrass meadows');
    expect(a.journal).toBe('Nature');
  });

  it('gives no title from a short pointer link (unchanged)', () => {
    const text =
      '# Seagrass meadows store more carbon in cold winters\n\n**Kiel, Germany, 3 May 2045.** Meadows buried more carbon after cold winters, according to a study published today in *Nature*. [Read the full article](https://www.nature.com/articles/s41586-045-07788-1).\n';
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBeNull();
  });
});

describe('a bulleted list of a meeting presentation\'s details (round 41)', () => {
  const head =
    '# Breath test finds lung cancer in smokers\n\n**SAN DIEGO, April 7, 2045** – A breath test found early lung cancer in smokers, according to results presented today at the AACR Annual Meeting 2045.\n\n' +
    '"The test caught tumours that were smaller than a pea on the scan," said Dr. Ilse Mbatha-Rourke, the study\'s first author.\n\n**Presentation details**\n\n';
  it.each([
    ['"Abstract number:" and "Session:"', '- Abstract number: LB207\n- Session: Late-Breaking Research: Prevention\n- Title: Volatile organic compounds in exhaled breath detect stage I lung cancer in heavy smokers\n'],
    ['"Presenter:" after the title', '- Title: Volatile organic compounds in exhaled breath detect stage I lung cancer in heavy smokers\n- Presenter: Ilse Mbatha-Rourke, MD\n'],
  ])('reads the title beside %s', (_label, list) => {
    const a = articlesOf(head + list, 'md')[0]!;
    expect(a.title).toBe('Volatile organic compounds in exhaled breath detect stage I lung cancer in heavy smokers');
    expect(a.journal).toBe('AACR Annual Meeting');
    expect(a.year).toBe(2045);
    expect(a.authors.map((p) => p.family)).toEqual(['Mbatha-Rourke']);
  });

  it('reads no paper from a bulleted list of a webinar\'s "Title:" and "Date:" (unchanged)', () => {
    const text =
      '# Museum opens a new fossil hall\n\n**DENVER, April 7, 2045** – The museum opened its new fossil hall today.\n\n**Public lecture**\n\n- Title: Giant ground sloths of the Rocky Mountains and the people who hunted them\n- Date: April 20, 2045\n- Place: Main auditorium\n';
    expect(recordOf(text, 'md').articles).toEqual([]);
  });
});
