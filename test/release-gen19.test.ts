import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { releaseFacts } from './support/release-facts.js';
import { findDates } from '../src/text/dates.js';
import { readDateLine } from '../src/text/date-line.js';

const HEADLINE = 'Glacier fleas survive a winter frozen inside blue ice';
const LEAD = 'Tiny springtails that live on alpine glaciers can survive months frozen solid inside blue ice, zoologists report in the journal Polar Biology.';

describe('a weekday or a zone in brackets after the date (nineteenth round)', () => {
  it('reads "March 14, 2031 (Fri)" and "14 March 2031 (JST)" as date lines', () => {
    expect(readDateLine('March 14, 2031 (Fri)')?.date.iso).toBe('2031-03-14');
    expect(readDateLine('March 14, 2031 (Fri.)')?.date.iso).toBe('2031-03-14');
    expect(readDateLine('14 March 2031 (JST)')?.date.iso).toBe('2031-03-14');
    expect(readDateLine('14 March 2031 (Fine Arts Hall)')).toBeNull();
  });

  it('dates the release and keeps the date line out of the headline', () => {
    const f = releaseFacts(`Kitakami University News\n\nMarch 14, 2031 (Fri)\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-14');
    const g = releaseFacts(`14 March 2031 (JST)\n\n${HEADLINE}\n\n${LEAD}`);
    expect(g.datePublished).toBe('2031-03-14');
  });
});

describe('Korean spaced dotted dates (nineteenth round)', () => {
  it('reads "2031. 3. 14." year, month and day', () => {
    expect(findDates('Date: 2031. 3. 14.', { numeric: true })[0]?.iso).toBe('2031-03-14');
    expect(findDates('2031. 12. 1.', { numeric: true })[0]?.iso).toBe('2031-12-01');
    expect(findDates('2031. 3. 14.')).toEqual([]);
    expect(findDates('2031. 13. 14.', { numeric: true })).toEqual([]);
  });

  it('reads the date line and an embargo with a weekday in brackets', () => {
    const f = releaseFacts(`Date: 2031. 3. 14.\nEmbargo: 2031. 3. 17. (Mon) 06:00 KST\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.embargo).toBe('2031-03-17T06:00+09:00');
  });
});

describe('a labelled title in a form-like head (nineteenth round)', () => {
  it('takes the line after "Title:" over a bracketed release label and the office', () => {
    const f = releaseFacts(`[Press Release] Gwangju Institute of Marine Science\n\nDate: 2031. 3. 14.\n\nTitle: ${HEADLINE}\n\nSubtitle: Springtails make their own antifreeze\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
  });

  it('takes a bullet before the label away', () => {
    expect(releaseFacts(`Research\n\n■ Title: ${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('takes the block under a numbered "Title" heading', () => {
    const f = releaseFacts(`# News Releases\n\n## 1. Title\n\n${HEADLINE}\n\n## 2. Date\n\nFriday, 14 March 2031\n\n## 3. Summary\n\n${LEAD}`, 'x.md');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('leaves a paper\'s "Title:" field under its publication information alone', () => {
    const f = releaseFacts(`${HEADLINE}\n\n14 March 2031\n\n${LEAD}\n\nPublication information\n\nTitle: Freeze tolerance of glacier springtails in blue ice\nAuthors: Mira Holt, Sven Aas\nJournal: Polar Biology`);
    expect(f.headline).toBe(HEADLINE);
  });
});

describe('a Word document exported as HTML (nineteenth round)', () => {
  it('does not take the document\'s file name in <title> for the headline', () => {
    const html = `<html><head><title>Microsoft Word - PR_2031_044_final_v2.docx</title></head><body>
<p class=MsoNormal><b><span style='font-size:16.0pt'>${HEADLINE}<o:p></o:p></span></b></p>
<p class=MsoNormal><b><span style='font-size:10.0pt'>Innsbruck,&nbsp;14&nbsp;March&nbsp;2031</span></b><span> – ${LEAD}<o:p></o:p></span></p>
</body></html>`;
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-14');
    expect(r.dateline).toBe('Innsbruck');
  });
});

describe('an embargo labelled with a noun before a colon (nineteenth round)', () => {
  it('reads "EMBARGOED CONTENT:" and "Embargoed press release –" as embargo labels', () => {
    const f = releaseFacts(`EMBARGOED CONTENT: 16:00 London time (GMT) / 12:00 US Eastern Time on Wednesday 12 March 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.embargo).toBe('2031-03-12T16:00+00:00');
    expect(f.headline).toBe(HEADLINE);
    const g = releaseFacts(`EMBARGOED PRESS RELEASE: 10:00 CET, 18 March 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(g.embargo?.startsWith('2031-03-18T10:00')).toBe(true);
  });

  it('still passes over "embargoed" used of a thing', () => {
    expect(releaseFacts(`${HEADLINE}\n\n14 March 2031\n\nEmbargoed copies of the paper are available to journalists on request.\n\n${LEAD}`).embargo).toBeNull();
  });
});

describe('a note on a corrected release above the head (nineteenth round)', () => {
  const NOTE = 'CORRECTED RELEASE — This release was updated on March 14, 2031, to correct the name of a co-author. The original release was issued on March 11, 2031.';

  it('is no headline, and the date it gives for the original release is the release date', () => {
    const f = releaseFacts(`${NOTE}\n\nSeaside Marine Lab\n\n${HEADLINE}\n\nHILO, Hawaii — ${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-11');
    expect(f.dateline).toBe('HILO, Hawaii');
  });

  it('reads "An earlier version of this release, issued on …"', () => {
    const f = releaseFacts(`Correction: An earlier version of this release, issued on 4 March 2031, gave the wrong depth. The depth is 40 metres.\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-03-04');
    expect(f.headline).toBe(HEADLINE);
  });

  it('keeps a headline that only opens with "Update:"', () => {
    expect(releaseFacts(`Update: Glacier fleas survive a second winter inside blue ice\n\n14 March 2031\n\n${LEAD}`).headline).toBe('Update: Glacier fleas survive a second winter inside blue ice');
  });
});
