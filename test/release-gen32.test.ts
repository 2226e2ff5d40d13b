import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Hedgehogs cross roads less often where verges are left uncut';
const BODY =
  'Hedgehogs fitted with tiny trackers crossed roads half as often where verges were left to grow, ecologists of the Fenland Wildlife Trust report in the journal Animal Conservation (DOI: 10.1111/acv.12981).';
const QUOTE = '"A strip of long grass is enough to keep a hedgehog on the right side of the tarmac," said Dr. Beatrix Onyango-Hale, the study\'s lead author.';
const CONTACT = 'Media contact:\nCaspar Whitlow\ncaspar.whitlow@fwt.example.org\n+44 1223 555 019';

describe('a correction or update notice leading the headline (round 32)', () => {
  it.each([
    [`# CORRECTION: ${HEADLINE}`],
    [`# UPDATED: ${HEADLINE}`],
    [`# UPDATED — ${HEADLINE}`],
    [`# Corrected – ${HEADLINE}`],
    [`# CORRECTED RELEASE: ${HEADLINE}`],
    [`# Revised: ${HEADLINE}`],
    [`# CLARIFICATION: ${HEADLINE}`],
    [`**CORRECTED \\- ${HEADLINE}**`],
  ])('reads "%s" as the headline without the notice', (head) => {
    const text = `${head}\n\nMarch 9, 2032\n\nCAMBRIDGE, UK — ${BODY}\n\n${QUOTE}\n\n${CONTACT}`;
    const r = recordOf(text, 'md').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-03-09');
    expect(articlesOf(text, 'md')[0]?.doi).toBe('10.1111/acv.12981');
    expect(speakersOf(text)).toEqual([['Beatrix Onyango-Hale', 'A strip of long grass is']]);
    expect(contactsOf(text)).toEqual([['Caspar Whitlow', 'caspar.whitlow@fwt.example.org', '+44 1223 555 019']]);
  });

  it('reads a plain-text "UPDATED:" headline over an office line and an edit line', () => {
    const text = `UPDATED: ${HEADLINE}\n\nFenland Wildlife Trust\nUpdated 11 March 2032, 16:30 (first issued 9 March 2032)\n\nCAMBRIDGE, UK, 9 March 2032 - ${BODY}\n\n${QUOTE}`;
    const r = recordOf(text).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-03-09');
    expect(r.dateline).toBe('CAMBRIDGE, UK');
  });

  it.each([
    ['Updated guidelines cut waiting times for hip surgery'],
    ['Correction of vitamin D deficiency halves falls in care homes'],
    ['Revised maps show twice as many peat bogs as thought'],
    ['Update on the hedgehog census: numbers steady in towns'],
    ['UPDATED: Hedgehogs'],
    ['Update: Hedgehogs cross roads less often where verges are left uncut'],
  ])('keeps "%s" whole (no notice with a separator, or too little after it)', (head) => {
    const r = recordOf(`# ${head}\n\nMarch 9, 2032\n\n${BODY}\n\n${QUOTE}`, 'md').release;
    expect(r.headline).toBe(head);
  });
});

describe('dates and headlines of reposted and CMS pages (round 32, no change)', () => {
  it('gives no release date when the page prints only a "Last updated" date (an edit, not the release)', () => {
    const text = `# ${HEADLINE}\n\n${BODY}\n\n${QUOTE}\n\n${CONTACT}\n\nLast updated: 17 February 2032`;
    expect(recordOf(text, 'md').release.datePublished).toBeNull();
  });

  it('reads the visible date, not a different JSON-LD datePublished', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hedgehogs","datePublished":"2032-03-02T08:00:00Z"}</script></head><body><article><h1>${HEADLINE}</h1><p>March 9, 2032</p><p>${BODY}</p><p>${QUOTE}</p></article></body></html>`;
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-03-09');
  });

  it('reads a wire repost with "Public release date:", "Source:" and "Reviewed by" lines', () => {
    const html = `<html><body><h1>${HEADLINE}</h1><p>Public release date: 09-Mar-2032</p><p>Source: Fenland Wildlife Trust</p><p>Reviewed by Helena Strick</p><p>CAMBRIDGE, UK — ${BODY}</p><p>${QUOTE}</p><aside><h2>Related stories</h2><ul><li><a href="/a">Badgers dig deeper in dry summers</a> 02-Mar-2032</li></ul></aside></body></html>`;
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-03-09');
    expect(r.dateline).toBe('CAMBRIDGE, UK');
    expect(speakersOf(html, 'html')).toEqual([['Beatrix Onyango-Hale', 'A strip of long grass is']]);
  });
});
