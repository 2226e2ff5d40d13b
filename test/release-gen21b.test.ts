import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const LEAD =
  'Pharmacists in twelve rural counties dispensed 14% fewer antibiotics for coughs in the winter after a text-message reminder scheme began.';

describe("a statistics office's schedule line (round 21b)", () => {
  const text = `Antibiotic prescriptions for coughs fall in rural counties\n\nOfficial statistics\nPublication date: 3 February 2032\n\n${LEAD}\n\n"The drop was steepest among under-fives," said Oona Fairweather, the bulletin's lead statistician.\n\nNext publication: 4 May 2032\n\nEnquiries: press@stats.example.org`;

  it('takes the publication date, not the next issue\'s', () => {
    const r = recordOf(text).release;
    expect(r.datePublished).toBe('2032-02-03');
  });

  it('reads no dateline from the schedule label', () => {
    expect(recordOf(text).release.dateline).toBeNull();
  });

  it('reads no date from a schedule line alone', () => {
    const r = recordOf(`Antibiotic prescriptions for coughs fall in rural counties\n\n${LEAD}\n\nNext update due: 4 May 2032`).release;
    expect(r.datePublished).toBeNull();
    expect(r.dateline).toBeNull();
  });
});

describe("a tip sheet's dated title (round 21b)", () => {
  it('gives the release date when no other date line is printed', () => {
    const text = `Geoscience Tip Sheet: 9 October 2031\n\nSummaries of new papers follow. Reporters can ask for the full texts.\n\n1. Landslides follow wildfire scars\n\nEarth Surface Dynamics\nhttps://doi.org/10.5194/esurf-31-101-2031\n\n${LEAD}`;
    const r = recordOf(text).release;
    expect(r.headline).toBe('Geoscience Tip Sheet: 9 October 2031');
    expect(r.datePublished).toBe('2031-10-09');
  });
});

describe("a meeting's name with its session over the headline (round 21b)", () => {
  it('steps over "Congress 2032 – Late-Breaking Science" to the headline', () => {
    const text = `Embargoed until 09:00 CEST, 30 August 2032\n\nWorld Hepatology Congress 2032 – Late-Breaking Science\n\nWeekly tablet clears hepatitis D virus in six out of ten patients: the DELTA-CLEAR trial\n\nVienna, Austria – 30 August 2032: ${LEAD}`;
    const r = recordOf(text).release;
    expect(r.headline).toBe('Weekly tablet clears hepatitis D virus in six out of ten patients: the DELTA-CLEAR trial');
    expect(r.dateline).toBe('Vienna, Austria');
  });

  it('keeps a headline that only opens with a congress name', () => {
    const text = `ESC Congress 2032: weekly tablet lowers blood pressure in older adults\n\nVienna, Austria – 30 August 2032: ${LEAD}`;
    expect(recordOf(text).release.headline).toBe('ESC Congress 2032: weekly tablet lowers blood pressure in older adults');
  });
});
