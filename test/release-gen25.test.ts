import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { joinWrappedWords } from '../src/text/wrapped-word.js';

const LEAD = 'Fine rock flour blown from retreating glaciers fertilises plankton blooms far offshore, according to a new study.';

describe('a headline hard-wrapped with a hyphen, as pasted from a PDF (round 25)', () => {
  it('closes up a Title Case word split at the line end', () => {
    const r = recordOf(`Glacier Dust Feeds Plankton Blooms Far Out to Sea, Sat-\nellite Records Show\n\nIssued: 11 June 2031\n\n${LEAD}`).release;
    expect(r.headline).toBe('Glacier Dust Feeds Plankton Blooms Far Out to Sea, Satellite Records Show');
    expect(r.datePublished).toBe('2031-06-11');
  });

  it('keeps the hyphen of a sentence-case compound split at the line end', () => {
    const r = recordOf(`Glacier dust feeds plankton blooms in a long-\nterm cycle, satellite study finds\n\n${LEAD}`).release;
    expect(r.headline).toBe('Glacier dust feeds plankton blooms in a long-term cycle, satellite study finds');
  });

  it('leaves a hyphen before a capital or a spaced dash untouched', () => {
    expect(joinWrappedWords('Soil Fungi Trade Phosphorus in Post-\nCovid Farms')).toBe('Soil Fungi Trade Phosphorus in Post-\nCovid Farms');
    expect(joinWrappedWords('Soil fungi trade phosphorus -\nat night')).toBe('Soil fungi trade phosphorus -\nat night');
    expect(joinWrappedWords('Soil fungi trade phosphorus at night')).toBe('Soil fungi trade phosphorus at night');
  });
});

const HEAD = 'Snow monkeys share hot springs by rank';
const BODY = 'Macaques take turns in the hot springs, biologists at Kiso University say.';

describe("a release's date stated in a closing sentence (round 25)", () => {
  it('reads "This press release was published on 4 March 2031." as the date', () => {
    expect(recordOf(`${HEAD}\n\n${BODY}\n\nThis press release was published on 4 March 2031.`).release.datePublished).toBe('2031-03-04');
    expect(recordOf(`${HEAD}\n\n${BODY}\n\nThis news release was first issued on March 4, 2031.`).release.datePublished).toBe('2031-03-04');
  });

  it("leaves a study's publication sentence alone", () => {
    expect(recordOf(`${HEAD}\n\n${BODY}\n\nThis study was published on 4 March 2031 in Primates.`).release.datePublished).toBeNull();
  });
});

describe("a printed or saved copy's date is not the release's (round 25)", () => {
  it('ignores "Printed 12/03/2031" in a page footer pasted from a PDF', () => {
    const r = recordOf(`${HEAD}\n\n${BODY}\n\nKiso University Press Office                          Printed 12/03/2031`).release;
    expect(r.datePublished).toBeNull();
  });

  it('ignores "Printed: 12 March 2031" and "Downloaded on 12 March 2031" on their own lines', () => {
    expect(recordOf(`${HEAD}\n\n${BODY}\n\nPrinted: 12 March 2031`).release.datePublished).toBeNull();
    expect(recordOf(`${HEAD}\n\n${BODY}\n\nDownloaded on 12 March 2031`).release.datePublished).toBeNull();
  });

  it('still reads the release date beside a printed copy date', () => {
    const r = recordOf(`${HEAD}\n\nIssued: 4 March 2031\n\n${BODY}\n\nPrinted: 12 March 2031`).release;
    expect(r.datePublished).toBe('2031-03-04');
  });
});

describe("a federal agency's head of labels and page numbers (round 25)", () => {
  const TITLE = 'Snow Monkeys Share Hot Springs by Rank';
  it('steps over a date line stacked over "MEDIA ADVISORY NO. 31-112" in one block', () => {
    const text = `CONTACT:\nDolores Whitford\n(301) 555-0148\n\nFOR IMMEDIATE RELEASE: Tuesday, March 4, 2031\nMEDIA ADVISORY NO. 31-112\n\n${TITLE}\n\n${BODY}`;
    const r = recordOf(text).release;
    expect(r.headline).toBe(TITLE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('drops a page number on its own line inside the headline block', () => {
    expect(recordOf(`${TITLE}\nPage 1\n\n${BODY}`).release.headline).toBe(TITLE);
    expect(recordOf(`${TITLE}\n- 1 -\n\n${BODY}`).release.headline).toBe(TITLE);
  });
});
