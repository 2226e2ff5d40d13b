/**
 * The release's own date and dateline, from the record or, when the record is empty, read
 * from the head and lead of the release.
 * @packageDocumentation
 */
import type { Block, PressRecord, ReleaseDocument } from '../../types.js';
import { provenancePlace, sourceOffset } from '../locate.js';
import type { Place } from '../rule.js';
import { findDates, isoDate } from './dates.js';

/** A fact with the place of its evidence. */
export interface PlacedValue {
  value: string;
  place: Place;
}

const HEAD_SECTIONS = new Set(['label', 'headline', 'subheadline', 'embargo', 'lead', 'front']);
const EMBARGO_BEFORE = /embargo|not\s+for\s+(?:release|publication)/i;

/** The blocks at the top of the release: everything before the body, and the lead. */
export function headBlocks(doc: ReleaseDocument): Block[] {
  const out: Block[] = [];
  for (const b of doc.blocks) {
    if (!HEAD_SECTIONS.has(b.section)) break;
    out.push(b);
  }
  return out;
}

/** The lead paragraph: the first block of the lead section, else the first long paragraph. */
export function leadBlock(doc: ReleaseDocument): Block | undefined {
  return doc.blocks.find((b) => b.section === 'lead') ?? doc.blocks.find((b) => b.kind === 'paragraph' && b.text.length >= 120);
}

const META_DATE_KEYS = ['date', 'datePublished', 'published', 'article:published_time', 'pubdate', 'dc.date'];

/** The release's date `YYYY-MM-DD`: the record's, else front matter, else the first dated line at the top outside an embargo. */
export function releaseDate(doc: ReleaseDocument, record: PressRecord): PlacedValue | null {
  const rec = record.release.datePublished;
  if (rec) return { value: rec, place: provenancePlace(record, 'release.datePublished') };
  for (const key of META_DATE_KEYS) {
    const v = doc.meta[key];
    const m = v ? /^(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
    if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, place: { line: 1, column: 1 } };
  }
  for (const b of headBlocks(doc)) {
    if (b.section === 'embargo') continue;
    const text = b.text.slice(0, b.section === 'lead' ? 300 : 1000);
    for (const d of findDates(text)) {
      if (d.year === null) continue;
      const lineStart = text.lastIndexOf('\n', d.index) + 1;
      if (EMBARGO_BEFORE.test(text.slice(Math.max(lineStart, d.index - 80), d.index))) continue;
      return { value: isoDate(d.year, d.month, d.day), place: sourceOffset(doc, b, d.index, d.length) };
    }
  }
  return null;
}

const SEPARATOR = /[ \u00a0](?:--|[–—-])[ \u00a0]|—|[ \u00a0]--/;
const WIRE = /^(?:Newswise|PRNewswire|PR[ ]Newswire|EurekAlert!?|Business[ ]Wire|GLOBE[ ]NEWSWIRE|Science[ ]?Daily|Cision)[ \u00a0]{0,3}(?:--|[–—:-])[ \u00a0]{0,3}/i;

/** The place at the start of `text` when it reads as a dateline, else null. */
export function datelinePlace(text: string): string | null {
  const head = text.slice(0, 220).replace(WIRE, '');
  // "(NEW YORK — March 15, 2017/Embargoed …)" and "(Philadelphia) -": a bracketed dateline.
  const bracket = /^\(([^()]{1,160})\)/.exec(head);
  let prefix: string;
  let bracketed = false;
  if (bracket) {
    bracketed = true;
    const inner = bracket[1]!;
    const cut = SEPARATOR.exec(inner) ?? /\//.exec(inner);
    prefix = cut ? inner.slice(0, cut.index) : inner;
  } else {
    const sep = SEPARATOR.exec(head);
    if (!sep || sep.index > 160) return null;
    prefix = head.slice(0, sep.index);
    bracketed = /\(/.test(prefix);
  }
  const dated = findDates(prefix).length > 0;
  prefix = prefix.replace(/\([^)]{0,120}\)/g, ' ').replace(/\/[^/]{1,40}\//g, ' ');
  for (const d of findDates(prefix).reverse()) prefix = prefix.slice(0, d.index) + prefix.slice(d.index + d.length);
  const place = prefix.replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, ' ').replace(/[\s,;:/]+$/g, '').replace(/\s+/g, ' ').trim();
  if (!place || place.length > 60 || !/^\p{Lu}/u.test(place) || place.split(' ').length > 8) return null;
  if (/[.!?]["”’]?$/.test(place) && !/\b[A-Z][a-z]{0,4}\.$/.test(place)) return null;
  const capsWord = /^\p{Lu}{3,}\b/u.test(place);
  if (!(dated || bracketed || capsWord || place.includes(','))) return null;
  return place;
}

/**
 * The dateline's place from the record, else from the lead or one of the first paragraphs: the
 * words before the first dash, without date and parentheses, when they read as a place
 * ("HALIFAX, NS", "Boston, Mass.", "(Philadelphia)").
 */
export function dateline(doc: ReleaseDocument, record: PressRecord): PlacedValue | null {
  const rec = record.release.dateline;
  if (rec) return { value: rec, place: provenancePlace(record, 'release.dateline') };
  const lead = leadBlock(doc);
  const candidates = [...(lead ? [lead] : []), ...doc.blocks.filter((b) => b.kind === 'paragraph' && b !== lead).slice(0, 6)];
  for (const b of candidates) {
    const value = datelinePlace(b.text);
    if (value) return { value, place: b.start };
  }
  return null;
}
