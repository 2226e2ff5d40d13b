import { describe, expect, it } from 'vitest';
import { readDateLine } from '../src/text/date-line.js';
import { isEditLine, readOriginalLine } from '../src/extractors/release/edit-line.js';
import { isEventPanel } from '../src/extractors/release/event-panel.js';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Lichens on the north faces of old stone churches grow a third faster than those on the south faces, a survey of 310 parish churches across two counties has found.';

describe('follow-up of the fourteenth round: lines over the headline, labelled dates beside other fields', () => {
  it('steps over an office acronym\'s bare numbered release label ("AGU RELEASE 31-18")', () => {
    const f = facts(`LSB RELEASE 31-07\nFor Immediate Release\n9 May 2031\n\nChurch lichens favour the north wall\n\nYORK — ${LEAD}`);
    expect(f.headline).toBe('Church lichens favour the north wall');
    expect(f.datePublished).toBe('2031-05-09');
    expect(f.dateline).toBe('YORK');
  });

  it('keeps a headline that names a release with a number but no acronym in capitals', () => {
    const f = facts(`Drug release 2031 rules tightened for lichen extracts\n\n9 May 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Drug release 2031 rules tightened for lichen extracts');
  });

  it('steps over two partner institutions set apart by a slash above the headline', () => {
    const f = facts(`PRESS RELEASE\n\nUniversity of Northumbria / Leibniz Institute of Botany\n\nChurch lichens favour the north wall\n\nNewcastle/Leipzig, 9 May 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Church lichens favour the north wall');
    expect(f.datePublished).toBe('2031-05-09');
  });

  it('keeps a headline with a spaced slash that names no institutions', () => {
    const f = facts(`Sun / shade contrast drives lichen growth on church walls\n\n9 May 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Sun / shade contrast drives lichen growth on church walls');
  });

  it('reads a labelled ISO date followed by another labelled field on the same line', () => {
    expect(readDateLine('Date: 2031-05-09   Source: Department of Plant Sciences')?.date.iso).toBe('2031-05-09');
    expect(readDateLine('Published: 9 May 2031 | Author: Wen Shu')?.date.iso).toBe('2031-05-09');
    const f = facts(`Campus News\n\nChurch lichens favour the north wall\n\nDate: 2031-05-09   Source: School of Life Sciences\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-05-09');
  });

  it('still refuses a date followed by free text that is no field', () => {
    expect(readDateLine('Date: 9 May 2031 the survey of lichens began in York')).toBeNull();
  });
});

describe('corrected and updated releases (fifteenth round)', () => {
  it('reads an "UPDATED …" line as no headline, and takes the release\'s own date under it', () => {
    expect(isEditLine('UPDATED 17 May 2031, 09:45 BST')).toBe(true);
    expect(isEditLine('Last updated: Monday, 19 May 2031')).toBe(true);
    expect(isEditLine('Updated guidelines cut lichen loss on 2031 surveys')).toBe(false);
    const f = facts(`Heritage | Nature\n\nUPDATED 17 May 2031, 09:45 BST\n\nChurch lichens favour the north wall\n\n9 May 2031\n\nYORK – ${LEAD}`);
    expect(f.headline).toBe('Church lichens favour the north wall');
    expect(f.datePublished).toBe('2031-05-09');
    expect(f.dateline).toBe('YORK');
  });

  it('takes the original date, not the correction\'s, when a correction note opens the release', () => {
    const f = facts(
      `# Church lichens favour the north wall\n\n**CORRECTION:** This release was corrected on 12 May 2031 to fix the number of churches surveyed.\n\n*9 May 2031*\n\nYORK, England — ${LEAD}`,
      'x.md',
    );
    expect(f.headline).toBe('Church lichens favour the north wall');
    expect(f.datePublished).toBe('2031-05-09');
    expect(f.dateline).toBe('YORK, England');
  });
});

describe('syndicated releases and media advisories (fifteenth round)', () => {
  it('reads "Originally published by X on DATE" before an aggregator\'s own public-release date', () => {
    expect(readOriginalLine('Originally published by the University of Northumbria on 9 May 2031')?.iso).toBe('2031-05-09');
    expect(readOriginalLine('First posted by Lichen Watch, 9 May 2031.')?.iso).toBe('2031-05-09');
    expect(readOriginalLine('Originally published by the survey team after 9 May 2031 fieldwork')).toBeNull();
    const f = facts(
      `Public release: 11-May-2031\n\nChurch lichens favour the north wall\n\nOriginally published by the University of Northumbria on 9 May 2031\n\nUniversity of Northumbria\n\n${LEAD}`,
    );
    expect(f.headline).toBe('Church lichens favour the north wall');
    expect(f.datePublished).toBe('2031-05-09');
  });

  it('takes an advisory\'s own date, not the date in the panel of its event', () => {
    const panel = 'Event: Guided walk to the lichen survey plots\nDate: Saturday 24 May 2031\nTime: 10.30am\nVenue: St Olave\'s churchyard, York';
    expect(isEventPanel(panel)).toBe(true);
    expect(isEventPanel('Date: 9 May 2031\nContact: press@example.org')).toBe(false);
    const f = facts(`MEDIA ALERT\n\nLichen survey opens to the public\n\n${panel}\n\nIssued: 19 May 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Lichen survey opens to the public');
    expect(f.datePublished).toBe('2031-05-19');
  });
});

describe('embargo shapes and bylines of the fifteenth round (read as the rules stood)', () => {
  it('reads an embargo tied to a journal\'s schedule with a weekday, date and local time', () => {
    const f = facts(`Under embargo until Lichenology publishes on Thursday 15 May 2031 at 15:00 London time\n\nChurch lichens favour the north wall\n\n12 May 2031\n\n${LEAD}`);
    expect(f.embargo?.slice(0, 16)).toBe('2031-05-15T15:00');
    expect(f.datePublished).toBe('2031-05-12');
    expect(f.headline).toBe('Church lichens favour the north wall');
  });

  it('reads "embargoed for broadcast and online until" under an "EMBARGO LIFTED" mark', () => {
    const f = facts(
      `**EMBARGO LIFTED**\n\n*Embargoed for broadcast and online until 00:01 BST Friday 16 May 2031; print: Friday 16 May 2031*\n\n# Church lichens favour the north wall\n\n14 May 2031\n\n${LEAD}`,
      'x.md',
    );
    expect(f.embargo?.slice(0, 16)).toBe('2031-05-16T00:01');
    expect(f.datePublished).toBe('2031-05-14');
    expect(f.headline).toBe('Church lichens favour the north wall');
  });

  it('reads a byline with its date, then the dateline at the opening of the first paragraph', () => {
    const f = facts(
      '<html><body><h1>Church lichens favour the north wall</h1><p>By Mirela Dobre | 9 May 2031</p><p>DURHAM — ' + LEAD + '</p></body></html>',
      'x.html',
    );
    expect(f.datePublished).toBe('2031-05-09');
    expect(f.dateline).toBe('DURHAM');
    expect(f.headline).toBe('Church lichens favour the north wall');
  });

  it('reads the English date line and embargo of a release printed in two languages', () => {
    const f = facts(
      `Press release / Pressemitteilung\n\nEmbargoed until 12 May 2031, 11:00 CEST\nSperrfrist: 12. Mai 2031, 11:00 Uhr MESZ\n\nChurch lichens favour the north wall\n\nGöttingen, 12 May 2031. ${LEAD}\n\n---\n\nKirchenflechten bevorzugen die Nordwand\n\nGöttingen, 12. Mai 2031. Flechten wachsen an den Nordseiten alter Kirchen schneller.`,
    );
    expect(f.embargo?.slice(0, 16)).toBe('2031-05-12T11:00');
    expect(f.datePublished).toBe('2031-05-12');
    expect(f.dateline).toBe('Göttingen');
    expect(f.headline).toBe('Church lichens favour the north wall');
  });
});
