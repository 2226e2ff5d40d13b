/**
 * Datelines at the start of a release's lead ("PHILADELPHIA, PA, February 2, 2017 –",
 * "CHICAGO (Jan. 19, 2017) --", "LONDON, 12 May 2017:", "(Pittsburgh) -") and date lines
 * ("For Immediate Release: April 11, 2018", "14 June 2016 | Burlington, VT").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from './dates.js';
import { EMBARGO_KEY } from './embargo.js';

/** A dateline read from the opening of a paragraph. */
export interface Dateline {
  /** The place as printed, without the date. */
  place: string;
  /** Offset of the place in the text. */
  placeIndex: number;
  /** The release's own date printed in the dateline (not an embargo date), or null. */
  date: DateMatch | null;
  /** True when the dateline carries an embargo ("(Embargoed until ...)"). */
  embargo: boolean;
}

/** News-wire names printed before the dateline ("Newswise — "). */
const WIRE = /^(?:newswise|\/?pr\s?newswire\/?|usnewswire|eurekalert!?|ascribe|business\s{1,3}wire|globe\s{1,3}newswire|prweb|medical\s{1,3}xpress)\s{0,3}(?:[—–]|--?|:)\s{0,3}/i;
/** Words that open sentences or labels, never a place. */
const NOT_PLACE = /^(?:the|a|an|this|that|these|today|yesterday|tonight|now|update[ds]?|note|notes|editor'?s?|contact|contacts|media|embargo(?:ed)?|photo|image|video|caption|credit|source|abstract|background|summary|overview|headline|title|what|when|where|who|why|how|press|news|release|for|by|from|in|on|at|and|but|if|dr|prof|professor|mr|mrs|ms|researchers?|scientists?|study|more|about|related|link|links|email|phone|tel|web|website|click|read|see|watch|listen|share|download|q|a)\.?$/i;
const PLACE_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|\p{Lu}\.|of|de|la|le|les|du|del|della|da|do|dos|das|am|an|der|im|upon|on|sur|en|y|the|au|aux|di|van|von|bei|ob)$/u;

/** True when `text` reads as a place name ("Pittsburgh, PA", "DULUTH, Minn.", "Stony Creek, NY"). */
export function isPlace(text: string, strong: boolean): boolean {
  if (text.length > 80) return false;
  const p = text.replace(/[\s,]+$/, '').trim();
  if (p.length < 2 || p.length > 60 || /[\d"“”«»@/\\()[\]]/.test(p)) return false;
  if ((p.match(/,/g) ?? []).length > 2) return false;
  const words = p.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (!words.every((w) => PLACE_WORD.test(w))) return false;
  if (NOT_PLACE.test(words[0]!) || !/^\p{Lu}/u.test(words[0]!)) return false;
  if (strong) return true;
  // Without a date or brackets, a place is in capitals ("MINNEAPOLIS") or "City, State".
  return /^\p{Lu}[\p{Lu}.'’&-]+$/u.test(words[0]!) || /,\s{0,3}\p{Lu}/u.test(p);
}

/** The separator after a dateline: a dash with spaces, a doubled hyphen, an em/en dash, a colon. */
const SEP = /\s{0,3}(?:[–—]+|\s-{1,3}|-{2,3})\s{0,3}|:\s{1,3}/y;

/** Splits a dateline's date part from its embargo part: dates before the embargo keyword are the release's. */
function releaseDate(segment: string): { date: DateMatch | null; embargo: boolean } {
  const key = EMBARGO_KEY.exec(segment);
  const cut = key ? key.index : segment.length;
  const date = findDates(segment.slice(0, cut))[0] ?? null;
  return { date, embargo: key !== null };
}

/** Place and date of "PLACE, DATE" or "PLACE". */
function placeAndDate(s: string): { place: string; date: DateMatch | null } {
  const dates = findDates(s);
  const last = dates[dates.length - 1];
  if (last && s.slice(last.end).trim() === '' && last.index > 0) {
    return { place: s.slice(0, last.index).replace(/[\s,(–—-]+$/, ''), date: last };
  }
  return { place: s, date: null };
}

/** Reads a dateline from the opening of `text`, or null when the text does not open with one. */
export function readDateline(text: string): Dateline | null {
  const head = text.slice(0, 400);
  const wire = WIRE.exec(head);
  const offset = wire ? wire[0].length : 0;
  const rest = head.slice(offset);
  if (rest.startsWith('(')) {
    // "(Pittsburgh) - ..." or "(SEATTLE — April 4, 2018/Embargoed until ...) ..."
    const close = rest.indexOf(')');
    if (close < 2 || close > 200) return null;
    SEP.lastIndex = close + 1;
    if (!SEP.test(rest) && !/^\s{1,3}\p{Lu}/u.test(rest.slice(close + 1))) return null;
    const inner = readInner(rest.slice(1, close), false, true);
    return inner ? { ...inner, placeIndex: inner.placeIndex + offset + 1 } : null;
  }
  const found = readInner(rest, true);
  return found ? { ...found, placeIndex: found.placeIndex + offset } : null;
}

/**
 * The dateline inside `s`; `needEnd` asks for a separator after it (it opens a paragraph),
 * `bracketed` says it was printed in brackets ("(Pittsburgh) -"), which makes any place count.
 */
function readInner(s: string, needEnd = false, bracketed = false): Dateline | null {
  // The place runs to the first bracket, dash separator or colon.
  const m = /^([^()\n–—:|]{2,90}?)(\(|\s[–—]|[–—]|\s-{1,3}\s|-{2,3}|:\s|$)/.exec(s);
  if (!m) return null;
  // A wire tag after the date ("May 5, 2017 /PRNewswire/") is not part of the place or date.
  const lead = m[1]!.replace(/\s{0,3}\/[\p{L} .-]{2,30}\/\s{0,3}$/u, '').trim();
  const sep = m[2]!;
  const afterSep = m.index + m[0].length;
  let { place, date } = placeAndDate(lead);
  let embargo = false;
  let strong = date !== null || bracketed;
  if (sep === '(') {
    const close = s.indexOf(')', afterSep);
    if (close < 0 || close - afterSep > 200) return null;
    SEP.lastIndex = close + 1;
    if (needEnd && !SEP.test(s)) return null;
    const inside = releaseDate(s.slice(afterSep, close));
    if (!inside.date && !inside.embargo) return null;
    date = date ?? inside.date;
    embargo = inside.embargo;
    strong = true;
  } else if (sep.startsWith(':')) {
    if (!date) return null;
  } else if (sep === '') {
    if (needEnd) return null;
  } else {
    // After "PLACE –" may come "DATE –" or "Embargoed for ... –" or "DATE/Embargoed ...".
    const tail = s.slice(afterSep, afterSep + 200).trimStart();
    const next = /^\(?([^\n–—]{0,160}?)(?:\)?\s{0,3}(?:[–—]|\s-{1,3}\s|-{2,3})|\)|$)/.exec(tail);
    const seg = next?.[1] ?? '';
    if (/^\s{0,3}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s{1,3})?(?:\d|\p{L}{3,9}\.?\s{1,3}\d)/iu.test(seg) || EMBARGO_KEY.test(seg.slice(0, 30))) {
      const inside = releaseDate(seg);
      if (inside.date || inside.embargo) {
        date = date ?? inside.date;
        embargo = inside.embargo;
        strong = true;
      }
    }
  }
  if (!isPlace(place, strong)) return null;
  place = place.replace(/[\s,]+$/, '').trim();
  return { place, placeIndex: s.indexOf(place), date, embargo };
}

/** A date line: a short line that is a date, with a label, a reference number or a place. */
export interface DateLine {
  date: DateMatch;
  place: string | null;
  placeIndex: number;
}

/** Labels that may stand before the date of a date line. */
const DATE_LABELS =
  /\b(?:(?:press|news|media|public)\s{1,3}release|for\s{1,3}(?:immediate\s{1,3})?release|immediate\s{1,3}release|release\s{1,3}date|date\s{1,3}of\s{1,3}(?:release|issue)|released|published(?:\s{1,3}on)?|posted(?:\s{1,3}on)?|issued(?:\s{1,3}on)?|dated?|news|release|on)\b|\b(?:PR|No\.?|Ref\.?)\s{0,2}[\d/.-]{1,12}|\b\p{Lu}{1,5}\s?\d{1,5}(?:\/\d{2,4})?\b|\d{1,2}[:.]\d{2}\s{0,2}(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s{0,2}[ap]\.?\s?m\.?/giu;

/**
 * Reads a date line ("For Immediate Release: Tuesday, May 17, 2016", "14 June 2016",
 * "18 August 2016 - Burlington, VT", "REF 207 4 September 2018"); null for any other line,
 * and for embargo lines (an embargo date is not the release date).
 */
export function readDateLine(text: string): DateLine | null {
  if (text.length > 400) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 140 || EMBARGO_KEY.test(t)) return null;
  const date = findDates(t, { numeric: true })[0];
  if (!date) return null;
  const rest = (s: string): string => s.replace(DATE_LABELS, ' ').replace(/^[\s|:,–—-]+|[\s|:,–—-]+$/g, '').trim();
  const before = rest(t.slice(0, date.index));
  const after = rest(t.slice(date.end));
  if (before && after) return null;
  const other = before || after;
  if (!other) return { date, place: null, placeIndex: -1 };
  if (isPlace(other, true)) return { date, place: other, placeIndex: t.indexOf(other) };
  return null;
}

/** A slash or a pipe right after an opening date, before the lead's first sentence. */
const LEAD_SEP = /^\s{0,3}[/|]\s{0,3}(?=\S)/;

/**
 * Reads the bare date that opens a lead paragraph before a slash or a pipe and no place
 * ("January 6, 2015 / Researchers ...", "6 January 2015 | The study ..."); null otherwise.
 */
export function readDateLead(text: string): DateMatch | null {
  const head = text.slice(0, 80);
  const date = findDates(head)[0];
  if (!date || date.index !== 0 || date.year === null) return null;
  return LEAD_SEP.test(head.slice(date.end)) ? date : null;
}
