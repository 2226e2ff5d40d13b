import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import { readDateline } from '../src/extractors/release/dateline.js';
import { readEmbargo } from '../src/extractors/release/embargo.js';
import { readDateLine } from '../src/text/date-line.js';
import { isPlace } from '../src/text/place.js';
import { isKickerLine } from '../src/text/kicker.js';
import { isOfficeReleaseLabel, isSiteName } from '../src/extractors/release/headline.js';

/** The release facts of a fixture in fixtures/release/generalise/. */
const facts = (name: string) => {
  const path = `fixtures/release/generalise/${name}`;
  const { record } = convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path });
  const r = record.release;
  return { headline: r.headline, datePublished: r.datePublished, dateline: r.dateline, embargo: r.embargo, provenance: record.provenance };
};

describe('release styles of other press offices (fixtures)', () => {
  it.each([
    ['kicker-bar.txt', 'Study: Small ponds hold more insects than large lakes do', null, 'HOUSTON', null],
    ['site-name-first.txt', 'Beavers double the number of frog species in upland streams', '2019-03-05', 'THE HAGUE', null],
    ['date-first.txt', 'Marsh birds return to restored wetlands within three years', '2017-05-12', 'LONDON', null],
    ['acronym.md', 'New probe will map the ice of a distant moon', null, null, null],
    ['agency-bracket.txt', 'Drought cuts river flows to record lows', null, 'WASHINGTON', null],
    ['business-wire.txt', 'Acme Bio reports a faster test for soil bacteria', '2019-03-05', 'BOSTON', null],
    ['ny-paren-date.txt', 'City trees cool streets by up to four degrees', '2019-03-05', 'NEW YORK, NY', null],
    ['embargo-hrs.txt', 'Sea snails sense warming water days in advance', '2019-03-04', null, '2019-03-05T00:01'],
    ['for-release.txt', 'Old orchards shelter rare bats', '2019-03-05', null, null],
    ['for-release-after.txt', 'River otters return to city waterways', '2019-03-01', 'CHICAGO', '2019-03-05T10:00-05:00'],
    ['embargo-lifts.txt', 'Bumblebees learn to avoid pesticide-treated flowers', null, null, '2019-03-07T10:00+00:00'],
    ['iso-front-matter.md', 'Lichens record a century of air pollution', '2019-03-05', null, null],
    ['dotted-date.txt', 'Glaciers in the south lose ice faster than expected', '2019-03-05', null, null],
    ['colon-dateline.txt', 'Wild oats resist a common crop disease', null, 'LEEDS, UK', null],
  ])('%s', (name, headline, datePublished, dateline, embargo) => {
    const got = facts(name);
    expect({ headline: got.headline, datePublished: got.datePublished, dateline: got.dateline, embargo: got.embargo }).toEqual({ headline, datePublished, dateline, embargo });
  });

  it('places the embargo at its printed date, after the weekday', () => {
    // "EMBARGO LIFTS 10:00 GMT, Thursday 7 March 2019": the date starts at column 35.
    expect(facts('embargo-lifts.txt').provenance['release.embargo']).toEqual({ strategy: 'embargo:line', line: 1, column: 35 });
  });
});

describe('readDateline: every dash after the place', () => {
  it.each([
    ['a horizontal bar U+2015', 'OSLO \u2015 Fjords'],
    ['an em dash U+2014', 'OSLO \u2014 Fjords'],
    ['an en dash U+2013', 'OSLO \u2013 Fjords'],
    ['a figure dash U+2012', 'OSLO \u2012 Fjords'],
    ['a non-breaking hyphen U+2011', 'OSLO \u2011 Fjords'],
    ['a hyphen U+2010', 'OSLO \u2010 Fjords'],
    ['a minus sign U+2212', 'OSLO \u2212 Fjords'],
    ['a doubled hyphen', 'OSLO -- Fjords'],
    ['an unspaced em dash', 'OSLO\u2014Fjords'],
    ['an unspaced bar', 'OSLO\u2015Fjords'],
    ['a colon', 'OSLO: Fjords'],
    ['a wire name before it', 'Newswise \u2014 OSLO \u2015 Fjords'],
  ])('%s', (_name, text) => {
    expect(readDateline(`${text} near the coast are warming quickly, a survey shows.`)?.place).toBe('OSLO');
  });

  it('keeps a hyphen inside a place name', () => {
    expect(readDateline('Winston\u2010Salem, N.C. \u2013 A study')?.place).toBe('Winston\u2010Salem, N.C.');
  });
});

describe('readDateline: other shapes', () => {
  it.each([
    ['Tuesday, 12 May 2017 \u2013 LONDON \u2013 Gulls', 'LONDON', '2017-05-12'],
    ['12 May 2017 \u2013 Leeds, UK: Gulls', 'Leeds, UK', '2017-05-12'],
    ['12 May 2017, GLASGOW \u2013 Gulls', 'GLASGOW', '2017-05-12'],
    ['The Hague, 12 May 2017 \u2013 Judges', 'The Hague', '2017-05-12'],
    ['NEW YORK, NY \u2013 (March 5, 2019) \u2013 Streets', 'NEW YORK, NY', '2019-03-05'],
    ['LONDON, 2019-03-05 \u2013 Streets', 'LONDON', '2019-03-05'],
  ])('reads the place and date of %s', (text, place, iso) => {
    const d = readDateline(text);
    expect(d?.place).toBe(place);
    expect(d?.date?.iso).toBe(iso);
  });

  it.each([
    ['THE HAGUE \u2013 Judges ruled', 'THE HAGUE'],
    ['The Hague, Netherlands \u2013 Judges ruled', 'The Hague, Netherlands'],
    ['WASHINGTON (Reuters) - River flows fell', 'WASHINGTON'],
    ['BOSTON \u2014 (BUSINESS WIRE) \u2014 Acme today announced', 'BOSTON'],
    ['BOSTON--(BUSINESS WIRE)--Acme today announced', 'BOSTON'],
    ['COLLEGE STATION, Texas \u2013 Engineers', 'COLLEGE STATION, Texas'],
  ])('reads the place of %s', (text, place) => {
    expect(readDateline(text)?.place).toBe(place);
  });

  it.each([
    ['an acronym the text uses again', 'NASA \u2013 The agency chose a design, and NASA engineers will build it.'],
    ['a three-letter acronym', 'CDC \u2013 The agency said'],
    ['an organisation in capitals', 'THE UNIVERSITY OF LEEDS \u2013 Today'],
    ['an organisation in title case with a comma-less dash', 'Pond Institute \u2013 Today'],
    ['a paragraph label before a colon', 'BACKGROUND: The disease spreads'],
    ['a label word in capitals before a colon', 'RESULTS: Ponds held more insects'],
    ['a title-case word before a colon', 'Leeds: a city'],
    ['"The" before a lower-case word', 'The study \u2013 a first'],
  ])('finds no place in %s', (_name, text) => {
    expect(readDateline(text)).toBeNull();
  });

  it('tells an acronym from a city by the rest of the release', () => {
    const text = 'NASA \u2013 The agency chose a design for the probe.';
    expect(readDateline(text)?.place).toBe('NASA');
    expect(readDateline(text, () => 'Engineers at NASA will build the probe.')).toBeNull();
    // A city printed in capitals only in its dateline stays a place.
    expect(readDateline('HOUSTON \u2015 Doctors report', () => 'The Houston team treated two patients.')?.place).toBe('HOUSTON');
  });
});

describe('isPlace: leading article', () => {
  it('takes "The" before a capitalised name, not before a common word', () => {
    expect(isPlace('The Hague', true)).toBe(true);
    expect(isPlace('THE HAGUE', false)).toBe(true);
    expect(isPlace('The Study', true)).toBe(false);
    expect(isPlace('The', true)).toBe(false);
  });
});

describe('readDateLine: more date lines', () => {
  it.each([
    ['Posted on March 5, 2019 by Jane Doe', '2019-03-05'],
    ['Published: 5 March 2019', '2019-03-05'],
    ['For release: 5 March 2019', '2019-03-05'],
    ['Date: 5.3.2019', '2019-03-05'],
    ['5.3.2019', '2019-03-05'],
    ['2019-03-05', '2019-03-05'],
  ])('reads %s', (text, iso) => {
    expect(readDateLine(text)?.date.iso).toBe(iso);
  });

  it.each([
    ['an embargo line', 'For release after 10:00 ET, March 5, 2019'],
    ['a sentence with a date and a byline', 'The study ran until March 5, 2019 and was led by Jane Doe of the Pond Institute'],
    ['a version number', 'Version 5.3 of the model'],
  ])('rejects %s', (_name, text) => {
    expect(readDateLine(text)).toBeNull();
  });
});

describe('readEmbargo: more embargo styles', () => {
  it.each([
    ['Embargoed: not for publication until 00:01 hrs Tuesday 5 March 2019', '2019-03-05T00:01'],
    ['EMBARGO LIFTS 10:00 GMT, Thursday 7 March 2019', '2019-03-07T10:00+00:00'],
    ['FOR RELEASE AFTER 10:00 a.m. ET, Tuesday, March 5, 2019', '2019-03-05T10:00-05:00'],
    ['Embargoed until 2019-03-05 10:00 CET', '2019-03-05T10:00+01:00'],
  ])('reads %s', (text, value) => {
    const e = readEmbargo(text);
    expect(e?.ok && e.value).toBe(value);
  });

  it('an embargo without a date is none', () => {
    expect(readEmbargo('Journalists may report the findings when the embargo lifts.')?.ok).toBe(false);
  });
});

describe('isKickerLine: a label before the headline', () => {
  it.each([['Study: Urban foxes sleep longer than rural foxes'], ['New research: Ponds hold more insects than lakes'], ['Video: Otters return to the city rivers']])(
    'accepts %s',
    (line) => expect(isKickerLine(line)).toBe(true),
  );
  it.each([
    ['a citation', 'Study: Smith J, et al. Ponds and lakes. Pond Letters 2019'],
    ['a DOI', 'Paper: Ponds hold insects, doi:10.5555/pl.1'],
    ['too few words', 'Study: Pond Letters'],
    ['a lower-case rest', 'Study: published in Pond Letters this week'],
    ['a contact', 'Contact: Jane Doe, jane@pond.example.org'],
  ])('rejects %s', (_name, line) => expect(isKickerLine(line)).toBe(false));
});

describe('hostile input stays linear', () => {
  it.each([
    ['dashes', '\u2015 '.repeat(200_000)],
    ['hyphens', 'A -'.repeat(200_000)],
    ['capitals and colons', 'OSLO: '.repeat(200_000)],
    ['brackets', 'OSLO ('.repeat(200_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    readDateline(text, () => text);
    readDateLine(text);
    isKickerLine(text);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});

describe('isSiteName: a site printed above the headline', () => {
  const block = (text: string) => ({ text }) as Parameters<typeof isSiteName>[0];
  it.each([['Pond Institute Newsroom'], ['University of Leeds News'], ['pondinstitute.org']])('takes %s', (t) => expect(isSiteName(block(t))).toBe(true));
  it.each([['Beavers double the number of frog species'], ['New Hospital Opens Its Doors to Patients Today'], ['Study: ponds matter.']])('not %s', (t) =>
    expect(isSiteName(block(t))).toBe(false),
  );
  it('takes a name the page gives as its own site name', () => expect(isSiteName(block('The Pond Post'), ['The Pond Post'])).toBe(true));
});

describe('an office release label above the headline', () => {
  const block = (text: string) => ({ text }) as Parameters<typeof isOfficeReleaseLabel>[0];
  it.each([
    ['"Org press release"', 'University of Eastbury press release'],
    ['"ORG MEDIA RELEASE"', 'CSIRO MEDIA RELEASE'],
    ['"Org - Press Release"', 'Sorbonne University - Press Release'],
    ['a label over an embargo line', 'Quayside Journal Press Release\nEmbargoed until: 23:30 (UK time) Tuesday 12 October 2027'],
    ['a label over the agency name', 'NIH News Release\nNational Institute of Coastal Health'],
  ])('%s is a label, not a headline', (_what, text) => {
    expect(isOfficeReleaseLabel(block(text))).toBe(true);
  });
  it.each([
    ['a headline about a press release', 'Regulator fines drug maker over misleading claims in a 2026 press release about its weight-loss pill'],
    ['a lower-case start', 'read the full press release'],
    ['a sentence that only mentions one', 'The agency issued a press release.'],
    ['a long block', 'Eastbury press release\nline two\nline three\nline four'],
  ])('%s is not', (_what, text) => {
    expect(isOfficeReleaseLabel(block(text))).toBe(false);
  });
  it('the headline under such a label is read', () => {
    const text = 'Harbourside University press release\n\nGulls learn to open crisp packets by watching people\n\nIssued 6 May 2027\n\nHerring gulls that watched a person open a packet opened one themselves within minutes, a study finds.\n';
    expect(convert(text, { path: 'gulls.txt' }).record.release.headline).toBe('Gulls learn to open crisp packets by watching people');
  });
});

describe('a name printed above the headline and again below it', () => {
  const headline = (text: string) => convert(text, { path: 'release.txt' }).record.release.headline;
  it('an agency named again in the lead is not the headline', () => {
    expect(headline('Coastal Survey of Westmark\n\nSand dunes on the west coast moved twice as far inland last winter\n\nA new Coastal Survey of Westmark report finds that storms pushed the dunes 14 metres inland.\n')).toBe(
      'Sand dunes on the west coast moved twice as far inland last winter',
    );
  });
  it('a journal named again in the citation is not the headline', () => {
    expect(headline('Journal of Quiet Medicine\n\nEarplugs on hospital wards cut delirium in older patients\n\nPatients given earplugs at night were less often delirious, a trial finds.\n\nThe trial is published in Journal of Quiet Medicine.\n')).toBe(
      'Earplugs on hospital wards cut delirium in older patients',
    );
  });
  it('a title-case headline printed once stays the headline', () => {
    expect(headline('Coastal Survey Maps Dune Retreat\n\nThe new maps show dunes moved 14 metres inland last winter after a series of storms.\n\nThe survey team flew drones over the coast every month.\n')).toBe('Coastal Survey Maps Dune Retreat');
  });
  it('a panel of "Label: value" lines under a journal name is not the headline either', () => {
    expect(headline('Quiet Medicine Open\n\nExternally peer reviewed? Yes\nEvidence type: Observational; Cohort\nSubjects: People\n\nEarplugs on hospital wards cut delirium in older patients\n\nThe study, in Quiet Medicine Open, followed 900 patients.\n')).toBe(
      'Earplugs on hospital wards cut delirium in older patients',
    );
  });
});

describe('a contact line at the top of a release', () => {
  it('is no headline: the next head line is', () => {
    const text = 'FOR IMMEDIATE RELEASE\n\nContact: Rhea Banks, (555) 010-0142, rbanks@harbourhealth.example.org; Tom Ode, +1 555 010 0177, tom.ode@harbourhealth.example.org\n\nNight nurses who nap for 20 minutes make fewer dosing errors\n\nA trial on 12 wards found fewer medication errors on nights with a planned nap.\n';
    expect(convert(text, { path: 'naps.txt' }).record.release.headline).toBe('Night nurses who nap for 20 minutes make fewer dosing errors');
  });
});
