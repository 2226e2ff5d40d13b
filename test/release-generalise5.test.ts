import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { usMonthFirst } from '../src/extractors/release/us-order.js';
import { readEmbargo } from '../src/extractors/release/embargo.js';
import { findDates } from '../src/text/dates.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Hedgehogs that forage in allotments put on twice as much weight before winter as hedgehogs in parks, ecologists at the Fenwick Institute of Zoology report in Mammal Review after tagging 300 animals over three autumns.';
const HEADLINE = 'Allotment hedgehogs fatten up faster before winter';

describe('month-first numeric dates under a US city printed alone (fifth round)', () => {
  it('reads "PITTSBURGH, 11/03/2031" as November 3', () => {
    const f = facts(`FOR IMMEDIATE RELEASE\n\n${HEADLINE}\n\nPITTSBURGH, 11/03/2031 — ${LEAD}`);
    expect(f.dateline).toBe('PITTSBURGH');
    expect(f.datePublished).toBe('2031-11-03');
  });

  it('keeps day first under a city that is no AP stand-alone US city', () => {
    const d = findDates('11/03/2031', { numeric: true })[0]!;
    expect(usMonthFirst(d, 'SEATTLE')).toBe('2031-11-03');
    expect(usMonthFirst(d, 'St. Louis')).toBe('2031-11-03');
    expect(usMonthFirst(d, 'LEEDS')).toBeNull();
  });
});

describe('date lines led by an office (fifth round)', () => {
  it('reads the city after an office and its abbreviation', () => {
    const f = facts(`Media Relations Office (MRO), Fenwick, 22 January 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-01-22');
    expect(f.dateline).toBe('Fenwick');
  });

  it('reads the city and state after an office of communications and a comma', () => {
    const f = facts(`${HEADLINE}\n\nOffice of Communications, Bethesda, Md., March 3, 2031\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-03-03');
    expect(f.dateline).toBe('Bethesda, Md.');
  });
});

describe('a date posted only in the footer (fifth round)', () => {
  it('reads "Posted 17 March 2031 in Health" at the end', () => {
    const f = facts(`Fenwick University\n\n${HEADLINE}\n\n${LEAD}\n\nMedia enquiries: press@fenwick.example.edu\n\nPosted 17 March 2031 in Health`);
    expect(f.datePublished).toBe('2031-03-17');
  });

  it('reads "Published on June 8, 2031 by Jane Roe" at the end', () => {
    expect(facts(`${HEADLINE}\n\n${LEAD}\n\nPublished on June 8, 2031 by Jane Roe`).datePublished).toBe('2031-06-08');
  });

  it('does not read a posted line that runs on into a sentence', () => {
    expect(facts(`${HEADLINE}\n\n${LEAD}\n\nPosted 17 March 2031 after the council voted to close the allotments.`).datePublished).toBeNull();
  });
});

describe('embargoes with German dates (fifth round)', () => {
  it('reads "Mittwoch, 10. März 2031, 17:00 Uhr" after "Sperrfrist / Embargo:"', () => {
    const r = readEmbargo('Sperrfrist / Embargo: Mittwoch, 10. März 2031, 17:00 Uhr MEZ');
    expect(r?.ok && r.value.slice(0, 16)).toBe('2031-03-10T17:00');
  });

  it('gives the release its embargo from a German embargo line', () => {
    const f = facts(`Sperrfrist: 10. März 2031, 17:00 Uhr\n\n${HEADLINE}\n\nFenwick, 8 March 2031. ${LEAD}`);
    expect(f.embargo?.slice(0, 16)).toBe('2031-03-10T17:00');
    expect(f.datePublished).toBe('2031-03-08');
  });
});

describe('lines over the headline of pasted pages (fifth round)', () => {
  it('skips evidence labels ("Peer-reviewed; Observational study; People")', () => {
    const f = facts(`EMBARGOED: 2pm US Eastern Time, Wednesday, March 12, 2031\n\nPeer-reviewed; Observational study; People\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.embargo?.slice(0, 16)).toBe('2031-03-12T14:00');
  });

  it('skips a site trail with a trailing middle dot over a heading', () => {
    const f = facts(`Fenwick Institutet · News ·\n\n## ${HEADLINE}\n\nPublished 2031-04-12 09:00 · Updated 2031-04-13 10:15\n\n${LEAD}`, 'x.md');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-12');
  });

  it('skips a block of navigation, cookie notice and breadcrumb pasted in one run', () => {
    const chrome = 'Skip to main content\nWe use cookies to give you the best experience. Accept all cookies\nMenu\nStudy\nResearch\nAbout us\nHome / News / Nature';
    const f = facts(`${chrome}\n\n${HEADLINE}\n\nPublished on 2 February 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-02-02');
  });

  it('keeps a headline under a skip link when the block has prose', () => {
    const f = facts(`Skip to main content\nHedgehogs in allotments fatten up faster, ecologists find in a three-year study.\n\n${LEAD}`);
    expect(f.headline).not.toBeNull();
  });
});
