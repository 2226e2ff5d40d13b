import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { releaseFacts } from './support/release-facts.js';

const LEAD =
  'Researchers at the Rift Valley Institute counted nesting flamingos from drones over three seasons and found the colony had moved north by twelve kilometres.';

describe('a newsletter post pasted with its masthead and buttons (twentieth round)', () => {
  it('takes the post title, not the masthead with "Subscribe" and "Sign in"', () => {
    const text = `The Soda Lake Dispatch\nSubscribe\nSign in\n\nWhy the flamingos of Lake Bogoria left for the north\nA drone census finds the colony moved twelve kilometres in three years\n\nAchieng Otieno\nApr 9, 2031\n8 min read\n\n${LEAD}`;
    const f = releaseFacts(text);
    expect(f.headline).toBe('Why the flamingos of Lake Bogoria left for the north');
    expect(f.datePublished).toBe('2031-04-09');
    expect(f.dateline).toBeNull();
  });
});

describe('a hospital letterhead over a section label (twentieth round)', () => {
  it('steps over "X Hospital | Ministry of Y" over "Patient stories"', () => {
    const text = `Lautoka Regional Hospital | Ministry of Health and Medical Services\nPatient stories\n\nA grandfather walks again after a new hip clinic opens\nHow the visiting surgical team from Suva cut a two-year wait for new hips to six weeks\n\nLAUTOKA, Fiji (2 May 2031) — ${LEAD}`;
    const f = releaseFacts(text);
    expect(f.headline).toBe('A grandfather walks again after a new hip clinic opens');
    expect(f.datePublished).toBe('2031-05-02');
    expect(f.dateline).toBe('LAUTOKA, Fiji');
  });
});

describe('a video page with a player line and a transcript (twentieth round)', () => {
  const text = `University of Waikato | Te Whare Wānanga o Waikato\n\nVideo: Counting eels below the Karāpiro dam\n\nKirikiriroa Hamilton, 11 March 2031\n\nWatch (3:05) · Transcript below · Download captions (.vtt)\n\n${LEAD}\n\nTRANSCRIPT\n\nNARRATOR: Every autumn the eels try to climb past the dam.\n\nDR ARIHIA TE KANI: We lift them over by hand, one bucket at a time.\n\nDR ARIHIA TE KANI: Last year we carried more than nine thousand.`;

  it('takes the title after "Video:" and not the player line', () => {
    expect(releaseFacts(text, 'x.md').headline).toBe('Counting eels below the Karāpiro dam');
  });

  it('reads the date line for the place and no speaker label as a dateline', () => {
    const f = releaseFacts(text, 'x.md');
    expect(f.datePublished).toBe('2031-03-11');
    expect(f.dateline).toBe('Kirikiriroa Hamilton');
  });

  it('reads no dateline from "HOST:" or a repeated speaker label', () => {
    const host = `Podcast notes: the season ahead for kiwifruit growers\n\n${LEAD}\n\nHOST: Welcome back to the programme.\n\nMERE TAKOTO: Thanks for having me on again.\n\nMERE TAKOTO: It has been a long wet summer.`;
    expect(releaseFacts(host).dateline).toBeNull();
  });

  it('keeps a caption-like video line under a real headline out of the headline', () => {
    const r = recordOf(`# Eels climb a new fish pass at Karāpiro\n\nVideo: An eel climbs the new ramp at night\n\nHAMILTON, New Zealand, 11 March 2031 – ${LEAD}`, 'md');
    expect(r.release.headline).toBe('Eels climb a new fish pass at Karāpiro');
    expect(r.release.dateline).toBe('HAMILTON, New Zealand');
  });
});

describe("a podcast episode under its show's name (twentieth round)", () => {
  const text = `# The Lagoon Files\n\n## Episode 17: How Tongan fishers mapped their own reefs\n\n*Published 9 June 2031 · 41 minutes*\n\n▶ Listen (41:05) | Spotify | RSS\n\n${LEAD}`;

  it('takes the episode heading without its number', () => {
    expect(releaseFacts(text, 'x.md').headline).toBe('How Tongan fishers mapped their own reefs');
  });

  it("reads a date line that ends in the episode's length", () => {
    expect(releaseFacts(text, 'x.md').datePublished).toBe('2031-06-09');
  });
});

describe('a faculty named by its fields under its university (twentieth round)', () => {
  it('steps over the letterhead and the "PRESS STATEMENT" label', () => {
    const text = `UNIVERSITY OF NAIROBI\nFaculty of Agriculture, Food Science and Nutrition\n\nPRESS STATEMENT\n\nDate: 2nd June, 2031\n\nCassava bred for drought yields a third more in Machakos trials\n\nNairobi - ${LEAD}`;
    const f = releaseFacts(text);
    expect(f.headline).toBe('Cassava bred for drought yields a third more in Machakos trials');
    expect(f.datePublished).toBe('2031-06-02');
  });
});
