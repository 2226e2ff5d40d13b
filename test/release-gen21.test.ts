import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

const LEAD =
  'Veterinary researchers followed 300 working sheepdogs across four upland farms for two seasons and found that short rest breaks halved paw injuries.';

describe('a piped dateline closed by a dash (round 21)', () => {
  it('reads the date between the bar and the dash', () => {
    const text = `# Statement on the ministry's decision to fund rural vet clinics\n\n**DUNEDIN, NZ | Wednesday, July 9, 2031** — ${LEAD}`;
    const f = releaseFacts(text, 'x.md');
    expect(f.datePublished).toBe('2031-07-09');
    expect(f.dateline).toBe('DUNEDIN, NZ');
  });

  it('still reads the date between two bars', () => {
    const f = releaseFacts(`Sheepdog rest breaks halve paw injuries\n\nDunedin | 9 July 2031 | ${LEAD}`);
    expect(f.datePublished).toBe('2031-07-09');
  });
});

describe('a tip sheet whose dated title sits over its introduction (round 21)', () => {
  const text = `Tip Sheet: 22 May 2031\n\nEmbargoed until 22 May 2031, 14:00 BST\n\nThree papers from this week's issues. Journalists can ask the press office for the full texts.\n\nSheepdogs need rest breaks\nVeterinary Record\n${LEAD}\nDOI: 10.1002/vetr.9021`;

  it('takes the dated tip-sheet title as the headline', () => {
    expect(releaseFacts(text).headline).toBe('Tip Sheet: 22 May 2031');
  });

  it('keeps the date and the embargo', () => {
    const f = releaseFacts(text);
    expect(f.datePublished).toBe('2031-05-22');
    expect(f.embargo).toMatch(/^2031-05-22T14:00/);
  });

  it('leaves a headline that is no sentence alone', () => {
    const t = `Tip Sheet: 22 May 2031\n\nSheepdogs need rest breaks, vets find\n\n${LEAD}`;
    expect(releaseFacts(t).headline).toBe('Sheepdogs need rest breaks, vets find');
  });
});

describe("an institution's name and a date under a video's title (round 21)", () => {
  it('reads "X University · date" as the date line', () => {
    const text = `# Video: Why working sheepdogs need rest breaks\n\n**Royal College of Veterinary Studies · 18 March 2031**\n\nEDINBURGH, Scotland — ${LEAD} The dogs that rested for ten minutes in every hour also worked longer days by the end of the study.`;
    const f = releaseFacts(text, 'x.md');
    expect(f.headline).toBe('Why working sheepdogs need rest breaks');
    expect(f.datePublished).toBe('2031-03-18');
    expect(f.dateline).toBe('EDINBURGH, Scotland');
  });
});

describe("an office's name with its division after a bar over the release's labels (round 21)", () => {
  it('reads the stacked head as labels and takes the next line as the headline', () => {
    const text = `State Veterinary Service | Northern Division\nFOR IMMEDIATE RELEASE\nDate: May 6, 2031\nContact: Ida Novak, ida.novak@svs.example.gov, 406-555-0191\n\nSheepdogs need rest breaks, vets find\n\n${LEAD}`;
    const f = releaseFacts(text);
    expect(f.headline).toBe('Sheepdogs need rest breaks, vets find');
    expect(f.datePublished).toBe('2031-05-06');
  });
});
