/**
 * Calendar dates, weekdays, clock times and time zones as releases print them.
 * @packageDocumentation
 */

/** A date found in text, with its index and length in that text. */
export interface DateHit {
  year: number | null;
  month: number;
  day: number;
  index: number;
  length: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const SP = '[ \\u00a0]{1,3}';
const MONTH_DAY = new RegExp(`\\b${MONTH}${SP}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?${SP}(\\d{4})\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH}(?:,?${SP}(\\d{4})\\b)?`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const capitalised = (s: string): boolean => s[0] !== undefined && s[0] === s[0].toUpperCase();

/** True when year-month-day is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** At most this many dates are read from one text: callers want the first few. */
const MAX_DATES = 100;

/** The dates printed in `text` ("March 15, 2023", "15 March 2023", "2023-03-15"), in order; at most the first hundred of each form. */
export function findDates(text: string): DateHit[] {
  const out: DateHit[] = [];
  const push = (hit: DateHit): void => {
    if (out.length >= 3 * MAX_DATES) return;
    if (hit.day < 1 || hit.day > 31 || hit.month < 1) return;
    if (hit.year !== null && !isCalendarDate(hit.year, hit.month, hit.day)) return;
    if (out.some((o) => hit.index < o.index + o.length && o.index < hit.index + hit.length)) return;
    out.push(hit);
  };
  let n = 0;
  for (const m of text.matchAll(MONTH_DAY)) {
    if (++n > MAX_DATES) break;
    if (!capitalised(m[1]!)) continue;
    push({ month: monthOf(m[1]!), day: Number(m[2]), year: m[3] ? Number(m[3]) : null, index: m.index, length: m[0].length });
  }
  n = 0;
  for (const m of text.matchAll(DAY_MONTH)) {
    if (++n > MAX_DATES) break;
    if (!capitalised(m[2]!)) continue;
    push({ month: monthOf(m[2]!), day: Number(m[1]), year: m[3] ? Number(m[3]) : null, index: m.index, length: m[0].length });
  }
  n = 0;
  for (const m of text.matchAll(ISO)) {
    if (++n > MAX_DATES) break;
    push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** `YYYY-MM-DD` of a date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?/gi;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday printed in text: its number (0 Sunday … 6 Saturday), name, index and length. */
export interface WeekdayHit {
  weekday: number;
  name: string;
  index: number;
  length: number;
}

/** The first weekday name printed in `text` (full, or abbreviated and capitalised). */
export function findWeekday(text: string): WeekdayHit | null {
  for (const m of text.matchAll(WEEKDAY)) {
    const word = m[1]!;
    if (!capitalised(word)) continue;
    const full = word.length > 4;
    // A bare "Sun" or "Sat" is a weekday only when abbreviated with a dot or before a comma.
    if (!full && !/^[.,]|^\s*,/.test(text.slice(m.index + word.length, m.index + word.length + 2))) continue;
    const weekday = WEEKDAY_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
    return { weekday, name: WEEKDAY_NAMES[weekday]!, index: m.index, length: word.length };
  }
  return null;
}

/** The weekday name of a calendar date. */
export function weekdayName(year: number, month: number, day: number): string {
  return WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** A clock time printed in text, as 24-hour hour and minute. */
export interface TimeHit {
  hour: number;
  minute: number;
  index: number;
  length: number;
}

const TIME_12 = /\b(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]{0,2}([ap])\.?[ \u00a0]?m\b\.?/gi;
const TIME_24 = /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b/g;
const TIME_WORD = /\b(noon|midday|midnight)\b/gi;

/** The first clock time printed in `text` ("11:00 AM", "4 p.m.", "16:00", "noon"). */
export function findTime(text: string): TimeHit | null {
  const hits: TimeHit[] = [];
  for (const m of text.matchAll(TIME_12)) {
    const h = Number(m[1]);
    if (h < 1 || h > 12) continue;
    const pm = m[3]!.toLowerCase() === 'p';
    hits.push({ hour: (h % 12) + (pm ? 12 : 0), minute: Number(m[2] ?? 0), index: m.index, length: m[0].length });
    break;
  }
  for (const m of text.matchAll(TIME_24)) {
    hits.push({ hour: Number(m[1]), minute: Number(m[2]), index: m.index, length: m[0].length });
    break;
  }
  for (const m of text.matchAll(TIME_WORD)) {
    hits.push({ hour: m[1]!.toLowerCase() === 'midnight' ? 0 : 12, minute: 0, index: m.index, length: m[0].length });
    break;
  }
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

/** A time zone printed in text, with its UTC offset in minutes on the given date when it can be told. */
export interface ZoneHit {
  text: string;
  /** Minutes east of UTC, or null when the abbreviation is ambiguous. */
  offsetMinutes: number | null;
  index: number;
  length: number;
}

const FIXED: Record<string, number | null> = {
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, GMT: 0, UTC: 0, UT: 0, BST: 60, IST: null, CET: 60, CEST: 120,
  WET: 0, WEST: 60, EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540, HKT: 480, SGT: 480,
  AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};
const US_GENERIC: Record<string, number> = { E: -300, C: -360, M: -420, P: -480 };
const ZONE_ABBR = /\b(ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|GMT|UTC|UT|BST|IST|CET|CEST|WET|WEST|EET|EEST|MSK|JST|KST|HKT|SGT|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT)\b(?:[ ]?([+\-−–])[ ]?(\d{1,2})(?::?(\d{2}))?)?/g;
const ZONE_WORDS = /\b(?:(?:US[ ])?(Eastern|Central|Mountain|Pacific)(?:[ ](?:Standard|Daylight))?[ ]Time|(London|UK|British)[ ]time|(Greenwich[ ]Mean[ ]Time)|(Central[ ]European)(?:[ ](Summer))?[ ]Time)\b/gi;

/** The Sunday that is the `nth` (1-based; -1 the last) Sunday of a month, as a day number. */
function nthSunday(year: number, month: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (nth - 1) * 7;
  }
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** True when US daylight saving time is in force on a date (second Sunday of March to first of November). */
export function usDaylight(year: number, month: number, day: number): boolean {
  const v = month * 100 + day;
  return v >= 300 + nthSunday(year, 3, 2) && v < 1100 + nthSunday(year, 11, 1);
}

/** True when EU summer time is in force on a date (last Sunday of March to last of October). */
export function euSummer(year: number, month: number, day: number): boolean {
  const v = month * 100 + day;
  return v >= 300 + nthSunday(year, 3, -1) && v < 1000 + nthSunday(year, 10, -1);
}

/** The first time zone printed in `text`, resolved for the date when it is seasonal ("ET"). */
export function findZone(text: string, date: { year: number; month: number; day: number } | null): ZoneHit | null {
  const hits: ZoneHit[] = [];
  for (const m of text.matchAll(ZONE_ABBR)) {
    const abbr = m[1]!;
    let off: number | null;
    if (abbr.length === 2 && abbr !== 'UT') off = date ? US_GENERIC[abbr[0]!]! + (usDaylight(date.year, date.month, date.day) ? 60 : 0) : null;
    else off = FIXED[abbr] ?? null;
    if (m[2] && off !== null) off += (m[2] === '+' ? 1 : -1) * (Number(m[3]) * 60 + Number(m[4] ?? 0));
    hits.push({ text: m[0], offsetMinutes: off, index: m.index, length: m[0].length });
    break;
  }
  for (const m of text.matchAll(ZONE_WORDS)) {
    let off: number | null = null;
    if (m[1]) off = date ? US_GENERIC[m[1][0]!.toUpperCase()]! + (usDaylight(date.year, date.month, date.day) ? 60 : 0) : null;
    else if (m[2]) off = date ? (euSummer(date.year, date.month, date.day) ? 60 : 0) : null;
    else if (m[3]) off = 0;
    else if (m[4]) off = m[5] ? 120 : date ? (euSummer(date.year, date.month, date.day) ? 120 : 60) : null;
    hits.push({ text: m[0], offsetMinutes: off, index: m.index, length: m[0].length });
    break;
  }
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

/** Formats minutes east of UTC as `±HH:MM`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
