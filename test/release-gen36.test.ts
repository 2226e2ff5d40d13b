import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';
import { isNewsletterSignup } from '../src/parse/newsletter-signup.js';

const HEADLINE = 'Salt marsh grasses trap microplastics at the tide line';
const LEAD =
  'Cordgrass stems catch three times more plastic fragments than bare mud at the high-tide mark, coastal ecologists at the Estuary Research Station report in the journal Marine Pollution Bulletin (DOI: 10.1016/j.marpolbul.2036.117205).';
const QUOTE = '"Every stem works like a comb, and the finest fibres stay tangled in it for months," said Dr. Oluwaseun Marchetti-Vale, the study\'s lead author.';
const CONTACT = 'Media contact: Ysolde Brannigan, press@estuary.example.org, +44 1632 960 804';

/** A pasted page: `before` (blocks of chrome), then the headline, its date and the release. */
const page = (before: string): string => `${before}\n\n${HEADLINE}\n\n14 October 2036\n\n${LEAD}\n\n${QUOTE}\n\n${CONTACT}`;

describe('a newsletter sign-up box pasted above the release (round 36)', () => {
  it.each([
    ['Stay in the loop\nSign up for our monthly science newsletter and never miss a discovery.\nEmail address\nSubscribe\nBy subscribing you agree to our privacy policy.'],
    ['Don\'t miss a story\nGet our latest research news in your inbox every Friday.\nYour email\nSign up'],
    ['Join 12,000 readers who get our weekly digest.\nEnter your email address\nSubscribe now\nNo thanks'],
  ])('is no headline or lead: %j', (box) => {
    const text = page(box);
    const r = recordOf(text, 'txt').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2036-10-14');
    expect(articlesOf(text, 'txt')[0]?.doi).toBe('10.1016/j.marpolbul.2036.117205');
    expect(speakersOf(text, 'txt')).toEqual([['Oluwaseun Marchetti-Vale', 'Every stem works like a ']]);
    expect(contactsOf(text, 'txt')).toEqual([['Ysolde Brannigan', 'press@estuary.example.org', '+44 1632 960 804']]);
  });

  it.each([
    ['a contact block with an e-mail address', 'For updates by email, contact\nYsolde Brannigan\npress@estuary.example.org\nSubscribe'],
    ['a headline over its lead that speaks of signing up', 'Thousands sign up for the garden bee survey\nMore than 4,000 gardeners joined the count this summer, the trust said in its newsletter.'],
    ['an invitation without any form field or button', 'Stay in the loop\nSign up for our monthly science newsletter.'],
  ])('leaves %s as it was', (_name, block) => {
    expect(isNewsletterSignup(block)).toBe(false);
  });
});

describe('a "Related news" panel of headlines over bare dates before the release (round 36)', () => {
  const panel = (items: string): string =>
    `<html><body><aside><h3>Related news</h3>${items}</aside><article><h1>${HEADLINE}</h1><div>14 October 2036</div><p>${LEAD}</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><p>${CONTACT}</p></article></body></html>`;

  it.each([
    ['<div><a href="/a">Oyster reefs rebuilt in the estuary</a></div><div>2 October 2036</div><div><a href="/b">Seal count breaks record</a></div><div>25 September 2036</div>'],
    ['<p><a href="/a">Harbour porpoises return to the bay</a></p><p>October 9, 2036</p>'],
  ])('gives the release its own date, not an item\'s: %s', (items) => {
    const r = recordOf(panel(items), 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2036-10-14');
  });

  it('still reads a release whose own head follows the label directly (its date is followed by the lead)', () => {
    const text = `Related news\n\n${HEADLINE}\n\n14 October 2036\n\n${LEAD}\n\n${QUOTE}`;
    expect(recordOf(text, 'txt').release.datePublished).toBe('2036-10-14');
  });
});

describe('content-management pages of round 36, already read', () => {
  it.each([
    ['a Drupal date field', `<html><body><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav><h1 class="page-title"><span class="field--name-title">${HEADLINE}</span></h1><div class="field--name-field-date"><time datetime="2036-10-14T12:00:00Z">Tuesday, October 14, 2036</time></div><div class="node__content"><p>${LEAD}</p></div></body></html>`],
    ['a byline with only a <time>', `<html><body><h1>${HEADLINE}</h1><p class="byline">By Ines Tarrant &middot; <time datetime="2036-10-14T09:00:00+01:00">14.10.2036</time></p><p>${LEAD}</p></body></html>`],
    ['a <title> that differs from the <h1>', `<html><head><title>Study: marsh grass combs plastic from tides | Coast Weekly</title></head><body><h1>${HEADLINE}</h1><div>October 14, 2036 | Press Release</div><p>${LEAD}</p></body></html>`],
  ])('%s', (_name, html) => {
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2036-10-14');
  });

  it('takes the visible date over a JSON-LD datePublished and drops the og:title suffix', () => {
    const html = `<html><head><title>${HEADLINE} | Faculty of Science</title><meta property="og:title" content="${HEADLINE} | Faculty of Science"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE} | Faculty of Science","datePublished":"2036-10-12T22:00:00.000Z"}</script></head><body><h1>${HEADLINE}</h1><div><span>Published 14 October 2036</span> <span>Updated 16 October 2036</span></div><p>${LEAD}</p></body></html>`;
    const r = recordOf(html, 'html').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2036-10-14');
  });

  it('gives no year for "published June 9" without a year, as earlier golds (the release\'s day is not "today")', () => {
    const text = `${HEADLINE}\n\nJune 9, 2036\n\nThe study by Nadia Forsythe, published June 9 in Marine Pollution Bulletin (DOI: 10.1016/j.marpolbul.2036.117205), counted fibres at 40 sites.`;
    expect(articlesOf(text)[0]?.year ?? null).toBeNull();
  });
});
