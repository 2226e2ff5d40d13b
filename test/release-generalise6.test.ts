import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { findDates } from '../src/text/dates.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Sea otters that crack clams on rocks wear down their teeth half as fast as otters that bite the shells open, marine biologists at the Harwick Coastal Institute report in Marine Mammal Science after filming 80 animals for two summers.';
const HEADLINE = 'Tool-using sea otters keep their teeth longer';

describe('mastheads of pasted pages above the headline (sixth round)', () => {
  it('skips a masthead whose last line is a breadcrumb trail', () => {
    const f = facts(`Skip to main content\nAn official website of the Republic of Harwick\nHarwick Coastal Survey\nHome > News > News Release\n\n${HEADLINE}\n\nRelease Date: AUGUST 2, 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-08-02');
  });

  it('skips a wire service name over its breadcrumb', () => {
    const f = facts(`ScienceWireHub\nHome > Research news > Biology\n\n${HEADLINE}\n\nPublication date: 04-Mar-2031 09:00 GMT\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-03-04');
  });

  it('skips a masthead and tagline over a bare release label', () => {
    const f = facts(`wsd - Wissenschaftsdienst Harwick\nNews, events, experts\n\nNews release\n04/03/2031 10:15\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });

  it('skips a pipe line of a label, a date and a directorate', () => {
    const f = facts(`Harwick Commission\nResearch and innovation\n\nNews article | 28 September 2031 | Directorate-General for Coasts\n\n${HEADLINE}\n\nHarwick, 28 September 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-09-28');
  });
});

describe('a date field label is no dateline place (sixth round)', () => {
  it('gives no place for "Publication date:"', () => {
    const f = facts(`${HEADLINE}\n\nPublication date: 11-Feb-2031 09:00 GMT\nEmbargo date: 12-Feb-2031 16:00 GMT\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-02-11');
    expect(f.embargo).toMatch(/^2031-02-12T16:00/);
  });
});

describe('pages titled only with the site name, dates with dots in year-month-day order (sixth round)', () => {
  it('takes the heading under the navigation, not a <title> that is the site name', () => {
    const html = `<html><head><title>HCI NEWS</title></head><body><div><a href="/">HCI</a> <a href="/news">NEWS</a> <a href="/r">Research</a></div><h3>${HEADLINE}</h3><ul><li>Date 2031.05.12</li><li>Hit 1,204</li></ul><p>${LEAD}</p></body></html>`;
    const f = facts(html, 'x.html');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-05-12');
  });

  it('reads 2031.05.12 as year, month, day, but not inside a DOI', () => {
    expect(findDates('Date 2031.05.12', { numeric: true })[0]?.iso).toBe('2031-05-12');
    expect(findDates('10.1021/2031.05.12', { numeric: true })).toEqual([]);
    expect(findDates('v2031.05.12.1', { numeric: true })).toEqual([]);
  });
});
