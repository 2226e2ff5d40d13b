import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Glacier meltwater carries microbes into alpine lakes';
const LEAD = 'Meltwater streams from retreating glaciers seed alpine lakes with bacteria that were frozen for centuries, limnologists report in the journal Freshwater Biology.';

describe('footer lines that issue the release (eleventh round)', () => {
  it('dates the release from "Issued 18 March 2031 by the X Institute" at its end', () => {
    const f = facts(`# ${HEADLINE}\n\n${LEAD}\n\nMedia contact: press@alpine.example.org\n\n*Issued 18 March 2031 by the Tarn Valley Research Institute*`, 'x.md');
    expect(f.datePublished).toBe('2031-03-18');
    expect(f.dateline).toBeNull();
  });

  it('reads "Issued on 2 April 2031" with nothing after it', () => {
    expect(facts(`${HEADLINE}\n\n${LEAD}\n\nIssued on 2 April 2031`).datePublished).toBe('2031-04-02');
  });
});

describe('date lines stacked under an institution (eleventh round)', () => {
  it('takes the town of "Seoul, 14 March 2031" under a laboratory\'s name', () => {
    const f = facts(`${HEADLINE}\n\nHanbit-Orion Joint Laboratory\nSeoul, 14 March 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.dateline).toBe('Seoul');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('takes the town on the line above a bare date under an agency\'s name', () => {
    const f = facts(`MEDIA ADVISORY\n\nNational Institute of Glacier Studies\nBoulder, Colo.\nMarch 14, 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.dateline).toBe('Boulder, Colo.');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('takes no place from an author\'s name or a topic above a bare date', () => {
    expect(facts(`${HEADLINE}\n\nMarta Lindqvist\nMarch 14, 2031\n\n${LEAD}`).dateline).toBeNull();
    const f = facts(`${HEADLINE}\n\nEnvironment\nMarch 14, 2031\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('takes no place from an office\'s name above a bare date', () => {
    const f = facts(`National Institute of Glacier Studies\nOffice of Communications\nMarch 14, 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-03-14');
  });
});

describe('forwarded releases (eleventh round)', () => {
  it('takes the release\'s own title after a forwarding note and a rule, not the subject', () => {
    const f = facts(`From: News Team <news@example.edu>\nSent: Monday, March 10, 2031 9:40 AM\nTo: Science Desk <desk@example.com>\nSubject: FW: Release - glacier study\n\nPlease see the release below.\n\n-----\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });

  it('still takes the subject when the note is followed by the lead', () => {
    const f = facts(`From: News Team <news@example.edu>\nSent: Monday, March 10, 2031 9:40 AM\nSubject: Fwd: ${HEADLINE}\n\nPlease see the release below.\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });
});

describe('European datelines closed by a full stop and a dash (eleventh round)', () => {
  it('reads "Madrid, 14 March 2031.- The ..."', () => {
    const f = facts(`${HEADLINE}\n\nMadrid, 14 March 2031.- ${LEAD}`);
    expect(f.dateline).toBe('Madrid');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('reads "(Rome, 14 March 2031) – The ..."', () => {
    const f = facts(`## ${HEADLINE}\n\n(Rome, 14 March 2031) – ${LEAD}`, 'x.md');
    expect(f.dateline).toBe('Rome');
    expect(f.datePublished).toBe('2031-03-14');
  });
});

describe('releases pasted from a PDF (eleventh round)', () => {
  it('skips a page head with "Page 1 of 2" at its end', () => {
    const f = facts(`Tarn Valley Research Institute                       Page 1 of 2\n\nPRESS RELEASE\n\nInnsbruck, 14 March 2031\n\n${HEADLINE}\n\n${LEAD}\n\n- more -`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.dateline).toBe('Innsbruck');
    expect(f.datePublished).toBe('2031-03-14');
  });
});

describe('headline shapes (eleventh round)', () => {
  it('keeps a headline in capitals that ends with a question mark', () => {
    const f = facts(`NEWS RELEASE\n\nDO GLACIER MICROBES SURVIVE IN LAKES?\n\nLisbon, Portugal, March 14, 2031 -- ${LEAD}`);
    expect(f.headline).toBe('DO GLACIER MICROBES SURVIVE IN LAKES?');
    expect(f.dateline).toBe('Lisbon, Portugal');
  });

  it('reads a setext headline and a "Date: 2031-03-14" line', () => {
    const f = facts(`${HEADLINE}\n${'='.repeat(HEADLINE.length)}\n\nDate: 2031-03-14\n\n${LEAD}`, 'x.md');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('reads a newsroom byline with photography credit and date', () => {
    const f = facts(`${HEADLINE}\n\nBy Jane Roe | Photography by Sam Lee | 14 March 2031\n\nTags: Ecology, Lakes\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.dateline).toBeNull();
  });
});
