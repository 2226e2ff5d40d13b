/**
 * Embargo lines ("EMBARGOED UNTIL 11:00 AM ET, Monday, Feb. 2, 2017", "Embargoed for release:
 * 00:01 BST 12 May 2017", "UNDER STRICT EMBARGO until 16:00 London time ...") read into an
 * ISO 8601 date-time with the printed zone resolved to its UTC offset on that date.
 * @packageDocumentation
 */
import type { EmbargoDetail } from '../../types.js';
import { findDates, isoDate, weekdayMismatch, weekdayNumber, weekdayOf, WEEKDAY_NAMES, type DateMatch } from '../../text/dates.js';
import { findEmbargoKey } from '../../text/embargo-words.js';
import { findZone, isDaylight, zoneOffset, type ZoneRef } from './timezones.js';


/**
 * Where the printed embargo phrase stops: a closing bracket, a line end, a dash, a semicolon, a
 * sentence end (not the period of a German day before its month, "10. März 2027", nor of a Korean
 * date's day before its weekday, "2031. 3. 17. (Mon) 06:00").
 */
const STOP = /[)\]\n;]|\s[–—]\s|\s--?\s|(?<![AaPp]\.?[Mm]|\b\p{Lu}\p{Ll}{0,3}|\b\p{Lu})\.\s{1,3}(?=\p{Lu}\p{Ll})(?!(?<=\b\d{1,2}\.\s{1,3})(?:Jan|Feb|M[äa]e?r|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|Mon|Tue|Wed|Thu|Fri|Sat|Sun))/u;

/** The embargo's time or date field after a dash ("— Embargo time: 17:00", "— Time: 17:00 CET"). */
const NEXT_FIELD = /^\s{0,3}(?:embargo(?:ed)?\s{1,3})?(?:time|date|hour)\s{0,3}:/i;

/** `11:00 AM`, `4 p.m.`, `10:05AM`, `00:01`, `16.00 hrs`. */
const TIME = /(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s{0,2}(?:([AaPp])\.?\s?[Mm](?![\p{L}])\.?|(hrs?|[hH]|[Uu]hr|uur)(?![\p{L}])|(noon|midday|midnight)\b)?/gu;
const MILITARY = /(?<!\d)([01]\d|2[0-3])([0-5]\d)(?:\s?(?:hours?|hrs?|h)(?![\p{L}])|(?=\s?\p{Lu}{2,5}(?![\p{L}])))/u;
const NOON = /\b(noon|midday|midnight)\b/i;
const YEAR = /(?<![\d.:/-])((?:19|20)\d{2})(?![\d:])/;
const WEEKDAY_WORD = /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/i;

/** A printed time of day. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  index: number;
  end: number;
  text: string;
}

/** Finds the first time of day printed in `text` (a number needs minutes, am/pm, "hrs" or the German and Dutch "Uhr", "uur": "17 Uhr"; a French "h", in capitals too: "11 H"). */
export function findTime(text: string): TimeOfDay | null {
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m; m = TIME.exec(text)) {
    const [all, h, min, meridiem, hrs, word] = m;
    if (min === undefined && !meridiem && !hrs && !word) continue;
    let hour = Number(h);
    const minute = Number(min ?? 0);
    if (minute > 59 || hour > 23) continue;
    if (meridiem) {
      if (hour < 1 || hour > 12) continue;
      if (/p/i.test(meridiem) && hour < 12) hour += 12;
      if (/a/i.test(meridiem) && hour === 12) hour = 0;
    } else if (word) hour = /midnight/i.test(word) ? 0 : 12;
    return { hour, minute, index: m.index, end: m.index + all.length, text: all.trim() };
  }
  const mil = MILITARY.exec(text);
  if (mil) return { hour: Number(mil[1]), minute: Number(mil[2]), index: mil.index, end: mil.index + mil[0].length, text: mil[0] };
  const noon = NOON.exec(text);
  if (noon) return { hour: /midnight/i.test(noon[1]!) ? 0 : 12, minute: 0, index: noon.index, end: noon.index + noon[0].length, text: noon[0] };
  return null;
}

/** An embargo read from text, or the reason a mention of an embargo was not one. */
export type EmbargoRead =
  | {
      ok: true;
      /** `YYYY-MM-DDTHH:MM±HH:MM`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`. */
      value: string;
      detail: EmbargoDetail;
      date: DateMatch;
      /** Offset of the embargo phrase in the text. */
      index: number;
      end: number;
      /** Problems to report ("Missing time zone ..."), with their severity. */
      problems: EmbargoProblem[];
    }
  | { ok: false; index: number; text: string; problem: string };

/** A problem found while reading an embargo. */
export interface EmbargoProblem {
  message: string;
  severity: 'info' | 'warning';
}

/** Options for {@link readEmbargo}. */
export interface ReadEmbargoOptions {
  /** The year to use when the embargo prints a month and day only (the release's own year). */
  fallbackYear?: number | null;
}

/** What may follow "embargoed" when it states an embargo: a preposition, a date or time, a weekday or month, a colon or dash, or a noun before a colon ("EMBARGOED CONTENT:", "Embargoed press release –"). */
const STATES_AFTER =
  /^(?:\s{0,3}[:(,\d–—-]|\s{1,3}(?:content|material|(?:press\s{1,3}|news\s{1,3})?release|information)\s{0,3}[:–—]|\s{1,3}(?:until|till|to|for|before|after|at|on|through|by|midnight|noon|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\s{0,3}$)/i;

/**
 * The first embargo key word in `text` that states an embargo: "embargoed" used of a thing
 * ("embargoed abstracts will be released on 5 June", "embargoed copies") is passed over.
 */
function statedKey(text: string): { index: number; word: string } | null {
  let from = 0;
  for (let tries = 0; tries < 5; tries++) {
    const key = findEmbargoKey(from ? text.slice(from) : text);
    if (!key) return null;
    const index = from + key.index;
    const end = index + key[0].length;
    if (!/embargoed$/i.test(key[0]) || STATES_AFTER.test(text.slice(end, end + 20))) return { index, word: key[0] };
    from = end;
  }
  return null;
}

const blank = (s: string, from: number, to: number): string => s.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + s.slice(to);

/**
 * Reads the first embargo phrase in `text`; an embargo needs a date (GOLD: "when the embargo
 * lifts" is none), a time without a date is reported, not returned.
 */
export function readEmbargo(text: string, options: ReadEmbargoOptions = {}): EmbargoRead | null {
  const key = statedKey(text);
  if (!key) return null;
  const start = key.index;
  const after = key.index + key.word.length;
  // Short balanced brackets ("11 A.M. (ET)", The Lancet's "23:30 [UK time]") are part of the phrase: unwrap them, keeping offsets.
  let window = text.slice(after, after + 180).replace(/\(([^()\n]{0,24})\)/g, ' $1 ').replace(/\[([^[\]\n]{0,24})\]/g, ' $1 ');
  let stop = STOP.exec(window);
  // A line break before any date ("EMBARGOED UNTIL 00:01 GMT" over "Thursday 7 March 2030") does not end the phrase.
  for (let joins = 0; stop && stop[0] === '\n' && joins < 2 && findDates(window.slice(0, stop.index), { allowNoYear: true, numeric: true }).length === 0; joins++) {
    window = window.slice(0, stop.index) + ' ' + window.slice(stop.index + 1);
    stop = STOP.exec(window);
  }
  // "Embargo date: 10 March 2031 — Embargo time: 17:00 CET": a dash before the embargo's next field does not end the phrase.
  for (let joins = 0; stop && stop[0] !== '\n' && joins < 2 && NEXT_FIELD.test(window.slice(stop.index + stop[0].length, stop.index + stop[0].length + 30)); joins++) {
    window = window.slice(0, stop.index) + ' '.repeat(stop[0].length) + window.slice(stop.index + stop[0].length);
    stop = STOP.exec(window);
  }
  if (stop) window = window.slice(0, stop.index);
  const phraseOf = (end: number): string => (key.word + text.slice(after, after + end)).replace(/\s+/g, ' ').replace(/[\s,:;–—-]+$/, '').trim();
  const dates = findDates(window, { allowNoYear: true, numeric: true });
  const found = dates[0];
  let rest = window;
  if (found) rest = blank(rest, found.index, found.end);
  const time = findTime(rest);
  if (time) rest = blank(rest, time.index, time.end);
  const zone = findZone(rest);
  if (!found) {
    return {
      ok: false,
      index: start,
      text: phraseOf(Math.max(time?.end ?? 0, zone?.end ?? 0, Math.min(window.length, 60))),
      problem: 'no-date',
    };
  }
  if (zone) rest = blank(rest, zone.index, zone.end);
  const date = monthFirst(found, zone);
  let year = date.year;
  let yearEnd = 0;
  if (year === null) {
    const y = YEAR.exec(rest);
    if (y) {
      year = Number(y[1]);
      yearEnd = y.index + y[0].length;
    } else year = options.fallbackYear ?? null;
  }
  if (year === null) return { ok: false, index: start, text: phraseOf(date.end), problem: 'no-year' };
  const iso = isoDate(year, date.month, date.day);
  let weekday = date.weekday;
  let wdEnd = 0;
  if (weekday === null) {
    const w = WEEKDAY_WORD.exec(rest);
    if (w) {
      weekday = weekdayNumber(w[1]!);
      wdEnd = w.index + w[0].length;
    }
  }
  const full: DateMatch = { ...date, year, iso, weekday };
  const problems: EmbargoProblem[] = [];
  const end = Math.max(date.end, time?.end ?? 0, zone?.end ?? 0, yearEnd, wdEnd);
  const phrase = phraseOf(end);
  const mismatch = weekdayMismatch(full);
  if (mismatch) problems.push({ message: `Embargo weekday ${mismatch.printed} does not match ${iso}, expected ${mismatch.actual} in "${phrase}"`, severity: 'warning' });
  let value = iso;
  let utcOffset: string | null = null;
  if (time) {
    value += `T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    if (zone) {
      utcOffset = zoneOffset(zone, year, date.month, date.day, time.hour, time.minute);
      value += utcOffset;
      const season = seasonProblem(zone, year, date.month, date.day, time.hour, time.minute);
      if (season) problems.push({ message: season, severity: 'info' });
    } else problems.push({ message: `Missing embargo time zone, expected a zone such as ET, GMT or CET after "${time.text}" in "${phrase}"`, severity: 'warning' });
  } else if (zone) utcOffset = zoneOffset(zone, year, date.month, date.day);
  return {
    ok: true,
    value,
    detail: { text: phrase, dateTime: value, zone: zone?.printed ?? null, utcOffset },
    date: full,
    index: start,
    end: after + end,
    problems,
  };
}

/**
 * A slashed date read day first ("03/11/2027" as 3 November) read month first instead when the
 * embargo's zone is American ("5 p.m. EDT on 03/11/2027" is 11 March), where dates are printed so.
 */
function monthFirst(date: DateMatch, zone: ZoneRef | null): DateMatch {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(date.text);
  if (!m || !zone?.iana?.startsWith('America/') || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return date;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return { ...date, month, day, iso: date.year === null ? null : isoDate(date.year, month, day) };
}

/** A note when a printed standard/summer zone (EST, BST) disagrees with the season of the date. */
function seasonProblem(zone: ZoneRef, year: number, month: number, day: number, hour: number, minute: number): string | null {
  if (zone.iana === null || zone.daylight === null) return null;
  const dst = isDaylight(zone.iana, year, month, day, hour, minute);
  if (dst === zone.daylight) return null;
  const offset = zoneOffset(zone, year, month, day, hour, minute);
  return `Embargo zone ${zone.printed} names ${zone.daylight ? 'summer' : 'standard'} time but ${isoDate(year, month, day)} is on ${dst ? 'summer' : 'standard'} time; read as local time in ${zone.iana} (${offset})`;
}

/** The weekday name a date falls on (for messages). */
export const weekdayName = (year: number, month: number, day: number): string => WEEKDAY_NAMES[weekdayOf(year, month, day)]!;
