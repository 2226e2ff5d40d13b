import { describe, expect, it } from 'vitest';
import { isDaylight, offsetAtInstant, offsetByIntl, offsetForLocal } from '../src/extractors/release/timezones.js';

/** Every IANA zone the time-zone reader resolves a printed zone to. */
const ZONES = [
  'Africa/Johannesburg', 'America/Anchorage', 'America/Chicago', 'America/Denver', 'America/Halifax', 'America/Los_Angeles',
  'America/New_York', 'America/Sao_Paulo', 'America/Toronto', 'America/Vancouver', 'Asia/Hong_Kong', 'Asia/Kolkata', 'Asia/Seoul',
  'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Melbourne', 'Australia/Perth',
  'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Athens', 'Europe/Berlin', 'Europe/Brussels', 'Europe/Copenhagen', 'Europe/Dublin',
  'Europe/Helsinki', 'Europe/Lisbon', 'Europe/London', 'Europe/Madrid', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Rome',
  'Europe/Stockholm', 'Europe/Vienna', 'Europe/Zurich', 'Pacific/Auckland', 'Pacific/Honolulu',
];

const HOUR = 3600000;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2036, 0, 1);

/** `offsetForLocal` as it was, on `Intl` alone. */
function intlForLocal(zone: string, year: number, month: number, day: number, hour: number, minute: number): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetByIntl(zone, wall);
  const second = offsetByIntl(zone, wall - first * 60000);
  if (first === second) return first;
  return offsetByIntl(zone, wall - second * 60000) === second ? second : first;
}

describe('offsetAtInstant: hand rules agree with Intl', () => {
  for (const zone of ZONES) {
    it(`${zone}: noon of every day of 2000-2035, each change to the millisecond, wall-clock half hours on the day of a change`, () => {
      const wrong: string[] = [];
      const check = (t: number, intl = offsetByIntl(zone, t)): void => {
        const hand = offsetAtInstant(zone, t);
        if (hand !== intl && wrong.length < 5) wrong.push(`${new Date(t).toISOString()}: ${hand} vs ${intl}`);
      };
      let before = offsetByIntl(zone, FROM - DAY / 2);
      for (let t = FROM; t < TO; t += DAY) {
        const noon = t + 12 * HOUR;
        const now = offsetByIntl(zone, noon);
        check(noon, now);
        if (now !== before) {
          // The change lies in the day before this noon: find its first millisecond.
          let lo = noon - DAY;
          let hi = noon;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (offsetByIntl(zone, mid) === before) lo = mid;
            else hi = mid;
          }
          check(lo, before);
          check(hi, now);
          // Wall-clock times on the local day of the change, the skipped or repeated hour included.
          const local = new Date(hi + now * 60000);
          const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
          for (let h = 0; h < 24; h++) {
            for (const min of [0, 30]) {
              const a = offsetForLocal(zone, y, m, d, h, min);
              const b = intlForLocal(zone, y, m, d, h, min);
              if (a !== b && wrong.length < 5) wrong.push(`local ${y}-${m}-${d} ${h}:${min}: ${a} vs ${b}`);
            }
          }
        }
        before = now;
      }
      expect(wrong).toEqual([]);
    });
  }

  it('falls back to Intl outside the checked years and for other zones', () => {
    expect(offsetAtInstant('America/New_York', Date.UTC(1995, 6, 1))).toBe(offsetByIntl('America/New_York', Date.UTC(1995, 6, 1)));
    expect(offsetAtInstant('Australia/Sydney', Date.UTC(2000, 8, 1))).toBe(660);
    expect(offsetAtInstant('America/Phoenix', Date.UTC(2020, 6, 1))).toBe(-420);
    expect(offsetAtInstant('Europe/London', Date.UTC(2040, 6, 1))).toBe(offsetByIntl('Europe/London', Date.UTC(2040, 6, 1)));
  });

  it('tells summer time as before', () => {
    expect(isDaylight('America/New_York', 2021, 3, 14, 3)).toBe(true);
    expect(isDaylight('America/New_York', 2021, 3, 14, 1, 59)).toBe(false);
    expect(isDaylight('Europe/London', 2021, 10, 31, 0, 59)).toBe(true);
    expect(isDaylight('Europe/London', 2021, 10, 31, 2)).toBe(false);
    expect(isDaylight('Australia/Sydney', 2021, 1, 15)).toBe(true);
  });
});
