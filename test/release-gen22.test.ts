import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Lichens on old churchyard walls record a century of soot';
const LEAD =
  'Lichens growing on churchyard walls in the Welsh Marches hold a layered record of a hundred years of coal soot, ecologists at the Wyevale Institute report in the journal Environmental Pollution.';

describe("an aggregator's frame around a republished release (round 22)", () => {
  it("steps over a site's masthead over its navigation bar", () => {
    expect(facts(`Research Wire\nHome  Health  Science  Environment  World\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Lab Digest\nCovid-19  Genomics  Oncology  Neuroscience  Ecology\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`THE MARCHES GAZETTE\nLocal | Sport | Opinion | Obituaries | Subscribe\n\nLOCAL NEWS\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('reads the headline and date over a "Date:" and "Source:" panel, each label over its value', () => {
    const text = `Science Pages\nThe week's research, explained\n\nHome\nHealth\nTech\nEnviro\n\nScience News\nfrom research organizations\n\n${HEADLINE}\n\nDate:\n    April 2, 2031\nSource:\n    Wyevale Institute\nSummary:\n    Lichens keep a record of soot.\n\n${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-02');
  });

  it('reads a date line with a story-kind tag after it and no headline in it', () => {
    const f = facts(`Home / Environment\n\nApril 3, 2031 feature\n\n${HEADLINE}\n\nby Wyevale Institute\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-03');
  });
});

describe("a page's date line with a story-kind tag above its title (round 22)", () => {
  it('reads the date of an HTML page that prints "April 3, 2031 dialog" over its <h1>', () => {
    const html = `<html><body><header><a href="/">Science Pages</a></header><p class="byline">April 3, 2031 dialog</p><h1>${HEADLINE}</h1><p>${LEAD}</p></body></html>`;
    const f = facts(html, 'x.html');
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-04-03');
  });
});

describe('joint and translated releases (round 22)', () => {
  it('reads the first of two datelines of a joint release', () => {
    const f = facts(`${HEADLINE}\n\nCARDIFF, UK, 2 April 2031 / AUCKLAND, New Zealand, 3 April 2031 — ${LEAD}`);
    expect(f.dateline).toBe('CARDIFF, UK');
    expect(f.datePublished).toBe('2031-04-02');
  });

  it('steps over a release label that names its translation', () => {
    expect(facts(`Press release (English translation)\n\n${HEADLINE}\n\nWrexham, 02.04.2031\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Media release – English version\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });
});

describe('social-media threads pasted as text (round 22)', () => {
  it('finds no headline in a numbered thread, and the date from its author line', () => {
    const text = `Dr. Rhian Pugh @rhianpugh@scholar.example · Apr 4, 2031\n\n1/ New paper out today: lichens on churchyard walls record a century of coal soot in the Welsh Marches.\n\n2/ We sampled 212 walls and dated each crust with the church's building records.`;
    const f = facts(text);
    expect(f.headline).toBeNull();
    expect(f.datePublished).toBe('2031-04-04');
  });

  it("refuses a thread's opening post marked 1/N as a headline", () => {
    const text = `🧵 A thread on our new paper, published today in Environmental Pollution: 1/5\n\n1/ Lichens on churchyard walls record a century of soot.\n\n6:10 PM · Apr 4, 2031`;
    expect(facts(text, 'x.md').headline).toBeNull();
  });

  it('keeps a headline that ends in a fraction other than a thread count', () => {
    expect(facts(`Night clinic now open to farm workers 24/7\n\n${LEAD}`).headline).toBe('Night clinic now open to farm workers 24/7');
  });
});
