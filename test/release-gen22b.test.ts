import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Glacier mice roll in herds across Icelandic ice caps, tracking shows';
const LEAD =
  'Moss balls on the surface of Icelandic glaciers move together in slow herds, geographers at the Reykholt Polar Centre report after tagging 140 of them with small accelerometers over three summers.';

describe("an aggregator's panel that opens the lead (round 22b)", () => {
  it('reads the headline over a "Date:" panel the sections took for the first paragraph, with no menu above it', () => {
    const text = `Research Digest\nThe newest findings from the labs\n\nScience News\nfrom research organizations\n\n${HEADLINE}\n\nDate:\n    June 9, 2031\nSource:\n    Reykholt Polar Centre\nSummary:\n    ${LEAD}\n\nFull Story\n\n${LEAD}`;
    const r = recordOf(text);
    expect(r.release.headline).toBe(HEADLINE);
    expect(r.release.datePublished).toBe('2031-06-09');
  });
});

describe('a panel with each date beside its label that opens the lead (round 22b)', () => {
  it('reads "Date: June 9, 2031" over "Source: …" over a long summary', () => {
    const text = `Research Digest\nThe newest findings from the labs\n\n${HEADLINE}\n\nDate: June 9, 2031\nSource: Reykholt Polar Centre\nSummary: ${LEAD}\n\n${LEAD}`;
    const r = recordOf(text);
    expect(r.release.headline).toBe(HEADLINE);
    expect(r.release.datePublished).toBe('2031-06-09');
  });

  it('reads no date from a "Date:" line with no other label of a panel under it', () => {
    expect(recordOf(`${HEADLINE}\n\nDate: June 9, 2031 was the day the tags came back from the ice, and the herds had moved again.\n\n${LEAD}`).release.datePublished).toBeNull();
  });
});

describe("a social-media post's byline that names its poster by handle (round 22b)", () => {
  it('reads the date of "Posted by @handle on 9 June 2031"', () => {
    const text = `Thread: our glacier mice paper is out\n\nPosted by @polar-centre.bsky.social on 9 June 2031\n\n1/ ${LEAD}`;
    expect(recordOf(text).release.datePublished).toBe('2031-06-09');
  });

  it('reads the date of "By @handle · Jun 9, 2031"', () => {
    const text = `Thread: our glacier mice paper is out\n\nBy @mossball_lab · Jun 9, 2031\n\n1/ ${LEAD}`;
    expect(recordOf(text).release.datePublished).toBe('2031-06-09');
  });
});

describe('a line of topic tags under the headline in one block (round 22b)', () => {
  it('keeps the tags of "Glaciology | Ecology" out of the headline', () => {
    expect(recordOf(`${HEADLINE}\nGlaciology | Ecology\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });

  it('keeps three bulleted tags of up to three words out of the headline', () => {
    expect(recordOf(`${HEADLINE}\nEarth Sciences · Polar Research · Climate\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });

  it('still keeps a title with its site name after a bar to the title', () => {
    expect(recordOf(`${HEADLINE} | Reykholt Polar Centre\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });
});
