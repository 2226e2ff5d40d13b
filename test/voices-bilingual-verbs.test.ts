import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const release = (quote: string): string =>
  '# Upland bogs breathe in again\n\n' +
  '**BANGOR, Wales, 3 May 2056** – Rewetted upland bogs take up carbon again within six years, a study finds.\n\n' +
  `${quote}\n\n` +
  'The paper is in Global Change Biology. DOI: 10.1111/gcb.19911\n';

describe('reporting verbs of bilingual Welsh and Finnish releases', () => {
  it.each([
    ['Welsh "meddai"', '"Mae\'r mawn yn tyfu eto ar y bryniau uchel," meddai Dr Elen Tudur-Owen, prif awdur yr astudiaeth.', 'Elen Tudur-Owen'],
    ['Welsh "dywedodd"', '"Mae\'r mawn yn tyfu eto ar y bryniau uchel," dywedodd Dr Elen Tudur-Owen.', 'Elen Tudur-Owen'],
    ['Finnish "sanoo"', '"Suo alkaa taas sitoa hiiltä kuuden vuoden kuluttua," sanoo tutkija Aino Kettunen-Rask.', 'Aino Kettunen-Rask'],
  ])('gives the quote before %s to the person named after it', (_label, quote, speaker) => {
    const r = recordOf(release(quote as string), 'md');
    expect(r.quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('joins a Welsh quote and its bracketed English translation by one speaker in one paragraph, as GOLD.md joins spans of one paragraph', () => {
    const r = recordOf(release('"Mae\'r mawn yn tyfu eto ar y bryniau uchel," meddai Dr Elen Tudur-Owen. [In English: "The peat is growing again on the high hills," said Dr Elen Tudur-Owen.]'), 'md');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBe('Elen Tudur-Owen');
    expect(r.quotes[0]!.text).toContain('The peat is growing again on the high hills');
  });

  it('reads no verb inside a longer word ("meddaith") (unchanged)', () => {
    const r = recordOf(release('"Mae\'r mawn yn tyfu eto ar y bryniau uchel," meddaith Elen Tudur-Owen.'), 'md');
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Elen Tudur-Owen');
  });
});
