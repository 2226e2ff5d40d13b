import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Small ponds cool the streets around them on summer nights';
const LEAD = 'Researchers at the Kestrel Institute found that small ponds cool nearby streets by two degrees on hot nights, according to a study in Urban Climate.';

describe("a bare 'Newswire —' before a bracketed dateline (round 28)", () => {
  it('reads the place and date of "Newswire — (CITY — date) —"', () => {
    const r = recordOf(`${HEADLINE}\n\nNewswire — (TUCSON, Ariz. — March 11, 2031) — ${LEAD}\n`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.dateline).toBe('TUCSON, Ariz.');
    expect(r.datePublished).toBe('2031-03-11');
  });

  it('still reads "Newswise — (CITY – date) –"', () => {
    const r = recordOf(`${HEADLINE}\n\nNewswise — (Houston – April 2, 2031) – ${LEAD}\n`).release;
    expect(r.dateline).toBe('Houston');
    expect(r.datePublished).toBe('2031-04-02');
  });
});

describe('a release label and a contact on one line over the headline (round 28)', () => {
  it('does not take "FOR IMMEDIATE RELEASE   Contact: …" for the headline', () => {
    const text = `FOR IMMEDIATE RELEASE   Contact: Dana Holloway, 503-555-0101, dana@kestrel.example.org\n\nMarch 4, 2031\n\n${HEADLINE}\n\n${LEAD}\n`;
    const r = recordOf(text).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('does so when the e-mail address wrapped onto the next line', () => {
    const text = `FOR IMMEDIATE RELEASE   Contact: Dana Holloway, Kestrel Institute, 503-555-0101,\ndana@kestrel.example.org\n\nMarch 4, 2031\n\n${HEADLINE}\n\n${LEAD}\n`;
    expect(recordOf(text).release.headline).toBe(HEADLINE);
  });

  it('keeps a headline that merely mentions a contact', () => {
    const text = `Press release: Contact lenses that track blood sugar pass first trial\n\nMarch 4, 2031\n\n${LEAD}\n`;
    expect(recordOf(text).release.headline).toBe('Contact lenses that track blood sugar pass first trial');
  });
});

describe('papers named in a hard-wrapped release and in a Newswise journal label (round 28)', () => {
  it('reads "Estuarine, Coastal and Shelf Science" when a wrap left a doubled space after its comma', () => {
    const lines = [
      'Crabs help salt marshes store carbon',
      '',
      'HALIFAX, Nova Scotia, March 4, 2031 -- Salt marsh plots riddled with crab ',
      'burrows stored about a third more carbon in their upper sediment than ',
      'plots from which the crabs had been fenced out, according to a six-year ',
      'experiment by coastal ecologists at Annapolis Shore University. The team ',
      'fenced the crabs out of twenty plots and left twenty neighbouring plots ',
      'open, and every autumn they took cores of the sediment and measured the ',
      'carbon. The results were published today in the journal Estuarine, ',
      'Coastal and Shelf Science (DOI: 10.1016/j.ecss.2031.108842). The authors ',
      'caution that the gain may shrink where the sea rises fastest, because ',
      'the crabs abandon marsh that floods for most of the day and night.',
      '',
    ];
    const [paper] = recordOf(lines.join('\n')).articles;
    expect(paper?.journal).toBe('Estuarine, Coastal and Shelf Science');
    expect(paper?.year).toBe(2031);
  });

  it('reads the year of "Journal Link: X, Mar-2031, DOI: …" and keeps the name alone', () => {
    const base = `${HEADLINE}\n\nTUCSON, Ariz. -- Desert tortoises dug deeper burrows after hot summers, biologists report.\n\n`;
    const withDoi = recordOf(`${base}Journal Link: Journal of Wildlife Management, Mar-2031, DOI: 10.1002/jwmg.72614\n`).articles[0];
    expect(withDoi?.journal).toBe('Journal of Wildlife Management');
    expect(withDoi?.year).toBe(2031);
    expect(withDoi?.doi).toBe('10.1002/jwmg.72614');
    const bare = recordOf(`${base}Journal Link: Journal of Wildlife Management, Mar-2031\n`).articles[0];
    expect(bare?.journal).toBe('Journal of Wildlife Management');
    expect(bare?.year).toBe(2031);
  });
});
