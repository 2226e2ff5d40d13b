import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Small ponds cool the streets around them on summer nights';
const LEAD = 'Researchers at the Kestrel Institute found that small ponds cool nearby streets by two degrees on hot nights, according to a study in Urban Climate.';

describe("a bare 'Newswire —' before a bracketed dateline (round 28)", () => {
  it('reads the place and date of "Newswire — (CITY — date) —"', () => {
    const r = recordOf(`${HEADLINE}\n\nNewswire — (TUCSON, Ariz. — March 11, 2031) — ${LEAD}\n`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.dateline).toBe('TUCSON, Ariz.');
    expect(r.datePublished).toBe('2031-03-11');
  });

  it('still reads "Newswise — (CITY – date) –"', () => {
    const r = recordOf(`${HEADLINE}\n\nNewswise — (Houston – April 2, 2031) – ${LEAD}\n`).release;
    expect(r.dateline).toBe('Houston');
    expect(r.datePublished).toBe('2031-04-02');
  });
});

describe('a release label and a contact on one line over the headline (round 28)', () => {
  it('does not take "FOR IMMEDIATE RELEASE   Contact: …" for the headline', () => {
    const text = `FOR IMMEDIATE RELEASE   Contact: Dana Holloway, 503-555-0101, dana@kestrel.example.org\n\nMarch 4, 2031\n\n${HEADLINE}\n\n${LEAD}\n`;
    const r = recordOf(text).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('does so when the e-mail address wrapped onto the next line', () => {
    const text = `FOR IMMEDIATE RELEASE   Contact: Dana Holloway, Kestrel Institute, 503-555-0101,\ndana@kestrel.example.org\n\nMarch 4, 2031\n\n${HEADLINE}\n\n${LEAD}\n`;
    expect(recordOf(text).release.headline).toBe(HEADLINE);
  });

  it('keeps a headline that merely mentions a contact', () => {
    const text = `Press release: Contact lenses that track blood sugar pass first trial\n\nMarch 4, 2031\n\n${LEAD}\n`;
    expect(recordOf(text).release.headline).toBe('Contact lenses that track blood sugar pass first trial');
  });
});
