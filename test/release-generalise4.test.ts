import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { readBareDateline } from '../src/extractors/release/dateline.js';
import { isOrgName } from '../src/text/org-name.js';
import { readDateLine } from '../src/text/date-line.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Marsh voles that nest under reed beds raise twice as many pups in wet summers as voles on dry meadows, ecologists at the Pond Institute of Ecology report in Oikos after trapping 900 animals over four years.';
const HEADLINE = 'Wet summers double the litters of marsh voles';

describe('banner lines above the headline (fourth round)', () => {
  it('skips a "News from the University of X" banner in capitals', () => {
    const f = facts(`NEWS FROM THE UNIVERSITY OF LOWMOOR\n\nPublished: 4 May 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-05-04');
  });

  it('skips a site name split by a dash or a pipe ("Universitat de Lowmoor - News")', () => {
    expect(facts(`Universitat de Lowmoor - News\n\nLowmoor, 4 May 2031\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`University of Lowmoor | Newsroom\n\n${HEADLINE}\n\nLOWMOOR – 4 May 2031\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('skips a long institution name over a headline', () => {
    const f = facts(`Lowmoor National University College of Dentistry\n\n[Q&A] Why do some voles lose their teeth early?\n\nLOWMOOR, 4 May 2031\n\n${LEAD}`);
    expect(f.headline).toBe('[Q&A] Why do some voles lose their teeth early?');
  });

  it('skips an office label that opens in lower case ("eLab digest press release")', () => {
    expect(facts(`eLab digest press release\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('tells an institution name from a title-case headline', () => {
    expect(isOrgName('Lowmoor National University College of Dentistry')).toBe(true);
    expect(isOrgName('University of Cape Lowmoor')).toBe(true);
    expect(isOrgName('Lowmoor University Opens New Vole Lab')).toBe(false);
    expect(isOrgName('Voles Thrive in Wet Summers')).toBe(false);
  });
});

describe('date lines led by an office (fourth round)', () => {
  it('reads the date after an office release label and a middle dot', () => {
    const line = readDateLine('eLab digest press release · 9 November 2031');
    expect([line?.date.year, line?.date.month, line?.date.day]).toEqual([2031, 11, 9]);
    expect(line?.place).toBeNull();
    const f = facts(`# ${HEADLINE}\n\n*eLab digest press release · 9 November 2031*\n\n${LEAD}`, 'x.md');
    expect(f.datePublished).toBe('2031-11-09');
    expect(f.dateline).toBeNull();
  });

  it('reads the place and date after a laboratory name set apart by dashes', () => {
    const f = facts(`<html><body><h1>${HEADLINE}</h1><p>Lowmoor Ocean Laboratory &mdash; Tidewater, Ore. &mdash; July 2, 2031</p><p>${LEAD}</p></body></html>`, 'x.html');
    expect(f.datePublished).toBe('2031-07-02');
    expect(f.dateline).toBe('Tidewater, Ore.');
  });

  it('reads the date of an institute with its abbreviation and city, and the city as the dateline', () => {
    const f = facts(`# ${HEADLINE}\n\n**Lowmoor Institute of Ecology (LIEc), Tidewater, 3 March 2031**\n\n${LEAD}`, 'x.md');
    expect(f.datePublished).toBe('2031-03-03');
    expect(f.dateline).toBe('Tidewater');
  });

  it('reads no place from an office release label with a dash', () => {
    const f = facts(`TU Lowmoor – Press release\n\n${HEADLINE}\n\nTidewater, 3 March 2031 – ${LEAD}`);
    expect(f.dateline).toBe('Tidewater');
    expect(f.datePublished).toBe('2031-03-03');
  });
});

describe('a mixed-case city and a dash under a date line', () => {
  it('reads the city when a date line is printed above', () => {
    const f = facts(`Lowmoor Institute\nMedia Release\n\n12 August 2031\n\n${HEADLINE}\n\nTidewater -- ${LEAD}`);
    expect(f.dateline).toBe('Tidewater');
    expect(f.datePublished).toBe('2031-08-12');
  });

  it('reads no city without a date line above', () => {
    expect(facts(`${HEADLINE}\n\nTidewater -- ${LEAD}`).dateline).toBeNull();
  });

  it('reads no dateline from a label word or a short phrase', () => {
    expect(readBareDateline(`Background -- ${LEAD}`)).toBeNull();
    expect(readBareDateline('Tidewater -- Voles thrive.')).toBeNull();
    expect(readBareDateline(`Newsroom – ${LEAD}`)).toBeNull();
    expect(readBareDateline(`Overall – ${LEAD}`)).toBeNull();
    expect(readBareDateline(`Previously – ${LEAD}`)).toBeNull();
    expect(readBareDateline(`New Tidewater – ${LEAD}`)?.place).toBe('New Tidewater');
  });
});

describe('office names and edit dates in the head (fourth round)', () => {
  it('skips an office name stacked over an embargo line', () => {
    const f = facts(`Lowmoor Press\nEmbargoed until 09:00 a.m. US Eastern Time, Friday, May 9, 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.embargo).toMatch(/^2031-05-09T09:00/);
  });

  it('reads no place from "Published on" before a pipe and the edit date', () => {
    const f = facts(`${HEADLINE}\n\nPublished on June 2, 2031 | Updated June 4, 2031\n\nTidewater - ${LEAD}`);
    expect(f.datePublished).toBe('2031-06-02');
    expect(f.dateline).toBe('Tidewater');
  });
});
