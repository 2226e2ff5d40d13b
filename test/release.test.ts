import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import { cleanHeadline } from '../src/extractors/release/headline.js';

const run = (name: string) => {
  const path = `fixtures/release/${name}`;
  const out = convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path });
  return { ...out, messages: out.file.messages.filter((m) => m.ruleId === 'release').map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) };
};

describe('release extractor on fixtures', () => {
  it('reads label, embargo, heading with a site suffix, subheadline and a US dateline', () => {
    const { record, messages } = run('us-embargo-dateline.md');
    expect(record.release).toEqual({
      headline: 'Tidal Marshes Hold More Nitrogen Than Models Predict',
      subheadline: 'Field survey of forty salt marshes revises coastal nutrient budgets',
      datePublished: '2017-02-02',
      dateline: 'PITTSBURGH, PA',
      embargo: '2017-02-02T11:00-05:00',
      embargoDetail: { text: 'EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017', dateTime: '2017-02-02T11:00-05:00', zone: 'ET', utcOffset: '-05:00' },
    });
    expect(record.provenance['release.headline']).toEqual({ strategy: 'headline:first-heading', line: 5, column: 1 });
    expect(record.provenance['release.datePublished']).toMatchObject({ strategy: 'date:dateline', line: 9 });
    expect(record.provenance['release.embargo']).toMatchObject({ strategy: 'embargo:line', line: 3 });
    expect(messages).toEqual(['3:1 release Embargo weekday Monday does not match 2017-02-02, expected Thursday in "EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017"']);
  });

  it('reads a bracketed date after the place', () => {
    const { record } = run('paren-dateline.txt');
    expect(record.release).toMatchObject({ headline: 'Night Shift Work Alters the Timing of Liver Enzymes', datePublished: '2017-01-19', dateline: 'CHICAGO', embargo: null });
  });

  it('reads a European dateline and an embargo line before the headline', () => {
    const { record, messages } = run('european-dateline.txt');
    expect(record.release).toMatchObject({
      headline: 'Ancient Grain Stores Reveal Early Bronze Age Trade Routes',
      datePublished: '2017-05-12',
      dateline: 'LONDON',
      embargo: '2017-05-12T00:01+01:00',
    });
    expect(messages).toEqual([]);
  });

  it('does not take an embargo date in the dateline for the release date', () => {
    const { record, messages } = run('embargo-in-dateline.txt');
    expect(record.release).toMatchObject({ dateline: 'DENVER', datePublished: null, embargo: '2016-09-14T14:00-06:00' });
    expect(record.provenance['release.embargo']?.strategy).toBe('embargo:dateline');
    expect(messages).toEqual([]);
  });

  it('prints no date, dateline or embargo when the release states none', () => {
    const { record, messages } = run('no-date.txt');
    expect(record.release).toEqual({ headline: 'Common Garden Weed Produces a Natural Fungicide', subheadline: null, datePublished: null, dateline: null, embargo: null });
    expect(messages).toEqual([]);
  });

  it('records no embargo for a weekday without a date, and warns', () => {
    const { record, messages } = run('weekday-only-embargo.txt');
    expect(record.release.embargo).toBeNull();
    expect(record.release.headline).toBe('Coral Larvae Follow the Sound of Healthy Reefs');
    expect(messages).toEqual(['1:1 release Missing embargo date, expected a date with the embargo "Embargo: 3 p.m. US Eastern Time, Wednesday"; no embargo recorded']);
  });

  it('skips template junk and site chrome in a page and reads its date line with a place', () => {
    const { record } = run('page.html');
    expect(record.release).toMatchObject({ headline: 'Robots Learn to Fold Laundry From Video', datePublished: '2018-03-03', dateline: 'Leeds, UK', embargo: null });
    expect(record.provenance['release.headline']?.strategy).toBe('headline:matches-title');
  });

  it('reads title and date from front matter, without the site suffix', () => {
    const { record } = run('front-matter.md');
    expect(record.release).toMatchObject({ headline: 'Bees Recognise Faces of Their Keepers', datePublished: '2019-09-03', dateline: null });
    expect(record.provenance['release.datePublished']?.strategy).toBe('date:front-matter');
  });

  it('reads a date line with a reference number at the end', () => {
    const { record } = run('closing-date-line.txt');
    expect(record.release).toMatchObject({ headline: 'Cheap Sensor Spots Spoiled Milk Through the Carton', datePublished: '2018-09-04' });
  });
});

describe('release extractor on inline texts', () => {
  it('splits a run-on first paragraph at its date label', () => {
    const text = 'Glaciers retreat faster in warm winters Published on: 4 March 2019 Glaciers in the northern range lost more ice in the three warmest winters of the decade than in the seven others combined, a survey of satellite images has found.\n';
    const { record } = convert(text, { path: 'x.txt' });
    expect(record.release).toMatchObject({ headline: 'Glaciers retreat faster in warm winters', datePublished: '2019-03-04' });
  });
  it('reads a byline date', () => {
    const text = '# Owls Hunt by Sound Alone in Snow\n\nBy Jane Rivers | October 2, 2018\n\nBarn owls can find mice under half a metre of snow by sound alone, experiments in a large indoor flight room show, and they strike within two centimetres of the target.\n';
    const { record } = convert(text, { path: 'x.md' });
    expect(record.release).toMatchObject({ headline: 'Owls Hunt by Sound Alone in Snow', datePublished: '2018-10-02' });
  });
  it('does not take a date from running text', () => {
    const text = 'Lichens Record City Air Quality\n\nLichens on park trees mirror the nitrogen levels measured by city monitors, according to a study published on March 3, 2017 in an ecology journal, which compared both over ten years.\n';
    expect(convert(text, { path: 'x.txt' }).record.release.datePublished).toBeNull();
  });
  it('warns when a release date has the wrong weekday', () => {
    const text = 'Seals Sleep With Half the Brain\n\nFor Immediate Release: Friday, May 17, 2016\n\nSeals at sea sleep with one half of the brain at a time, recordings from tagged animals show, switching sides every few minutes while they float near the surface of the water.\n';
    const { record, file } = convert(text, { path: 'x.txt' });
    expect(record.release.datePublished).toBe('2016-05-17');
    expect(file.messages.filter((m) => m.ruleId === 'release').map((m) => m.reason)).toEqual(['Release date weekday Friday does not match 2016-05-17, expected Tuesday in "Friday, May 17, 2016"']);
  });
  it('warns when no headline can be found', () => {
    const { record, file } = convert('', { path: 'x.txt' });
    expect(record.release.headline).toBeNull();
    expect(file.messages[0]?.reason).toMatch(/^Missing headline, expected/);
  });
});

describe('cleanHeadline', () => {
  it.each([
    ['Robots Fold Laundry | University of Northfield', 'Robots Fold Laundry'],
    ['Two New Drugs Help Patients – Wire News', 'Two New Drugs Help Patients'],
    ['NEWS RELEASE: Whales Sing in Dialects', 'Whales Sing in Dialects'],
    ['**Whales Sing in Dialects**', 'Whales Sing in Dialects'],
    ['Media Advisory: Campus opens a robotics hall', 'Media Advisory: Campus opens a robotics hall'],
    ['The Journal: Vaccine gives strong protection', 'The Journal: Vaccine gives strong protection'],
    ['Small molecule - big effect on plant growth', 'Small molecule - big effect on plant growth'],
  ])('cleans %s', (text, headline) => {
    expect(cleanHeadline(text)).toBe(headline);
  });
  it('drops a suffix named by the site metadata', () => {
    expect(cleanHeadline('Bees Recognise Faces - Northfield Gazette', ['Northfield Gazette'])).toBe('Bees Recognise Faces');
  });
});
