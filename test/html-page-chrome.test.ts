import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

/** An invented news page around `article` (its `<title>` `title`): a cookie banner, a logo, a menu and a breadcrumb over it, a related-news sidebar and a footer under it. */
const page = (nav: string, article: string, title = 'Kelp forests store more carbon than thought | Harbourside University'): string => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<div class="cookie-banner"><p>We use cookies on this site. <button>Accept</button></p></div>
<header><a class="logo" href="/">Harbourside University News</a>${nav}</header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Article</li></ol>
<main><article>${article}</article>
<aside><h2>Related news</h2><ul><li><a href="/n/7">Campus choir tours the coast</a> 2 March 2037</li></ul></aside></main>
<footer><p>Harbourside University, 4 Quay Street, Port Ellis</p><p>© 2037 Harbourside University</p></footer>
</body></html>
`;

const ARTICLE = `<h1>Kelp forests store more carbon than thought</h1>
<p>PORT ELLIS, 9 March 2037 – Kelp forests bury twice as much carbon as earlier surveys found, a study shows.</p>
<p>“We followed the carbon all the way to the seabed,” said Dr. Maren Holt, a marine ecologist at Harbourside University.</p>
<p>The study is published in Marine Ecology Letters. DOI: 10.5555/mel.2037.0142</p>
<p>Media contact: Oren Castell, press@harbourside.example, +44 1632 960 118</p>`;

describe('a news page around the release', () => {
  const cases: Array<[string, string]> = [
    ['a <nav> of inline links', '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>'],
    ['a role="navigation" list', '<div role="navigation"><ul><li><a href="/">Home</a></li><li><a href="/research">Research</a></li></ul></div>'],
    ['a menubar of links', '<div role="menubar"><a href="/">Study</a> <a href="/news">News</a></div>'],
  ];
  // The page's <title> is the site's and the headline no <h1>, so the headline is the first line of the page's text.
  it.each(cases)('reads the headline under %s, not the menu', (_, nav) => {
    const article = ARTICLE.replace(/<h1>(.*)<\/h1>/, '<p class="headline">$1</p>');
    const record = recordOf(page(nav, article, 'News | Harbourside University'), 'html');
    expect(record.release.headline).toBe('Kelp forests store more carbon than thought');
    expect(record.release.dateline).toBe('PORT ELLIS');
  });

  it('does not read a breadcrumb ending "Article" as the heading of the paper\'s title', () => {
    const [paper] = recordOf(page('', ARTICLE), 'html').articles;
    expect(paper?.doi).toBe('10.5555/mel.2037.0142');
    expect(paper?.journal).toBe('Marine Ecology Letters');
    expect(paper?.title).toBeNull();
  });

  it('still reads the title under an "Article details" heading of the body', () => {
    const body = ARTICLE.replace('<p>Media contact', '<h3>Article details</h3><p>Seabed burial of kelp carbon across three temperate coasts</p><p>Media contact');
    const [paper] = recordOf(page('', body), 'html').articles;
    expect(paper?.title).toBe('Seabed burial of kelp carbon across three temperate coasts');
  });

  it('keeps the quote, its speaker and the contact', () => {
    const record = recordOf(page('<nav><a href="/">Home</a></nav>', ARTICLE), 'html');
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Maren Holt']);
    expect(record.contacts.map((c) => [c.name, c.email])).toEqual([['Oren Castell', 'press@harbourside.example']]);
  });
});
