/**
 * Datelines at the start of a release's lead ("PHILADELPHIA, PA, February 2, 2017 –",
 * "CHICAGO (Jan. 19, 2017) --", "LONDON, 12 May 2017:", "(Pittsburgh) -") and date lines
 * ("For Immediate Release: April 11, 2018", "14 June 2016 | Burlington, VT").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';
import { EMBARGO_KEY } from '../../text/embargo-words.js';
import { isPlace } from '../../text/place.js';
import { looksLikeJournal } from '../article/journal.js';
import { bracketDateBeforeSentence } from './bracket-date.js';
import type { DateLine } from '../../text/date-line.js';

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

/** Dashes that separate a dateline even unspaced: figure dash, en dash, em dash, horizontal bar (U+2012–U+2015). */
const DASH = '\\u2012-\\u2015';
/** Hyphens that separate a dateline only when spaced or doubled: hyphen-minus, U+2010, U+2011, minus sign U+2212. */
const HYPHEN = '\\-\\u2010\\u2011\\u2212';

/** News-wire names printed before the dateline ("Newswise — ", "Newswire — (CITY — date) —"). */
const WIRE = new RegExp(
  `^(?:newswise|newswire|\\/?pr\\s?newswire\\/?|usnewswire|eurekalert!?|ascribe|business\\s{1,3}wire|globe\\s{1,3}newswire|prweb|medical\\s{1,3}xpress)\\s{0,3}(?:[${DASH}]|[${HYPHEN}]{1,2}|:)\\s{0,3}`,
  'i',
);

/**
 * A release label printed as a kicker before the dateline and set off by a dash ("**NEWS** — BOSTON —",
 * "PRESS RELEASE – LONDON –"): never the place.
 */
const LABEL_KICKER = new RegExp(
  `^(?:\\*\\*|__)?(?:news|news\\s{1,3}release|press\\s{1,3}release|media\\s{1,3}release|research\\s{1,3}news|science\\s{1,3}news)(?:\\*\\*|__)?\\s{0,3}(?:[${DASH}]|\\s[${HYPHEN}]{1,2}|[${HYPHEN}]{2})\\s{0,3}(?=\\p{Lu})`,
  'iu',
);
/** The Polish and Russian abbreviation of "year" printed after a date's year ("3 grudnia 2031 r."). */
const YEAR_WORD = /(\d{4})\s{0,2}(?:r|\u0433)\.$/;

/** The separator after a dateline: a dash with spaces, a doubled hyphen, an em/en dash or bar, a colon. */
const SEP = new RegExp(`\\s{0,3}(?:[${DASH}]{1,3}|\\s[${HYPHEN}]{1,3}|[${HYPHEN}]{2,3})\\s{0,3}|:\\s{1,3}`, 'y');
/** The place runs to the first bracket, dash separator, colon or spaced pipe. */
const PLACE_THEN_SEP = new RegExp(`^([^()\\n${DASH}:|]{2,90}?)(\\(|\\s[${DASH}]|[${DASH}]|\\s[${HYPHEN}]{1,3}\\s|[${HYPHEN}]{2,3}|:\\s|\\s\\|\\s|$)`);
/** The segment after "PLACE –": up to the next separator or closing bracket. */
const NEXT_SEGMENT = new RegExp(`^\\(?([^\\n${DASH}]{0,160}?)(?:\\)?\\s{0,3}(?:[${DASH}]|\\s[${HYPHEN}]{1,3}\\s|[${HYPHEN}]{2,3})|\\)|$)`);
/**
 * The segment after "PLACE –" when it runs on with no separator: up to a colon ("Lisbon, Portugal –
 * 31 August 2031: People who …", as the European Society of Cardiology prints its releases).
 */
const SEGMENT_TO_COLON = new RegExp(`^\\(?([^\\n${DASH}:]{4,60}?)\\)?\\s{0,3}:\\s`);
/** A place segment after a leading date ("12 May 2017 – LONDON –", "12 May 2017 – LONDON:"). */
const PLACE_AFTER_DATE = new RegExp(`^([^()\\n${DASH}:|]{2,60}?)(?:\\s[${DASH}]|[${DASH}]|\\s[${HYPHEN}]{1,3}\\s|[${HYPHEN}]{2,3}|:\\s)`);
/** Trailing separators and brackets left on a place. */
const PLACE_TAIL = new RegExp(`[\\s,(${DASH}${HYPHEN}]+$`);
/** The article that French, German and Swedish print before a date ("Paris, le", "Mainz, den", "Stockholm den" with no comma). */
const DATE_ARTICLE = /(?:,\s{0,3}(?:le|den|am)|\s{1,3}den)$/;
/**
 * A news agency or wire named in brackets after the place ("(Reuters)", "(BUSINESS WIRE)",
 * "(ots/PRNewswire)"): a few capitalised words, or a lower-case service before a slash, no digits.
 */
const AGENCY = /^\s{0,2}(?:\p{Lu}|\p{Ll}{2,6}\/\p{Lu})[\p{L}.&'/ ]{1,38}\s{0,2}$/u;
/**
 * A place, then an office or agency in square brackets, or a date ("New York, NY [March 11, 2040] —"):
 * group 1 the place and its space, group 2 the name or the date.
 */
const SQUARE_OFFICE = /^(\p{Lu}[^\[\]\n]{1,89}?\s)\[(\p{Lu}[\p{L}.&'’ -]{1,60}|[\p{L}\d., ]{4,30}\d{4})\]/u;
/** A region or country in brackets after a place ("Vienna (Austria)"): capitalised words, no digits or slashes. */
const BRACKET_REGION = /^\p{Lu}[\p{L}.'’ -]{1,30}$/u;
/** Words that label a paragraph before a colon and are never a place ("BACKGROUND:", "RESULTS:", a transcript's "NARRATOR:" or "HOST:"). */
const COLON_LABEL =
  /^(?:background|objectives?|aims?|methods?|design|setting|participants?|interventions?|results?|findings|conclusions?|importance|meaning|limitations?|funding|disclosures?|editors?|attention|correction|clarification|advisory|alert|updated?|breaking|exclusive|photos?|images?|videos?|audio|watch|listen|register|rsvp|details|location|venue|date|time|speakers?|agenda|highlights?|key|facts|takeaways?|tips|warning|disclaimer|reference|citation|source|note|notes|summary|abstract|contact|contacts|media|what|when|where|who|why|how|q|a|narrator|host|interviewer|presenter|announcer|moderator|guest|transcript|voice-?over|reporter|anchor|caller|panell?ist)$/i;
/**
 * A transcript's role label opening a speaker's name or bracket ("HOST TAMATI REWETI:", "HOST (KWAME ASARE):",
 * "Narrator:"): the role word alone or before a name, never a place.
 */
const ROLE_LABEL = /^(?:host|co-?host|narrator|interviewer|interviewee|presenter|announcer|moderator|guest|reporter|anchor|caller|panell?ist)(?:\s|$)/i;
/** Organisation words: a capitalised name with one of them is an institution, not a place, unless printed "X, State"; a town named after one ("College Station", "University Park", "College Heights") is none. */
const ORG_WORD = /\b(?:universit(?:y|ies)|institutes?|hospitals?|cent(?:er|re)s?|colleges?|schools?|foundation|society|association|academy|agency|council|ministry|department|laborator(?:y|ies)|inc|corp|corporation|company|ltd|llc|group|network|alliance|trust|clinic|pharmaceuticals?|therapeutics|biosciences?)\b(?!\s{1,3}(?:station|park|heights)\b)/i;

/** Splits a dateline's date part from its embargo part: dates before the embargo keyword are the release's. */
function releaseDate(segment: string): { date: DateMatch | null; embargo: boolean } {
  const key = EMBARGO_KEY.exec(segment);
  const cut = key ? key.index : segment.length;
  // Numeric dates count ("CHICAGO (03-14-2031) —", "Vienna – 14.03.2031 –"): the segment sits between a place and a separator.
  const date = findDates(segment.slice(0, cut), { numeric: true })[0] ?? null;
  return { date, embargo: key !== null };
}

/** Place and date of "PLACE, DATE" or "PLACE". */
function placeAndDate(s: string): { place: string; date: DateMatch | null } {
  const dates = findDates(s, { numeric: true });
  const last = dates[dates.length - 1];
  if (last && s.slice(last.end).trim() === '' && last.index > 0) {
    // "Paris, le 5 mars 2030", "Mainz, den 5. März 2030": the article before a French or German date is not the place's.
    return { place: s.slice(0, last.index).replace(PLACE_TAIL, '').replace(DATE_ARTICLE, ''), date: last };
  }
  // "NEW YORK, March 11 (Reuters)": a date without a year after the place is no release date, nor part of the place.
  if (!last && /\d/.test(s)) {
    const bare = findDates(s, { allowNoYear: true });
    const tail = bare[bare.length - 1];
    if (tail && tail.index > 0 && s.slice(tail.end).trim() === '') return { place: s.slice(0, tail.index).replace(PLACE_TAIL, ''), date: null };
  }
  // "12 May 2017, LONDON": the date first, then the place.
  const first = dates[0];
  if (first && first.index === 0 && first.year !== null) {
    const after = s.slice(first.end).replace(/^[\s,]+/, '');
    return { place: after || s, date: first };
  }
  return { place: s, date: null };
}

/**
 * Reads a dateline from the opening of `text`, or null when the text does not open with one;
 * `elsewhere` gives more of the release's running text, to tell an acronym from a city.
 */
export function readDateline(text: string, elsewhere: () => string = () => '', emphasis: readonly string[] = []): Dateline | null {
  const head = text.slice(0, 400);
  const wire = WIRE.exec(head) ?? LABEL_KICKER.exec(head);
  const offset = wire ? wire[0].length : 0;
  const rest = head.slice(offset);
  if (rest.startsWith('(')) {
    // "(Pittsburgh) - ..." or "(SEATTLE — April 4, 2018/Embargoed until ...) ..."
    const close = rest.indexOf(')');
    if (close < 2 || close > 200) return null;
    SEP.lastIndex = close + 1;
    if (!SEP.test(rest) && !/^\s{1,3}\p{Lu}/u.test(rest.slice(close + 1))) return null;
    const inner = readInner(rest.slice(1, close), elsewhere, false, true);
    return inner ? { ...inner, placeIndex: inner.placeIndex + offset + 1 } : null;
  }
  const slashed = rest.includes(' / ') ? readSlashDateline(rest) : null;
  if (slashed) return { ...slashed, placeIndex: slashed.placeIndex + offset };
  const joint = rest.includes(' / ') ? readJointDateline(rest, elsewhere) : null;
  if (joint) return { ...joint, placeIndex: joint.placeIndex + offset };
  const period = readPeriodDateline(rest);
  if (period) return { ...period, placeIndex: period.placeIndex + offset };
  const found = readInner(rest, elsewhere, true, false, emphasis);
  return found ? { ...found, placeIndex: found.placeIndex + offset } : null;
}

/** A year followed by a full stop and a space or a dash ("2030. ", "2030.- "), maybe with the office's acronym in brackets before the stop ("2030 (UBA).–"). */
const YEAR_STOP = /\d{4}(?:\s{0,2}\(\p{Lu}[\p{L}.-]{1,15}\))?\.[\s\u2012-\u2015-]/u;
/** The office's acronym in brackets between the date and its full stop ("9 de abril de 2030 (UBA).–"). */
const OFFICE_TAG = /^\s{0,2}\(\p{Lu}[\p{L}.-]{1,15}\)(?=\.)/u;
/** A place and a comma opening a paragraph: one or two capitalised parts ("Heidelberg, ", "Lund, Sweden, "). */
const PLACE_COMMA = /^(\p{Lu}[^\s,.:;()\d]{1,30}(?:\s{1,2}[^\s,.:;()\d]{1,30}){0,3}(?:,\s{1,2}\p{Lu}[^\s,.:;()\d]{1,30}(?:\s{1,2}[^\s,.:;()\d]{1,30}){0,2})?),\s{1,3}/u;

/** A town of one or two capitalised words and a space before a dotted date and its full stop, as Finnish and Estonian offices print it ("Helsinki 16.4.2038. "). */
const PLACE_SPACE_DOTTED = /^(\p{Lu}[^\s,.:;()\d]{1,30}(?:\s\p{Lu}[^\s,.:;()\d]{1,30})?)\s{1,2}(?=\d{1,2}\.\d{1,2}\.\d{4}\.\s)/u;

/**
 * Reads a dateline closed by a full stop, as European offices print it ("Heidelberg, 12 March
 * 2027. The liver ...", "Lund, 12.03.2027. Researchers ...", "Helsinki 16.4.2038. Text ...", "Madrid, 14 March 2031.- The ..."): a place, a comma (none before a dotted date), a date with a
 * year, a full stop and the first sentence; null otherwise.
 */
function readPeriodDateline(s: string): Dateline | null {
  // Cheap test first: a year and a full stop near the start.
  if (!YEAR_STOP.test(s.slice(0, 110))) return null;
  // "Helsinki 16.4.2038. Text …": Finnish and Estonian offices print no comma before a dotted date.
  const m = PLACE_COMMA.exec(s) ?? PLACE_SPACE_DOTTED.exec(s);
  if (!m) return null;
  const after = s.slice(m[0].length, m[0].length + 60);
  // A dotted date's closing full stop ("12.03.2027.") hides it from the date reader: read it without.
  const date = findDates(after.replace(/^(\d{1,2}\.\d{1,2}\.\d{4})\./, '$1 '), { numeric: true })[0];
  if (!date || date.index !== 0 || date.year === null) return null;
  // The date's own dot ("12.03.2027.") is not the full stop: one must follow the year.
  // Spanish and Portuguese offices close it with a full stop and a dash ("Madrid, 14 March 2031.- The ...").
  const tail = after.slice(date.end).replace(OFFICE_TAG, '');
  // Croatian and Serbian offices space the dash after the year's ordinal dot ("Zagreb, 20. travnja 2037. – The ...").
  if (!/^\.(?:\s{0,2}[\u2012-\u2015-]{1,2})?\s{1,3}[\p{Lu}\d"“‘]/u.test(tail)) return null;
  const place = m[1]!;
  if (!isPlace(place, true)) return null;
  return { place, placeIndex: 0, date, embargo: false };
}

/**
 * The dateline inside `s`; `elsewhere` is running text after it; `needEnd` asks for a separator after it (it opens a paragraph),
 * `bracketed` says it was printed in brackets ("(Pittsburgh) -"), which makes any place count;
 * `emphasis` holds the paragraph's bold or italic texts ("**New Delhi:** …").
 */
function readInner(s: string, elsewhere: () => string, needEnd = false, bracketed = false, emphasis: readonly string[] = []): Dateline | null {
  // "PROVIDENCE, R.I. [Brown University] —", "New York, NY [March 11, 2040] —": the office or date in square brackets reads as in round ones (same length, same offsets).
  if (s.includes('[')) s = s.replace(SQUARE_OFFICE, '$1($2)');
  // The place runs to the first bracket, dash separator or colon.
  const m = PLACE_THEN_SEP.exec(s);
  if (!m) return null;
  // A wire tag after the date ("May 5, 2017 /PRNewswire/") is not part of the place or date.
  const lead = m[1]!.replace(/\s{0,3}\/[\p{L} .-]{2,60}\/\s{0,3}$/u, '').trim().replace(YEAR_WORD, '$1');
  const sep = m[2]!;
  const afterSep = m.index + m[0].length;
  let { place, date } = placeAndDate(lead);
  // A transcript's speaker ("HOST TAMATI REWETI: So is …", "HOST (KWAME ASARE): …") opens with a role, not a place.
  if (ROLE_LABEL.test(place.trim()) && !place.includes(',')) return null;
  let embargo = false;
  let strong = date !== null || bracketed;
  let sepEnd = afterSep;
  if (date && date.index === 0 && place === lead && sep !== '(' && sep !== '') {
    // "Tuesday, 12 May 2017 – LONDON – ...": the date opens the line, the place follows it ("12 May 2017 | The team ..." has none).
    if (sep.includes('|')) return null;
    const after = PLACE_AFTER_DATE.exec(s.slice(afterSep, afterSep + 120).trimStart());
    if (!after) return null;
    place = after[1]!.trim();
    if (!isPlace(place, true)) return null;
    return { place, placeIndex: s.indexOf(place, afterSep), date, embargo: false };
  }
  if (sep === '(') {
    const close = s.indexOf(')', afterSep);
    if (close < 0 || close - afterSep > 200) return null;
    SEP.lastIndex = close + 1;
    const separated = SEP.test(s);
    sepEnd = SEP.lastIndex;
    const insideText = s.slice(afterSep, close);
    // "Atlanta, GA (PRWEB) March 5, 2030 --": a wire in brackets, then the date.
    const wireDate = !separated && !date && AGENCY.test(insideText) ? findDates(s.slice(close + 1, close + 61))[0] : undefined;
    const dated = wireDate !== undefined && wireDate.year !== null && s.slice(close + 1, close + 1 + wireDate.index).trim() === '';
    const region = needEnd && !separated && !dated && !date ? regionThenDate(s, close, insideText) : null;
    if (region) {
      if (!isPlace(lead, true)) return null;
      return { place: `${lead} (${insideText.trim()})`, placeIndex: s.indexOf(lead), date: region, embargo: false };
    }
    // "Jena (17.03.2040) Wenn …": a full date fills the brackets and the lead follows with no dash.
    const bare = needEnd && !separated && !dated && !date ? bracketDateBeforeSentence(s, close, insideText) : null;
    if (bare) {
      if (!isPlace(lead, true)) return null;
      return { place: lead, placeIndex: s.indexOf(lead), date: bare, embargo: false };
    }
    if (needEnd && !separated && !dated) return null;
    const inside = releaseDate(insideText);
    if (inside.date || inside.embargo) {
      date = date ?? inside.date;
      embargo = inside.embargo;
      strong = true;
    } else if (dated) {
      date = wireDate!;
      strong = true;
    } else if (!(separated && AGENCY.test(insideText))) return null;
    // "WASHINGTON (Reuters) –": an agency in brackets; the place must stand on its own shape.
  } else if (sep.startsWith(':')) {
    // "LONDON, 12 May 2017:" or "Leeds, UK:"; a lone word before a colon is a place only in capitals and not a label.
    // Indian offices print the city in mixed case, set in bold or before a date without a year ("**New Delhi:**", "Bengaluru, March 14:").
    // "Dubai, UAE: 14 March 2031 – …", as Gulf offices print it: the date between the colon and a dash is the release's.
    const after = !date && /^\s{0,3}\d/.test(s.slice(afterSep, afterSep + 4)) ? dateBeforeDash(s.slice(afterSep, afterSep + 60)) : null;
    if (after) {
      date = after;
      strong = true;
    }
    const vouched = !date && colonCityVouched(lead, place, emphasis, elsewhere);
    if (vouched) strong = true;
    else if (!date && !/,\s{0,3}\p{Lu}/u.test(place) && (COLON_LABEL.test(place.trim()) || !/^\p{Lu}[\p{Lu} .'’&-]+$/u.test(place.trim()))) return null;
  } else if (sep === '') {
    if (needEnd) return null;
  } else if (sep.includes('|')) {
    // "CANBERRA, Australia | The agency ...": a pipe closes a dateline only after a place in capitals.
    const piped = date || !pipedPlace(place.trim()) ? null : pipedDate(s.slice(afterSep, afterSep + 300));
    if (piped) {
      date = piped;
      strong = true;
    } else if (!date && !/^\p{Lu}[\p{Lu}.'’ -]{2,40}(?:,|$)/u.test(place.trim())) return null;
  } else {
    // After "PLACE –" may come "DATE –" or "Embargoed for ... –" or "DATE/Embargoed ...".
    let tail = s.slice(afterSep, afterSep + 200).trimStart();
    let next = NEXT_SEGMENT.exec(tail) ?? SEGMENT_TO_COLON.exec(tail);
    // "BOSTON--(BUSINESS WIRE)--November 2, 2031--": a wire in brackets stands between the place and the date.
    if (next && tail.startsWith('(') && next[0].includes(')') && AGENCY.test(next[1] ?? '')) {
      tail = tail.slice(next[0].length).trimStart();
      next = NEXT_SEGMENT.exec(tail);
    }
    // "Toronto, Ontario--(Newsfile Corp. - March 14, 2031) -": the wire and the date share one bracket.
    const shared = tail.startsWith('(') && !next?.[0].includes(')') ? wireDateInBracket(tail) : null;
    if (shared) {
      date = shared;
      strong = true;
    }
    const seg = shared ? '' : (next?.[1] ?? '');
    if (seg && (/^\s{0,3}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s{1,3})?(?:\d|\p{L}{3,9}\.?\s{1,3}\d)/iu.test(seg) || EMBARGO_KEY.test(seg.slice(0, 30)))) {
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
  // "Pond Institute Communications 5 March 2030 —": an office or organisation before a date is a byline, not a place.
  if (!/,\s{0,3}\p{Lu}/u.test(place) && (ORG_WORD.test(place) || OFFICE_WORD.test(place) || isJournalName(place))) return null;
  if (!strong && !looksLikePlaceUnaided(place, s.slice(sepEnd, sepEnd + 1500) + '\n' + elsewhere().slice(0, 20000))) return null;
  return { place, placeIndex: s.indexOf(place), date, embargo };
}

/** The separator between a wire's name and the date in one bracket: a spaced hyphen or dash, or a comma. */
const WIRE_DATE_SEP = /[\s,\u2012-\u2015-]+$/;

/**
 * The date of a wire's bracket that opens `tail` ("(Newsfile Corp. - March 14, 2031) - …"): the wire's name, a dash or
 * comma, and a date with a year that closes the bracket; null otherwise.
 */
function wireDateInBracket(tail: string): DateMatch | null {
  const close = tail.indexOf(')');
  if (close < 8 || close > 100) return null;
  const inner = tail.slice(1, close).trimEnd();
  const d = findDates(inner)[0];
  if (!d || d.year === null || d.end !== inner.length || d.index < 3) return null;
  const wire = inner.slice(0, d.index);
  return WIRE_DATE_SEP.test(wire) && AGENCY.test(wire.replace(WIRE_DATE_SEP, '')) ? d : null;
}

/** A dateline of parts set apart by spaced slashes, as some wires print it ("NEW YORK, NY / ACCESS Newswire / March 14, 2031 / …"): place, wire, date. */
const SLASH_DATELINE = /^([^\n/]{2,60}?)\s\/\s(\p{Lu}[\p{L}\d .&'-]{1,40}?)\s\/\s/u;

/** Reads a dateline of the shape of {@link SLASH_DATELINE}, with a date with a year after the wire and a slash after the date; null otherwise. */
function readSlashDateline(s: string): Dateline | null {
  const m = SLASH_DATELINE.exec(s);
  if (!m || !AGENCY.test(m[2]!)) return null;
  const after = s.slice(m[0].length, m[0].length + 60);
  const date = findDates(after)[0];
  if (!date || date.index !== 0 || date.year === null || !/^\s{1,3}\/\s/.test(after.slice(date.end))) return null;
  const place = m[1]!.trim();
  if (!isPlace(place, true) || (!/,\s{0,3}\p{Lu}/u.test(place) && ORG_WORD.test(place))) return null;
  return { place, placeIndex: s.indexOf(place), date, embargo: false };
}

/**
 * Two datelines of a joint release, each a place and a date with a year, set apart by a spaced slash ("LONDON, UK, 14 March 2031 / SYDNEY, Australia, 15 March 2031 —"),
 * or a date line printed in two languages on a line of its own ("Madrid, 6 de julio de 2031 / July 6, 2031").
 */
const JOINT_DATELINE = /^([^\n/]{4,80}?\d{4})\s{1,3}\/\s{1,3}(\p{Lu}[^\n/]{3,80}?\d{4})(?=\s{0,3}(?:[\u2012-\u2015-]|$))/u;

/** Reads the first of two datelines of a joint release (see {@link JOINT_DATELINE}): its place and date; null otherwise. */
function readJointDateline(s: string, elsewhere: () => string): Dateline | null {
  const m = JOINT_DATELINE.exec(s);
  if (!m) return null;
  const second = findDates(m[2]!);
  if (!second.some((d) => d.year !== null && d.end === m[2]!.length)) return null;
  const rest = s.slice(m[0].length);
  const first = readInner(m[1]! + rest, elsewhere, rest.trim() !== '');
  return first && first.date && first.placeIndex === 0 ? first : null;
}

/** A dash that closes a date after a dateline's colon: a spaced hyphen, a doubled hyphen, an en or em dash. */
const DASH_AFTER_DATE = new RegExp(`^\\s{0,3}(?:[${DASH}]|\\s[${HYPHEN}]{1,2}\\s|[${HYPHEN}]{2})`);

/** The date with a year that fills `tail` up to a dash ("14 March 2031 – The team …"), else null. */
function dateBeforeDash(tail: string): DateMatch | null {
  const d = findDates(tail, { numeric: true })[0];
  if (!d || d.year === null || tail.slice(0, d.index).trim() !== '') return null;
  return DASH_AFTER_DATE.test(tail.slice(d.end)) ? d : null;
}

/** Words that label a paragraph in bold or italics before a colon in title case and are never a place ("**Bottom Line:**", "*Pictured:*", "*Spotlight:*"). */
const BOLD_LABEL = /^(?:bottom\s{1,3}line|context|purpose|impact|significance|rationale|goals?|scope|overview|outlook|next\s{1,3}steps|in\s{1,3}short|quick\s{1,3}take|fast\s{1,3}facts|study\s{1,3}\p{L}+|article|authors?|paper|preprint|journal|publication|host|guest|interviewer|moderator|speaker|panel(?:ist)?|pictured|above|below|spotlight|featured|highlights?|photo|image|video|caption|credit|watch|listen|breaking|explainer|editor'?s\s{1,3}note)$/iu;
/** Endings of abstract nouns that label a paragraph ("Significance", "Treatment", "Findings"), which one-word towns lack. */
const NOUN_ENDING = /(?:tion|sion|ance|ence|ment|ity|ness|ings|ics|ives?|ure)$/i;
/** A date without a year after a comma closing the text before a colon ("Bengaluru, March 14", "Pune, 14 March"). */
const COMMA_NO_YEAR = /,\s{1,3}(?:\p{Lu}\p{Ll}{2,8}\.?\s{1,3}\d{1,2}|\d{1,2}\s{1,3}\p{Lu}\p{Ll}{2,8}\.?)$/u;

/**
 * True when a city in mixed case before a colon opens the lead as Indian offices print it: set in
 * bold ("**New Delhi:** Researchers …") or before a date without a year ("Bengaluru, March 14: …"),
 * a name of at most three words that is no label ("**Context:**") and that the text never prints in lower case.
 */
function colonCityVouched(lead: string, place: string, emphasis: readonly string[], elsewhere: () => string): boolean {
  const p = place.trim();
  if (!p || /,/.test(p) || p.split(/\s+/).length > 3 || !/^\p{Lu}\p{Ll}/u.test(p)) return false;
  const bold = emphasis.some((e) => e.replace(/[\s:]+$/, '').trim() === p);
  const dated = !bold && lead.trim() !== p && COMMA_NO_YEAR.test(lead.trim());
  if (!bold && !dated) return false;
  if (COLON_LABEL.test(p) || BOLD_LABEL.test(p) || ORG_WORD.test(p) || OFFICE_WORD.test(p) || !isPlace(p, true)) return false;
  if (!/\s/.test(p) && NOUN_ENDING.test(p)) return false;
  // A common noun recurs in lower case in the running text; a city's name never does.
  return !elsewhere().includes(` ${p.toLowerCase()} `);
}

/** The bold or italic text that opens a paragraph before a colon ("**Host:** …", "**New Delhi:** …"), without the colon; null when none does. */
export function openingColonLabel(b: { text: string; emphasis: readonly string[] }): string | null {
  for (const e of b.emphasis) {
    const t = e.trim();
    if (!t || !b.text.startsWith(t)) continue;
    const bare = t.replace(/[\s:]+$/, '');
    if (t.endsWith(':') || b.text.slice(t.length, t.length + 3).trimStart().startsWith(':')) return bare;
  }
  return null;
}

/**
 * True when at most one paragraph opens with a bold name-like label before a colon: an interview's
 * speakers ("**Luca D'Souza:**", "**Meera Pillai:**") come in runs, a dateline so printed comes once; a field's
 * label ("**Journal:**", "**Authors:**") is none of them.
 */
export function boldColonDatelineAllowed(blocks: readonly { text: string; emphasis: readonly string[] }[]): boolean {
  let n = 0;
  for (const b of blocks) {
    if (b.emphasis.length === 0) continue;
    const label = openingColonLabel(b);
    // A field's label ("**Journal:**", "*Context:*") is never a place and does not make a run.
    if (label !== null && !BOLD_LABEL.test(label) && !COLON_LABEL.test(label) && isPlace(label, true) && ++n > 1) return false;
  }
  return true;
}

/** Words of place names that people's names lack ("New Delhi", "Port Moresby", "Lake Placid", "Grand Forks", "Medicine Hat"). */
const PLACE_HINT =
  /(?:^|\s)(?:New|San|Santa|Los|Las|St\.?|Saint|Port|Fort|Mount|Lake|Cape|North|South|East|West|City|Bay|Beach|Springs|Falls|Island|Islands|Valley|Harbou?r|Grand|Forks|Rapids|Heights|Hills|Creek|Junction|Haven|Ridge|Bend|Arbor|Hat|Moines|Rouge|Paso|Alto)(?:\s|$)/;

/**
 * True for a place that a bar may set apart before a date at a lead's start: one word, a comma
 * ("Pune, India"), a place name's word ("New Delhi") or capitals; "Priya Raman | …" is a byline.
 */
const pipedPlace = (place: string): boolean => !/\s/.test(place) || place.includes(',') || PLACE_HINT.test(place) || /^\p{Lu}[\p{Lu}.'’ -]+$/u.test(place);

/** The lead's first sentence after a piped date: a capitalised word and forty characters without another bar. */
const LEAD_AFTER_BAR = /^\p{Lu}[^|\n]{40}/u;

/**
 * The date of "New Delhi | March 21, 2031 | The onset …" (`tail` is what follows the first bar): a
 * date with a year alone between two bars, then the lead's sentence, or a date with a year closed by a
 * dash ("BOSTON | May 4, 2031 – …"); null for a page's metadata row.
 */
function pipedDate(tail: string): DateMatch | null {
  const bar = tail.indexOf(' | ');
  // "BOSTON, MA | Tuesday, November 4, 2031 — The alliance …": a dash, not a second bar, closes the date.
  if (bar < 0 || bar > 40) return dateBeforeDash(tail.slice(0, 60));
  if (bar < 6 || !LEAD_AFTER_BAR.test(tail.slice(bar + 3))) return null;
  // Numeric dates count here ("Grand Forks | 03-14-2031 | …"): the date fills the space between the bars.
  const date = findDates(tail.slice(0, bar), { numeric: true })[0];
  return date && date.index === 0 && date.year !== null && tail.slice(date.end, bar).trim() === '' ? date : null;
}

/** The words that open a journal's name ("Nature Climate Change", "Journal of Hydrology", "PLOS ONE"). */
const JOURNAL_HEAD = /^(?:the\s)?(?:Nature|Cell|Science|Journal|Annals|Archives|Proceedings|Frontiers|Bulletin|Transactions|Communications|Lancet|JAMA|BMJ|PNAS|NEJM|PLOS|PLoS|eLife|npj|ACS|IEEE)\b/;

/**
 * True for a journal's name taken for a place ("PLOS ONE |", "JAMA Pediatrics –"): no comma, and
 * a journal's word ending the name or a journal's opening word; "Medicine Hat" is a place.
 */
const isJournalName = (place: string): boolean => {
  if (place.includes(',') || !looksLikeJournal(place)) return false;
  const last = place.trim().split(/\s+/).pop() ?? '';
  return looksLikeJournal(last) || JOURNAL_HEAD.test(place.trim());
};

/** An acronym before a word in mixed case ("UNSW Sydney", "IOP Publishing"): a name, not a place. */
const ACRONYM_NAME = /^\p{Lu}{2,}\s\p{Lu}\p{Ll}/u;

/**
 * The date of "Vienna (Austria), 11 March 2027 –": a region in brackets (`insideText`, closed at
 * `close`), a comma, a date with a year and a dateline's separator; null otherwise. A numeric
 * date ("Campinas (SP), 14/03/2040 –") counts too, as it does after a place alone, and so does a French or German
 * article before the date ("Ottawa (Ontario), le 13 mars 2040 –").
 */
function regionThenDate(s: string, close: number, insideText: string): DateMatch | null {
  const t = insideText.trim();
  if (!BRACKET_REGION.test(t) || OFFICE_WORD.test(t) || ORG_WORD.test(t)) return null;
  // A French or German article may stand before the date ("Ottawa (Ontario), le 13 mars 2040 –").
  const comma = /^,\s{1,3}(?:(?:le|den|am)\s{1,3})?/.exec(s.slice(close + 1, close + 10));
  if (!comma) return null;
  const from = close + 1 + comma[0].length;
  const date = findDates(s.slice(from, from + 60), { numeric: true })[0];
  if (!date || date.index !== 0 || date.year === null) return null;
  SEP.lastIndex = from + date.end;
  return SEP.test(s) ? date : null;
}

/**
 * A place printed without a date or brackets must not be an organisation: not a name with an
 * organisation word (unless "X, State"), not an acronym before a word in mixed case ("IOP
 * Publishing"), and not a short capitals word that the text goes on
 * to use again in capitals ("NASA – NASA's telescope …"): acronyms recur, a dateline's city
 * is printed in capitals only in the dateline.
 */
function looksLikePlaceUnaided(place: string, after: string): boolean {
  const comma = /,\s{0,3}\p{Lu}/u.test(place);
  if (!comma && ORG_WORD.test(place)) return false;
  if (comma) return true;
  // "IOP Publishing –", "NASA Goddard –": an acronym before a word in mixed case is a name; a city in capitals is capitals throughout.
  if (/\s/.test(place)) return !/\s\p{Lu}\p{Ll}/u.test(place) || !/^\p{Lu}{2,}\s/u.test(place);
  const word = place.replace(/[.]+$/, '');
  if (word.length <= 3) return false;
  if (!/^\p{Lu}+$/u.test(word)) return true;
  const again = new RegExp(`(?<![\\p{L}])${word}(?![\\p{Ll}])`, 'u');
  return !again.test(after);
}

/**
 * An institution's name: one that ends in an organisation word or opens with one before "of"
 * ("Monash University", "Mayo Clinic", "University of Leeds"); a town named after one
 * ("University Park", "College Station") is none.
 */
const ORG_NAME = /^(?:\p{Lu}[\p{L}'’.&-]{0,30}\s{1,3}){1,5}(?:universit(?:y|ies)|institute|hospital|clinic|cent(?:er|re)|college|school|foundation|academy|laboratory)$|^(?:the\s{1,3})?(?:universit(?:y|ies)|institute|academy)\s{1,3}of\s/iu;

/** Words of an office, a job, a page section or a news agency: a date line or bracket with one names no place ("Communications Office, 11 March 2030", "(Reuters Health) -"). */
const OFFICE_WORD =
  /\b(?:office|communications|press|news(?:room)?|media|staff|writer|editor|reporter|correspondent|team|desk|release|department|faculty|reuters|afp|upi|healthday|newswire|prweb|xinhua|kyodo)\b/i;
/** An issue's or volume's number of a newsletter or journal ("Issue 212", "Vol. 12", "Edition #4"). */
const ISSUE_NUMBER = /\b(?:issue|vol\.|volume|edition)\s{1,3}(?:no\.\s{0,2}|#\s{0,2})?\d{1,4}\b/i;
/** A release label right after a date line's place, directly or after a dash ("News", "– press release", "Newsroom"). */
const OFFICE_LABEL_AFTER = /^\s{0,3}(?:[|·•–—-]\s{0,3})?(?:news(?:room)?|press|media)\b/i;
/** A release label alone before a bar or bullet at the start of a date line ("Press release | ", "News release · "). */
const LABEL_THEN_BAR = /^\s{0,3}(?:press|news|media)\s{1,3}(?:release|statement)\s{0,3}[|·•]\s{0,3}$/i;
/** A pipe, bullet or middle dot: how bylines and page metadata set a name apart from the date. */
const BYLINE_SEP = /[|•·]/;

/**
 * A name in mixed case of two or three words set after the date with only a space and ending the
 * line ("17.06.2036 Ruedi Zumsteg-Ahmadi"): a content system's author byline, not a town (a
 * dateline prints its town before the date, or after it with a comma or a dash).
 */
function isBylineAfterDate(t: string, line: DateLine, place: string): boolean {
  if (line.placeIndex < line.date.end || place.includes(',')) return false;
  if (!/^\s{1,3}$/.test(t.slice(line.date.end, line.placeIndex))) return false;
  if (t.slice(line.placeIndex + place.length).trim() !== '') return false;
  const words = place.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:[-\u2010\u2011]\p{Lu}\p{Ll}+)?$/u.test(w));
}

/**
 * A name in mixed case of two or three words, a spaced dash and a date that ends the block ("Jane Okafor-Reid - March 3, 2037"):
 * a news site's author byline, not a town (a dateline's dash follows its date, and a town's name of two words has a comma or a place word).
 */
export function isBylineBeforeDash(t: string, line: { place: string | null; placeIndex: number; date: DateMatch | null }): boolean {
  const place = line.place ?? '';
  if (!line.date || !place || line.placeIndex < 0 || place.includes(',') || PLACE_HINT.test(place)) return false;
  const rest = t.slice(line.placeIndex + place.length);
  const sep = /^\s{1,3}[-\u2013\u2014]\s{1,3}/.exec(rest);
  if (!sep || rest.slice(sep[0].length).trim() !== line.date.text) return false;
  const words = place.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:[-\u2010\u2011]\p{Lu}\p{Ll}+)?$/u.test(w));
}

/** The word "date" of a date field's label between the label's first word and its date ("Publication date:"). */
const DATE_FIELD = /^\s{0,3}dat(?:e|um)\s{0,3}[:|-]?\s{0,3}$/i;

/**
 * The place of a date line (`text` and what {@link readDateLine} read from it), or null when
 * the "place" is a byline or a page's metadata: an organisation or office ("Department of
 * Physics", "Communications Office"), or a name in mixed case set before the date with a pipe
 * or bullet ("Jane Doe | March 5, 2030"; a city so printed is in capitals: "BOSTON | ..."). An
 * office's name before a comma and a place ("Office of Communications, Bethesda, Md.") gives the place.
 * `namedAsTown`, when given, vouches for a town of one word in mixed case before a bar.
 */
export function placeOfDateLine(text: string, line: DateLine, namedAsTown?: (word: string) => boolean): string | null {
  const place = line.place;
  if (!place) return null;
  const comma = /,\s{0,3}\p{Lu}/u.test(place);
  if (comma && OFFICE_WORD.test(place)) {
    // An office's name before the place ("Office of Communications, Bethesda, Md."): the place is the rest.
    const cut = place.indexOf(',');
    const office = place.slice(0, cut);
    const rest = place.slice(cut + 1).trim();
    if (OFFICE_WORD.test(office) && !OFFICE_WORD.test(rest) && !ORG_WORD.test(rest) && isPlace(rest, true)) return rest;
  }
  if (comma && ORG_WORD.test(place)) {
    // An institution's name before the place ("Monash University, Melbourne", "Mayo Clinic, Rochester, Minn."): the place is the rest.
    const cut = place.indexOf(',');
    const org = place.slice(0, cut).trim();
    const rest = place.slice(cut + 1).trim();
    if (ORG_NAME.test(org) && !ORG_WORD.test(rest) && !OFFICE_WORD.test(rest) && isPlace(rest, true)) return rest;
  }
  if (OFFICE_WORD.test(place) || (!comma && (ORG_WORD.test(place) || isJournalName(place) || ACRONYM_NAME.test(place)))) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  // A newsletter's masthead ("RESEARCH BULLETIN | Issue 212 | 4 November 2031"): an issue's number before the date names no place.
  if (ISSUE_NUMBER.test(t.slice(0, Math.max(0, line.date.index)))) return null;
  // A label word cut from inside the "place" ("ACS News Service Weekly PressPac: June 9, 2027"): an office's name.
  if (line.placeIndex < 0 && OFFICE_WORD.test(t.slice(0, Math.max(0, line.date.index)))) return null;
  // "OIST News — 27 October 2031", "Acme Publishing – press release – 5 May 2031": a name before a release label names the office.
  if (line.placeIndex >= 0 && OFFICE_LABEL_AFTER.test(t.slice(line.placeIndex + place.length, line.placeIndex + place.length + 40))) {
    const after = t.slice(line.placeIndex + place.length).trimStart();
    // "RIKEN · Press release · 21 July 2027": a name set apart from the label by a bullet or pipe names the office too.
    if (/^\p{L}/u.test(after) || /\p{Ll}/u.test(place) || /^[|·•]/.test(after)) return null;
  }
  // A date field's label ("Publication date: 11-Feb-2027", "Release date 5 May 2027") is no place.
  if (line.placeIndex >= 0 && DATE_FIELD.test(t.slice(line.placeIndex + place.length, line.date.index))) return null;
  const before = line.placeIndex >= 0 && line.placeIndex < line.date.index;
  // A town of one word after an institution's name ("James Cook University · Townsville · 6 July 2027") is the place, not a byline.
  const afterOrg = !/\s/.test(place) && line.placeIndex > 0 && ORG_WORD.test(t.slice(0, line.placeIndex)) && /[|·•]\s{0,3}$/.test(t.slice(0, line.placeIndex));
  // So is a town of one word after a release label and a bar ("Press release | Paris | 24/03/2031"): a byline names no label before it.
  const afterLabel = !/\s/.test(place) && line.placeIndex > 0 && LABEL_THEN_BAR.test(t.slice(0, line.placeIndex));
  // A town of one word that the release names again as a town ("Genève |" over "l'Université de Genève") is the place too.
  const townAgain = (): boolean => !/\s/.test(place) && namedAsTown !== undefined && namedAsTown(place);
  if (before && !comma && !afterOrg && !afterLabel && /\p{Ll}/u.test(place) && BYLINE_SEP.test(t.slice(line.placeIndex + place.length, line.date.index)) && !townAgain()) return null;
  if (isBylineAfterDate(t, line, place)) return null;
  if (isBylineBeforeDash(t, { place, placeIndex: line.placeIndex, date: line.date })) return null;
  return place;
}

/** A slash, a pipe or a dash right after an opening date, before the lead's first sentence. */
const LEAD_SEP = new RegExp(`^\\s{0,3}(?:[/|]|[${DASH}]{1,2}|\\s[${HYPHEN}]{1,2}\\s|[${HYPHEN}]{2})\\s{0,3}(?=\\S)`);

/**
 * Reads the bare date that opens a lead paragraph before a slash, a pipe or a dash and no place
 * ("January 6, 2015 / Researchers ...", "6 January 2015 | The study ...", "March 8, 2030 — People ...", "18.03.2040 – Forschende …"); null otherwise.
 */
export function readDateLead(text: string): DateMatch | null {
  const head = text.slice(0, 80);
  // A numeric date counts too ("18.03.2040 – Forschende …"), with its year.
  const date = findDates(head, { numeric: true })[0];
  if (!date || date.index !== 0 || date.year === null) return null;
  return LEAD_SEP.test(head.slice(date.end)) ? date : null;
}

/** A city in mixed case of one or two words, a dash and a capitalised word that opens the lead's first sentence ("Bengaluru -- The onset …"). */
const BARE_CITY = new RegExp(`^(\\p{Lu}\\p{Ll}{2,20}(?:\\s\\p{Lu}\\p{Ll}{2,20})?)(?:\\s{0,2}[${DASH}]{1,2}|\\s{1,2}[${HYPHEN}]{1,2})\\s{1,3}(?=\\p{Lu}[\\p{Ll}\\s])`, 'u');

/** Words that open a sentence before a dash and are no city ("Overall – The study …", "Previously –"). */
const SENTENCE_OPENER = /^(?:\p{L}{2,20}ly|overall|meanwhile|however|here|there|now|yet|still|instead|together|first|second|third|next|then|today|tomorrow|in\s\p{L}+)$/iu;

/**
 * Reads a dateline of a city in mixed case and a dash without a date ("Bengaluru -- The onset
 * …"), as offices print it under a separate date line; the caller asks only about the lead of a
 * release that prints one. Null when the lead opens otherwise, or the word is no place
 * ("Background –") or an office ("Newsroom –").
 */
export function readBareDateline(text: string): Dateline | null {
  const m = BARE_CITY.exec(text.slice(0, 60));
  if (!m) return null;
  const place = m[1]!;
  if (!isPlace(place, true) || ORG_WORD.test(place) || OFFICE_WORD.test(place) || SENTENCE_OPENER.test(place)) return null;
  // The sentence after the dash runs on: a dateline opens running text, not a label.
  if (text.slice(m[0].length, m[0].length + 200).split(/\s+/).length < 8) return null;
  return { place, placeIndex: 0, date: null, embargo: false };
}
