/**
 * The release's own facts: headline, subheadline, date, dateline, embargo.
 * @packageDocumentation
 */
import { firstValid, type ExtractContext, type Extractor, type Hit, type Strategy } from '../extract/runner.js';
import type { Block } from '../types.js';
import { BYLINE } from '../parse/sections.js';
import { findDates, isoDate, parseDate, weekdayMismatch, type DateMatch } from '../text/dates.js';
import { readDateLine } from '../text/date-line.js';
import { readMetaDate, readMetaDatePart } from './release/meta-date.js';
import { readPeriodCityDateline } from './release/period-city.js';
import { isTownNamedAgain } from './release/town-named-again.js';
import { boldColonDatelineAllowed, isBylineBeforeDash, placeOfDateLine, readBareDateline, readDateLead, readDateline, type Dateline } from './release/dateline.js';
import { readEmbargo } from './release/embargo.js';
import { findEmbargoKey } from '../text/embargo-words.js';
import { findSubheadline, headlineStrategies, isOfficeReleaseLabel, isTipSheetTitle, validHeadline } from './release/headline.js';
import { isOrgName } from '../text/org-name.js';
import { usMonthFirst } from './release/us-order.js';
import { usOnlyEmails } from './release/us-domain.js';
import { relatedPanelBlocks } from './release/related-panel.js';
import { afterEmbargoLeadIn } from './release/embargo-lead-in.js';
import { readCorrectionOriginal, readOriginalLine } from './release/edit-line.js';
import { isEventPanel } from './release/event-panel.js';
import { readPanelDate, readTaggedDateLine } from './release/aggregator-panel.js';
import { readFieldSet } from './release/field-set.js';
import { unglueDate } from '../text/glued-date.js';
import { readEmbargoTailDate } from './release/embargo-tail-date.js';
import { afterGluedCredit } from '../text/credit-lead-in.js';
import { readPlaceUnderDate } from './release/place-under-date.js';

/** How many paragraphs of running text after the head are searched for a dateline, date line or embargo. */
const OPENING_PARAGRAPHS = 3;

/** The blocks of the head and the first paragraphs: where datelines, date lines and embargoes are printed. */
export function openingBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const panel = relatedPanelBlocks(blocks);
  let long = 0;
  for (const b of blocks) {
    if (b.section === 'citation' || b.section === 'boilerplate' || b.section === 'end') break;
    // A panel of other stories or events pasted above the release ("More stories" over their headlines and dates) is none of its head.
    if (b.section === 'front' || b.kind === 'code' || panel.has(b.index)) continue;
    out.push(b);
    if (b.text.length >= 150 && (b.section === 'lead' || b.section === 'body')) long++;
    if (long >= OPENING_PARAGRAPHS || out.length >= 25) break;
  }
  return out;
}

/** The sections of a release's head, whose lines may stack a date line with others. */
const HEAD_SECTIONS: ReadonlySet<string> = new Set(['label', 'embargo', 'headline', 'subheadline']);

/**
 * The date line of a block: the block itself, or one line of a head block of up to six lines
 * that stacks a date line with others ("Date: 8 March 2030" over "Embargoed until ...",
 * "NEWS RELEASE 11-MAR-2030" over the headline).
 */
function dateLineOf(b: Block): ReturnType<typeof readDateLine> {
  return dateLineIn(b)?.line ?? null;
}

/** The date line of a block (see {@link dateLineOf}) with the text of the line that prints it. */
function dateLineIn(b: Block): { line: NonNullable<ReturnType<typeof readDateLine>>; text: string } | null {
  // The date of an event's panel ("Event: …", "Date: Thursday 19 March 2031", "Venue: …") is the event's, not the release's.
  if (isEventPanel(b.text)) return null;
  // A row or table of head fields ("Date: … | Location: … | Embargo: …") is read field by field: an embargo's field gives no release date.
  const fields = readFieldSet(b.text);
  for (const line of fields?.lines ?? []) {
    if (EMBARGO_WORD.test(line) || findEmbargoKey(line) !== null) continue;
    const dl = readDateLine(line);
    if (dl) return { line: dl, text: line };
  }
  // An aggregator's date line with its story-kind tag ("March 19, 2031 report") is read without the tag.
  const whole = readDateLine(b.text) ?? readTaggedDateLine(b.text);
  // A "place" that runs over a line break joins an institution's name to the town under it ("X Joint Laboratory" over "Seoul, 14 March 2031"): the lines are read one by one first.
  const spansLines = whole !== null && whole.placeIndex >= 0 && b.text.slice(whole.placeIndex, whole.date.index).includes('\n');
  if (whole && !spansLines) return { line: whole, text: b.text };
  const wholeHit = whole ? { line: whole, text: b.text } : null;
  if (!HEAD_SECTIONS.has(b.section) || b.text.length > 600 || !b.text.includes('\n')) return wholeHit;
  const lines = b.text.split('\n');
  if (lines.length > 6) return wholeHit;
  // A line that continues an embargo phrase ("EMBARGOED UNTIL 00:01 GMT" over "Thursday 7 March 2030") gives the embargo's date, not the release's.
  const embargo = b.section === 'embargo' ? readEmbargo(b.text) : null;
  let at = 0;
  for (const line of lines) {
    const email = EMAIL_DATE.test(line);
    const text = email ? line.replace(EMAIL_TIME, '') : line;
    const dl = readDateLine(text);
    const inEmbargo = embargo?.ok === true && at > embargo.index && at < embargo.end;
    // An e-mail's "Sent:" or "Date:" names no place.
    if (dl && !inEmbargo) return { line: email ? { ...dl, place: null, placeIndex: -1 } : dl, text };
    at += line.length + 1;
  }
  return wholeHit;
}

/** The date header of an e-mail ("Date: Wed, 10 Mar 2027 09:14:22 +0900", "Sent: …"). */
const EMAIL_DATE = /^(?:date|sent)\s{0,2}:\s{0,3}\S/i;
/** The clock time and zone that end an e-mail's date header ("09:14:22 +0900 (JST)"). */
const EMAIL_TIME = /\s\d{1,2}:\d{2}(?::\d{2})?(?:\s{1,2}(?:[+-]\d{4}|GMT|UTC))?(?:\s{1,2}\([A-Za-z]{1,6}\))?\s{0,3}$/;

/** A date the release gives for itself. */
interface DateHit {
  date: DateMatch;
}

/** Keys of front matter and page metadata that hold the release's date, best first. */
const DATE_KEYS = ['date', 'datepublished', 'date_published', 'published', 'published_at', 'published_date', 'pubdate', 'publish_date', 'publishdate', 'release_date', 'releasedate', 'article:published_time', 'dc.date', 'dcterms.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'time'] as const;

/** A label that introduces the date inside a run-on first paragraph ("Published on: 8 November 2018"). */
const INLINE_DATE_LABEL = /(?:^|\s)(?:published|posted|released|issued|release\s{1,3}date|(?:release|publish(?:ed|ing)?|post(?:ed)?)\s{1,3}time)(?:\s{1,3}on)?\s{0,3}:\s{0,3}/gi;

/** The label of a page's footer line that posts the release ("Posted", "Published on:", "Issued 18 March 2031 by the X Institute", "This press release was published on"). */
const FOOTER_POSTED = /^\s{0,3}(?:this\s{1,3}(?:(?:press|news|media)\s{1,3})?(?:release|statement|story|article)\s{1,3}(?:was|is)\s{1,3}(?:(?:first|originally)\s{1,3})?)?(?:posted|published|released|issued)(?:\s{1,3}on)?\s{0,3}:?\s{1,3}/i;
/** A footer line that names who issued the release before its date ("Issued by the University of X Press Office, 14 March 2031"). */
const FOOTER_ISSUED_BY = /^\s{0,3}(?:issued|published|released|distributed)\s{1,3}by\s{1,3}\p{Lu}[^\n,]{1,80},\s{1,3}(?:on\s{1,3})?/iu;
/** What may follow the date of a footer's posted line: nothing, a section ("in Health", "| Category: Health") or a byline ("by Jane Roe"). */
const FOOTER_AFTER = /^[\s.,|·•]{0,4}(?:(?:in|under|by)\s{1,3}\S[^\n]{0,60}|(?:categor(?:y|ies)|tags?|topics?|sections?)\s{0,2}:\s{0,3}\S[^\n]{0,60})?$/i;

/** A social-media post's byline that names its poster by handle ("Posted by @lab.bsky.social on 2 April 2031", "By @jroe · 2 Apr 2031"). */
const HANDLE_BYLINE = /^(?:by|posted\s{1,3}by|shared\s{1,3}by|written\s{1,3}by)\s{1,3}@[\w-]/i;

/** The first date `read` finds in the release's opening blocks (the first `limit` of them), with where it was printed. */
function firstOpeningDate(ctx: ExtractContext, read: (b: Block) => DateMatch | null | undefined, limit = Infinity): Hit<DateHit> | undefined {
  for (const b of openingBlocks(ctx.doc.blocks).slice(0, limit)) {
    const d = read(b);
    if (d) return { value: { date: d }, offset: ctx.doc.locate(b, d.text) };
  }
  return undefined;
}

/**
 * The date of a byline stacked under the headline in one block ("Title" over "Submitted by X on Tue,
 * 03/04/2031 - 10:15"): a later line of a block of two to four lines that opens as a byline and holds a date.
 */
function stackedBylineDate(text: string): DateMatch | null {
  if (text.length > 300 || !text.includes('\n')) return null;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 4) return null;
  const line = lines.slice(1).find((l) => l.length <= 120 && BYLINE.test(l));
  return line === undefined ? null : parseDate(line, { numeric: true });
}

/** The ordered ways to find the release's date; `dateline` is what the dateline strategy read. */
function dateStrategies(dateline: { block: Block; line: Dateline } | null, headline: Block | null): Strategy<DateHit>[] {
  return [
    {
      name: 'date:dateline',
      find(ctx) {
        if (!dateline?.line.date) return undefined;
        return { value: { date: dateline.line.date }, offset: ctx.doc.locate(dateline.block, dateline.line.date.text) };
      },
    },
    {
      name: 'date:originally-published',
      find(ctx) {
        // "Originally published by the University of X on 12 March 2031" under an aggregator's own "Public release: 14-Mar-2031".
        return firstOpeningDate(ctx, (b) =>
          !HEAD_SECTIONS.has(b.section) || b.section === 'embargo' || b.text.length > 200 || !/^(?:originally|first)\s/i.test(b.text) ? null : readOriginalLine(b.text.replace(/\s+/g, ' ').trim()));
      },
    },
    {
      name: 'date:date-line',
      find(ctx) {
        return firstOpeningDate(ctx, (b) => dateLineOf(b)?.date);
      },
    },
    {
      name: 'date:aggregator-panel',
      find(ctx) {
        // An aggregator's panel under the headline, each label over its value ("Date:" over "March 14, 2031", "Source:" over the office).
        return firstOpeningDate(ctx, (b) => readPanelDate(b.text), 12);
      },
    },
    {
      name: 'date:correction-note',
      find(ctx) {
        // "CORRECTED RELEASE — … The original release was issued on March 11, 2031.": the first version's date is the release's.
        return firstOpeningDate(ctx, (b) => (b.text.length <= 600 && /corr|upda|revis|clarif|note/i.test(b.text) ? readCorrectionOriginal(b.text) : null), 8);
      },
    },
    {
      name: 'date:lead',
      find(ctx) {
        // A bare date opening the lead before a slash or pipe ("January 6, 2015 / ...").
        return firstOpeningDate(ctx, (b) => readDateLead(b.text), 4);
      },
    },
    {
      name: 'date:inline-label',
      find(ctx) {
        for (const b of openingBlocks(ctx.doc.blocks).slice(0, 4)) {
          const head = b.text.slice(0, 400);
          INLINE_DATE_LABEL.lastIndex = 0;
          for (let m = INLINE_DATE_LABEL.exec(head); m; m = INLINE_DATE_LABEL.exec(head)) {
            const at = m.index + m[0].length;
            const d = findDates(head.slice(at, at + 50))[0];
            if (d && d.index === 0) return { value: { date: d }, offset: ctx.doc.locate(b, d.text) };
          }
        }
        return undefined;
      },
    },
    {
      name: 'date:byline',
      find(ctx) {
        return firstOpeningDate(ctx, (b) =>
          b.text.length > 200 || !(BYLINE.test(b.text) || (b.text.includes('@') && HANDLE_BYLINE.test(b.text))) ? stackedBylineDate(b.text) : parseDate(b.text, { numeric: true }));
      },
    },
    {
      name: 'date:front-matter',
      find(ctx) {
        for (const key of DATE_KEYS) {
          const v = ctx.doc.meta[key];
          if (!v) continue;
          const d = parseDate(v, { numeric: true });
          if (d && d.index <= 12) return { value: { date: d }, offset: 0 };
        }
        return undefined;
      },
    },
    {
      name: 'date:tip-sheet-title',
      find(ctx) {
        // A tip sheet's dated title ("AGU Research Spotlight tip sheet: 14 March 2031"): the sheet's own date.
        if (!headline || !isTipSheetTitle(headline.text)) return undefined;
        const d = findDates(headline.text)[0];
        return d ? { value: { date: d }, offset: ctx.doc.locate(headline, d.text) } : undefined;
      },
    },
    {
      name: 'date:closing-line',
      find(ctx) {
        // A date line on its own near the end ("REF 207 4 September 2018"), outside citations.
        for (const b of ctx.doc.blocks) {
          // Schedules in lists and tables are events, not the release's date.
          if (b.section === 'citation' || b.text.length > 40 || b.inList || b.kind === 'tableRow') continue;
          const line = readDateLine(b.text) ?? readTaggedDateLine(b.text);
          if (line && !line.place) return { value: { date: line.date }, offset: ctx.doc.locate(b, line.date.text) };
        }
        // A page's footer that posts the release ("Posted 17 March 2027 in Health", "Published on June 8, 2027 by Jane Roe").
        for (const b of ctx.doc.blocks) {
          if (b.section === 'citation' || b.text.length > 120 || b.inList || b.kind === 'tableRow' || !FOOTER_POSTED.test(b.text)) continue;
          const label = FOOTER_POSTED.exec(b.text)!;
          const d = findDates(b.text.slice(label[0].length), { numeric: true })[0];
          if (d && d.index === 0 && FOOTER_AFTER.test(b.text.slice(label[0].length + d.end))) return { value: { date: d }, offset: ctx.doc.locate(b, d.text) };
        }
        // A footer that names who issued the release, then its date ("Issued by the X Press Office, 14 March 2031").
        for (const b of ctx.doc.blocks) {
          if (b.section === 'citation' || b.inList || b.kind === 'tableRow' || !/issued|published|released|distributed/i.test(b.text.slice(0, 20))) continue;
          // The line may open a block of contact lines under it.
          const line = b.text.split('\n', 1)[0]!;
          const label = line.length <= 160 ? FOOTER_ISSUED_BY.exec(line) : null;
          if (!label) continue;
          const d = findDates(line.slice(label[0].length), { numeric: true })[0];
          if (d && d.index === 0 && /^[\s.]{0,3}$/.test(line.slice(label[0].length + d.end))) return { value: { date: d }, offset: ctx.doc.locate(b, d.text) };
        }
        return undefined;
      },
    },
    {
      name: 'date:meta-line',
      find(ctx) {
        // A head line of page metadata that sets the date among names and labels ("Research News | November 30, 2027 | University of X").
        for (const b of openingBlocks(ctx.doc.blocks)) {
          if (!HEAD_SECTIONS.has(b.section) || b.section === 'embargo') continue;
          const d = readMetaDate(b.text);
          if (d) return { value: { date: d }, offset: ctx.doc.locate(b, d.text) };
        }
        return undefined;
      },
    },
    {
      name: 'date:embargo-tail',
      find(ctx) {
        // The release's date after its embargo on one run-on line ("Embargoed until 4 March 2037 00:01 GMT Published 3 March 2037").
        return firstOpeningDate(ctx, (b) => (b.section === 'embargo' || b.section === 'label' ? b.text.split('\n').map(readEmbargoTailDate).find((d) => d !== null) : null), 6);
      },
    },
    {
      name: 'date:glued-byline',
      find(ctx) {
        // A byline or metadata line whose date lost its space ("By Jane Roe4 March 2037", "Jane Roe | 4 March 2037Share").
        return firstOpeningDate(ctx, (b) => {
          if (!HEAD_SECTIONS.has(b.section) && b.section !== 'lead') return null;
          for (const line of b.text.split('\n')) {
            const t = unglueDate(line.trim());
            if (t === line.trim() || t.length > 200) continue;
            const d = BYLINE.test(t) ? parseDate(t, { numeric: true }) : readMetaDate(t);
            if (d) return d;
          }
          return null;
        }, 6);
      },
    },
  ];
}

const validDate = (hit: DateHit): boolean => hit.date.year !== null && hit.date.year >= 1990 && hit.date.year <= 2100;

/**
 * The place printed on its own line right above a bare date line in a stacked head block
 * ("National Institute of X" over "Gaithersburg, Md." over "March 14, 2031"); null when that
 * line is no place (an office's name, a label, a person's name or a topic).
 */
function placeAbove(b: Block, dateText: string): string | null {
  if (b.section === 'embargo' || b.text.length > 600) return null;
  const lines = b.text.split('\n');
  const i = lines.indexOf(dateText);
  const prev = i > 0 ? lines[i - 1]!.trim() : '';
  if (!prev || prev.length > 60 || /[\d:]/.test(prev)) return null;
  // A name or a topic over a date ("Jane Roe", "Environment") is no place: the town is printed "City, Region", or under an institution's name.
  if (!/,\s{0,2}\p{Lu}/u.test(prev) && !(i >= 2 && isOrgName(lines[0]!.trim()))) return null;
  const joined = `${prev.replace(/,$/, '')}, ${dateText.trim()}`;
  const line = readDateLine(joined);
  if (!line?.place || line.place !== prev.replace(/,$/, '')) return null;
  const place = placeOfDateLine(joined, line);
  return place && !EMBARGO_WORD.test(place) ? place : null;
}

/** A release label set apart as a field of a metadata line ("· Press release ·", "| News release |"). */
const RELEASE_FIELD = /(?:^|[|·•]|\s[–—-]{1,2})\s{0,3}(?:press|news|media)\s{1,3}release\s{0,3}(?:$|[|·•]|[–—-]{1,2}\s)/i;

/** True when `place` and a colon open `b` and another paragraph of the release too: a transcript's speaker label, not a dateline. */
function isRepeatedColonLabel(blocks: readonly Block[], b: Block, place: string): boolean {
  const label = place + ':';
  if (!b.text.startsWith(label)) return false;
  return blocks.some((x) => x !== b && x.text.startsWith(label));
}

/** A speaker's label in capitals before a colon that opens a transcript's paragraph: two words or more, or a role and a bracket ("AKOSUA MENSAH-BONSU:", "HOST (KWAME ASARE):"). */
const CAPS_SPEAKER = /^\p{Lu}[\p{Lu}.'’-]{1,20}(?:\s\(?\p{Lu}[\p{Lu}.'’-]{0,20}\)?){1,4}:\s/u;
/** Words of a release's field labels in capitals ("NOTES TO EDITORS:", "MEDIA CONTACT:"), which no speaker's name holds. */
const FIELD_LABEL_WORD = /\b(?:NOTES?|EDITORS?|CONTACTS?|ABOUT|EMBARGO(?:ED)?|MEDIA|PRESS|BACKGROUND|FOR|RELEASE|UPDATE|CORRECTION)\b/;

/**
 * True when `place` and a colon open `b` and a neighbouring paragraph opens with a speaker's label in capitals
 * too: a transcript's exchange ("KWAME ASARE: And what …" under "AKOSUA MENSAH-BONSU: With …"), not a dateline.
 */
function isInSpeakerRun(blocks: readonly Block[], b: Block, place: string): boolean {
  // A place with its country ("LEEDS, UK:") is no speaker's name.
  if (!b.text.startsWith(place + ':') || place !== place.toUpperCase() || place.includes(',')) return false;
  const i = blocks.indexOf(b);
  return [blocks[i - 1], blocks[i + 1]].some((x) => {
    const m = x ? CAPS_SPEAKER.exec(x.text.slice(0, 90)) : null;
    return m !== null && !FIELD_LABEL_WORD.test(m[0]);
  });
}

/** Finds the dateline: the opening of a paragraph, else a date line that names a place. */
function findDateline(ctx: ExtractContext, headline: Block | null): { block: Block; line: Dateline; strategy: string } | null {
  // A city in bold before a colon ("**New Delhi:** …") counts only in the lead's first paragraph, and when no run of bold labels (an interview's speakers) surrounds it.
  const firstLead = ctx.doc.blocks.find((x) => x.section === 'lead');
  let boldAllowed: boolean | undefined;
  const emphasisOf = (b: Block): readonly string[] =>
    b === firstLead && b.emphasis.length > 0 && (boldAllowed ??= boldColonDatelineAllowed(ctx.doc.blocks)) ? b.emphasis : [];
  for (const b of openingBlocks(ctx.doc.blocks)) {
    // An office's release label ("KU Leuven – Press release") is no place and dash.
    if (b === headline || b.kind === 'heading' || b.section === 'contacts' || isOfficeReleaseLabel(b)) continue;
    // Above the headline, a name and a dash without a date is an office's banner ("UGR Divulga – University of Granada").
    const banner = headline !== null && b.index < headline.index;
    // The rest of the running text (not contacts or addresses), to tell an acronym ("NASA –") from a city.
    const elsewhere = (): string =>
      ctx.doc.blocks.filter((x) => x !== b && (x.section === 'lead' || x.section === 'body')).slice(0, 40).map((x) => x.text.slice(0, 2000)).join('\n');
    // A bold embargo opening the paragraph ("**Embargoed until …** **GENEVA**, 2 March 2031 —"): the dateline follows it.
    const leadIn = b.emphasis.length > 1 ? afterEmbargoLeadIn(b) : null;
    // A photo credit that runs into the dateline ("Photo: Jo Roe/University of XLEEDS, England — …"): the dateline follows the credit.
    const credit = afterGluedCredit(b.text);
    const line =
      (leadIn !== null ? readDateline(leadIn, elsewhere, emphasisOf(b).slice(1)) : null) ??
      readDateline(b.text, elsewhere, emphasisOf(b)) ??
      (credit !== null ? readDateline(credit, elsewhere, []) : null);
    // A transcript's speaker label before a colon ("DR JANE ROE: We are …") opens other paragraphs too: no place opens two.
    if (line && line.date === null && !line.embargo && (isRepeatedColonLabel(ctx.doc.blocks, b, line.place) || isInSpeakerRun(ctx.doc.blocks, b, line.place))) continue;
    // An author's byline before a dash and the date ("Jane Okafor-Reid - March 3, 2037") is no dateline.
    if (line && isBylineBeforeDash(b.text.replace(/\s+/g, ' ').trim(), line)) continue;
    // An embargo's label in capitals ("UNDER STRICT EMBARGO: 10 March 2031") is no place.
    if (line && !EMBARGO_WORD.test(line.place) && !(banner && line.date === null && !line.embargo)) return { block: b, line, strategy: 'dateline:opening' };
  }
  for (const b of openingBlocks(ctx.doc.blocks)) {
    // A head block may stack the date line under an office's name ("Max Planck Institute for X" over "Jena, 12 March 2030").
    const found = dateLineIn(b);
    const dl = found?.line;
    // A town in mixed case before a bar ("Genève | 12 mai 2037") counts when the release names it again as a town (in its text or the office's address).
    const namedAsTown = (word: string): boolean =>
      isTownNamedAgain(word, ctx.doc.blocks.filter((x) => x !== b).slice(0, 60).map((x) => x.text.slice(0, 2000)).join('\n'));
    const place = found && dl ? placeOfDateLine(found.text, dl, namedAsTown) : null;
    if (dl && place && !EMBARGO_WORD.test(place)) return { block: b, line: { place, placeIndex: dl.placeIndex, date: dl.date, embargo: false }, strategy: 'dateline:date-line' };
    // A row or table of head fields names the place under its own label ("Date: … | Location: York, UK").
    const fieldPlace = dl && !dl.place ? readFieldSet(b.text)?.place ?? null : null;
    if (dl && fieldPlace && !EMBARGO_WORD.test(fieldPlace)) return { block: b, line: { place: fieldPlace, placeIndex: -1, date: dl.date, embargo: false }, strategy: 'dateline:field-set' };
    const above = found && dl && !dl.place ? placeAbove(b, found.text) : null;
    if (above && dl) return { block: b, line: { place: above, placeIndex: -1, date: dl.date, embargo: false }, strategy: 'dateline:place-over-date' };
    // The town on a line of its own just under a date line without a place ("Mar 10, 2037" over "Atlanta, GA").
    const next = dl && !dl.place && !above ? ctx.doc.blocks[b.index + 1] : undefined;
    const below = next && next.kind !== 'heading' && next.section !== 'contacts' ? readPlaceUnderDate(next.text) : null;
    if (below && dl) return { block: next!, line: { place: below, placeIndex: -1, date: dl.date, embargo: false }, strategy: 'dateline:place-under-date' };
  }
  for (const b of openingBlocks(ctx.doc.blocks)) {
    // A head line of metadata fields whose date part names its town ("X consortium · Press release · Brussels, 15 May 2032").
    if (!HEAD_SECTIONS.has(b.section) || b.section === 'embargo' || !/[|·•–—-]/.test(b.text)) continue;
    const meta = readMetaDatePart(b.text);
    const dl = meta ? readDateLine(meta.part) : null;
    const place = meta && dl ? placeOfDateLine(meta.part, dl) : null;
    // A byline among the fields ("Health · Jane Roe, 3 May 2031") reads like a town of two words: those need a release label among the fields.
    const named = place !== null && (!/\s/.test(place) || place.includes(',') || place === place.toUpperCase() || RELEASE_FIELD.test(b.text));
    if (dl && place && named && !EMBARGO_WORD.test(place)) return { block: b, line: { place, placeIndex: -1, date: dl.date, embargo: false }, strategy: 'dateline:meta-line' };
  }
  // A lead that opens with a city in mixed case and a dash under a date line of its own ("13 December 2027" over "Bengaluru -- The …").
  const opening = openingBlocks(ctx.doc.blocks);
  const lead = opening.find((b) => b.section === 'lead');
  if (lead && opening.some((b) => b.index < lead.index && dateLineOf(b) !== null)) {
    const line = readBareDateline(lead.text);
    if (line) return { block: lead, line, strategy: 'dateline:bare-city' };
    // "Freiburg. Moisture has been …": a town and a full stop, named again elsewhere in the release.
    const rest = (): string => ctx.doc.blocks.filter((x) => x !== lead).map((x) => x.text).join('\n');
    const period = readPeriodCityDateline(lead.text, rest());
    if (period) return { block: lead, line: period, strategy: 'dateline:period-city' };
  }
  return null;
}

/**
 * An embargo stated in the notes at the end ("This release is under embargo until ...", "Embargo
 * lifts: 00:01 AEST 24 July 2031"): the key word, then "until", "before", a colon, or a verb of its
 * end ("lifts", "ends", "expires") before a colon, "at" or "on".
 */
const STATED_EMBARGO = /^\s{0,3}(?:until|till|before|to|for\s{1,3}release\s{1,3}(?:until|before)|:|(?:lifts?|ends?|expires?|is\s{1,3}lifted)\s{0,3}(?::|at\b|on\b))/i;

/** The word every stated embargo holds (its other forms, "not for release before", are read in the opening only). */
const EMBARGO_WORD = /embargo/i;

/** The blocks after the opening, outside lists of events, that state an embargo ("Notes to editors: ... under embargo until ..."). */
function laterEmbargoBlocks(blocks: readonly Block[], opening: readonly Block[]): Block[] {
  const seen = new Set(opening);
  return blocks.filter((b) => {
    if (seen.has(b) || b.text.length > 600 || !EMBARGO_WORD.test(b.text)) return false;
    const key = findEmbargoKey(b.text);
    return key !== null && STATED_EMBARGO.test(b.text.slice(key.index + key[0].length, key.index + key[0].length + 30));
  });
}

/** Keys of front matter and page metadata that hold an embargo, lower-cased, in snake, kebab and camel case ("embargoDate" reads "embargodate"). */
const EMBARGO_KEYS = ['embargo', 'embargoed', 'embargo_until', 'embargo_date', 'embargoed_until', 'embargountil', 'embargodate', 'embargoeduntil', 'embargo-until', 'embargo-date', 'embargoed-until'] as const;

/** Reads the embargo from the opening blocks, else from a statement in the notes or the front matter; reports mentions that lack a date. */
function findEmbargo(ctx: ExtractContext, fallbackYear: number | null): void {
  const r = ctx.record.release;
  const undated: Array<{ block: Block; text: string; index: number }> = [];
  /** Reads the embargo of one block; true when it records one. */
  const take = (b: Block, inOpening: boolean): boolean => {
    // A row or table of head fields gives the embargo's own field, not the first date of the row.
    const field = readFieldSet(b.text)?.lines.find((l) => EMBARGO_WORD.test(l));
    const src = field ?? b.text;
    const read = readEmbargo(src, { fallbackYear });
    if (!read) return false;
    if (!read.ok) {
      if (/\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(read.text)) undated.push({ block: b, text: read.text, index: read.index });
      return false;
    }
    // Only the block that gives the embargo is read for a dateline.
    const inDateline = b.section !== 'embargo' && readDateline(b.text)?.embargo === true;
    const offset = ctx.doc.locate(b, src.slice(read.index, read.index + 12));
    // The evidence of the value is the printed date: the first copy of it after the embargo phrase.
    const dateText = read.date.text.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3}/i, '');
    const dateAt = ctx.doc.text.indexOf(dateText, offset);
    const dateOffset = dateAt >= 0 && dateAt < b.end ? dateAt : offset;
    r.embargo = read.value;
    r.embargoDetail = read.detail;
    const strategy = b.section === 'embargo' ? 'embargo:line' : inDateline ? 'embargo:dateline' : inOpening ? 'embargo:inline' : 'embargo:notes';
    ctx.prove('release.embargo', strategy, dateOffset);
    for (const problem of read.problems) ctx.report(problem.message, offset, problem.severity);
    return true;
  };
  const opening = openingBlocks(ctx.doc.blocks);
  for (const b of opening) if (take(b, true)) return;
  // The notes are read only when the opening gives no embargo and the release names one at all.
  if (EMBARGO_WORD.test(ctx.doc.text)) for (const b of laterEmbargoBlocks(ctx.doc.blocks, opening)) if (take(b, false)) return;
  // An embargo given in the front matter or page metadata ("embargo: 2030-03-09 10:00").
  const meta = EMBARGO_KEYS.map((k) => ctx.doc.meta[k]).find((v) => typeof v === 'string' && v.trim() !== '');
  if (meta) {
    const read = readEmbargo(`Embargoed until ${meta.slice(0, 200)}`, { fallbackYear });
    if (read?.ok) {
      r.embargo = read.value;
      r.embargoDetail = read.detail;
      ctx.prove('release.embargo', 'embargo:front-matter', 0);
      return;
    }
  }
  const first = undated[0];
  if (first) {
    ctx.report(`Missing embargo date, expected a date with the embargo "${first.text}"; no embargo recorded`, ctx.doc.locate(first.block, first.text.slice(0, 12)), 'warning');
  }
}

/** Fills `record.release`. */
export const release: Extractor = {
  id: 'release',
  description: 'The headline, subheadline, date, dateline and embargo of the release.',
  run(ctx) {
    const r = ctx.record.release;
    const headline = firstValid(ctx, headlineStrategies, validHeadline);
    if (headline) {
      r.headline = headline.value.text;
      ctx.prove('release.headline', headline.strategy, headline.offset);
      const sub = findSubheadline(ctx.doc.blocks, headline.value);
      if (sub) {
        r.subheadline = sub.text.replace(/\s+/g, ' ').trim();
        ctx.prove('release.subheadline', 'headline:subheadline', sub.start);
      }
    } else ctx.report('Missing headline, expected a first heading, a title line or a front-matter title', 0, 'warning');

    const dateline = findDateline(ctx, headline?.value.block ?? null);
    if (dateline) {
      r.dateline = dateline.line.place;
      ctx.prove('release.dateline', dateline.strategy, ctx.doc.locate(dateline.block, dateline.line.place));
    }

    const date = firstValid(ctx, dateStrategies(dateline, headline?.value.block ?? null), (hit) => validDate(hit));
    if (date) {
      const d = date.value.date;
      r.datePublished = usMonthFirst(d, r.dateline, () => usOnlyEmails(ctx.doc.blocks.map((b) => b.text))) ?? d.iso ?? isoDate(d.year!, d.month, d.day);
      ctx.prove('release.datePublished', date.strategy, date.offset);
      const mismatch = weekdayMismatch(d);
      if (mismatch) ctx.report(`Release date weekday ${mismatch.printed} does not match ${r.datePublished}, expected ${mismatch.actual} in "${d.text}"`, date.offset, 'warning');
    }

    findEmbargo(ctx, date?.value.date.year ?? null);
  },
};
