import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Moss carpets cool city rooftops by four degrees';
const LEAD =
  'A thin layer of living moss kept the roofs of twelve office blocks up to four degrees cooler through a heatwave, engineers report in Urban Climate.';

describe('a copyright notice in a page footer (round 26)', () => {
  it('is no headline when the <title> names only a section and the site', () => {
    const html = `<html><head><title>Campus news | Wrenfield College</title></head><body>
<header><a href="/">Wrenfield College</a> <nav>Study | Research | News</nav></header>
<main><h1>${HEADLINE}</h1><p>Published: 3 April 2031</p><p>${LEAD}</p></main>
<footer>&copy; 2031 Wrenfield College</footer></body></html>`;
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-04-03');
  });

  it('is no headline in plain text either ("Copyright © 2031 X")', () => {
    const r = recordOf(`Copyright © 2031 Wrenfield College. All rights reserved.\n\n${HEADLINE}\n\n3 April 2031\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
  });

  it('leaves a headline about copyright alone', () => {
    const title = 'Copyright rules slow the sharing of museum scans, survey finds';
    expect(recordOf(`${title}\n\n3 April 2031\n\n${LEAD}`).release.headline).toBe(title);
  });
});

describe('a relative time beside the date line (round 26)', () => {
  it('reads "2 days ago · 14 January 2032 · 4 min read" as the date line', () => {
    const r = recordOf(`${HEADLINE}\n\n2 days ago · 14 January 2032 · 4 min read\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-01-14');
    expect(r.subheadline ?? null).toBeNull();
  });

  it('reads "14 January 2032 (3 hours ago)" and "an hour ago | 14 January 2032"', () => {
    expect(recordOf(`${HEADLINE}\n\n14 January 2032 (3 hours ago)\n\n${LEAD}`).release.datePublished).toBe('2032-01-14');
    expect(recordOf(`${HEADLINE}\n\nan hour ago | 14 January 2032\n\n${LEAD}`).release.datePublished).toBe('2032-01-14');
  });
});
