import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';
import { stackedHeadline } from '../src/extractors/release/headline.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Barn owls that hunt over field margins sown with wildflowers raise twice as many chicks as owls hunting over bare margins, ecologists at the Fenbridge Wildlife Institute report in the Journal of Applied Ecology after following 120 nests for six years.';
const HEADLINE = 'Wildflower margins double barn owl broods';
const DECK = 'Six-year nest survey finds more voles where farmers leave flowering strips along their fields';

describe('head lines stacked in one pasted block (seventh round)', () => {
  it('drops a topic kicker in capitals and a longer deck under the headline', () => {
    const f = facts(`ENVIRONMENT & CONSERVATION\n${HEADLINE}\n${DECK}\n\nBy Tom Ashby | 6 March 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-06');
  });

  it('drops a section kicker in mixed case over the headline', () => {
    expect(facts(`Science and Technology\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('drops a date line under the headline in the same block', () => {
    const f = facts(`${HEADLINE}\nMarch 6, 2031\n\n${LEAD}`);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2031-03-06');
  });

  it('reads the headline under a release label when the next block is the lead', () => {
    expect(facts(`MEDIA RELEASE\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`News\nScience and Technology\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('keeps a wrapped headline whole', () => {
    expect(stackedHeadline('Barn owls raise more chicks where farmers sow\nwildflower strips along field margins')).toBeNull();
    expect(stackedHeadline('Barn owls raise more chicks where farmers leave\nWildflower strips')).toBeNull();
    expect(stackedHeadline('WILDFLOWER MARGINS DOUBLE BARN OWL BROODS\nSIX-YEAR NEST SURVEY FINDS MORE VOLES IN FLOWERING STRIPS')).toBeNull();
  });

  it('reads the headline and its deck apart', () => {
    expect(stackedHeadline(`${HEADLINE}\n${DECK}`)).toBe(HEADLINE);
    expect(stackedHeadline(`CONSERVATION\n${HEADLINE}\n${DECK}`)).toBe(HEADLINE);
  });
});

describe('an embargo label in capitals is no dateline place (seventh round)', () => {
  it('gives no place for "UNDER EMBARGO:" and keeps the embargo', () => {
    const f = facts(`UNDER STRICT EMBARGO: 10.03.2031, 17:00 CET\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.embargo).toBe('2031-03-10T17:00+01:00');
  });

  it('gives no place for "STRICTLY UNDER EMBARGO UNTIL:"', () => {
    const f = facts(`STRICTLY UNDER EMBARGO UNTIL: 10 March 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.embargo).toBe('2031-03-10');
  });
});

describe('date lines of content systems (seventh round)', () => {
  it('reads an ISO date with a clock time in seconds', () => {
    expect(facts(`${HEADLINE}\n\nPublished 2031-03-04 09:00:00\n\n${LEAD}`).datePublished).toBe('2031-03-04');
  });

  it('reads a "Release Time:" label with other fields after it', () => {
    const f = facts(`${HEADLINE}\n\nRelease Time: 2031-03-14 10:21:35   Source: Office of Global Engagement\n\n${LEAD}`);
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.dateline).toBeNull();
  });

  it('reads the date of a footer that names who issued the release', () => {
    const f = facts(`${HEADLINE}\n\n${LEAD}\n\nIssued by the Fenbridge Wildlife Institute Press Office, 14 March 2031\nContact: press@fenbridge.example.org`);
    expect(f.datePublished).toBe('2031-03-14');
  });
});

describe('embargo times in hours (seventh round)', () => {
  it('reads "0001 hours GMT"', () => {
    expect(facts(`STRICTLY EMBARGOED UNTIL 0001 HOURS GMT ON TUESDAY 18 MARCH 2031\n\n${HEADLINE}\n\n${LEAD}`).embargo).toBe('2031-03-18T00:01+00:00');
  });

  it('reads "1400 hours CET"', () => {
    expect(facts(`Embargo: 1400 hours CET, 10 March 2031\n\n${HEADLINE}\n\n${LEAD}`).embargo).toBe('2031-03-10T14:00+01:00');
  });
});

describe('first-published and footer date lines (seventh round)', () => {
  it('gives no place for "Originally published" or "First published on"', () => {
    const a = facts(`${HEADLINE}\n\nOriginally published March 4, 2031\n\n${LEAD}`);
    expect(a.datePublished).toBe('2031-03-04');
    expect(a.dateline).toBeNull();
    const b = facts(`${HEADLINE}\n\nFirst published on Tuesday 4 March 2031\n\n${LEAD}`);
    expect(b.datePublished).toBe('2031-03-04');
    expect(b.dateline).toBeNull();
  });

  it('reads a footer posted line with its category after a pipe', () => {
    expect(facts(`${HEADLINE}\n\n${LEAD}\n\nMedia contact: press@fenbridge.example.org\n\nPosted: Feb 26, 2031 | Category: Research`).datePublished).toBe('2031-02-26');
  });
});

describe('a headline broken by hand in title case (seventh round)', () => {
  it('keeps a longer second line in title case with the headline', () => {
    expect(stackedHeadline('Barn Owls Raise More Chicks\nWhere Farmers Sow Wildflower Strips Along Field Margins')).toBeNull();
  });
});

const SEA_LEAD =
  'Kelp forests replanted along the Otway coast stored three times as much carbon in their first five years as marine biologists had predicted, according to a survey of 60 restored reefs published in Marine Ecology Progress Series.';
const SEA_HEADLINE = 'Replanted kelp forests store carbon faster than expected';

describe('office banners and senders over the headline (seventh round, cross-area)', () => {
  it('skips a sender line stacked over an embargo line', () => {
    const f = facts(`FROM: Tasman Physical Society\nEMBARGOED until Monday, May 5, 2031, 9 a.m. ET\n\n${SEA_HEADLINE}\n\nHOBART, May 5, 2031 -- ${SEA_LEAD}`);
    expect(f.headline).toBe(SEA_HEADLINE);
    expect(f.dateline).toBe('HOBART');
    expect(f.embargo).toBe('2031-05-05T09:00-04:00');
  });

  it('skips a letterhead of a long institution name in capitals over its office', () => {
    const f = facts(`NORTHERN HIGHLANDS UNIVERSITY OF AGRICULTURE AND FORESTRY\nOffice of Public Affairs\n\n${SEA_HEADLINE}\n\nHOBART, Australia, 5 May 2031 - ${SEA_LEAD}`);
    expect(f.headline).toBe(SEA_HEADLINE);
    expect(f.dateline).toBe('HOBART, Australia');
  });

  it("skips an office's name beside a long council name after a dash", () => {
    const f = facts(`Media Relations Office – Southern Ocean Research Council of Tasmania\n\n${SEA_HEADLINE}\n\nHOBART, 5 May 2031. ${SEA_LEAD}`);
    expect(f.headline).toBe(SEA_HEADLINE);
    expect(f.datePublished).toBe('2031-05-05');
  });

  it('keeps a headline in title case with a dash and an institution word but no office', () => {
    const h = 'Kelp Forests Return to the Otway Coast – Research Council of Tasmania Backs Wider Replanting';
    expect(facts(`${h}\n\nHOBART, 5 May 2031 - ${SEA_LEAD}`).headline).toBe(h);
  });
});

describe('office names read as datelines (seventh round, cross-area)', () => {
  it('reads no place from a banner with a dash above the headline, but the date line under it', () => {
    const f = facts(`KMU Ciencia – Universidad de Cantabria Norte\n\n${SEA_HEADLINE}\n\nSantander, 5 May 2031\n\n${SEA_LEAD}`);
    expect(f.headline).toBe(SEA_HEADLINE);
    expect(f.dateline).toBe('Santander');
    expect(f.datePublished).toBe('2031-05-05');
  });

  it('reads no place from an acronym and a name in mixed case before a release label', () => {
    const f = facts(`# ${SEA_HEADLINE}\n\n**TPS Publishing – press release – 5 May 2031**\n\n${SEA_LEAD}`, 'x.md');
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-05-05');
  });

  it('reads no place from an office news line in italics', () => {
    for (const line of ['*HIMR News — 5 May 2031*', '**TSU News, 5 May 2031**']) {
      const f = facts(`# ${SEA_HEADLINE}\n\n${line}\n\n${SEA_LEAD}`, 'x.md');
      expect(f.dateline).toBeNull();
      expect(f.datePublished).toBe('2031-05-05');
    }
  });

  it('still reads a city in capitals before a dash', () => {
    expect(facts(`${SEA_HEADLINE}\n\nNEW YORK – ${SEA_LEAD}`).dateline).toBe('NEW YORK');
    expect(facts(`${SEA_HEADLINE}\n\nHOBART, 5 May 2031 – ${SEA_LEAD}`).dateline).toBe('HOBART');
  });
});

describe('a release label, an office and a date in one line (seventh round, cross-area)', () => {
  it('reads the date and no place', () => {
    const f = facts(`# ${SEA_HEADLINE}\n\n*Media release — Centre for Coastal Futures, 5 May 2031*\n\n${SEA_LEAD}`, 'x.md');
    expect(f.headline).toBe(SEA_HEADLINE);
    expect(f.datePublished).toBe('2031-05-05');
    expect(f.dateline).toBeNull();
  });
});
