/**
 * Time zones as releases print them ("ET", "BST", "US Eastern Time", "London time") resolved
 * to IANA zones, and the UTC offset of a local wall-clock time in a zone on a given date,
 * daylight saving included, through `Intl.DateTimeFormat`.
 * @packageDocumentation
 */

/** A printed zone resolved to an IANA zone (or a fixed offset), with the season it names. */
export interface ZoneRef {
  /** The zone as printed (`ET`, `London time`). */
  printed: string;
  /** The IANA zone (`America/New_York`), or null for a fixed offset. */
  iana: string | null;
  /** A fixed offset in minutes east of UTC (GMT, UTC), used when `iana` is null. */
  fixedMinutes: number | null;
  /** True when the name says summer time (EDT, BST), false when it says standard time (EST, GMT), null when it says neither (ET). */
  daylight: boolean | null;
  /** Offset of the zone in the text it was found in. */
  index: number;
  /** Offset just past the zone. */
  end: number;
}

interface ZoneDef {
  iana: string | null;
  fixed?: number;
  daylight: boolean | null;
}

/** Abbreviations, matched in capitals only ("ET" but not "et"). */
const ABBREVIATIONS: Readonly<Record<string, ZoneDef>> = {
  ET: { iana: 'America/New_York', daylight: null },
  EST: { iana: 'America/New_York', daylight: false },
  EDT: { iana: 'America/New_York', daylight: true },
  CT: { iana: 'America/Chicago', daylight: null },
  CST: { iana: 'America/Chicago', daylight: false },
  CDT: { iana: 'America/Chicago', daylight: true },
  MT: { iana: 'America/Denver', daylight: null },
  MST: { iana: 'America/Denver', daylight: false },
  MDT: { iana: 'America/Denver', daylight: true },
  PT: { iana: 'America/Los_Angeles', daylight: null },
  PST: { iana: 'America/Los_Angeles', daylight: false },
  PDT: { iana: 'America/Los_Angeles', daylight: true },
  AKST: { iana: 'America/Anchorage', daylight: false },
  AKDT: { iana: 'America/Anchorage', daylight: true },
  HST: { iana: 'Pacific/Honolulu', daylight: false },
  AST: { iana: 'America/Halifax', daylight: false },
  ADT: { iana: 'America/Halifax', daylight: true },
  GMT: { iana: null, fixed: 0, daylight: false },
  UTC: { iana: null, fixed: 0, daylight: false },
  UT: { iana: null, fixed: 0, daylight: false },
  BST: { iana: 'Europe/London', daylight: true },
  WET: { iana: 'Europe/Lisbon', daylight: false },
  WEST: { iana: 'Europe/Lisbon', daylight: true },
  CET: { iana: 'Europe/Berlin', daylight: false },
  CEST: { iana: 'Europe/Berlin', daylight: true },
  MEZ: { iana: 'Europe/Berlin', daylight: false },
  MESZ: { iana: 'Europe/Berlin', daylight: true },
  EET: { iana: 'Europe/Athens', daylight: false },
  EEST: { iana: 'Europe/Athens', daylight: true },
  MSK: { iana: 'Europe/Moscow', daylight: null },
  SAST: { iana: 'Africa/Johannesburg', daylight: null },
  IST: { iana: 'Asia/Kolkata', daylight: null },
  SGT: { iana: 'Asia/Singapore', daylight: null },
  HKT: { iana: 'Asia/Hong_Kong', daylight: null },
  JST: { iana: 'Asia/Tokyo', daylight: null },
  KST: { iana: 'Asia/Seoul', daylight: null },
  AWST: { iana: 'Australia/Perth', daylight: null },
  ACST: { iana: 'Australia/Adelaide', daylight: false },
  ACDT: { iana: 'Australia/Adelaide', daylight: true },
  AEST: { iana: 'Australia/Sydney', daylight: false },
  AEDT: { iana: 'Australia/Sydney', daylight: true },
  NZST: { iana: 'Pacific/Auckland', daylight: false },
  NZDT: { iana: 'Pacific/Auckland', daylight: true },
  BRT: { iana: 'America/Sao_Paulo', daylight: null },
};

/** Cities and regions printed before "time" ("London time", "New York time"). */
const CITIES: Readonly<Record<string, string>> = {
  london: 'Europe/London', uk: 'Europe/London', british: 'Europe/London', edinburgh: 'Europe/London', dublin: 'Europe/Dublin',
  paris: 'Europe/Paris', berlin: 'Europe/Berlin', brussels: 'Europe/Brussels', amsterdam: 'Europe/Amsterdam',
  geneva: 'Europe/Zurich', zurich: 'Europe/Zurich', vienna: 'Europe/Vienna', madrid: 'Europe/Madrid', rome: 'Europe/Rome',
  stockholm: 'Europe/Stockholm', copenhagen: 'Europe/Copenhagen', oslo: 'Europe/Oslo', helsinki: 'Europe/Helsinki',
  'new york': 'America/New_York', washington: 'America/New_York', boston: 'America/New_York', toronto: 'America/Toronto',
  chicago: 'America/Chicago', denver: 'America/Denver', 'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles', vancouver: 'America/Vancouver', sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne',
  canberra: 'Australia/Sydney', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', auckland: 'Pacific/Auckland',
  tokyo: 'Asia/Tokyo', beijing: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', singapore: 'Asia/Singapore',
  delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', seoul: 'Asia/Seoul', johannesburg: 'Africa/Johannesburg',
};

/** Spelled-out zone names, tried before the abbreviations. */
/** Spelled-out zone names, tried before the abbreviations; the specific before the general ("Central European Time" before "Central Time"). */
const NAMED: ReadonlyArray<[RegExp, ZoneDef]> = [
  [/\bcentral\s{1,3}european(?:\s{1,3}(standard|summer|daylight))?\s{1,3}time\b/i, { iana: 'Europe/Berlin', daylight: null }],
  [/\bBritish\s{1,3}summer\s{1,3}time\b/i, { iana: 'Europe/London', daylight: true }],
  [/\bGreenwich\s{1,3}mean\s{1,3}time\b/i, { iana: null, fixed: 0, daylight: false }],
  [/\baustralian\s{1,3}eastern(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'Australia/Sydney', daylight: null }],
  [/\bjapan(?:ese)?\s{1,3}standard\s{1,3}time\b/i, { iana: 'Asia/Tokyo', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?eastern(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'America/New_York', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?central(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'America/Chicago', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?mountain(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'America/Denver', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?pacific(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'America/Los_Angeles', daylight: null }],
];

const CITY_TIME = new RegExp(`\\b(${Object.keys(CITIES).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s{1,3}')})\\s{1,3}(?:local\\s{1,3})?time\\b`, 'i');
const ABBR = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\d])`, 'u');
/** A printed numeric offset: `UTC+2`, `GMT-05:00`. */
const NUMERIC = /\b(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?(\d{2}))?\b/;

/** Finds the first printed time zone in `text`, or null. */
export function findZone(text: string): ZoneRef | null {
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const minutes = (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0)) * (numeric[1] === '+' ? 1 : -1);
    return { printed: numeric[0], iana: null, fixedMinutes: minutes, daylight: null, index: numeric.index, end: numeric.index + numeric[0].length };
  }
  for (const [re, def] of NAMED) {
    const m = re.exec(text);
    if (m) {
      const season = m[1]?.toLowerCase();
      const daylight = season === undefined ? def.daylight : season !== 'standard';
      return { printed: m[0], iana: def.iana, fixedMinutes: def.fixed ?? null, daylight, index: m.index, end: m.index + m[0].length };
    }
  }
  const city = CITY_TIME.exec(text);
  if (city) {
    const iana = CITIES[city[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    if (iana) return { printed: city[0], iana, fixedMinutes: null, daylight: null, index: city.index, end: city.index + city[0].length };
  }
  const abbr = ABBR.exec(text);
  if (abbr) {
    const def = ABBREVIATIONS[abbr[1]!]!;
    return { printed: abbr[1]!, iana: def.iana, fixedMinutes: def.fixed ?? null, daylight: def.daylight, index: abbr.index, end: abbr.index + abbr[0].length };
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset in minutes east of UTC of `zone` at the instant `utcMs`. */
export function offsetAtInstant(zone: string, utcMs: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** Offset in minutes east of UTC of the local wall-clock time `y-m-d h:min` in `zone`. */
export function offsetForLocal(zone: string, year: number, month: number, day: number, hour = 12, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAtInstant(zone, wall);
  const second = offsetAtInstant(zone, wall - first * 60000);
  if (first === second) return first;
  // In a gap or overlap the second guess is the offset in force after the change.
  return offsetAtInstant(zone, wall - second * 60000) === second ? second : first;
}

/** True when `zone` is on summer time on that date (its offset is above its winter one). */
export function isDaylight(zone: string, year: number, month: number, day: number, hour = 12, minute = 0): boolean {
  const jan = offsetForLocal(zone, year, 1, 1);
  const jul = offsetForLocal(zone, year, 7, 1);
  return offsetForLocal(zone, year, month, day, hour, minute) > Math.min(jan, jul);
}

/** `±HH:MM` of an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The offset of a printed zone on a local date and time, as `±HH:MM`. */
export function zoneOffset(zone: ZoneRef, year: number, month: number, day: number, hour = 12, minute = 0): string {
  if (zone.iana === null) return formatOffset(zone.fixedMinutes ?? 0);
  return formatOffset(offsetForLocal(zone.iana, year, month, day, hour, minute));
}
