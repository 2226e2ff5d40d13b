/**
 * The embargo as the release prints it: the line, its date, weekday, time and zone, each
 * with its place, and the instant it lifts.
 * @packageDocumentation
 */
import type { Block, PressRecord, ReleaseDocument } from '../../types.js';
import { proseBlocks, sourceOffset } from '../locate.js';
import { findDates, findTime, findWeekday, findZone, isCalendarDate, isoDate, type DateHit, type TimeHit, type WeekdayHit, type ZoneHit } from './dates.js';

/** A part of the embargo line with its source offset. */
export type Placed<T> = T & { offset: number };

/** The embargo line as printed, parsed. */
export interface EmbargoFact {
  block: Block;
  /** Source offset of the embargo keyword. */
  offset: number;
  /** The text read after the keyword, up to the end of the statement. */
  text: string;
  date: Placed<DateHit> | null;
  /** The year, from the date or elsewhere on the line (null when never printed). */
  year: number | null;
  weekday: Placed<WeekdayHit> | null;
  time: Placed<TimeHit> | null;
  zone: Placed<ZoneHit> | null;
}

const KEYWORD = /(?<![-\w])(?:embargo(?:ed)?|(?:strictly[ ]+)?not[ ]+for[ ]+(?:release|publication)[ ]+(?:before|until))\b/gi;
const STOP = /\)|\n|[ ](?:--|[–—-])[ ]|[ ]—|—[ ]/;
const WINDOW = 160;

/** The text of an embargo statement after its keyword at `index`: to the end of the statement. */
function windowAfter(text: string, index: number): string {
  const rest = text.slice(index, index + WINDOW);
  const stop = STOP.exec(rest);
  let w = stop ? rest.slice(0, stop.index) : rest;
  // "Embargo:" alone on its line: the date is on the next line.
  if (stop?.[0] === '\n' && w.length < 30 && !findDates(w).length) {
    const next = rest.slice(stop.index + 1);
    const stop2 = STOP.exec(next);
    w = w + ' ' + (stop2 ? next.slice(0, stop2.index) : next);
  }
  return w;
}

const cache = new WeakMap<ReleaseDocument, EmbargoFact | null>();

/** The first embargo statement with a date in the release, parsed; null when there is none. */
export function embargoFact(doc: ReleaseDocument): EmbargoFact | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  let found: EmbargoFact | null = null;
  // Embargo statements sit near the top of their paragraph: read the first few keywords of each.
  let tries = 0;
  outer: for (const block of proseBlocks(doc)) {
    if (!/embargo|not\s+for\s+(?:release|publication)/i.test(block.text.slice(0, 2000))) continue;
    for (const m of block.text.slice(0, 2000).matchAll(KEYWORD)) {
      if (++tries > 50) break outer;
      const w = windowAfter(block.text, m.index);
      const date = findDates(w)[0];
      if (!date) continue;
      const here = (index: number, length: number): number => sourceOffset(doc, block, m.index + index, length);
      // Joined continuation lines do not map back by index; place them by their own text.
      const placed = <T extends { index: number; length: number }>(hit: T | null): Placed<T> | null =>
        hit ? { ...hit, offset: hit.index < w.length && block.text.slice(m.index + hit.index, m.index + hit.index + hit.length) === w.slice(hit.index, hit.index + hit.length) ? here(hit.index, hit.length) : doc.locate(block, w.slice(hit.index, hit.index + hit.length)) } : null;
      const yearElsewhere = /\b((?:19|20)\d{2})\b/.exec(w);
      const year = date.year ?? (yearElsewhere ? Number(yearElsewhere[1]) : null);
      const ymd = year !== null && isCalendarDate(year, date.month, date.day) ? { year, month: date.month, day: date.day } : null;
      found = {
        block,
        offset: here(0, m[0].length),
        text: w,
        date: placed(date),
        year,
        weekday: placed(findWeekday(w)),
        time: placed(findTime(w)),
        zone: placed(findZone(w, ymd)),
      };
      break outer;
    }
  }
  cache.set(doc, found);
  return found;
}

/** The embargo's calendar date `YYYY-MM-DD` from the record, else from the printed line. */
export function embargoDay(record: PressRecord, fact: EmbargoFact | null): string | null {
  const fromRecord = record.release.embargo?.slice(0, 10);
  if (fromRecord && /^\d{4}-\d{2}-\d{2}$/.test(fromRecord)) return fromRecord;
  if (fact?.date && fact.year !== null) return isoDate(fact.year, fact.date.month, fact.date.day);
  return null;
}

/** When the embargo lifts: the UTC instant, and whether the zone was known (else UTC was assumed). */
export interface EmbargoInstant {
  instant: Date;
  zoneKnown: boolean;
  /** The embargo as `YYYY-MM-DDTHH:MM±HH:MM` (or without offset when the zone is unknown). */
  label: string;
}

/** The instant the embargo lifts, from the record's embargo and offset, else from the printed line. */
export function embargoInstant(record: PressRecord, fact: EmbargoFact | null): EmbargoInstant | null {
  const rec = record.release.embargo;
  const m = rec ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.exec(rec) : null;
  if (m) {
    const printed = fact?.zone?.offsetMinutes;
    const fromLine = printed === null || printed === undefined ? null : printed === 0 ? 'Z' : `${printed < 0 ? '-' : '+'}${String(Math.floor(Math.abs(printed) / 60)).padStart(2, '0')}:${String(Math.abs(printed) % 60).padStart(2, '0')}`;
    const zone = m[6] ?? record.release.embargoDetail?.utcOffset ?? fromLine;
    const minutes = zone === null ? null : zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const local = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
    return { instant: new Date(local - (minutes ?? 0) * 60_000), zoneKnown: minutes !== null, label: rec! + (m[6] || zone === null || !m[4] ? '' : zone) };
  }
  if (!fact?.date || fact.year === null || !isCalendarDate(fact.year, fact.date.month, fact.date.day)) return null;
  const h = fact.time?.hour ?? 0;
  const mi = fact.time?.minute ?? 0;
  const minutes = fact.zone?.offsetMinutes ?? null;
  const local = Date.UTC(fact.year, fact.date.month - 1, fact.date.day, h, mi);
  const day = isoDate(fact.year, fact.date.month, fact.date.day);
  const clock = fact.time ? `T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` : '';
  const off = minutes === null || !fact.time ? '' : minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return { instant: new Date(local - (minutes ?? 0) * 60_000), zoneKnown: minutes !== null, label: day + clock + off };
}
