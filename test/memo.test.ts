import { describe, expect, it } from 'vitest';
import { MEMO_SIZE, memoize } from '../src/text/memo.js';
import { cleanJournal, journalKey } from '../src/extractors/article/journal.js';

describe('memoize', () => {
  it('computes once per key, null answers included, and starts over when full', () => {
    let calls = 0;
    const upper = memoize((s) => (calls++, s === 'none' ? null : s.toUpperCase()));
    expect([upper('kelp'), upper('kelp'), upper('none'), upper('none')]).toEqual(['KELP', 'KELP', null, null]);
    expect(calls).toBe(2);
    for (let i = 0; i < MEMO_SIZE; i++) upper(`k${i}`);
    calls = 0;
    upper('kelp');
    expect(calls).toBe(1);
  });

  it('does not keep keys longer than the bound', () => {
    let calls = 0;
    const id = memoize((s) => (calls++, s), 4);
    id('abcdef');
    id('abcdef');
    expect(calls).toBe(2);
  });

  it('serves the journal helpers with the same answers twice', () => {
    expect(cleanJournal('Journal of Coastal Systems®')).toBe('Journal of Coastal Systems');
    expect(cleanJournal('Journal of Coastal Systems®')).toBe('Journal of Coastal Systems');
    expect(journalKey('The Journal of Coastal Systems')).toBe(journalKey('The Journal of Coastal Systems'));
  });
});
