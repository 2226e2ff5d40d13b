import { describe, expect, it } from 'vitest';
import { isChromeStack } from '../src/extractors/release/chrome-stack.js';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'a bamboo filter fitted to village hand pumps removed nine tenths of the fluoride from well water over a year of daily use, engineers at the institute have found.';
const HEAD = '# Bamboo filter strips fluoride from hand-pump water\n\n';

describe('follow-up of the fifteenth round: Indian datelines in mixed case before a colon', () => {
  it('reads a city set in bold before a colon ("**New Delhi:**")', () => {
    expect(facts(`${HEAD}**New Delhi:** In Rajasthan, ${LEAD}`, 'x.md').dateline).toBe('New Delhi');
    expect(facts(`${HEAD}**Jaipur:** In Rajasthan, ${LEAD}`, 'x.md').dateline).toBe('Jaipur');
  });

  it('reads a city in bold in an HTML paragraph', () => {
    const html = `<html><body><h1>Bamboo filter strips fluoride from hand-pump water</h1><p><strong>Hyderabad:</strong> In Telangana, ${LEAD}</p></body></html>`;
    expect(facts(html, 'x.html').dateline).toBe('Hyderabad');
  });

  it('reads a city in mixed case before a date without a year and a colon ("Bengaluru, March 14:")', () => {
    const f = facts(`Bamboo filter strips fluoride from hand-pump water\n\nBengaluru, March 14: In Karnataka, ${LEAD}`);
    expect(f.dateline).toBe('Bengaluru');
    expect(f.datePublished).toBeNull();
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nPune, 14 March: In Maharashtra, ${LEAD}`).dateline).toBe('Pune');
  });

  it('still reads a city in capitals before a colon in plain text ("NEW DELHI:")', () => {
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nNEW DELHI: In Rajasthan, ${LEAD}`).dateline).toBe('NEW DELHI');
  });

  it('reads no place from a bold label in title case before a colon', () => {
    for (const label of ['Context', 'Bottom Line', 'Significance', 'Treatment', 'Next Steps']) {
      expect(facts(`${HEAD}**${label}:** In Rajasthan, ${LEAD}`, 'x.md').dateline).toBeNull();
    }
  });

  it('reads no place from a bold word that the text prints again in lower case', () => {
    const text = `${HEAD}**Hydrology:** In Rajasthan, ${LEAD}\n\nThe work draws on hydrology and on materials science.`;
    expect(facts(text, 'x.md').dateline).toBeNull();
  });

  it('reads no place from a word in mixed case before a colon without bold or a date', () => {
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nJaipur: In Rajasthan, ${LEAD}`).dateline).toBeNull();
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nFriday, March 14: In Rajasthan, ${LEAD}`).dateline).toBeNull();
  });
});

describe('round sixteen: content-system pages', () => {
  it('steps over a site name pasted over its menu, one item a line', () => {
    const text = `Riverbend Water Lab\nHome\nAbout\nNews\nContact\n\nBamboo filter strips fluoride from hand-pump water\n\nBy Asha Verma\n\nJAIPUR (14 March 2031) – In Rajasthan, ${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe('Bamboo filter strips fluoride from hand-pump water');
    expect(f.dateline).toBe('JAIPUR');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('tells a menu pasted one item a line from a headline over a deck', () => {
    expect(isChromeStack('Riverbend Water Lab\nHome\nResearch\nPeople')).toBe(true);
    expect(isChromeStack('Home\nAbout us\nNews\nContact us')).toBe(true);
    expect(isChromeStack('Bamboo filter strips fluoride\nVillage pumps\nRajasthan')).toBe(false);
    expect(isChromeStack('Bamboo filter strips fluoride from hand-pump water\nA year of tests in forty villages')).toBe(false);
  });

  it('reads AP-style state abbreviations and an agency in brackets after the place', () => {
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nMarch 14, 2031\n\nST. PAUL, Minn. — In Minnesota, ${LEAD}`).dateline).toBe('ST. PAUL, Minn.');
    expect(facts(`Bamboo filter strips fluoride from hand-pump water\n\nOXFORD (UKRI) – In England, ${LEAD}`).dateline).toBe('OXFORD');
  });

  it('reads an ISO date with a time and zone in a byline', () => {
    const f = facts(`${HEAD}By Asha Verma | 2031-03-14T09:00:00Z\n\nCOLUMBIA, Mo. — In Missouri, ${LEAD}`, 'x.md');
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.dateline).toBe('COLUMBIA, Mo.');
  });

  it('takes the visible headline under a site-name heading over a differing og:title', () => {
    const html = `<html><head><title>Bamboo filter strips fluoride from hand-pump water | Riverbend Water Lab</title><meta property="og:title" content="Fluoride filter: bamboo does the job"></head><body><h1>Riverbend Water Lab</h1><h2>Bamboo filter strips fluoride from hand-pump water</h2><p>Posted by News Office on <time datetime="2031-03-14T09:00:00+05:30">14 March 2031</time></p><p>HAMBURG (14 March 2031) – In Germany, ${LEAD}</p></body></html>`;
    const f = facts(html, 'x.html');
    expect(f.headline).toBe('Bamboo filter strips fluoride from hand-pump water');
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.dateline).toBe('HAMBURG');
  });
});

describe('follow-up of the fifteenth round: bold labels that are no dateline', () => {
  it('reads no place from an interview whose speakers are set in bold before a colon', () => {
    const text = `${HEAD}**Nandini Iyer:** In Rajasthan, ${LEAD}\n\n**Host:** What did the villagers make of the filter at first, and did they trust it?\n\n**Nandini Iyer:** They were doubtful for a month and then they asked for two more.`;
    expect(facts(text, 'x.md').dateline).toBeNull();
  });

  it('reads no place from a bold citation label after the lead', () => {
    const text = `${HEAD}In Rajasthan, ${LEAD}\n\n**Article:** Verma A, Iyer N. Bamboo char filters for fluoride. Water Research 2031; 12: 1-9.`;
    expect(facts(text, 'x.md').dateline).toBeNull();
  });
});

describe('round sixteen: a digest whose release follows a "Subject:" line', () => {
  it('drops the "Subject:" label from a headline printed on one line over the lead', () => {
    const f = facts(`Subject: Bamboo filter strips fluoride from hand-pump water\n\nJAIPUR (14 March 2031) – In Rajasthan, ${LEAD}`);
    expect(f.headline).toBe('Bamboo filter strips fluoride from hand-pump water');
    expect(f.dateline).toBe('JAIPUR');
  });
});
