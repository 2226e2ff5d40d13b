/**
 * Time zones as releases print them ("ET", "BST", "US Eastern Time", "London time") resolved
 * to IANA zones, and the UTC offset of a local wall-clock time in a zone on a given date,
 * daylight saving included: by hand for the zones releases print, else through `Intl.DateTimeFormat`.
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
  NZT: { iana: 'Pacific/Auckland', daylight: null },
  AET: { iana: 'Australia/Sydney', daylight: null },
  EAT: { iana: 'Africa/Nairobi', daylight: null },
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

/** Spelled-out zone names, tried before the abbreviations; the specific before the general ("Central European Time" before "Central Time"); the US zones also bare ("3 p.m. Eastern"). */
const NAMED: ReadonlyArray<[RegExp, ZoneDef]> = [
  [/\bcentral\s{1,3}european(?:\s{1,3}(standard|summer|daylight))?\s{1,3}time\b/i, { iana: 'Europe/Berlin', daylight: null }],
  [/\bBritish\s{1,3}summer\s{1,3}time\b/i, { iana: 'Europe/London', daylight: true }],
  [/\bGreenwich\s{1,3}mean\s{1,3}time\b/i, { iana: null, fixed: 0, daylight: false }],
  [/\baustralian\s{1,3}eastern(?:\s{1,3}(standard|daylight|summer))?\s{1,3}time\b/i, { iana: 'Australia/Sydney', daylight: null }],
  [/\bjapan(?:ese)?\s{1,3}standard\s{1,3}time\b/i, { iana: 'Asia/Tokyo', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?eastern(?:\s{1,3}(standard|daylight|summer))?(?:\s{1,3}time\b|(?=\s{0,3}(?:[^\sA-Za-z-]|$)))/i, { iana: 'America/New_York', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?central(?:\s{1,3}(standard|daylight|summer))?(?:\s{1,3}time\b|(?=\s{0,3}(?:[^\sA-Za-z-]|$)))/i, { iana: 'America/Chicago', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?mountain(?:\s{1,3}(standard|daylight|summer))?(?:\s{1,3}time\b|(?=\s{0,3}(?:[^\sA-Za-z-]|$)))/i, { iana: 'America/Denver', daylight: null }],
  [/\b(?:U\.?S\.?\s{1,3})?pacific(?:\s{1,3}(standard|daylight|summer))?(?:\s{1,3}time\b|(?=\s{0,3}(?:[^\sA-Za-z-]|$)))/i, { iana: 'America/Los_Angeles', daylight: null }],
];

const CITY_TIME = new RegExp(`\\b(${Object.keys(CITIES).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s{1,3}')})\\s{1,3}(?:local\\s{1,3})?time\\b`, 'i');
const ABBR = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\d])`, 'u');
/** A printed numeric offset: `UTC+2`, `GMT-05:00`. */
const NUMERIC = /\b(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?(\d{2}))?\b/;

/**
 * Finds the first printed time zone in `text`, or null: the one printed earliest, so that
 * "16:00 London time / 11:00 US Eastern Time" gives London time; at the same place the
 * longer form wins ("UTC+2" over "UTC").
 */
export function findZone(text: string): ZoneRef | null {
  let best: ZoneRef | null = null;
  const offer = (z: ZoneRef): void => {
    if (!best || z.index < best.index || (z.index === best.index && z.end > best.end)) best = z;
  };
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const minutes = (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0)) * (numeric[1] === '+' ? 1 : -1);
    offer({ printed: numeric[0], iana: null, fixedMinutes: minutes, daylight: null, index: numeric.index, end: numeric.index + numeric[0].length });
  }
  for (const [re, def] of NAMED) {
    const m = re.exec(text);
    if (m) {
      const season = m[1]?.toLowerCase();
      const daylight = season === undefined ? def.daylight : season !== 'standard';
      offer({ printed: m[0], iana: def.iana, fixedMinutes: def.fixed ?? null, daylight, index: m.index, end: m.index + m[0].length });
    }
  }
  const city = CITY_TIME.exec(text);
  if (city) {
    const iana = CITIES[city[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    if (iana) offer({ printed: city[0], iana, fixedMinutes: null, daylight: null, index: city.index, end: city.index + city[0].length });
  }
  const abbr = ABBR.exec(text);
  if (abbr) {
    const def = ABBREVIATIONS[abbr[1]!]!;
    offer({ printed: abbr[1]!, iana: def.iana, fixedMinutes: def.fixed ?? null, daylight: def.daylight, index: abbr.index, end: abbr.index + abbr[0].length });
  }
  return best;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset in minutes east of UTC of `zone` at the instant `utcMs`, as `Intl.DateTimeFormat`
 * tells it (loading the time-zone data on first use; one formatter per zone, kept).
 */
export function offsetByIntl(zone: string, utcMs: number): number {
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

/**
 * How a zone's summer time runs: `us` (second Sunday of March 02:00 local to first Sunday of
 * November 02:00 local; from 2000 to 2006 first Sunday of April to last Sunday of October),
 * `eu` (last Sunday of March to last Sunday of October, 01:00 UTC), `au` (first Sunday of
 * October 02:00 standard to first Sunday of April 03:00 summer time, from 2008), `nz` (last
 * Sunday of September 02:00 standard to first Sunday of April 03:00 summer time, from 2008),
 * or none.
 */
type Season = 'us' | 'eu' | 'au' | 'nz' | null;

/** A zone's rule by hand: standard offset in minutes, its summer time, and the first year the rule holds. */
interface HandRule {
  standard: number;
  season: Season;
  since: number;
}

/**
 * The zones releases print, by hand (checked against `Intl` for every day of 2000–2035 in
 * test/release-timezones.test.ts). Other zones and years go to `Intl`.
 */
const HAND_RULES: ReadonlyMap<string, HandRule> = new Map<string, HandRule>([
  ['America/New_York', { standard: -300, season: 'us', since: 2000 }],
  ['America/Toronto', { standard: -300, season: 'us', since: 2000 }],
  ['America/Chicago', { standard: -360, season: 'us', since: 2000 }],
  ['America/Denver', { standard: -420, season: 'us', since: 2000 }],
  ['America/Los_Angeles', { standard: -480, season: 'us', since: 2000 }],
  ['America/Vancouver', { standard: -480, season: 'us', since: 2000 }],
  ['America/Anchorage', { standard: -540, season: 'us', since: 2000 }],
  ['America/Halifax', { standard: -240, season: 'us', since: 2000 }],
  ['Pacific/Honolulu', { standard: -600, season: null, since: 2000 }],
  ['Europe/London', { standard: 0, season: 'eu', since: 2000 }],
  ['Europe/Dublin', { standard: 0, season: 'eu', since: 2000 }],
  ['Europe/Lisbon', { standard: 0, season: 'eu', since: 2000 }],
  ['Europe/Berlin', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Paris', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Brussels', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Amsterdam', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Zurich', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Vienna', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Madrid', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Rome', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Stockholm', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Copenhagen', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Oslo', { standard: 60, season: 'eu', since: 2000 }],
  ['Europe/Athens', { standard: 120, season: 'eu', since: 2000 }],
  ['Europe/Helsinki', { standard: 120, season: 'eu', since: 2000 }],
  ['Africa/Johannesburg', { standard: 120, season: null, since: 2000 }],
  ['Asia/Kolkata', { standard: 330, season: null, since: 2000 }],
  ['Asia/Singapore', { standard: 480, season: null, since: 2000 }],
  ['Asia/Hong_Kong', { standard: 480, season: null, since: 2000 }],
  ['Asia/Shanghai', { standard: 480, season: null, since: 2000 }],
  ['Asia/Tokyo', { standard: 540, season: null, since: 2000 }],
  ['Asia/Seoul', { standard: 540, season: null, since: 2000 }],
  // Perth tried summer time from 2006 to 2009.
  ['Australia/Perth', { standard: 480, season: null, since: 2010 }],
  ['Australia/Brisbane', { standard: 600, season: null, since: 2000 }],
  ['Australia/Sydney', { standard: 600, season: 'au', since: 2008 }],
  ['Australia/Melbourne', { standard: 600, season: 'au', since: 2008 }],
  ['Australia/Adelaide', { standard: 570, season: 'au', since: 2008 }],
  ['Pacific/Auckland', { standard: 720, season: 'nz', since: 2008 }],
  // São Paulo has kept standard time all year since 2019.
  ['America/Sao_Paulo', { standard: -180, season: null, since: 2020 }],
]);

/** The last year the hand rules are checked for. */
const LAST_HAND_YEAR = 2035;

/** The day of the month of the `nth` (1-based) Sunday of a month (1-12), or of its last Sunday when `nth` is 0. */
function sunday(year: number, month: number, nth: number): number {
  if (nth === 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (nth - 1) * 7;
}

/** The instant of a wall-clock time at a given offset. */
const at = (year: number, month: number, day: number, hour: number, offset: number): number => Date.UTC(year, month - 1, day, hour) - offset * 60000;

/** True when summer time is in force at `utcMs` (of UTC year `year`) under a season rule, for a zone of standard offset `std`. */
function inSummer(season: Exclude<Season, null>, std: number, year: number, utcMs: number): boolean {
  switch (season) {
    case 'us': {
      const start = year >= 2007 ? at(year, 3, sunday(year, 3, 2), 2, std) : at(year, 4, sunday(year, 4, 1), 2, std);
      const end = year >= 2007 ? at(year, 11, sunday(year, 11, 1), 2, std + 60) : at(year, 10, sunday(year, 10, 0), 2, std + 60);
      return utcMs >= start && utcMs < end;
    }
    case 'eu':
      return utcMs >= at(year, 3, sunday(year, 3, 0), 1, 0) && utcMs < at(year, 10, sunday(year, 10, 0), 1, 0);
    case 'au':
      return utcMs < at(year, 4, sunday(year, 4, 1), 3, std + 60) || utcMs >= at(year, 10, sunday(year, 10, 1), 2, std);
    case 'nz':
      return utcMs < at(year, 4, sunday(year, 4, 1), 3, std + 60) || utcMs >= at(year, 9, sunday(year, 9, 0), 2, std);
  }
}

/**
 * Offset in minutes east of UTC of `zone` at the instant `utcMs`: by hand for the zones
 * releases print (no time-zone data to load), through `Intl` for any other zone or year.
 */
export function offsetAtInstant(zone: string, utcMs: number): number {
  const rule = HAND_RULES.get(zone);
  if (rule) {
    // A UTC year is near enough: no change of these zones falls within a day of the new year.
    const year = new Date(utcMs).getUTCFullYear();
    if (year >= rule.since && year <= LAST_HAND_YEAR) {
      return rule.season !== null && inSummer(rule.season, rule.standard, year, utcMs) ? rule.standard + 60 : rule.standard;
    }
  }
  return offsetByIntl(zone, utcMs);
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
