import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'a clay pot cooler kept vaccines for goats below eight degrees through a summer without power, veterinary researchers at the college report after a year of trials in forty villages.';
const LEAD2 =
  'The trials ran in three districts with a dry summer, and field workers logged the temperature inside each pot every hour with small battery loggers bought from a local supplier.';

/** A page with no visible headline: its title is "part | part", its JSON-LD gives the headline. */
function page(title: string, jsonHeadline: string | null): string {
  const ld = jsonHeadline ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${jsonHeadline}"}</script>` : '';
  return `<html><head><title>${title}</title>${ld}</head><body><p>In Rajasthan, ${LEAD}</p><p>${LEAD2}</p></body></html>`;
}

describe('follow-up of the sixteenth round: a page whose only headline is in its metadata', () => {
  it('takes the part of the <title> that the JSON-LD headline repeats, not a longer site name', () => {
    const f = facts(page('Clay pots keep goat vaccines cool | Thar Desert Livestock Observer', 'Clay pots keep goat vaccines cool'), 'x.html');
    expect(f.headline).toBe('Clay pots keep goat vaccines cool');
  });

  it('takes the JSON-LD headline when no part of the <title> shares its words and another does', () => {
    const f = facts(page('Cool pots for goats | Thar Desert Livestock Observer', 'Clay pots keep vaccines for goats cold without power'), 'x.html');
    expect(f.headline).toBe('Clay pots keep vaccines for goats cold without power');
  });

  it('still drops a site suffix named by a site word ("| Marwar Veterinary College")', () => {
    const f = facts(page('Clay pots keep goat vaccines cool | Marwar Veterinary College', null), 'x.html');
    expect(f.headline).toBe('Clay pots keep goat vaccines cool');
  });

  it('keeps a visible headline that differs from the JSON-LD headline', () => {
    const html = `<html><head><title>Goat vaccines | Thar Desert Livestock Observer</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Clay pots keep goat vaccines cool"}</script></head><body><h1>Unpowered clay coolers protect livestock vaccines in desert summers</h1><p>In Rajasthan, ${LEAD}</p><p>${LEAD2}</p></body></html>`;
    expect(facts(html, 'x.html').headline).toBe('Unpowered clay coolers protect livestock vaccines in desert summers');
  });
});

describe('follow-up of the sixteenth round: a city in italics before a colon', () => {
  const HEAD = '# Clay pot coolers protect goat vaccines\n\n';
  it('reads a city in italics before a colon ("*Jodhpur:*")', () => {
    expect(facts(`${HEAD}*Jodhpur:* In Rajasthan, ${LEAD}\n\n${LEAD2}\n`, 'x.md').dateline).toBe('Jodhpur');
    expect(facts(`${HEAD}_Karachi:_ In Sindh, ${LEAD}\n\n${LEAD2}\n`, 'x.md').dateline).toBe('Karachi');
  });

  it('reads the city when a citation field label follows later ("*Journal:* …")', () => {
    const text = `${HEAD}*Rajshahi:* In northern Bangladesh, ${LEAD}\n\n${LEAD2}\n\n*Journal:* Veterinary Record\n`;
    expect(facts(text, 'x.md').dateline).toBe('Rajshahi');
    expect(facts(text.replace('*Rajshahi:*', '**Rajshahi:**'), 'x.md').dateline).toBe('Rajshahi');
  });

  it('does not read a kicker or caption label in italics as a place', () => {
    expect(facts(`${HEAD}*Pictured:* In Rajasthan, ${LEAD}\n\n${LEAD2}\n`, 'x.md').dateline).toBeNull();
    expect(facts(`${HEAD}*Spotlight:* In Rajasthan, ${LEAD}\n\n${LEAD2}\n`, 'x.md').dateline).toBeNull();
  });

  it('still reads no dateline from a run of speakers in italics', () => {
    const text = `${HEAD}*Meera Pillai:* In Rajasthan, ${LEAD}\n\n*Arjun Mehta:* ${LEAD2}\n`;
    expect(facts(text, 'x.md').dateline).toBeNull();
  });
});
