/**
 * Date lines: a short line that is a date, with a label, a reference number or a place
 * ("For Immediate Release: April 11, 2018", "14 June 2016 | Burlington, VT"). A pure text
 * function, shared by the section parser and the release extractor.
 * @packageDocumentation
 */
import { memoize } from './memo.js';
import { findDates, type DateMatch } from './dates.js';
import { findEmbargoKey } from './embargo-words.js';
import { isPlace } from './place.js';
import { isCategoryTail } from './category-tail.js';

/** A date line: a short line that is a date, with a label, a reference number or a place. */
export interface DateLine {
  date: DateMatch;
  place: string | null;
  placeIndex: number;
}

/** Labels that may stand before or after the date of a date line (European release labels: "Communiqué de presse", "Pressemitteilung Nr. 48/2032"; a published label in another language: "Publicerad 2037-03-10", "Publié le 13 mars 2040", "Mis en ligne le …"; a weekday or a zone in brackets after it: "March 14, 2031 (Fri)", "14 March 2031 (JST)"; a reading time or an episode's length at its end: "5 min read", "38 minutes"; a relative time beside it: "2 days ago"; a Nordic release label: "Tiedote 21.3.2039", "Pressemeddelelse"; a Finnish or Danish hour: "klo 10.00", "kl. 9.30"). */
const DATE_LABELS =
  /\b(?:klo|kl)\.?\s{1,3}\d{1,2}[:.]\d{2}(?!\d)|T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\p{L}\d])|\b(?:(?:press|news|media|public)\s{1,3}release|for\s{1,3}(?:immediate\s{1,3})?release|immediate\s{1,3}release|release\s{1,3}date|(?:release|publish(?:ing|ed)?|post(?:ed)?)\s{1,3}time|date\s{1,3}of\s{1,3}(?:release|issue)|(?:(?:first|originally)\s{1,3})?(?:released|published(?:\s{1,3}on)?|posted(?:\s{1,3}on)?)|publicera[dt]|publiceret|publi[ée]e?(?:\s{1,3}le)?|mis\s{1,3}en\s{1,3}ligne(?:\s{1,3}le)?|publisert|julkaistu|ver[öo]ffentlicht(?:\s{1,3}am)?|gepubliceerd(?:\s{1,3}op)?|opublikowano|pubblicato(?:\s{1,3}il)?|publicado(?:\s{1,3}(?:el|em))?|issued(?:\s{1,3}on)?|dated?|time(?:stamp)?|news|release|on|communiqu[ée]\s{1,3}de\s{1,3}presse|comunicato\s{1,3}stampa|(?:nota|comunicado)\s{1,3}de\s{1,3}(?:prensa|imprensa)|(?:presse|medien)-?\s?(?:mitteilung|information)|persbericht|(?:lehdist[öo]|media)?tiedote|uutinen|pressemeddelelse|pressemelding|pressmeddelande|nyhed(?:er)?|nyhet(?:er)?)(?![\p{L}])|\b(?:PR|No\.?|Nr\.?|N[°º]|Ref\.?|Reference|Our\s{1,3}ref\.?)\s{0,2}:?\s{0,2}[\d/.–-]{1,12}|\b\p{Lu}{1,5}\s?\d{1,5}(?:\/\d{2,4})?\b|\d{1,2}[:.]\d{2}(?::\d{2})?\s{0,2}(?:[ap]\.?\s?m\.?)?(?:\s{0,2}\(?(?:GMT|UTC|BST|CES?T|ET|CT|MT|PT|[ACEMP][SD]T|A[CE][SD]T|[JIK]ST|NZ[SD]T)\)?(?![\p{L}]))?|\b\d{1,2}\s{0,2}[ap]\.?\s?m\.?(?:\s{0,2}\(?(?:GMT|UTC|BST|CES?T|ET|CT|MT|PT|[ACEMP][SD]T|A[CE][SD]T|[JIK]ST|NZ[SD]T)\)?(?![\p{L}]))?|\((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|GMT|UTC|BST|CES?T|[ACEMP][SD]T|A[CE][SD]T|[JIKHS]ST|SGT|HKT|NZ[SD]T)\)|\b\d{1,3}[\s-]{0,2}min(?:ute)?s?\s{1,3}read\b|\b\d{1,3}[\s-]{0,2}min(?:ute)?s?(?:\s{1,3}(?:listen|watch|video|audio|episode))?$|\breading\s{1,3}time\s{0,2}:?\s{0,3}\d{1,3}\s{0,2}min(?:ute)?s?\b|\(?\b(?:an?|\d{1,3})\s{1,3}(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s{1,3}ago\b\)?/giu;

/** Words that date a later edit of a page ("Last updated", "Modified", "Reviewed"). */
const EDITED = /\b(?:updated|modified|revised|reviewed|edited|changed)\b/i;

/** The label of the first date after an edit's date ("…, first published", "/ Originally posted on"), perhaps after the edit's time ("…, 16:05 BST" over "First published:"). */
const FIRST_PUBLISHED = /^(?:[\s,]{0,3}(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?:\s{0,2}[ap]\.?m\.?)?(?:\s{1,3}[a-z]{2,5}\b)?)?[\s,;|·•/–—-]{0,4}(?:(?:first|originally)\s{1,3})?(?:published|posted|released|issued)(?:\s{1,3}on)?\s{0,3}:?\s{0,3}$/i;

/** The release's date printed after an edit's date in one line ("Updated 8 May 2030, first published 4 May 2030"), else null. */
function firstPublished(t: string, edited: DateMatch): DateLine | null {
  if (!/publi|post|relea|issu/i.test(t.slice(edited.end))) return null;
  const next = findDates(t.slice(edited.end), { numeric: true })[0];
  if (!next || !FIRST_PUBLISHED.test(t.slice(edited.end, edited.end + next.index))) return null;
  if (t.slice(edited.end + next.end).replace(/^[\s.,;|·•]+/, '') !== '') return null;
  return { date: { ...next, index: next.index + edited.end, end: next.end + edited.end }, place: null, placeIndex: -1 };
}

/**
 * Reads a date line ("For Immediate Release: Tuesday, May 17, 2016", "14 June 2016",
 * "18 August 2016 - Burlington, VT", "REF 207 4 September 2018"); null for any other line,
 * and for embargo lines (an embargo date is not the release date).
 */
export function readDateLine(text: string): DateLine | null {
  if (text.length > 400 || (text.length > MAX_LINE && longerThanLine(text))) return null;
  // The section parser and the release extractor ask about the same blocks several times.
  return remembered(text);
}

/** Recent answers of {@link readDateLine} by text (shared objects: callers only read them). */
const remembered = memoize((text) => readFresh(text), 400);

/** The longest date line, its white space runs counted as one space. */
const MAX_LINE = 140;

/** True for a code unit that `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True when `text` holds more than {@link MAX_LINE} characters other than white space (so it is no date line). */
function longerThanLine(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i)) && ++n > MAX_LINE) return true;
  return false;
}

/** A bar, bullet, colon or spaced dash right after a label. */
const SEPARATED_AFTER = /^\s{0,3}(?:[|·•–—:]|-\s)/;
/** A bar, bullet, colon or spaced dash right before a label. */
const SEPARATED_BEFORE = /(?:[|·•–—:]|\s-)\s{0,3}$/;
/** Separators between a date line's labels, place and date (a spaced slash too: "Nr. 071 / 23. März 2039"). */
const LABEL_GAP = /^[\s|:,·•–—/-]*$/;

/**
 * `s` without the labels at its edges ("For Immediate Release |", "| PR 12/31") and its edge
 * separators; a label word inside a place stays ("Newport News, Va.", "Southend-on-Sea").
 */
function withoutLabels(s: string): string {
  let from = 0;
  let to = s.length;
  const found = [...s.matchAll(DATE_LABELS)];
  let i = 0;
  for (; i < found.length && LABEL_GAP.test(s.slice(from, found[i]!.index)); i++) from = found[i]!.index + found[i]![0].length;
  let j = found.length - 1;
  for (; j >= i && LABEL_GAP.test(s.slice(found[j]!.index + found[j]![0].length, to)); j--) to = found[j]!.index;
  // Inside, a label set apart by a bar or dash goes too ("CNRS press release | Paris").
  let out = '';
  let at = from;
  for (let k = i; k <= j; k++) {
    const m = found[k]!;
    const end = m.index + m[0].length;
    if (!SEPARATED_AFTER.test(s.slice(end, end + 5)) && !SEPARATED_BEFORE.test(s.slice(Math.max(at, m.index - 5), m.index))) continue;
    out += s.slice(at, m.index) + ' ';
    at = end;
  }
  return (out + s.slice(at, to)).replace(/^[\s|:,·•–—/-]+|[\s|:,·•–—/-]+$/g, '').trim();
}

function readFresh(text: string): DateLine | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > MAX_LINE || findEmbargoKey(t) !== null) return null;
  const date = findDates(t, { numeric: true })[0];
  if (!date) return null;
  // "Next release: 25 November 2031": a schedule of a later issue (a statistics office's), not this one's date.
  if (date.index > 0 && SCHEDULE_LABEL.test(t.slice(0, date.index))) return null;
  if (date.index > 0 && COPY_LABEL.test(t.slice(0, date.index))) return null;
  const rest = withoutLabels;
  // "Marseille, le 12 mai 2032", "Mitteilung vom 06.10.2032": the article or preposition French and German print before a date goes with it.
  // "Montevideo, miércoles 22 de abril de 2037", "Lausanne, le mardi 17 mars 2037": so does a weekday in another language.
  const before = rest(t.slice(0, date.index).replace(FOREIGN_WEEKDAY, '').replace(DATE_ARTICLE, ''));
  // "Last updated: March 15, 2019": the date of a later edit, not the release's; "…, first published 4 March 2019" gives it after.
  if (EDITED.test(before)) return firstPublished(t, date);
  // "Published 5 March 2019 | Updated 7 March 2019": the later edit's part is left out.
  // "2032.07.15.": the closing stop of a dotted year-first date (as Korean offices print it) is part of the date;
  // "Montevideo, 22 de abril de 2037.": so is a full stop that closes a date line's last date;
  // "Warszawa, 24 marca 2038 r.": so is the Polish "r." ("roku", year), the Russian "г." or the Ukrainian "р." after a year.
  const tail = rest(t.slice(date.end)).replace(/^\.$/, '').replace(/^(?:r|\u0433|\u0440)\.$/, /\d{4}$/.test(t.slice(0, date.end)) ? '' : '$&');
  // "Date: 2031-04-17 Source: School of X": a labelled date, then another labelled field of the page's metadata row.
  const field = !before && t.slice(0, date.index).includes(':') && FIELD_AFTER.test(t.slice(date.end, date.end + 40));
  const after = field || /^(?:last\s)?(?:updated|modified|revised|edited)\b/i.test(tail) ? '' : tail;
  // "Source: Xinhua | 2031-03-14 16:22:10 | Editor: Liu": a news page's row of fields set apart by bars around its date.
  if (before && t.includes('|') && PAGE_FIELD.test(before) && /\|\s{0,3}$/.test(t.slice(0, date.index)) && (!after || PAGE_FIELD.test(after))) return { date, place: null, placeIndex: -1 };
  if (before && after) return null;
  const other = before || after;
  if (!other) return { date, place: null, placeIndex: -1 };
  // "Posted on March 5, 2019 by Jane Doe", "March 5, 2019 by Jane Doe, Pond Institute": a date with a byline.
  if (!before && /^[Bb]y\s\p{Lu}[^\n]{1,100}$/u.test(after) && !/[.!?]$/.test(after) && after.split(' ').length <= 14) return { date, place: null, placeIndex: -1 };
  // "Published 7 October 2036 · Science & Technology", "7 October 2036 · Health": a page's category after a bar or a bullet, not a place.
  if (!before && isCategoryTail(t.slice(date.end, t.indexOf(after, date.end)), after)) return { date, place: null, placeIndex: -1 };
  if (isPlace(other, true)) return { date, place: other, placeIndex: t.indexOf(other) };
  return before && !after ? namedDateLine(t.slice(0, date.index), before, date) : null;
}

/** A French, Spanish, Portuguese, Italian or German weekday right before a date, perhaps after an article and before a comma ("le mardi", "miércoles,", "Montag,"). */
const FOREIGN_WEEKDAY =
  /(?<=^|[\s,])(?:(?:le|el)\s{1,3})?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s{1,3}(?:(?:le|el|den)\s{1,3})?$/iu;

/** The article or preposition that French and German print right before a date ("le", "du", "den", "am", "vom"). */
const DATE_ARTICLE = /(?<=^|[\s,])(?:le|du|den|am|vom)\s{1,3}$/i;

/** A copy's label before a date ("Printed 12/03/2031", "Downloaded on: 4 March 2031"): the day the page was printed or saved, not the release's date. */
const COPY_LABEL = /\b(?:printed|generated|downloaded|retrieved|accessed|saved)(?:\s{1,3}on)?\s{0,3}:?\s{0,3}$/i;

/** The label of a later issue's date ("Next release:", "Next update due", "Forthcoming publication –"), perhaps after other fields. */
const SCHEDULE_LABEL = /(?:^|[|·•]\s{0,3})(?:next|forthcoming|upcoming)\s{1,3}(?:scheduled\s{1,3})?(?:release|update|publication|issue|edition|bulletin|report)(?:\s{1,3}(?:due|date|scheduled|on))?\s{0,3}[:–—-]?\s{0,3}$/i;

/** A field of a news page's row around its date ("Source: Xinhua", "Editor: Liu Wei"): a label, a colon and a short value without bars. */
const PAGE_FIELD = /^(?:source|editor|author|writer|reporter|section|category|channel)\s{0,2}:\s{0,2}[^|:\n]{1,40}$/i;

/** Another labelled field after a date ("Source: …", "| Author: …", "Views: 212"): a word or three, a colon. */
const FIELD_AFTER = /^[\s|·•,;]{1,4}\p{Lu}\p{L}{1,15}(?:\s\p{L}{1,15}){0,2}\s?:\s/u;

/** A release label that ends the text before a date ("eLife digest press release · "). */
const LABEL_BEFORE_DATE = /\b(?:press|news|media)\s(?:release|statement)\s{0,2}[|·•,:–—-]?\s{0,2}$/i;
/** A release label that opens the text before a date, then a separator ("Press release — "). */
const LABEL_OPENING = /^\s{0,3}(?:press|news|media)\s(?:release|statement)\s{0,2}[|·•,:–—-]/i;
/** A separator between an office's name and a place in a date line (" — ", " | ", " · "). */
const NAME_SEP = /\s{1,3}(?:[|·•–—]|-{1,2})\s{1,3}/;
/** An institution's abbreviation in brackets after its name ("(IISc)", "(CNRS)"). */
const BRACKET_ABBREV = /\s{0,2}\((?=[^)]{0,10}\p{Lu}[^)]{0,10}\p{Lu})[\p{L}&.-]{2,10}\)/gu;
/** A bar or bullet that closes an institution's name before a date ("… University · "). */
const ORG_THEN_BAR = /\s{1,3}[|·•]\s{0,3}$/;
/** A word that names an institution ("University", "Institute", "Hospital", "Agency"). */
const INSTITUTION = /\b(?:Universit(?:y|é|ät|at|à|eit)|Institut(?:e|o)?|College|Hospital|Cent(?:er|re)|Agency|Laboratory|School|Academy|Foundation|Council|Society|Museum|Observatory|Survey|Service|Office)\b/u;
/** An institution's name of up to eight words, its small words included ("American University in Cairo", "Institute of Science at Kyoto"). */
const ORG_NAME = /^\p{Lu}[\p{L}'’.&-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.&-]{0,30}|of|for|the|and|in|at|on|de|du|des|di|&)){0,7}$/u;
/** A name of up to eight capitalised words ("NOAA Chemical Sciences Laboratory"). */
const NAME_PART = /^\p{Lu}[\p{L}'’.&-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.&-]{0,30}|of|for|the|and|de|du|des|di|&)){0,7}$/u;

/**
 * The date line of an office's line that a date ends: an office's release label ("eLife digest
 * press release · 5 October 2027", "Press release — Pond Institute, 5 October 2027"), an office and a place ("NOAA Chemical Sciences Laboratory —
 * Boulder, Colo. — June 8, 2027", whose place is the last part), or an office with its abbreviation
 * and place ("Indian Institute of Science (IISc), Bengaluru, 9 January 2025", whose place follows the abbreviation);
 * `raw` is the text before the date and `before` it without labels. Null for any other line.
 */
function namedDateLine(raw: string, before: string, date: DateMatch): DateLine | null {
  if (before.length > 90) return null;
  if (LABEL_BEFORE_DATE.test(raw) && before.split(' ').length <= 8) return { date, place: null, placeIndex: -1 };
  // "Press release — Institute for Sustainable Futures, 21 September 2031": a label, the office's name, the date.
  if (LABEL_OPENING.test(raw) && NAME_PART.test(before)) return { date, place: null, placeIndex: -1 };
  // "American University in Cairo · 4 June 2031": an institution's name, a bar or bullet, the date (a byline of a video's or story's page).
  if (before === raw.replace(ORG_THEN_BAR, '').trim() && ORG_THEN_BAR.test(raw) && ORG_NAME.test(before) && INSTITUTION.test(before)) return { date, place: null, placeIndex: -1 };
  if (NAME_SEP.test(before)) {
    const parts = before.split(NAME_SEP);
    const place = parts[parts.length - 1]!;
    if (parts.length <= 3 && parts.slice(0, -1).every((p) => NAME_PART.test(p)) && isPlace(place, true)) return { date, place, placeIndex: raw.lastIndexOf(place) };
    return null;
  }
  if (before.includes('(')) {
    const bare = before.replace(BRACKET_ABBREV, '');
    if (bare !== before) {
      // The place is what follows the office's name and its abbreviation: "Public Information Office (PIO), Bengaluru".
      const comma = bare.indexOf(', ');
      const place = comma > 0 ? bare.slice(comma + 2) : '';
      const at = place ? raw.lastIndexOf(place) : -1;
      if (at > 0 && NAME_PART.test(bare.slice(0, comma)) && isPlace(place, true)) return { date, place, placeIndex: at };
      if (isPlace(bare, true)) return { date, place: null, placeIndex: -1 };
    }
  }
  return null;
}
