import { describe, expect, it } from 'vitest';
import { findTime, readEmbargo } from '../src/extractors/release/embargo.js';
import { findZone, offsetForLocal, zoneOffset } from '../src/extractors/release/timezones.js';

const ok = (text: string, fallbackYear?: number) => {
  const r = readEmbargo(text, fallbackYear ? { fallbackYear } : {});
  if (!r || !r.ok) throw new Error(`no embargo in ${text}`);
  return r;
};

describe('readEmbargo: the forms of the issue', () => {
  it('reads a US line with zone, weekday and dotted month, and warns on the wrong weekday', () => {
    const r = ok('EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017');
    expect(r.value).toBe('2017-02-02T11:00-05:00');
    expect(r.detail).toEqual({ text: 'EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017', dateTime: '2017-02-02T11:00-05:00', zone: 'ET', utcOffset: '-05:00' });
    expect(r.problems).toEqual([
      { message: 'Embargo weekday Monday does not match 2017-02-02, expected Thursday in "EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017"', severity: 'warning' },
    ]);
  });
  it('reads a British line with BST and the day first', () => {
    const r = ok('Embargoed for release: 00:01 BST 12 May 2017');
    expect(r.value).toBe('2017-05-12T00:01+01:00');
    expect(r.detail.zone).toBe('BST');
    expect(r.problems).toEqual([]);
  });
  it('reads "London time" when a date follows', () => {
    expect(ok('UNDER STRICT EMBARGO until 16:00 London time on Wednesday 10 May 2017').value).toBe('2017-05-10T16:00+01:00');
    expect(ok('UNDER STRICT EMBARGO until 16:00 London time on Friday 10 February 2017').value).toBe('2017-02-10T16:00+00:00');
  });
  it('records no embargo without a date, and says why', () => {
    expect(readEmbargo('UNDER STRICT EMBARGO until 16:00 London time')).toMatchObject({ ok: false, problem: 'no-date' });
    expect(readEmbargo('Embargo: 3 p.m. US Eastern Time, Wednesday')).toMatchObject({ ok: false, problem: 'no-date', text: 'Embargo: 3 p.m. US Eastern Time, Wednesday' });
    expect(readEmbargo('The paper goes online when the embargo lifts.')).toMatchObject({ ok: false });
  });
  it('ignores words that only contain the keyword', () => {
    expect(readEmbargo('copies are offered pre-embargo to reporters')).toBeNull();
    expect(readEmbargo('No dates here at all.')).toBeNull();
  });
  it('warns when a time has no zone and keeps the local time', () => {
    const r = ok('Embargoed until 11:30 a.m., May 9, 2016');
    expect(r.value).toBe('2016-05-09T11:30');
    expect(r.detail.utcOffset).toBeNull();
    expect(r.problems[0]?.message).toMatch(/^Missing embargo time zone, expected a zone/);
  });
  it('gives a date only when no time is printed', () => {
    expect(ok('Embargoed until 3 March 2019').value).toBe('2019-03-03');
  });
  it('takes a year printed after the time, else the release year', () => {
    expect(ok('Embargoed for July 6 @ 4:00 PM EST, 2016').value).toBe('2016-07-06T16:00-04:00');
    expect(ok('Embargoed until April 19, 2:00 pm ET', 2017).value).toBe('2017-04-19T14:00-04:00');
    expect(readEmbargo('Embargoed until April 19, 2:00 pm ET')).toMatchObject({ ok: false, problem: 'no-year' });
  });
  it('stops at the closing bracket of a dateline', () => {
    const r = ok('DENVER (Embargoed until 2 p.m. MT, Sept. 14, 2016) -- Dust from 2015 storms');
    expect(r.value).toBe('2016-09-14T14:00-06:00');
    expect(r.detail.text).toBe('Embargoed until 2 p.m. MT, Sept. 14, 2016');
  });
  it.each([
    ['EMBARGOED FOR RELEASE: 10 A.M. (ET), TUESDAY, JUNE 13, 2017', '2017-06-13T10:00-04:00'],
    ['EMBARGOED FOR RELEASE UNTIL 3 PM ET, October 12, 2016', '2016-10-12T15:00-04:00'],
    ['Embargoed until 2 p.m. CT, Sept. 14, 2016', '2016-09-14T14:00-05:00'],
    ['Embargoed until 5 p.m. Pacific Time, Nov. 5, 2017', '2017-11-05T17:00-08:00'],
    ['HOLD FOR RELEASE UNTIL 10 A.M. MT, THURSDAY, JAN. 5, 2017', '2017-01-05T10:00-07:00'],
    ['Embargoed until 1 p.m. GMT, 5 July 2017', '2017-07-05T13:00+00:00'],
    ['Embargoed until 10:00 UTC on 2 June 2016', '2016-06-02T10:00+00:00'],
    ['Embargoed until 10:00 CEST, 2 June 2016', '2016-06-02T10:00+02:00'],
    ['Embargoed until 10:00 CET, 2 February 2016', '2016-02-02T10:00+01:00'],
    ['Embargoed until 9:00 AEST, Tuesday 5 April 2016', '2016-04-05T09:00+10:00'],
    ['Embargoed until 9:00 AEDT, Monday 1 February 2016', '2016-02-01T09:00+11:00'],
    ['embargo until 12 noon JST, 1 June 2018', '2018-06-01T12:00+09:00'],
    ['Strictly not for publication before 00.01 hrs BST Wednesday 24th May 2017', '2017-05-24T00:01+01:00'],
    ['Embargoed until 1600 hrs UK time, 3 June 2015', '2015-06-03T16:00+01:00'],
    ['Embargoed until 2 p.m. Central European Time, 3 June 2015', '2015-06-03T14:00+02:00'],
  ])('reads %s', (text, value) => {
    expect(ok(text).value).toBe(value);
  });
});

describe('time zones and daylight saving', () => {
  it('resolves ET on both sides of the March change in New York', () => {
    expect(ok('Embargoed: 1 a.m. ET Sunday March 12, 2017').value).toBe('2017-03-12T01:00-05:00');
    expect(ok('Embargoed: 3 a.m. ET Sunday March 12, 2017').value).toBe('2017-03-12T03:00-04:00');
  });
  it('resolves ET on both sides of the November change', () => {
    expect(ok('Embargoed until 9 a.m. ET, Saturday, Nov. 4, 2017').detail.utcOffset).toBe('-04:00');
    expect(ok('Embargoed until 9 a.m. ET, Monday, Nov. 6, 2017').detail.utcOffset).toBe('-05:00');
  });
  it('resolves London and Sydney across their changes', () => {
    expect(offsetForLocal('Europe/London', 2017, 3, 25, 12)).toBe(0);
    expect(offsetForLocal('Europe/London', 2017, 3, 27, 12)).toBe(60);
    expect(offsetForLocal('Australia/Sydney', 2017, 4, 1, 12)).toBe(660);
    expect(offsetForLocal('Australia/Sydney', 2017, 4, 3, 12)).toBe(600);
  });
  it('reads a standard-time name on a summer date as local time and notes it', () => {
    const r = ok('Embargoed until 4 p.m. EST, Wednesday, July 6, 2016');
    expect(r.value).toBe('2016-07-06T16:00-04:00');
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/EST names standard time/) })]);
  });
  it.each([
    ['11 a.m. ET', 'ET', 'America/New_York'],
    ['(ET)', 'ET', 'America/New_York'],
    ['3 p.m. US Eastern Time', 'US Eastern Time', 'America/New_York'],
    ['16:00 London time', 'London time', 'Europe/London'],
    ['Central European Summer Time', 'Central European Summer Time', 'Europe/Berlin'],
    ['JST', 'JST', 'Asia/Tokyo'],
  ])('finds the zone in %s', (text, printed, iana) => {
    expect(findZone(text)).toMatchObject({ printed, iana });
  });
  it('does not take lower-case words for zones', () => {
    expect(findZone('Smith et al. met at the lab')).toBeNull();
  });
  it('gives fixed offsets for GMT and printed offsets', () => {
    expect(zoneOffset(findZone('GMT')!, 2017, 7, 1)).toBe('+00:00');
    expect(zoneOffset(findZone('UTC+05:30')!, 2017, 7, 1)).toBe('+05:30');
  });
});

describe('findTime', () => {
  it.each([
    ['11:00 AM', 11, 0], ['4 PM', 16, 0], ['4:00 p.m.', 16, 0], ['10:05AM', 10, 5], ['00:01', 0, 1], ['12 noon', 12, 0], ['12:30 a.m.', 0, 30], ['00.01 hrs', 0, 1],
  ])('reads %s', (text, hour, minute) => {
    expect(findTime(text)).toMatchObject({ hour, minute });
  });
  it.each([['March 17'], ['2017'], ['13 p.m.'], ['25:00']])('finds no time in %s', (text) => {
    expect(findTime(text)).toBeNull();
  });
});
