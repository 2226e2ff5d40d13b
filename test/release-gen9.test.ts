import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { readDateLine } from '../src/text/date-line.js';
import { findDates } from '../src/text/dates.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Kelp forests slow the waves of winter storms';
const LEAD = 'Dense kelp forests took a fifth of the energy out of storm waves before they reached the shore, marine engineers report in the journal Coastal Engineering.';

describe('embargo fields set apart by a dash (ninth round)', () => {
  it('reads the embargo time after a dash and "Embargo time:"', () => {
    expect(facts(`${HEADLINE}\n\nEmbargo date: 10 March 2031 — Embargo time: 17:00 CET\n\n${LEAD}`).embargo).toMatch(/^2031-03-10T17:00/);
    expect(facts(`${HEADLINE}\n\nEmbargoed until 4 June 2031 – Time: 09:30 BST\n\n${LEAD}`).embargo).toMatch(/^2031-06-04T09:30/);
  });

  it('still ends the phrase at a dash before other text', () => {
    expect(facts(`${HEADLINE}\n\nEmbargoed until 4 June 2031 — please respect the embargo\n\n${LEAD}`).embargo).toBe('2031-06-04');
  });
});

describe('label words in date lines (ninth round)', () => {
  it('reads "Time: <date> <time>" as a date line without a place', () => {
    const line = readDateLine('Time: 2031-03-14 10:21:35');
    expect(line?.date.iso).toBe('2031-03-14');
    expect(line?.place).toBeNull();
    const f = facts(`${HEADLINE}\n\nTime: 2031-03-14 10:21:35\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('keeps a label word inside a place and removes it at the edges', () => {
    expect(readDateLine('Newport News, Va. | March 5, 2031')?.place).toBe('Newport News, Va.');
    expect(readDateLine('March 5, 2031 — Newport News, Va.')?.place).toBe('Newport News, Va.');
    expect(readDateLine('Southend-on-Sea, 5 March 2031')?.place).toBe('Southend-on-Sea');
    expect(readDateLine('News Release, Boston, MA, 5 March 2031')?.place).toBe('Boston, MA');
  });

  it('removes a label set apart by a bar inside the line', () => {
    const f = facts(`Harbour Institute press release | Halifax, 9 May 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.dateline).toBe('Halifax');
    expect(f.datePublished).toBe('2031-05-09');
  });
});

describe('a place with a journal word (ninth round)', () => {
  it('reads "Medicine Hat" as a place', () => {
    const f = facts(`${HEADLINE}\n\nMedicine Hat — 12 April 2031 — ${LEAD}`);
    expect(f.dateline).toBe('Medicine Hat');
    expect(f.datePublished).toBe('2031-04-12');
  });

  it("still refuses a journal's name before a date", () => {
    expect(facts(`${HEADLINE}\n\nNature Climate Change | 12 April 2031\n\n${LEAD}`).dateline).toBeNull();
    expect(facts(`${HEADLINE}\n\nScience Advances — 12 April 2031 — ${LEAD}`).dateline).toBeNull();
  });
});

describe('dotted numeric dates in US order (ninth round)', () => {
  it('reads month first only when the second number cannot be a month', () => {
    expect(findDates('03.14.2031', { numeric: true })[0]?.iso).toBe('2031-03-14');
    expect(findDates('14.03.2031', { numeric: true })[0]?.iso).toBe('2031-03-14');
    expect(findDates('03.04.2031', { numeric: true })[0]?.iso).toBe('2031-04-03');
    expect(findDates('03.14.31', { numeric: true })).toHaveLength(0);
    expect(facts(`${HEADLINE}\n\n03.14.2031\n\n${LEAD}`).datePublished).toBe('2031-03-14');
  });
});

describe('a place and a date set apart by bars at the lead (ninth round)', () => {
  const lead = 'The onset of the summer monsoon over central India has moved eleven days later since 1980, meteorologists report.';
  it('reads the place and the date', () => {
    const f = facts(`${HEADLINE}\n\nNew Delhi | March 21, 2031 | ${lead}`);
    expect(f.dateline).toBe('New Delhi');
    expect(f.datePublished).toBe('2031-03-21');
    expect(facts(`${HEADLINE}\n\nPUNE | 21 March 2031 | ${lead}`).dateline).toBe('PUNE');
  });

  it('reads no place from a byline or a metadata row', () => {
    expect(facts(`${HEADLINE}\n\nPriya Raman | March 21, 2031 | ${lead}`).dateline).toBeNull();
    expect(facts(`${HEADLINE}\n\nNew Delhi | March 21, 2031 | 4 min read | Share\n\n${lead}`).dateline).toBeNull();
  });
});
