import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { findDates } from '../src/text/dates.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Beaver ponds store a decade of carbon in prairie creeks';
const LEAD = 'Beaver dams along prairie creeks trapped as much carbon in a decade as the surrounding grassland, hydrologists report in the journal Water Resources Research.';

describe('hyphenated month-first dates (tenth round)', () => {
  it('reads "03-14-2031" month first when the second number cannot be a month', () => {
    expect(findDates('03-14-2031', { numeric: true })[0]?.iso).toBe('2031-03-14');
    expect(findDates('14-03-2031', { numeric: true })[0]?.iso).toBe('2031-03-14');
    expect(findDates('13-14-2031', { numeric: true })).toEqual([]);
  });

  it('reads a numeric date in brackets or after a dash behind the place', () => {
    const f = facts(`${HEADLINE}\n\nFARGO, N.D. (03-14-2031) — ${LEAD}`);
    expect(f.dateline).toBe('FARGO, N.D.');
    expect(f.datePublished).toBe('2031-03-14');
    const g = facts(`${HEADLINE}\n\nGraz – 14.03.2031 – ${LEAD}`);
    expect(g.dateline).toBe('Graz');
    expect(g.datePublished).toBe('2031-03-14');
  });
});

describe('two-word places between bars (tenth round)', () => {
  it('reads a place with a place-name word and a numeric date', () => {
    const f = facts(`${HEADLINE}\n\nGrand Forks | 03-14-2031 | ${LEAD}`);
    expect(f.dateline).toBe('Grand Forks');
    expect(f.datePublished).toBe('2031-03-14');
    const g = facts(`${HEADLINE}\n\nCedar Rapids | 14.03.2031 | ${LEAD}`);
    expect(g.dateline).toBe('Cedar Rapids');
  });

  it('still reads a person before bars as no place', () => {
    const f = facts(`${HEADLINE}\n\nOrla Brennan | March 14, 2031 | ${LEAD}`);
    expect(f.dateline).toBeNull();
  });
});

describe('journal notes over the headline (tenth round)', () => {
  it('skips an evidence line asked as a question', () => {
    const f = facts(`Peer reviewed? Yes (research); Cohort study; People\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });

  it('skips a media advisory sentence and reads the labelled title', () => {
    const f = facts(`Media advisory: The full study is linked to this news release.\n\nTitle: ${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });

  it('keeps an advisory headline without a full stop', () => {
    const f = facts(`Media Advisory: Hydrologists to brief reporters on prairie beaver ponds\n\n${LEAD}`);
    expect(f.headline).toBe('Media Advisory: Hydrologists to brief reporters on prairie beaver ponds');
  });
});

describe('a reading time beside the date (tenth round)', () => {
  it('reads the date of "Press release, 14.03.2031 | Reading time: 4 min"', () => {
    expect(facts(`${HEADLINE}\n\nPress release, 14.03.2031 | Reading time: 4 min\n\n${LEAD}`).datePublished).toBe('2031-03-14');
    expect(facts(`${HEADLINE}\n\nReading time: 6 minutes | 2031-03-14\n\n${LEAD}`).datePublished).toBe('2031-03-14');
  });
});
