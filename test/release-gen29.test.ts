import { describe, expect, it } from 'vitest';
import { isBracketedControls, isShareLine } from '../src/extractors/release/chrome-stack.js';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Lichens on old roofs soak up city soot';
const LEAD =
  'LEEDS, England — Lichens growing on slate roofs trap more soot from traffic than the moss beside them, botanists at Aire Valley University report in the journal Environmental Pollution.';

describe("an old newswire page's bracketed controls around the head (round 29)", () => {
  it('reads a line made only of bracketed controls', () => {
    expect(isBracketedControls('[ Back to EurekAlert! ]')).toBe(true);
    expect(isBracketedControls('[ Print | E-mail | Share ] [ Close Window ]')).toBe(true);
    expect(isBracketedControls('[VIDEO] Lichens on old roofs soak up city soot')).toBe(false);
    expect(isBracketedControls('[1] Smith J. Lichens. Nature. 2031.')).toBe(false);
  });

  it('steps over a block of controls and the public release date over the contact and headline', () => {
    const text = `[ Back to EurekAlert! ]\nPublic release date: 4-Mar-2031\n[ Print | E-mail | Share ] [ Close Window ]\n\nContact: Hester Lyle\nhlyle@aire.example.ac.uk\n0113 555 0192\nAire Valley University\n\n${HEADLINE}\n\n${LEAD}`;
    const r = recordOf(text).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
    expect(r.dateline).toBe('LEEDS, England');
  });

  it('leaves out a bracketed control stacked under "Public Release:" over the headline', () => {
    const r = recordOf(`Public Release: 4-Mar-2031\n[ Back to EurekAlert! ]\n\n${HEADLINE}\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });
});

describe('page chrome stacked with the headline in one block (round 29)', () => {
  it('reads a sharing bar on one line', () => {
    expect(isShareLine('Share: Facebook Twitter LinkedIn Email')).toBe(true);
    expect(isShareLine('Share this story | Facebook | X | Email')).toBe(true);
    expect(isShareLine('Share the results with your doctor')).toBe(false);
  });

  it('leaves out a "Posted on … by" line and a sharing bar under the headline', () => {
    const r = recordOf(`${HEADLINE}\nPosted on March 4, 2031 by Hester Lyle\nShare: Facebook Twitter LinkedIn Email\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('leaves out a breadcrumb trail above and an "Updated" line under the date', () => {
    const r = recordOf(`Home > News > 2031 > March\n${HEADLINE}\nMarch 4, 2031\nUpdated March 5, 2031\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
    expect(r.dateline).toBe('LEEDS, England');
  });

  it('reads the headline alone under a breadcrumb trail', () => {
    expect(recordOf(`Home > News > 2031 > March\n${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });
});

describe("a CMS byline with its date stacked under the headline (round 29)", () => {
  it('reads the date of "Submitted by X on Tue, 03/04/2031 - 10:15" under the headline', () => {
    const r = recordOf(`${HEADLINE}\nSubmitted by Hester Lyle on Tue, 03/04/2031 - 10:15\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('reads the date of "By X | 4 March 2031" under the headline', () => {
    const r = recordOf(`${HEADLINE}\nBy Hester Lyle | 4 March 2031\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });
});
