import { describe, expect, it } from 'vitest';
import { findDates, monthNumber, parseDate, weekdayMismatch } from '../src/text/dates.js';

describe('parseDate: printed dates', () => {
  it.each([
    ['February 2, 2017', '2017-02-02'],
    ['Feb. 2, 2017', '2017-02-02'],
    ['Jan. 19, 2017', '2017-01-19'],
    ['Sept. 14, 2016', '2016-09-14'],
    ['Sept 14 2016', '2016-09-14'],
    ['March 3rd, 2019', '2019-03-03'],
    ['Tuesday, May 17, 2016', '2016-05-17'],
    ['TUESDAY, JUNE 13, 2017', '2017-06-13'],
    ['12 May 2017', '2017-05-12'],
    ['24th May 2017', '2017-05-24'],
    ['Wednesday 24th May 2017', '2017-05-24'],
    ['the 1st of June, 2018', '2018-06-01'],
    ['3. Mai 2017', '2017-05-03'],
    ['12 décembre 2019', '2019-12-12'],
    ['9-Oct-2019', '2019-10-09'],
    ['2017-02-02', '2017-02-02'],
    ['2025-12-11T12:03:19+00:00', '2025-12-11'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['28/04/2017', '2017-04-28'],
    ['12.05.2017', '2017-05-12'],
    ['4/28/2017', '2017-04-28'],
    ['28/04/17', '2017-04-28'],
  ])('reads the numeric date %s as %s only when asked', (text, iso) => {
    expect(parseDate(text)).toBeNull();
    expect(parseDate(text, { numeric: true })?.iso).toBe(iso);
  });

  it.each([
    ['February 30, 2017'],
    ['31 April 2018'],
    ['13/13/2017'],
    ['May be 2017'],
    ['in 2017'],
    ['version 2.3.4'],
    ['Mark 3, 2017'],
  ])('finds no date in %s', (text) => {
    expect(parseDate(text, { numeric: true })).toBeNull();
  });

  it('keeps dates without a year only when asked', () => {
    expect(findDates('until March 17, 4:00 pm')).toEqual([]);
    const [d] = findDates('until March 17, 4:00 pm', { allowNoYear: true });
    expect(d).toMatchObject({ iso: null, month: 3, day: 17, text: 'March 17' });
  });

  it('finds every date in order with its offsets', () => {
    const text = 'Published 3 March 2018, updated Jan. 5, 2019.';
    const dates = findDates(text);
    expect(dates.map((d) => d.iso)).toEqual(['2018-03-03', '2019-01-05']);
    expect(text.slice(dates[1]!.index, dates[1]!.end)).toBe('Jan. 5, 2019');
  });

  it('tells the month of names and abbreviations', () => {
    expect(['Jan.', 'Sept', 'sep', 'June', 'juin', 'Juli', 'Dec', 'März'].map(monthNumber)).toEqual([1, 9, 9, 6, 6, 7, 12, 3]);
    expect(monthNumber('Mark')).toBeNull();
  });
});

describe('weekdayMismatch', () => {
  it('accepts a weekday that matches the date', () => {
    expect(weekdayMismatch(parseDate('Thursday, Feb. 2, 2017')!)).toBeNull();
  });
  it('names the printed and the real weekday when they differ', () => {
    expect(weekdayMismatch(parseDate('Monday, Feb. 2, 2017')!)).toEqual({ printed: 'Monday', actual: 'Thursday' });
  });
  it('says nothing when no weekday is printed', () => {
    expect(weekdayMismatch(parseDate('Feb. 2, 2017')!)).toBeNull();
  });
});
