/**
 * Tip sheets: several items, each a title (a heading, a list line or a paragraph's first line)
 * over a journal's name on a line of its own and one DOI ("Coffee grounds as a filter⏎
 * Environmental Science & Technology Letters⏎…⏎DOI: 10.1021/…").
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import { doiFromUrl, doiKey, findDois } from './doi.js';
import { looksLikeJournal } from './journal.js';

/** One item of a tip sheet: its title, its DOI and the journal line it prints, if any. */
export interface TipItem {
  /** The item's title as printed. */
  title: string;
  /** The item's one DOI. */
  doi: string;
  /** The journal named on a line of its own in the item, else null. */
  journal: string | null;
  /** The block that holds the title. */
  block: Block;
  /** Index of the item's last block. */
  to: number;
}

/** A line that reads as a title: 10 to 160 characters, no sentence end, no URL. */
const TITLE_LINE = /^(?=\S)(?![^\n]{0,200}(?:https?:|www\.|@|\b10\.\d))[^\n.!?:;]{10,160}$/;
/** A list's number before a plain-text title ("1. Glacier lakes …"). */
const NUMBER = /^\d{1,2}[.)]\s+/;
/** Sections an item may run through. */
const ITEM: ReadonlySet<string> = new Set(['subheadline', 'lead', 'body', 'citation', 'contacts']);

/** The title a block opens an item with, else null. */
function titleOf(b: Block): string | null {
  if (!ITEM.has(b.section)) return null;
  const nl = b.text.indexOf('\n');
  // A title is short: no long line is split into words.
  if ((nl < 0 ? b.text.length : nl) > 200) return null;
  const first = (nl < 0 ? b.text : b.text.slice(0, nl)).replace(NUMBER, '').trim();
  const words = first.split(/\s+/).length;
  if (words < 3 || words > 20) return null;
  if (b.kind === 'heading') return b.depth >= 2 && b.depth <= 4 && TITLE_LINE.test(first) ? first : null;
  if (b.kind !== 'paragraph') return null;
  const third = nl < 0 ? -1 : b.text.indexOf('\n', nl + 1);
  // "1. Glacier lakes …" as a list line, or a title over a journal, a summary and a DOI in one paragraph.
  if ((b.inList && nl < 0) || third >= 0) {
    if (TITLE_LINE.test(first) && !looksLikeJournal(first)) return first;
  }
  return null;
}

/** The journal printed alone on a line of `text` (emphasis marks already gone), else null. */
function journalLine(text: string, title: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === title || line.length > 90 || /[.!?;]$/.test(line) || line.split(/\s+/).length > 10) continue;
    if (!/^\p{Lu}/u.test(line) || /https?:|\b10\.\d|@/.test(line)) continue;
    if (looksLikeJournal(line)) return line;
  }
  return null;
}

/** The DOIs printed or linked in a block. */
function doisIn(b: Block): string[] {
  const out = findDois(b.text).map((m) => m.doi);
  for (const l of b.links) {
    const d = doiFromUrl(l.url);
    if (d) out.push(d);
  }
  return out;
}

/** A line that is a DOI and nothing else ("DOI: 10.1021/…", "https://doi.org/10.1029/…"). */
const DOI_LINE = /^(?:doi:?\s?|https?:\/\/(?:dx\.)?doi\.org\/)10\.\d{4,9}\/\S{1,300}$/i;

/**
 * The DOIs of a block that prints them as a tip sheet does, on a line of their own or as a
 * short link ("Read the paper"), not inside a sentence of a news digest ("appears in X. DOI: …").
 */
function bareDois(b: Block): string[] {
  if (!b.text.includes('10.') && !b.links.length) return [];
  const bare = b.text.length <= 40 && !/[.!?]$/.test(b.text.trim());
  if (!bare && !b.text.split('\n').some((l) => DOI_LINE.test(l.trim()))) return [];
  return doisIn(b);
}

/** The items of a tip sheet: at least two titled items with one DOI each; an empty list for any other release. */
export function tipSheetItems(doc: ReleaseDocument): TipItem[] {
  const starts: { at: number; title: string }[] = [];
  for (const b of doc.blocks) {
    const t = titleOf(b);
    if (t) starts.push({ at: b.index, title: t });
  }
  if (starts.length < 2) return [];
  const items: TipItem[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]!.at : doc.blocks.length;
    const keys = new Map<string, string>();
    let journal: string | null = null;
    let to = s.at;
    for (let j = s.at; j < end; j++) {
      const b = doc.blocks[j]!;
      if (!ITEM.has(b.section) || b.kind === 'end') break;
      to = j;
      for (const d of bareDois(b)) if (!keys.has(doiKey(d))) keys.set(doiKey(d), d);
      if (!journal && b.text.includes('\n')) journal = journalLine(b.text, s.title);
      else if (!journal && j === s.at + 1 && b.kind === 'paragraph' && !b.text.includes('\n')) journal = journalLine(b.text, s.title);
    }
    if (keys.size === 1) items.push({ title: s.title, doi: [...keys.values()][0]!, journal, block: doc.blocks[s.at]!, to });
  }
  // Every item a DOI of its own, and at least two of them.
  return items.length >= 2 && new Set(items.map((it) => doiKey(it.doi))).size === items.length ? items : [];
}

/** A sentence before the items announcing several talks: "selected studies that will be presented at X". */
const TALKS =
  /\b(?:studies|abstracts|presentations|papers|posters|findings)\b[^.!?]{0,80}?\b(?:will\s+be|to\s+be|are\s+being|were|are)\s+presented\s+at\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’-]{0,30}(?:\s(?:\p{Lu}[\p{L}\d&'’-]{0,30}|\d{4}|of|on|for|and|&)){0,8})/u;

/**
 * The titles of a meeting's news tips: at least two headed items, none with a DOI, after a
 * sentence announcing several studies to be presented ("Below are selected studies that will
 * be presented at ASM Microbe 2031"); an empty list for any other release.
 */
export function talkTitles(doc: ReleaseDocument): { meeting: string; block: Block; talks: { title: string; block: Block }[] } | null {
  const heads = doc.blocks.filter((b) => b.kind === 'heading' && titleOf(b) !== null);
  if (heads.length < 2) return null;
  const first = heads[0]!.index;
  let said: RegExpExecArray | null = null;
  let where: Block | null = null;
  for (const b of doc.blocks) {
    if (b.index >= first) break;
    if (b.text.includes('presented') && (said = TALKS.exec(b.text.slice(0, 2000)))) {
      where = b;
      break;
    }
  }
  if (!said || !where) return null;
  if (doc.blocks.some((b) => b.index >= first && ITEM.has(b.section) && doisIn(b).length)) return null;
  const meeting = said[1]!.replace(/(?:\s(?:of|on|for|and|&))+$/, '');
  return { meeting, block: where, talks: heads.map((b) => ({ title: titleOf(b)!, block: b })) };
}
