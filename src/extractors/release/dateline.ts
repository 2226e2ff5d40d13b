/**
 * Datelines at the start of a release's lead ("PHILADELPHIA, PA, February 2, 2017 –",
 * "CHICAGO (Jan. 19, 2017) --", "LONDON, 12 May 2017:", "(Pittsburgh) -") and date lines
 * ("For Immediate Release: April 11, 2018", "14 June 2016 | Burlington, VT").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';
import { EMBARGO_KEY } from '../../text/embargo-words.js';
import { isPlace } from '../../text/place.js';

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
