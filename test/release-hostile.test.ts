import { describe, expect, it } from 'vitest';
import { findDates } from '../src/text/dates.js';
import { findTime, readEmbargo } from '../src/extractors/release/embargo.js';
import { findZone } from '../src/extractors/release/timezones.js';
import { readDateline } from '../src/extractors/release/dateline.js';
import { readDateLine } from '../src/text/date-line.js';
import { isPlace } from '../src/text/place.js';
import { cleanHeadline } from '../src/extractors/release/headline.js';
import { labelKind } from '../src/parse/sections.js';

const N = 1_000_000;
const hostile: Record<string, string> = {
  digits: '1234.'.repeat(N / 5),
  quotes: '"'.repeat(N / 5),
  honorifics: 'Dr. '.repeat(N / 4),
  spaces: ' '.repeat(N) + 'x',
  months: 'May '.repeat(N / 4),
  times: '1 a.m. '.repeat(N / 7),
  dashes: 'A – '.repeat(N / 4),
  slashes: '1/'.repeat(N / 2),
};

describe('release parsers on hostile input', () => {
  it.each(Object.keys(hostile))('stay linear on a 1 MB line of %s', (name) => {
    const text = hostile[name]!;
    const started = performance.now();
    findDates(text, { allowNoYear: true, numeric: true });
    readEmbargo(`Embargoed ${text}`);
    findTime(text);
    findZone(text);
    readDateline(text);
    readDateLine(text);
    isPlace(text, true);
    cleanHeadline(text);
    labelKind(text);
    expect(performance.now() - started).toBeLessThan(6000);
  });
});
