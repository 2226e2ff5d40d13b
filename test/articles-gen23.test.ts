import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

describe('a numbered "Journal Reference" list in Markdown', () => {
  const md = [
    '# Old bones tell of island herders',
    '',
    'Geneticists sequenced 40 ancient genomes from Corsican caves.',
    '',
    '## Journal Reference:',
    '',
    '1. Livia Santoni, Marc Orsini. **Herding continuity on Bronze Age Corsica**. *Current Biology*, 2031; DOI: 10.1016/j.cub.2031.04.022',
    '',
  ].join('\n');

  it('reads the entry as the reported paper', () => {
    const [a] = articlesOf(md, 'md');
    expect(a?.doi).toBe('10.1016/j.cub.2031.04.022');
    expect(a?.title).toBe('Herding continuity on Bronze Age Corsica');
    expect(a?.journal).toBe('Current Biology');
    expect(a?.year).toBe(2031);
    expect(a?.authors.map((p) => p.family)).toEqual(['Santoni', 'Orsini']);
  });

  it('reads every entry of "Journal References:" with its numbers', () => {
    const two = md
      .replace('## Journal Reference:', '## Journal References:')
      .concat('2. Marc Orsini. **Goat milk residues in Corsican pottery**. *Geophysical Research Letters*, 2031; 58 (9) DOI: 10.1029/2031GL100123\n');
    const list = articlesOf(two, 'md');
    expect(list.map((a) => a.doi)).toEqual(['10.1016/j.cub.2031.04.022', '10.1029/2031GL100123']);
    expect([list[1]?.volume, list[1]?.issue]).toEqual(['58', '9']);
  });

  it('still leaves a numbered list under "Further reading" out', () => {
    const reading = md.replace('## Journal Reference:', '## Further reading:');
    expect(articlesOf(reading, 'md').map((a) => a.doi)).toEqual([]);
  });
});

describe('a journal acronym spelled out in brackets', () => {
  it('takes the full name over the acronym', () => {
    const text =
      'Night shifts and gout\n\nNurses on night shifts had more gout flares, according to research published in CMAJ (Canadian Medical Association Journal).\n\nPaper: Roy P, Chan M. Shift work and gout flares. CMAJ 2031;203:E88-E95. DOI: 10.1503/cmaj.240118\n';
    const [a] = articlesOf(text);
    expect(a?.journal).toBe('Canadian Medical Association Journal');
    expect(a?.volume).toBe('203');
  });

  it('keeps the acronym when the bracket is no spelling of it', () => {
    const text = 'Night shifts and gout\n\nThe study appears in CMAJ (Open Access) this week. DOI: 10.1503/cmaj.240118\n';
    expect(articlesOf(text)[0]?.journal).toBe('CMAJ');
  });
});

describe('the year of "in its January 2031 issue"', () => {
  it('reads the issue year after the journal', () => {
    const text = 'Monsoon rain moves north\n\nThe findings were published in the journal Current Science in its January 2031 issue.\n';
    const [a] = articlesOf(text);
    expect(a?.journal).toBe('Current Science');
    expect(a?.year).toBe(2031);
  });

  it('reads no year from "in the 2029 survey" after the journal', () => {
    const text = 'Monsoon rain moves north\n\nThe findings were published in the journal Current Science, and draw on rain gauges in the 2029 survey.\n';
    expect(articlesOf(text)[0]?.year).toBeNull();
  });
});
