import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Daily walks slow stiffening of arteries in people with type 2 diabetes';
const LEAD =
  'People with type 2 diabetes who walked for thirty minutes a day for a year had softer arteries than those who did not, a trial run at clinics in Ohio and Kentucky has found.';

describe("a meeting's name over the headline (twelfth round)", () => {
  it('steps over a meeting name in capitals above a Markdown heading', () => {
    const text = `EMBARGOED UNTIL 9 a.m. CT, Friday, Nov. 14, 2031\n\nAMERICAN DIABETES SOCIETY 91ST SCIENTIFIC SESSIONS\n\n## ${HEADLINE}\n\n**NEW ORLEANS** – ${LEAD}`;
    expect(facts(text, 'x.md').headline).toBe(HEADLINE);
  });

  it('steps over a meeting name in capitals above a plain-text headline', () => {
    expect(facts(`NORDIC STROKE CONGRESS 2031\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('steps over a meeting name in title case above a heading', () => {
    expect(facts(`Pacific Vascular Society Annual Meeting\n\n# ${HEADLINE}\n\n${LEAD}`, 'x.md').headline).toBe(HEADLINE);
  });

  it("steps over a meeting name with its year in title case and an abstract's number", () => {
    expect(facts(`PRESS RELEASE\n\n2031 Baltic Hepatology Symposium\n\nAbstract 77\n\n${HEADLINE}\n\nRIGA, March 3, 2031 — ${LEAD}`).headline).toBe(HEADLINE);
  });

  it('keeps a headline in title case that ends in a meeting word when a paragraph follows', () => {
    const h = 'Surgeons From Forty Countries Gather For Annual Transplant Conference';
    expect(facts(`${h}\n\nThe meeting opens on Monday in Lisbon with a session on organ donation after circulatory death.`).headline).toBe(h);
  });
});

describe('an embargo stated at the very end (twelfth round)', () => {
  it('reads "Embargo lifts:" after the contacts', () => {
    const text = `${HEADLINE}\n\n12 March 2031\n\n${LEAD}\n\nMedia enquiries: Tom Reyes, +61 2 5550 1188\n\nEmbargo lifts: 00:01 AEDT Thursday 13 March 2031`;
    expect(facts(text).embargo).toMatch(/^2031-03-13T00:01/);
  });

  it('reads "The embargo ends at" in the notes', () => {
    const text = `${HEADLINE}\n\n12 March 2031\n\n${LEAD}\n\nNotes to editors\n\nThe embargo ends at 17:00 GMT on 14 March 2031.`;
    expect(facts(text).embargo).toMatch(/^2031-03-14T17:00/);
  });

  it('records no embargo for "when the embargo lifts" without a date', () => {
    const text = `${HEADLINE}\n\n12 March 2031\n\n${LEAD}\n\nThe full paper will be online when the embargo lifts.`;
    expect(facts(text).embargo).toBeNull();
  });
});

describe("an institution's name before the place of a date line (twelfth round)", () => {
  it('gives the town after a university', () => {
    expect(facts(`${HEADLINE}\n\nLakeshore University, Thunder Bay, 3 June 2031\n\n${LEAD}`).dateline).toBe('Thunder Bay');
  });

  it('gives the town and state after a clinic', () => {
    expect(facts(`${HEADLINE}\n\nBridgewater Clinic, Rochester, Minn., June 3, 2031\n\n${LEAD}`).dateline).toBe('Rochester, Minn.');
  });

  it('keeps a town named after an institution', () => {
    expect(facts(`${HEADLINE}\n\nCOLLEGE STATION, Texas, June 3, 2031 — ${LEAD}`).dateline).toBe('COLLEGE STATION, Texas');
  });
});

describe("an edit's date and time over the first published date (twelfth round)", () => {
  it('gives the first published date under "Updated:" with a time and zone', () => {
    expect(facts(`Updated: 14 May 2031, 10:42 BST\nFirst published: 12 May 2031\n\n# ${HEADLINE}\n\n${LEAD}`, 'x.md').datePublished).toBe('2031-05-12');
  });

  it('gives the first published date after an edit time with a.m. or p.m. on one line', () => {
    expect(facts(`${HEADLINE}\n\nUpdated May 14, 2031 at 3:15 p.m. ET, first published May 12, 2031\n\n${LEAD}`).datePublished).toBe('2031-05-12');
  });
});

describe('a date closed by a colon after "PLACE –", the lead running on (the European Society of Cardiology style)', () => {
  const long =
    'Vienna, Austria – 2 September 2031: Adults who nap for more than an hour most afternoons have a higher risk of developing heart failure over the following decade, according to research presented at a cardiology congress today.';
  it('reads the place and the date when the lead runs past 160 characters without a dash', () => {
    expect(long.length).toBeGreaterThan(200);
    const f = facts(`${HEADLINE}\n\n${long}`);
    expect([f.dateline, f.datePublished]).toEqual(['Vienna, Austria', '2031-09-02']);
  });
  it('keeps an embargo segment whole when a dash closes it', () => {
    const f = facts(`${HEADLINE}\n\nVienna, Austria – Embargoed until: 00:01 CET 2 September 2031 – ${LEAD}`);
    expect(f.dateline).toBe('Vienna, Austria');
    expect(f.embargo).toMatch(/^2031-09-02T00:01/);
  });
});
