/**
 * Contact blocks: the lines under "Media contact:", "Contact:", "Press office", a contacts
 * table, or a paragraph with soft line breaks ("Name\nRole, Org\n+1 …\nemail").
 * @packageDocumentation
 */
import { leadDetails } from './lead-details.js';
import type { Block, ReleaseDocument } from '../../types.js';
import { BYLINE, labelKind } from '../../parse/sections.js';
import { contactLabelLength, isContactLabel, isExcludedPart } from './labels.js';
import { findEmails } from './emails.js';
import { findPhones } from './phones.js';
import { contactWindows } from './sentences.js';
import { trimEndOf } from '../../text/trim.js';
import { unfoldVcards } from './vcard.js';
import { givenFirstLines } from './family-comma.js';

/** One line of a contacts block, with the block it came from. */
export interface ContactLine {
  block: Block;
  text: string;
}

/** A run of contact lines opened by a label, read as one sequence of contacts. */
export interface ContactRegion {
  /** The label that opened the region, as printed. */
  label: string;
  /** `block`, or `table` when the region holds table rows. */
  strategy: 'block' | 'table';
  lines: ContactLine[];
  /** Offset of the label in the source. */
  offset: number;
}

/** Blocks without an email or a phone after which an open region ends (prose blocks count three). */
const MAX_IDLE_BLOCKS = 8;
/** Blocks a region may span. */
const MAX_REGION_BLOCKS = 80;

/** `text` without its email addresses. */
function withoutEmails(text: string): string {
  const keep: string[] = [];
  let at = 0;
  for (const e of findEmails(text)) {
    keep.push(text.slice(at, e.start));
    at = e.end;
  }
  keep.push(text.slice(at));
  return keep.join(' ');
}

/** A line that reads as a sentence: six or more lower-case words besides its email addresses. */
export function isProseLine(line: string): boolean {
  return atLeast(LOWER_WORD, withoutEmails(line), 6);
}

/** A word that starts in lower case. */
const LOWER_WORD = /(?:^|\s)\p{Ll}[\p{L}'’-]*/gu;
/** A lower-case word of two letters or more. */
const LOWER_PAIR = /(?:^|\s)\p{Ll}{2,}/gu;

/** True when the global `re` (which never matches empty) matches `text` at least `n` times; stops counting there. */
function atLeast(re: RegExp, text: string, n: number): boolean {
  re.lastIndex = 0;
  let k = 0;
  while (re.exec(text) !== null) if (++k >= n) return true;
  return false;
}

/** A label that is itself a desk ("Press office", "Media relations"): kept as the desk's name. */
const DESK_LABEL = /(?:office|relations|desk|bureau|newsroom)$/i;

/** The text of a `mailto:` link that only names the act of mailing ("Send email", "E-mail", "Write an e-mail"). */
const MAIL_LINK_TEXT = /^(?:(?:send|write)\s+(?:an?\s+)?)?e-?mail(?:\s+(?:me|us|her|him|them))?$/i;

/** The lines of a block, with `mailto:` and `tel:` link targets added where the text does not print them. */
export function blockLines(block: Block): string[] {
  let text = block.text;
  // Most blocks are one line without links.
  if (block.links.length === 0 && !text.includes('\n')) return givenFirstLines([text.trim()]);
  for (const link of block.links) {
    const m = /^(mailto|tel):([^?]{3,200})/i.exec(link.url);
    if (!m) continue;
    const value = decodeURIComponent(m[2] ?? '').trim();
    const digits = value.replace(/\D/g, '');
    const printed = m[1]!.toLowerCase() === 'mailto' ? text.toLowerCase().includes(value.toLowerCase()) : text.replace(/\D/g, '').includes(digits);
    if (printed) continue;
    const at = link.text ? text.indexOf(link.text) : -1;
    // "<a href="mailto:…">Send email</a>": a link that only says "email" is the field's label, so the address is read as that person's.
    if (at >= 0 && m[1]!.toLowerCase() === 'mailto' && MAIL_LINK_TEXT.test(link.text.trim())) {
      text = `${text.slice(0, at)}Email: ${value}${text.slice(at + link.text.length)}`;
      continue;
    }
    text = at >= 0 ? `${text.slice(0, at + link.text.length)} ${value}${text.slice(at + link.text.length)}` : `${text}\n${value}`;
  }
  return givenFirstLines(unfoldVcards(text.split('\n').map((l) => l.trim())));
}

const hasData = (line: string): boolean => findEmails(line).length > 0 || findPhones(line).length > 0;

/** True when a region has read lines but no email or phone yet: the person it names still awaits their data. */
const awaitsData = (region: ContactRegion): boolean => region.lines.length > 0 && !region.lines.some((l) => hasData(l.text));

/** True for a short line that opens something other than a media contact ("PATIENT INQUIRIES:", "Investor Contact: …"). */
export function opensExcluded(line: string): boolean {
  if (line.length > 100) return false;
  const head = line.includes(':') ? line.slice(0, line.indexOf(':')) : line;
  return isExcludedPart(head) && (line.includes(':') || line === line.toUpperCase() || TITLE_LABEL.test(line));
}

/**
 * A label line in title case without a colon that ends in a label word ("Investor Relations
 * Contact", "Patient Inquiries"), as a bold or heading line prints it.
 */
const TITLE_LABEL = /^[#*_\s]{0,6}(?:(?:\p{Lu}[\p{L}'’-]{0,20}|for|and|the|&)\s{1,3}){0,4}(?:Contacts?|Inquiries|Enquiries|Relations|Information)[*_\s]{0,6}$/u;

/** A line opening the navigation part of a pasted web page: sharing links, related stories, tags, "Follow us". */
const PAGE_PART = /^\W{0,3}(?:share\s+(?:this|on)\b|related\s+(?:stories|news|articles|content|links|posts|topics)\b|more\s+(?:news|stories)\b|read\s+more\b|you\s+(?:may|might)\s+also\b|follow\s+us\b|tags?\s*:|back\s+to\s+(?:top|news)\b)/i;

/** A mark of a site footer line: a copyright sign or notice, or a page's last-updated stamp. */
const FOOTER_MARK = /©|\(c\)\s{0,2}(?:19|20)\d\d\b|\bcopyright\b|\ball\s+rights\s+reserved\b|^\W{0,3}last\s+(?:updated|modified|reviewed)\b/i;
/** The separators of a one-line site footer ("Institute · Street 6 · 04103 Town · Tel. …"). */
const FOOTER_SEPARATOR = /\s[·|•]\s/;
/** A part of a postal address: a house number and a street, or a postcode and a town ("Deutscher Platz 6", "5241 N. Maple Ave.", "04103 Leipzig"). */
const ADDRESS_PART = /^(?:\d{1,5}[a-z]?\s{1,2}(?:[NSEW]\.?\s{1,2})?\p{Lu}[\p{L}.'’-]{1,30}|\p{Lu}[\p{L}.'’-]{1,30}(?:\s{1,2}\p{Lu}?[\p{L}.'’-]{1,30}){0,2}\s{1,2}\d{1,5}[a-z]?)(?:[\s,]|$)/u;

/**
 * True for a line of a page's site footer: a copyright or last-updated line, or a one-line
 * address ("Institute · Deutscher Platz 6 · 04103 Leipzig · Tel. …") of three or more parts
 * with a street or postcode part, a phone and no email address. Its number is the site's general line,
 * not a press contact, unless the line names the press.
 */
export function isFooterLine(line: string): boolean {
  if (line.length > 300) return false;
  // Most lines have neither a footer's mark nor its separators: tell that first, before the role words.
  const mark = FOOTER_MARK.test(line);
  if (!mark && !FOOTER_SEPARATOR.test(line)) return false;
  if (MEDIA_ROLE.test(line)) return false;
  if (mark) return true;
  if (findEmails(line).length > 0) return false;
  const parts = line.split(FOOTER_SEPARATOR);
  return parts.length >= 3 && findPhones(line).length > 0 && parts.some((p) => ADDRESS_PART.test(p.trim()) && findPhones(p).length === 0);
}

/** Words of a press role or desk ("Press Officer", "Head of Communications", "spokesperson"). */
const MEDIA_ROLE = /\b(?:press|media|communications?|public\s+affairs|public\s+relations|news\s+(?:office|bureau)|spokes(?:person|man|woman))\b/i;

/** True for a short block that holds a press role or desk and an email or phone, with no sentence in it. */
function isStandaloneContact(lines: readonly string[], prose: (i: number) => boolean): boolean {
  const text = lines.join('\n');
  // MEDIA_ROLE on the whole text first: a cheap test that fails on most blocks (removing the
  // addresses never makes a role word appear), before the costlier prose and data checks.
  if (text.length > 600 || !MEDIA_ROLE.test(text) || lines.some((_, i) => prose(i))) return false;
  return MEDIA_ROLE.test(withoutEmails(text)) && hasData(text);
}

/** A full stop that ends a sentence: after a digit or a word, before a capital. */
const SENTENCE_END = /(?<=[\p{L}\d])\.\s{1,3}(?=\p{Lu})/u;

/**
 * The sentences at the start of a label's rest that each hold an email or a phone, when the rest
 * reads as prose only for what follows them ("press@…, +44 …. Follow us at @lab for more."); else the rest.
 */
function dataSentences(rest: string): string {
  if (!rest.includes('. ') || !isProseLine(rest)) return rest;
  const parts = rest.split(SENTENCE_END);
  let n = 0;
  while (n < parts.length && hasData(parts[n]!)) n++;
  if (n === 0 || n === parts.length) return rest;
  const lead = parts.slice(0, n).join('. ');
  return isProseLine(lead) ? rest : lead;
}

/**
 * Finds the contact regions of a release. A region opens at a contact label (at the start of
 * any line) and takes the following short lines until an end mark, another label or heading,
 * a part for patients or consumers, or three blocks without an email or a phone. Prose lines
 * are left to the sentence reader. `linesOf` splits a block into lines ({@link blockLines}).
 */
export function findContactRegions(doc: ReleaseDocument, linesOf: (block: Block) => string[] = blockLines): ContactRegion[] {
  const regions: ContactRegion[] = [];
  let open: ContactRegion | null = null;
  let idle = 0;
  let span = 0;
  const close = (): void => {
    if (open) regions.push(open);
    open = null;
  };
  for (const block of doc.blocks) {
    if (block.kind === 'end') {
      close();
      continue;
    }
    const lines = linesOf(block);
    // Whether each line is prose, told once (asked per line and for the whole block).
    const proseOf: Array<boolean | undefined> = [];
    const prose = (i: number): boolean => (proseOf[i] ??= isProseLine(lines[i]!));
    let blockHasData = false;
    for (const [i, line] of lines.entries()) {
      if (!line) continue;
      // "Investor Contact:" is not a media contact, nor is a page's sharing or related-stories part: each closes a region and opens none.
      if (opensExcluded(line) || (line.length <= 60 && PAGE_PART.test(line)) || isFooterLine(line)) {
        // "Media contact: / Jo Bell / Trial enrolment: 1-800-… / 617-…": a one-line patient or enrolment number
        // between a named person and their own phone or email is passed over; the person's data follows.
        if (open !== null && awaitsData(open) && line.includes(':') && hasData(line.slice(line.indexOf(':'))) && opensExcluded(line)) continue;
        close();
        continue;
      }
      if (isContactLabel(line)) {
        const bare = trimEndOf(line, ':');
        if (open !== null && DESK_LABEL.test(bare) && bare.length === trimEndOf(line.slice(0, contactLabelLength(line)), ':').length && !open.lines.some((l) => hasData(l.text))) {
          // "For media enquiries:" then "Press Office": the second label names the desk; after
          // "Contact:" and a name with no address yet ("Mag. Jo Bell" then "Media Relations"), it is that person's desk.
          open.lines.push({ block, text: bare });
          continue;
        }
        close();
        const cut = contactLabelLength(line);
        open = { label: trimEndOf(line.slice(0, cut), ':–—-'), strategy: 'block', lines: [], offset: doc.locate(block, line.slice(0, cut)) };
        idle = 0;
        span = 0;
        const rest = dataSentences(line.slice(cut).trim());
        if (DESK_LABEL.test(open.label)) open.lines.push({ block, text: open.label });
        if (rest && !isProseLine(rest)) {
          open.lines.push({ block, text: rest });
          blockHasData ||= hasData(rest);
        }
        continue;
      }
      if (!open) {
        // An author box ("Written by Jo Bell, Communications Officer, jo@…") credits the writer; it offers no contact.
        if (i === 0 && !BYLINE.test(line.replace(/^[*_\s]{1,6}/, '')) && isStandaloneContact(lines, prose)) {
          // A block such as "Jane Doe (Press Officer)\nTel. …\nemail" with no label above it.
          open = { label: line, strategy: block.kind === 'tableRow' ? 'table' : 'block', lines: [], offset: block.start };
          idle = 0;
          span = 0;
        } else continue;
      }
      const current: ContactRegion = open;
      if (opensExcluded(line) || (i === 0 && (labelKind(line) !== null || (block.kind === 'heading' && !hasData(line))))) {
        close();
        continue;
      }
      // "Jo Bell, Press Officer, Institute. Please use the online form …" opening a region: the person's details are its line.
      const lead = prose(i) && current.lines.length === 0 ? leadDetails(line, isProseLine, hasData) : null;
      if (lead !== null) {
        current.lines.push({ block, text: lead });
        continue;
      }
      // Prose, or a sentence that offers a contact: left to the sentence reader.
      if (prose(i) || (atLeast(LOWER_PAIR, line, 3) && contactWindows(line).length > 0)) continue;
      if (block.kind === 'tableRow') current.strategy = 'table';
      current.lines.push({ block, text: line });
      blockHasData ||= hasData(line);
    }
    if (open) {
      const current: ContactRegion = open;
      // Whether the block holds prose matters only when it holds no data.
      idle = blockHasData ? 0 : idle + (lines.some((_, i) => prose(i)) ? 3 : 1);
      span++;
      if (idle >= MAX_IDLE_BLOCKS || span > MAX_REGION_BLOCKS || current.lines.length > 400) close();
    }
  }
  close();
  return regions;
}
