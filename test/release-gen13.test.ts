import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Peat bogs in the uplands lose carbon faster after dry winters';
const LEAD =
  'Upland peat bogs released a third more carbon in summers that followed a dry winter, according to a six-year record from forty monitoring sites kept by soil scientists in Wales.';

describe('a cookie notice in a sentence over the headline (thirteenth round)', () => {
  it('steps over "We use cookies to …" pasted on one line', () => {
    const text = `We use cookies to make this site work. By browsing on you accept our use of cookies. Accept all | Settings\n\nBrynmor University\nHome | News | Research | About\n\n${HEADLINE}\n\n4 April 2031\n\n${LEAD}`;
    expect(facts(text).headline).toBe(HEADLINE);
  });

  it('steps over "This website uses cookies" in a Markdown page', () => {
    const text = `This website uses cookies for analytics and to remember your settings. [OK](#)\n\n${HEADLINE}\n\n*4 April 2031*\n\n${LEAD}`;
    expect(facts(text, 'x.md').headline).toBe(HEADLINE);
  });
});

describe("a site's name set as a heading over its navigation (thirteenth round)", () => {
  it('takes the next heading when the first heading sits over a menu list', () => {
    const text = `# Riverside Children's Trust\n\n* [Home](/)\n* [News](/news)\n* [Research](/research)\n* [About](/about)\n\n## ${HEADLINE}\n\n*Published: 4 April 2031*\n\n${LEAD}`;
    const f = facts(text, 'x.md');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-04');
  });

  it('takes the next heading when the first heading sits over a breadcrumb trail', () => {
    const text = `# Halden Marine Station\n\nHome > News > 2031 > April\n\n## ${HEADLINE}\n\n${LEAD}`;
    expect(facts(text, 'x.md').headline).toBe(HEADLINE);
  });

  it('keeps a first heading over a list that is no menu', () => {
    const text = `# ${HEADLINE}\n\n* Forty monitoring sites\n* Six years of records\n* Three dry winters\n\n## Methods in brief\n\n${LEAD}`;
    expect(facts(text, 'x.md').headline).toBe(HEADLINE);
  });
});

describe('a panel of other stories or events above the release (thirteenth round)', () => {
  it('reads neither a related headline nor its date', () => {
    const text = `Lakemoor State University Newsroom\nHome | News | Research | About\n\nMore stories\nNew dean of nursing appointed\nMarch 2, 2031\nCampus farm wins state award\nApril 19, 2031\n\nUpcoming: Spring Open House 3 May 2031\n\nHome > News > 2031 > April\n\n${HEADLINE}\n\nBy Carys Oyelaran | April 4, 2031\n\n${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-04');
  });

  it('skips a "Related news" panel over the headline', () => {
    const text = `Related news:\nSoil survey maps every hedgerow in the county — 1 March 2031\n\n${HEADLINE}\n\nAberystwyth, 4 April 2031 – ${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-04');
    expect(f.dateline).toBe('Aberystwyth');
  });

  it('skips the list items under a "Latest news" label in Markdown', () => {
    const text = `Home | News | Research | About\n\nLatest news\n\n- Library extends its opening hours (3 March 2031)\n- New chair of soil science appointed (9 April 2031)\n\n${HEADLINE}\n\n${LEAD}`;
    const f = facts(text, 'x.md');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBeNull();
  });

  it('keeps a headline that only mentions related work', () => {
    const h = 'More stories of recovery as river otters return to the Severn';
    expect(facts(`${h}\n\n4 April 2031\n\n${LEAD}`).headline).toBe(h);
  });

  it('does not read an events line as the date', () => {
    const text = `Upcoming: Open Day 2 May 2031\n\n${HEADLINE}\n\n${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBeNull();
  });
});
