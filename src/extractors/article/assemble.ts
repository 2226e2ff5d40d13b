/**
 * Groups what the finders found — DOIs, reference lines, publication sentences, titles,
 * authors — into the papers a release reports on: the study, plus an editorial or a related
 * paper when the release gives it its own title, DOI or journal.
 * @packageDocumentation
 */
import { journalIssueNumbers } from './journal-issue-numbers.js';
import { buttonHeadingTitle } from './button-heading.js';
import { bioSentence, reportsNoPaper } from './no-paper.js';
import { headlineIssueJournal } from './issue-headline.js';
import { readFieldLines } from './labelled-fields.js';
import type { Article, Block, Person, ReleaseDocument } from '../../types.js';
import { doiFromUrl, doiKey, findDois, isDataDoi, trimDoi, type DoiMatch } from './doi.js';
import { inNoticeSentence, onNoticeLine } from './notice-doi.js';
import { noticeJournal } from './notice-journal.js';
import { spelledAcronym } from './spelled-acronym.js';
import { printedFullJournal } from './full-journal.js';
import { isStoryLink } from './story-link.js';
import { isPublisherArticleUrl } from './publisher-link.js';
import { isPageCitation } from './page-citation.js';
import { findJournalNames, findMentions, findPreprintServers, type Mention } from './mention.js';
import { findPaperSeries } from './paper-series.js';
import { firstPostedPreprint, preprintLabelled } from './earlier-preprint.js';
import { findReferences, labelledValue, type ReferenceHit } from './citation.js';
import { findTitles, type TitleHit } from './title.js';
import { withoutTranslation } from './translated-title.js';
import { addPeople, findProseAuthors, fullest } from './authors.js';
import { rejoinInvertedFirst } from './inverted-pair.js';
import { cleanJournal, fuller, journalKey, looksLikeJournal, readJournalName, sameJournal } from './journal.js';
import { readName } from './name-list.js';
import { readNumbers } from './volume-issue.js';
import { parseReference } from './reference-line.js';
import { linkedEntryDoi } from './linked-entry.js';
import { authorQuoteMarkers, findNotedSpeakers } from './noted-quotes.js';
import { detailsParts, detailsTitle, labelledAuthors } from './detail-blocks.js';
import { readPageCitation } from './page-meta.js';
import { talkTitles, tipSheetItems, type TipItem } from './tip-sheet.js';
import { itemOf, roundUpItems, type RoundUpItem } from './round-up.js';

/** A journal label's value that is the name and a year only, or a DOI after them: "Nature Plants (2027)", "Cell, 2027", "Cell, Oct-2027", "Cell, Oct-2027, DOI: 10.…". */
const LABEL_YEAR = /^([^,()]{2,120}?)\s*(?:\(((?:19|20)\d{2})\)|,\s?(?:[A-Z][a-z]{2}-)?((?:19|20)\d{2})|\((?:first\s+)?(?:published|online|e-?published)\b[^()]{0,60}?((?:19|20)\d{2})\))(?:[,;]?\s{0,3}[Dd][Oo][Ii]\s?:?\s{0,2}10\.\d{4,9}\/\S{1,200})?\.?$/;
/** The journal's name in a label's value, before the numbers after it ("Plant Phenomics, 2032, 14: 0187" → "Plant Phenomics"). */
const NUMBERS_AFTER_NAME = /\s*(?:[,;(]\s?(?:\d|vol|published|online|doi)|\s\d).*$/i;

/**
 * Fills volume, issue, pages and year from a "Journal:" label's value when it names the paper's
 * journal and prints a volume with pages or an issue after it; a year alone is left to {@link LABEL_YEAR}.
 */
function fillLabelNumbers(main: Draft, lab: { value: string; block: Block }): void {
  const name = lab.value.replace(NUMBERS_AFTER_NAME, '');
  const clean = name === lab.value ? null : cleanJournal(name);
  if (!clean || !sameJournal(clean, main.article.journal!)) return;
  const n = readNumbers(lab.value.slice(name.length));
  if (!n.volume || !(n.pages || n.issue)) return;
  fill(main, 'volume', n.volume, 'volume:journal-label', lab.block.start);
  fill(main, 'issue', n.issue, 'issue:journal-label', lab.block.start);
  fill(main, 'pages', n.pages, 'pages:journal-label', lab.block.start);
  fill(main, 'year', n.year, 'year:journal-label', lab.block.start);
}

/** A note of the online date after the journal in its label ("Advanced Materials (published online October 30, 2031)"). */
const PUBLISHED_NOTE = /\s{0,3}\((?:first\s+)?(?:published|online|e-?published)\b[^()]{0,60}\)\.?$/i;
const NOT_LETTER = /[^\p{L}]/gu;
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** Where one field of a draft came from. */
export interface FieldSource {
  strategy: string;
  offset: number;
}

/** An article being assembled, with the provenance of each field. */
export interface Draft {
  article: Article;
  sources: Partial<Record<keyof Article, FieldSource>>;
  editorial: boolean;
  /** Block indexes of the editorial's own part of the release, when it has one. */
  segment: [number, number] | null;
}

const SKIP: ReadonlySet<string> = new Set(['boilerplate', 'contacts']);

const newDraft = (editorial = false, segment: [number, number] | null = null): Draft => ({
  article: { doi: null, title: null, authors: [], journal: null, volume: null, issue: null, pages: null, year: null },
  sources: {},
  editorial,
  segment,
});

/** A link's text opening with a family name and an initial ("Roe, K., …"), as a citation's names open. */
const CITED_NAMES = /^\p{Lu}[\p{L}'’-]{1,30},\s\p{Lu}\./u;

/** Sets a field when it is empty, recording where it came from. */
function fill<K extends keyof Article>(d: Draft, key: K, value: Article[K] | null | undefined, strategy: string, offset: number): void {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return;
  const cur = d.article[key];
  if (cur !== null && cur !== undefined && !(Array.isArray(cur) && !cur.length)) return;
  d.article[key] = value;
  d.sources[key] = { strategy, offset };
}

/** The offset in the source of `index` within `block`'s text. */
const at = (doc: ReleaseDocument, block: Block, index: number, needle?: string): number =>
  needle ? doc.locate(block, needle) : block.start + Math.max(0, index);

/** What may stand between a journal's name and the link to its paper: a colon, a comma, "as", quote marks. */
const LINK_RIGHT_AFTER = /^[*_]{0,2}\s?[:,]?\s?(?:as\s)?[“"‘]?$/;
/** A DOI in brackets within a few words after a journal's name (" last month (doi: 10.…"), in the same sentence. */
const DOI_RIGHT_AFTER = /^[^.;()]{0,25}\((?:doi:?\s?|https?:\/\/(?:dx\.)?doi\.org\/)10\./i;

/** A DOI found in the release, from text or a link. */
interface DoiHit {
  doi: string;
  block: Block;
  offset: number;
  strategy: string;
  url: string | null;
  /** The text of the link that holds the DOI, when it came from one. */
  linkText: string | null;
}

/** What follows a DOI across one line break or space: the rest of a DOI that a wrap cut ("ja⏎maophthalmol.2031.0123"). */
const BROKEN_REST = /^[ \t]*\n?[ \t]*([^\s"<>]{1,200})/;

/** The DOIs of every block of `doc` (by index), from {@link findDois}; none are read in boilerplate. */
const doisOfBlocks = (doc: ReleaseDocument): DoiMatch[][] => doc.blocks.map((b) => (b.section === 'boilerplate' ? [] : findDois(b.text)));

function findAllDois(doc: ReleaseDocument, blockDois: ReadonlyArray<readonly DoiMatch[]>): DoiHit[] {
  let out: DoiHit[] = [];
  const seen = new Map<string, DoiHit>();
  const notices: DoiHit[] = [];
  // DOIs that a line break or a space may have cut ("…/fullarticle/10.1001/ja⏎maophthalmol.2031.0123"), with the DOI they make joined to what follows.
  const cutAtBreak = new Map<DoiHit, string>();
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    // "Cite this page: … doi:10.5555/news.…": the news item's own DOI.
    if (block.section === 'boilerplate' || isPageCitation(doc, block)) continue;
    const hits: DoiHit[] = [];
    for (const d of blockDois[i]!) {
      const prefix = block.text.slice(Math.max(0, d.index - 30), d.index);
      const strategy = /doi\.org\/\s*$/i.test(prefix) ? 'doi:resolver-url' : /(?:https?:|www\.)\S*$/i.test(prefix) ? 'doi:publisher-url' : /\bdoi\s*:?\s*$/i.test(prefix) ? 'doi:text' : 'doi:bare';
      const hit: DoiHit = { doi: d.doi, block, offset: at(doc, block, d.index, d.doi), strategy, url: null, linkText: null };
      const rest = block.text.startsWith(d.doi, d.index) ? BROKEN_REST.exec(block.text.slice(d.index + d.doi.length, d.index + d.doi.length + 200)) : null;
      if (rest) cutAtBreak.set(hit, doiKey(trimDoi(d.doi + rest[1]!)));
      hits.push(hit);
    }
    for (const link of block.links) {
      const doi = doiFromUrl(link.url);
      if (doi) hits.push({ doi, block, offset: link.offset >= 0 ? link.offset : block.start, strategy: 'doi:link', url: link.url, linkText: link.text || null });
    }
    for (const h of hits.sort((a, b) => a.offset - b.offset)) {
      // "The data are openly available at https://doi.org/10.5281/zenodo.…": no paper.
      if (isDataDoi(h.doi)) continue;
      // "Retraction notice: … DOI: 10.…": the notice's own DOI, kept only when the release prints no other.
      if (onNoticeLine(block.text, h.offset - block.start)) {
        if (!notices.some((n) => doiKey(n.doi) === doiKey(h.doi))) notices.push(h);
        continue;
      }
      const key = doiKey(h.doi);
      const prev = seen.get(key);
      if (prev) {
        prev.url ??= h.url;
        continue;
      }
      if (out.length >= 100) continue;
      seen.set(key, h);
      out.push(h);
    }
  }
  // A DOI cut by a line break is the longer DOI the release prints whole elsewhere, not a paper of its own.
  if (cutAtBreak.size && out.length > 1) {
    const keys = new Set(out.map((h) => doiKey(h.doi)));
    out = out.filter((h) => { const joined = cutAtBreak.get(h); return joined === undefined || joined === doiKey(h.doi) || !keys.has(joined); });
  }
  // A release whose only DOI is a notice's reports the notice, as it does for a notice's DOI printed in a sentence.
  if (!out.length) return notices.slice(0, 100);
  // "The retraction notice … is available at https://doi.org/…" beside the retracted paper's DOI: the paper is the one reported.
  if (out.length > 1) {
    const papers = out.filter((h) => !inNoticeSentence(h.block.text, h.offset - h.block.start));
    if (papers.length && papers.length < out.length) return papers;
  }
  return out;
}

/** The year of the release's own date, when known. */
function releaseYear(doc: ReleaseDocument, datePublished: string | null): number | null {
  const d = datePublished ?? doc.meta['date'] ?? null;
  const m = d ? /^((?:19|20)\d{2})/.exec(d) : null;
  return m ? Number(m[1]) : null;
}

/** Months by name, for reading the date printed at the top of a release. */
const LEAD_DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})|((?:19|20)\d{2})-\d{2}-\d{2})\b/i;

/**
 * The year the release was written in: its own date, else the first full date printed in its
 * first blocks (a dateline). Only used to tell old papers (background) from new ones.
 */
function writtenYear(doc: ReleaseDocument, datePublished: string | null): number | null {
  const own = releaseYear(doc, datePublished);
  if (own) return own;
  for (const b of doc.blocks.slice(0, 6)) {
    const m = LEAD_DATE.exec(b.text.slice(0, 400));
    const y = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    if (y) return Number(y);
  }
  return null;
}

/** True when `italic` is printed straight before a volume number (", 156(6)"): a journal, not a title. */
function italicBeforeNumbers(text: string, italic: string): boolean {
  const i = text.indexOf(italic);
  return i >= 0 && /^[.,]?\s?,?\s?(?:(?:vol\.|volume|no\.)\s?)?\d{1,5}\s?[(,:]/i.test(text.slice(i + italic.length, i + italic.length + 20));
}

/**
 * True when `italic` is printed straight after "In" or "In:" ("In *Proceedings of the 2031 CHI Conference …*"),
 * or IEEE's lower-case "in" ("…,” in *Proc. 2031 IEEE Int. Conf. …*"): proceedings, not a title.
 */
function italicAfterIn(text: string, italic: string): boolean {
  const i = text.indexOf(italic);
  return i >= 3 && /\b[Ii]n:?\s[*_]{0,2}$/.test(text.slice(Math.max(0, i - 8), i));
}

/** A line that labels an accompanying piece: "Comment:", "Linked editorial:". */
const EDITORIAL_LINE = /^(?:linked\s+|accompanying\s+|related\s+)?(?:editorial|comment|commentary|perspective|viewpoint)\s?:/i;

/** The line of `text` that holds `needle` (trimmed), else the whole text. */
function lineWith(text: string, needle: string): string {
  const i = text.indexOf(needle);
  if (i < 0) return text;
  const end = text.indexOf('\n', i);
  return text.slice(text.lastIndexOf('\n', i) + 1, end < 0 ? text.length : end).trim();
}

/** True for a block of prose: no citation, list entry or numbered reference (whose title may say "Earlier …"). */
const proseSentence = (b: Block): boolean => b.section !== 'citation' && !b.inList && !NUMBERED_LINE.test(b.text);

/** "a 2019 study": a paper named by its year. */
const OLD_WORK = /\b((?:19|20)\d{2})\s+(?:study|studies|paper|article|report|analysis|trial|review)\b/i;

/** The words after a talk's quoted title ("\" will be presented by"). */
const PRESENTED_AFTER = /^[,.]?["”’]?,?\s{1,3}(?:will\s+be|was|is|were|are|to\s+be)\s+presented\b/;

/** A meeting named right after a quoted title: "", at the 2031 International X Congress"; group 1 is its name. */
const AT_MEETING_AFTER =
  /^[,.]?["”’]?,?\s{1,3}(?:at|during)\s(?:the\s)?((?:(?:19|20)\d{2}\s)?\p{Lu}[\p{L}'’&-]{0,30}(?:\s(?:of|on|for|and|&|(?:19|20)\d{2}|\p{Lu}[\p{L}'’&-]{0,30})){0,8})/u;

/** A meeting's kind, which the name of the meeting a talk was given at must hold. */
const MEETING_NAME = /\b(?:Meeting|Congress|Conference|Symposium|Summit|Sessions?|Forum|Workshop|Convention|Colloquium)\b/;

/** The meeting a quoted title was presented at, when a verb of presenting precedes it in its sentence; else null. */
function talkMeeting(text: string, index: number, length: number): string | null {
  const m = AT_MEETING_AFTER.exec(text.slice(index + length, index + length + 160));
  if (!m || !MEETING_NAME.test(m[1]!) || !/\bpresent(?:ed|s|ing)?\b/i.test(text.slice(Math.max(0, index - 80), index))) return null;
  // The name ends with its last capitalised word or year ("… Congress of Europe" keeps "of Europe").
  return m[1]!.replace(/(?:\s(?:of|on|for|and|&))+$/, '');
}

/** The sections that title the release rather than tell it. */
const HEADING_SECTIONS: ReadonlySet<string> = new Set(['headline', 'subheadline']);

/** Words that make a paper the release's own ("new", "today"). */
const FRESH = /\b(?:new|newly|latest|today|this\s+week|this\s+month|forthcoming|upcoming)\b/i;

/** True when the sentence that prints DOI `d` names it as "a 2019 study" years before the release, and calls nothing new. */
function oldWorkDoi(d: { doi: string; block: Block; linkText: string | null }, releaseYear: number | null | undefined): boolean {
  if (!releaseYear) return false;
  const text = d.block.text.slice(0, 2000);
  const linkAt = d.linkText ? text.indexOf(d.linkText) : -1;
  const pos = linkAt >= 0 ? linkAt : text.toLowerCase().indexOf(d.doi.toLowerCase().slice(0, 12));
  if (pos < 0) return false;
  const sentence = text.slice(Math.max(0, text.lastIndexOf('. ', pos) + 1), pos);
  const old = OLD_WORK.exec(sentence);
  return Boolean(old && Number(old[1]) <= releaseYear - 2 && !FRESH.test(sentence));
}

/** Link text or words just before a lone DOI that name earlier work: "builds on [earlier work by the group](…)". */
const EARLIER_WORK = /\b(?:earlier|previous|prior|past)\s+(?:[\p{L}-]+\s+){0,2}?(?:work|stud(?:y|ies)|research|papers?|findings|results|analys[ie]s|trials?)\b/iu;

/** A verb that reports a publication in the DOI's own sentence ("confirm earlier studies, they report in …"). */
const PUBLISHING = /\b(?:publish|appear|report|accepted|describ)/i;

/**
 * True when a lone DOI's link text, or the words just before it in its sentence, call it
 * earlier work, and the sentence calls nothing new (nor, for a printed DOI, reports a publication).
 */
function earlierWorkDoi(d: { doi: string; block: Block; linkText: string | null }): boolean {
  const text = d.block.text.slice(0, 2000);
  if (d.linkText && EARLIER_WORK.test(d.linkText)) {
    const at = text.indexOf(d.linkText);
    const sentence = at >= 0 ? text.slice(Math.max(0, text.lastIndexOf('. ', at) + 1), at + d.linkText.length) : d.linkText;
    return !FRESH.test(sentence);
  }
  const pos = text.toLowerCase().indexOf(d.doi.toLowerCase().slice(0, 12));
  if (pos < 0) return false;
  const sentence = text.slice(Math.max(0, text.lastIndexOf('. ', pos) + 1), pos);
  return EARLIER_WORK.test(sentence.slice(-120)) && !FRESH.test(sentence) && !PUBLISHING.test(sentence);
}

/** The label of a list of the reported papers ("Papers:", "The publication", "Journal Reference:"); notes to editors also list background. */
const REPORTED_LIST_LABEL =
  /^(?:the\s+)?(?:(?:new|original|scientific)\s+)?(?:papers?|publications?|articles?|studies|preprints?|(?:paper|publication|article|study)\s+(?:details|information|info|data)|(?:journal|paper|study|full)\s+(?:references?|citations?)|citations?)\s*:?$/i;
/** A list entry that reports the publication itself ("The paper 'X' by … is published in …"). */
const REPORTS_PUBLICATION =
  /^(?:the\s+)?(?:paper|study|article|research|report|findings|preprint)\b[^\n]{0,600}?\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:published|available|out)\b/i;
/** A list entry labelled as the link to the paper ("Link to the paper:", "Link to scientific article:", "Read the full study:", "Full text:"). */
const PAPER_LINK_ENTRY =
  /^(?:(?:a\s+)?link\s+to\s+(?:the\s+)?(?:full\s+|scientific\s+|research\s+|original\s+)?(?:paper|study|article|publication|manuscript|abstract)|(?:read|view|access|see)\s+the\s+(?:full\s+)?(?:paper|study|article|publication|manuscript)|full\s+(?:text|paper|study|article))\s*:/i;

/**
 * A list entry labelled as the reported paper's citation ("1. Paper: Names. Title. Journal …", "2. Reference: …"), as UK
 * notes to editors number them, or as a fact box's row ("Scientific article: …", "DOI: 10.…").
 */
const PAPER_LABEL_ENTRY = /^[*_]{0,2}(?:(?:(?:the|full|journal|original)\s+)?(?:paper|reference|citation|publication)|scientific\s+(?:paper|article|publication)|doi)[*_]{0,2}\s?:[*_]{0,2}\s/i;

/** A list entry that gives the reported paper's DOI ("3. The DOI for this paper will be 10.…", "2. DOI: 10.…"), as UK notes to editors number it. */
const PAPER_DOI_ENTRY = /^(?:the\s+)?doi(?:\s+(?:for|of)\s+(?:this|the)\s+(?:paper|study|article|publication|research))?\s?(?::|\s(?:is|will\s+be))\s{1,3}(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//i;

/** The heading of UK notes to editors ("Notes to editors", "Editor's notes", "Note for editors"). */
const NOTES_LABEL = /^(?:notes?\s+(?:to|for)\s+editors?|editor['’]?s['’]?\s+notes?)\s*:?$/i;

/** True when a list entry stands under a "Notes to editors" heading. */
function notesEntry(doc: ReleaseDocument, block: Block): boolean {
  for (let i = block.index - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'heading' && (b.inList || NUMBERED_LINE.test(b.text))) continue;
    return b.text.length <= 40 && NOTES_LABEL.test(b.text.trim());
  }
  return false;
}

/** Words just before a reference mark that name the reported paper ("a new study [1]", "published today in X (1)"). */
const REPORTED_BEFORE_MARK = /\b(?:new|this|latest|recent)\s+(?:[\w-]+\s+){0,2}?(?:study|paper|research|article|analysis|findings|trial|report)\b|\bpublished\b/i;
const EARLIER_BEFORE_MARK = /\b(?:earlier|previous(?:ly)?|prior|past|former|background)\b/i;

/** The marks that cite endnote `n`: "[1]", "(1)" and the superscript "¹". */
const marksOf = (n: number): string[] => [`[${n}]`, `(${n})`, String(n).split('').map((d) => SUPERSCRIPT_DIGITS.charAt(Number(d))).join('')];

/** True for one superscript digit ("" is none). */
const isSuperscriptDigit = (c: string): boolean => c !== '' && SUPERSCRIPT_DIGITS.includes(c);

/** Where `mark` first stands in `text` as a whole mark (a superscript one not inside a longer number, "¹" in "¹²"), else -1. */
function markAt(text: string, mark: string): number {
  if (!isSuperscriptDigit(mark.charAt(0))) return text.indexOf(mark);
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (!isSuperscriptDigit(text.charAt(i - 1)) && !isSuperscriptDigit(text.charAt(i + mark.length))) return i;
  }
  return -1;
}

/** True when the prose cites entry `n` ("[1]", "(1)", "¹") right after words that name the reported paper. */
function citedAsReported(prose: readonly Block[], n: number): boolean {
  for (const b of prose) {
    if (b.inList || NUMBERED_LINE.test(b.text)) continue;
    for (const mark of marksOf(n)) {
      const i = markAt(b.text, mark);
      if (i < 0) continue;
      const before = b.text.slice(Math.max(0, b.text.lastIndexOf('. ', i) + 1), i).slice(-200);
      if (REPORTED_BEFORE_MARK.test(before) && !EARLIER_BEFORE_MARK.test(before)) return true;
    }
  }
  return false;
}
/** True when the prose cites entry `n` ("[1]", "(1)") and no earlier-work word stands before the mark in its sentence. */
function citedByMark(prose: readonly Block[], n: number): boolean {
  for (const b of prose) {
    if (b.inList || NUMBERED_LINE.test(b.text)) continue;
    for (const mark of marksOf(n)) {
      const i = markAt(b.text, mark);
      if (i < 0) continue;
      const before = b.text.slice(Math.max(0, b.text.lastIndexOf('. ', i) + 1), i).slice(-200);
      if (!EARLIER_BEFORE_MARK.test(before)) return true;
    }
  }
  return false;
}
const NUMBERED_LINE = /^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s/;

/** Superscript digits, by value. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** An accompanying piece's name right before its endnote mark ("An accompanying editorial²"). */
const PIECE_BEFORE_MARK = /\b(?:editorial|commentary|comment|perspective|viewpoint)\s?$/i;

/**
 * True when the prose cites endnote `n` for an accompanying piece ("An accompanying
 * editorial² cautions …", "a linked commentary [2]"): that entry is a paper of its own.
 */
function citedAsPiece(prose: readonly Block[], n: number): boolean {
  const sup = String(n).split('').map((d) => SUPERSCRIPT_DIGITS.charAt(Number(d))).join('');
  for (const b of prose) {
    if (b.inList || NUMBERED_LINE.test(b.text)) continue;
    for (const mark of [sup, `[${n}]`]) {
      const i = b.text.indexOf(mark);
      if (i < 0 || SUPERSCRIPT_DIGITS.includes(b.text.charAt(i + mark.length))) continue;
      if (PIECE_BEFORE_MARK.test(b.text.slice(Math.max(0, i - 40), i))) return true;
    }
  }
  return false;
}

/** An italic span read as a journal's name: APA sets the volume in italics with it ("*Journal of X, 74*(5)"), so a closing volume and stop go. */
const italicJournal = (e: string): string => e.replace(/,\s?\d{1,5}$/, '').replace(/[.,;]$/, '');

/** True when a numbered or bulleted entry names a paper the release reports, not background reading. */
function reportedEntry(doc: ReleaseDocument, block: Block): boolean {
  const text = block.text.replace(/^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+/, '');
  if (REPORTS_PUBLICATION.test(text) || PAPER_LINK_ENTRY.test(text) || PAPER_LABEL_ENTRY.test(text) || PAPER_DOI_ENTRY.test(text)) return true;
  // The list's label: the nearest block before it that is no list entry.
  for (let i = block.index - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const b = doc.blocks[i]!;
    // A numbered heading ("5. Publication information") is the label, not an entry.
    if (b.kind !== 'heading' && (b.inList || /^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s/.test(b.text))) continue;
    return b.text.length <= 60 && REPORTED_LIST_LABEL.test(b.text.trim().replace(/^(?:\d{1,2}[.)]?|[IVX]{1,4}\.)\s+/, ''));
  }
  return false;
}

/** Link texts that name where or what, not a title: "published today in Science", "the full paper", "here". */
const LINK_NOT_TITLE = /https?:|www\.|\bdoi\b|@|\b(?:published|journal|click|here|link|full[\s-]text|press\s+release|website)\b/i;
const LINK_PAPER_NOUN = /^(?:(?:a|an|the|this|our|their|new|latest|recent|full|original)\s+){0,2}(?:[\p{L}-]+\s+)?(?:study|paper|article|research|report|findings|preprint|publication|results)\b/iu;

/** True when a link's text reads as a paper's title: five words or more, not a pointer to the paper. */
function linkTitle(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words < 5 || words > 40 || !/^[\p{Lu}\d“"‘]/u.test(t) || LINK_NOT_TITLE.test(t)) return false;
  return !(words <= 6 && LINK_PAPER_NOUN.test(t));
}

/** Fills `main`'s title (and the numbers printed after the link) from a link to a publisher's article page without a DOI. */
function publisherLinkTitle(doc: ReleaseDocument, main: Draft, mentions: readonly Mention[]): void {
  for (const b of doc.blocks) {
    if (b.section === 'boilerplate') continue;
    for (const l of b.links) {
      if (!isPublisherArticleUrl(l.url) || !linkTitle(l.text) || mentions.some((m) => sameJournal(m.journal, l.text))) continue;
      const at = b.text.indexOf(l.text);
      fill(main, 'title', l.text.trim().replace(/[.,]$/, '').replace(/^[“"‘](.+)[”"’]$/u, '$1'), 'title:link-text', b.start + Math.max(0, at));
      // ", eClinicalMedicine, volume 84, 2032.": the rest of the line after the link, when it names the journal.
      const rest = at >= 0 ? b.text.slice(at + l.text.length, at + l.text.length + 160) : '';
      if (main.article.journal && rest.includes(main.article.journal)) {
        const n = readNumbers(rest);
        fill(main, 'volume', n.volume, 'volume:link-citation', b.start + at);
        fill(main, 'issue', n.issue, 'issue:link-citation', b.start + at);
        fill(main, 'pages', n.pages, 'pages:link-citation', b.start + at);
        fill(main, 'year', n.year, 'year:link-citation', b.start + at);
      }
      return;
    }
  }
}

/** Words of a press office's or a publisher's name, never a journal's ("Science Press Package", "Royal Society of Chemistry"). */
const OFFICE_WORD = /\b(?:news|newsroom|press|release|package|office|media|center|centre|society|association|union|institute|foundation|academy|council|publishing|communications?|magazine|blog|update|alert)\b/i;

/** True when the initials of `name`'s words appear in order in the letters of the DOI's suffix ("JAMA Network Open", "jamanetworkopen"). */
function initialsInDoi(name: string, doi: string): boolean {
  const suffix = doi.slice(doi.indexOf('/') + 1).toLowerCase().replace(/[^a-z]/g, '');
  let at = 0;
  for (const w of journalKey(name).split(' ')) {
    if (/^(?:of|and|the|in|for|on)$/.test(w)) continue;
    at = suffix.indexOf(w.charAt(0), at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A journal's name printed alone on one of the first lines of the release, as JAMA Network
 * prints it, when the DOI's suffix spells its initials (so "Penn Medicine" above a paper in
 * another journal is not one).
 */
function kickerJournal(doc: ReleaseDocument, doi: string): { name: string; block: Block } | null {
  for (const b of doc.blocks.slice(0, 4)) {
    const line = b.text.trim();
    if (line.includes('\n') || line.length > 60 || line.split(/\s+/).length > 6 || OFFICE_WORD.test(line)) continue;
    const read = readJournalName(line);
    if (!read || read.length < line.replace(/[.*_\s]+$/, '').length || !looksLikeJournal(read.name) || !initialsInDoi(read.name, doi)) continue;
    return { name: read.name, block: b };
  }
  return null;
}

/** Initialisms with full stops ("M.D.", "Ph.D."), removed before a sentence is read up to its full stop. */
const INITIALISM = /\b(?:\p{Lu}\p{Ll}?\.){1,3}/gu;
/** Numbers labelled in words right after a journal's name: " (volume 14, issue 10, pages 812-818)", ", vol. 9, pp. 1-8", " Vol. 70 No. 1", the Malay ", jilid 352, halaman 141208", the German ", Band 172, 106144"; in Vancouver order in brackets: " (2033; 19(3): 250–258)"; or in ACS order, year, volume and pages: " (2037, 159, 18822–18830)". */
const NUMBERS_AFTER = /^\s?(?:[(,]\s?|(?=vol(?:ume)?\.?\s?\d))((?:vol(?:ume)?\.?|jilid|band|issue|no\.|pages?|pp\.)\s?\d[^()]{0,70})|^\s?\(((?:19|20)\d{2}\s?;\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?[eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)\)|^\s?\(((?:19|20)\d{2}),\s?(\d{1,5}),\s?([eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)\)/i;

/** A bare year right after a chain of labelled numbers (", Vol. 261, Article 119834, 2038"): group 1 is the year. */
const YEAR_AFTER_LABELLED = /^(?:(?:vol(?:ume)?\.?|issue|no\.|number|article(?:\s(?:no\.|number))?|pages?|pp?\.)\s?[eE]?\d[\d–-]{0,11},\s){1,4}((?:19|20)\d{2})(?![\d.–-])/i;
/** A year alone in brackets right after labelled numbers (" (2037)" after "pages 201-209"): group 1 is the year. */
const YEAR_AFTER_NUMBERS = /^\s?\(((?:19|20)\d{2})\)/;
/** Labelled pages after that bracketed year (" (2038), pages 55–66" after "Volume 12, Number 1"): group 1 is the pages. */
const PAGES_AFTER_YEAR = /^\s?\((?:19|20)\d{2}\),\s(?:pages?|pp?\.)\s?([eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)(?![\d])/i;
/** The year in brackets, then volume and pages after a colon, right after a journal's name: " (2037), 218: 108744", " (2038), 305: 20380417". */
const YEAR_VOLUME_PAGES = /^[*_]{0,2}\s?\(((?:19|20)\d{2})\),?\s(\d{1,5})\s?:\s?([eE]?\d{1,9}(?:\s?[-–]\s?[eE]?\d{1,9})?)\b/;

/** Volume, an issue in brackets, a colon and pages with no year after, right after a journal's name and ending the sentence: " 48(3): e3011.". */
const VOLUME_ISSUE_COLON_PAGES = /^[*_]{0,2}\s(\d{1,5})\s?\((\d{1,4})\)\s?:\s?([eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)[*_]{0,2}(?=[.;]\s|[.;]?$)/;

/** Volume, perhaps an issue in brackets, a colon and pages, then the year in brackets, right after a journal's name: " 69: 18 (2037)", " 12(4): 301–310 (2037)". */
const VOLUME_PAGES_YEAR = /^[*_]{0,2}\s(\d{1,5})(?:\s?\((\d{1,4})\))?\s?:\s?([eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)\s\(((?:19|20)\d{2})\)/;

/** Copernicus's order after a journal's name, volume, pages and year: ", 31, 1207–1224, 2037" (pages a range or an e-number). */
const VOLUME_PAGES_YEAR_COMMAS = /^[*_]{0,2},\s(\d{1,4}),\s(\d{1,7}\s?[-–]\s?\d{1,7}|[eE]\d{1,7}),\s((?:19|20)\d{2})(?![\d.–-])/;

/** APA's numbers after a journal's name in prose, volume, issue in brackets and pages, with no year: ", 27(4), e71204", ", 12(3), 301–310". */
const VOLUME_ISSUE_PAGES_COMMAS = /^[*_]{0,2},\s(\d{1,4})\s?\((\d{1,4})\),\s([eE]?\d{1,7}(?:\s?[-–]\s?[eE]?\d{1,7})?)(?=[.;,)]|\s|$)/;

/**
 * Fills a draft's volume, issue and pages from numbers labelled in words right after its
 * journal's name, which ends at `end` in `block` (" (volume 14, issue 10, pages 812-818)"), or
 * from a bracketed Vancouver "(year; volume(issue): pages)" or ACS "(year, volume, pages)", which give the year too;
 * a bracketed year right after labelled pages, or before a "volume: pages" pair, is read as the paper's year.
 */
function fillNumbersAfterJournal(doc: ReleaseDocument, d: Draft, block: Block, end: number): void {
  const numbered = NUMBERS_AFTER.exec(block.text.slice(end, end + 90));
  if (!numbered) {
    // "Journal (2037), 218: 108744": the year in brackets, then volume and pages after a colon.
    const yearFirst = YEAR_VOLUME_PAGES.exec(block.text.slice(end, end + 60));
    // "Journal 69(2): 18 (2037)": volume, perhaps its issue, a colon and pages, then the year in brackets;
    // "Journal, 31, 1207–1224, 2037": Copernicus's volume, pages and year between commas.
    const yearLast = yearFirst ? null : (VOLUME_PAGES_YEAR.exec(block.text.slice(end, end + 60)) ?? commasToYearLast(block.text.slice(end, end + 60)));
    if (yearLast) {
      const off = at(doc, block, end);
      fill(d, 'volume', yearLast[1]!, 'volume:after-journal', off);
      fill(d, 'issue', yearLast[2] ?? null, 'issue:after-journal', off);
      fill(d, 'pages', yearLast[3]!.replace(/\s+/g, '').replace(/–/g, '-'), 'pages:after-journal', off);
      fill(d, 'year', Number(yearLast[4]), 'year:after-journal', off);
      return;
    }
    // "appears in Ecology and Evolution, 27(4), e71204.": APA's volume, issue and pages, with no year.
    // "appears in Ecological Applications 48(3): e3011.": the same with a colon and no commas.
    const apa = yearFirst ? null : (VOLUME_ISSUE_PAGES_COMMAS.exec(block.text.slice(end, end + 40)) ?? VOLUME_ISSUE_COLON_PAGES.exec(block.text.slice(end, end + 40)));
    if (apa) {
      const off = at(doc, block, end);
      fill(d, 'volume', apa[1]!, 'volume:after-journal', off);
      fill(d, 'issue', apa[2]!, 'issue:after-journal', off);
      fill(d, 'pages', apa[3]!.replace(/\s+/g, '').replace(/–/g, '-'), 'pages:after-journal', off);
      return;
    }
    if (!yearFirst) {
      // "… in X. The study appeared in the journal's March issue (Vol. 67, No. 2, pp. 311–323).": the bracket later on.
      const later = journalIssueNumbers(block.text, end);
      if (!later) return;
      const n = readNumbers(later);
      const off = at(doc, block, end);
      fill(d, 'volume', n.volume, 'volume:journal-issue', off);
      fill(d, 'issue', n.issue, 'issue:journal-issue', off);
      fill(d, 'pages', n.pages, 'pages:journal-issue', off);
      return;
    }
    const off = at(doc, block, end);
    fill(d, 'volume', yearFirst[2]!, 'volume:after-journal', off);
    fill(d, 'pages', yearFirst[3]!.replace(/\s+/g, '').replace(/–/g, '-'), 'pages:after-journal', off);
    fill(d, 'year', Number(yearFirst[1]), 'year:after-journal', off);
    return;
  }
  const off = at(doc, block, end + numbered.index);
  // "(2037, 159, 18822–18830)": ACS's order in brackets, year, volume, pages, each in its own group.
  if (numbered[3]) {
    fill(d, 'volume', numbered[4]!, 'volume:after-journal', off);
    fill(d, 'pages', numbered[5]!.replace(/\s+/g, '').replace(/–/g, '-'), 'pages:after-journal', off);
    fill(d, 'year', Number(numbered[3]), 'year:after-journal', off);
    return;
  }
  const n = readNumbers((numbered[1] ?? numbered[2]!).trim());
  fill(d, 'volume', n.volume, 'volume:after-journal', off);
  fill(d, 'issue', n.issue, 'issue:after-journal', off);
  fill(d, 'pages', n.pages, 'pages:after-journal', off);
  // "(2033; 19(3): 250–258)": the Vancouver order prints the year first.
  if (numbered[2]) fill(d, 'year', n.year, 'year:after-journal', off);
  // ", Vol. 261, Article 119834, 2038,": a bare year closing the chain of labelled numbers.
  const bare = numbered[1] ? YEAR_AFTER_LABELLED.exec(numbered[1].trim()) : null;
  if (bare) fill(d, 'year', Number(bare[1]), 'year:after-journal', off);
  // ", volume 13, issue 2, pages 201-209 (2037)": a year in brackets right after the labelled pages.
  const rest = end + numbered.index + numbered[0].length;
  const tail = numbered[1] && /\d\s?$/.test(numbered[1]) ? YEAR_AFTER_NUMBERS.exec(block.text.slice(rest, rest + 12)) : null;
  if (tail) fill(d, 'year', Number(tail[1]), 'year:after-journal', off);
  // ", Volume 12, Number 1 (2038), pages 55–66": the pages may follow the bracketed year.
  const pages = tail && n.pages === null ? PAGES_AFTER_YEAR.exec(block.text.slice(rest, rest + 40)) : null;
  if (pages) fill(d, 'pages', pages[1]!.replace(/\s+/g, '').replace(/–/g, '-'), 'pages:after-journal', off);
}

/** A {@link VOLUME_PAGES_YEAR_COMMAS} match laid out as a {@link VOLUME_PAGES_YEAR} one (volume, no issue, pages, year); else null. */
function commasToYearLast(text: string): Array<string | undefined> | null {
  const m = VOLUME_PAGES_YEAR_COMMAS.exec(text);
  return m ? [m[0], m[1], undefined, m[2], m[3]] : null;
}

/**
 * True when `text` prints `year` in brackets right after the labelled `pages` ("pages 201-209 (2037)"):
 * the year of the paper those numbers cite.
 */
function yearAfterPages(text: string, year: number | null, pages: string | null): boolean {
  if (year === null || pages === null || !/^\d{1,7}(?:-\d{1,7})?$/.test(pages)) return false;
  return new RegExp(String.raw`\bpages?\s${pages.replace('-', '\\s?[-–]\\s?')}\s?\(${year}\)`).test(text);
}

/**
 * True when `text` prints `year` in the Vancouver order right before `volume`, in brackets
 * ("(2037; 201: 77-89)", "(2033;19(3):250-258)"): the year of the paper those numbers cite.
 */
function yearBeforeVolume(text: string, year: number | null, volume: string | null): boolean {
  if (year === null || volume === null || !/^\d{1,5}$/.test(volume)) return false;
  return new RegExp(String.raw`\(${year}\s?;\s?${volume}\s?(?:\(\d{1,4}\))?\s?:`).test(text);
}

/** A block that opens with a citation field label other than a title. */
const FIELD_BLOCK = /^[\s*_]{0,4}(?:doi|authors?|journal|published\s+in)[*_]{0,2}\s?:/i;

/** True when a block within two of block `i` opens with a citation field label ("DOI:", "Authors:"). */
function besideField(doc: ReleaseDocument, i: number): boolean {
  for (let j = Math.max(0, i - 2); j <= i + 2 && j < doc.blocks.length; j++) if (j !== i && FIELD_BLOCK.test(doc.blocks[j]!.text)) return true;
  return false;
}

/** "author of both papers", within the sentence after the name. */
const BOTH_PAPERS = /^[^.]{0,250}?\bof\s+both\s+(?:papers|studies|articles|reports)\b/;
/** A sentence that says papers were published today without naming the journal ("Two studies … published today", "a trial published today"). */
const PUBLISHED_TODAY = /\b(?:stud(?:y|ies)|trials?|papers?|research|findings|results|articles?|reports?)\b[^.]{0,80}?\bpublished\s+(?:online\s+)?(?:today|this\s+week)\b/i;

/** "a working paper released today", "the preprint, posted this week": a paper's own release on the release's day or week. */
const RELEASED_TODAY = /\b(?:papers?|preprints?|stud(?:y|ies)|reports?)\b[^.]{0,40}?\b(?:released|published|posted|issued|made\s+public)\s+(?:online\s+)?(?:today|this\s+week)\b/i;

/** "first author on the second paper", just after a name: the role names the release's second paper. */
const SECOND_PAPER_AFTER = /^[^.;"“”]{0,60}?\bauthors?\s+(?:on|of|for)\s+the\s+second\s+(?:paper|study|article|report|publication)\b/;

/** ", online December 4, 2026" (or "published online 4 December 2026") straight after a journal's name: group 1 is the year. */
const ONLINE_DATE_AFTER = /^,?\s(?:first\s+)?(?:published\s+)?online\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2},?\s|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s)((?:19|20)\d{2})\b/i;

/** A line of a news story's own header ("Source: Institute of X", "Editor: Y", "Posted: …", "Jun 02, 2027"). */
const NEWS_HEADER_LINE = /^[ \t]{0,4}(?:(?:source|editor|posted|updated|published|date|photo|image)\s?:|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2},?\s(?:19|20)\d{2}[ \t]{0,4}$|\d{4}-\d{2}-\d{2}[ \t]{0,4}$)/im;
/** A field of a paper's own details ("Title:", "Journal:", "DOI:"), never in a news header. */
const PAPER_FIELD_LINE = /^[ \t]{0,4}(?:(?:paper|article|study)\s+)?(?:title|journal|doi|published\s+in|citation|reference)\s?:/im;
/** "Author: WANG Lei" as a line of its own. */
const AUTHOR_LINE = /^[ \t]{0,4}(?:news\s+)?authors?\s?:/i;

/** True when the hit at `index` is an "Author:" line of the news story's header (the story's writer, not the paper's). */
function newsByline(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  return AUTHOR_LINE.test(text.slice(start, index)) && text.includes('\n') && NEWS_HEADER_LINE.test(text) && !PAPER_FIELD_LINE.test(text);
}

/** Words of an office that writes a page's news, not a person ("Corporate Communication and Marketing", "Media Relations", "News Office"). */
const BYLINE_OFFICE = /\b(?:Communications?|Marketing|Office|Press|Media|Newsroom|Relations|Affairs|Desk|Staff|Editorial|Team)\b/;

/** True when the hit at `index` is on an "Author:" line naming an office ("Author: Corporate Communication and Marketing"): the page's writer, no person. */
function officeByline(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return AUTHOR_LINE.test(text.slice(start, index)) && BYLINE_OFFICE.test(text.slice(start, end < 0 ? text.length : end));
}

/** Roles that say outright that someone wrote a paper ("lead author of the study"). */
const AUTHOR_ROLE = /^authors:(?:role|role-list|role-list-family|said-author|is-author|subject-author|in-addition-to|collaborating|apposition|authored-by)$/;

/** Words that count a further paper: "the second", "a third paper", "the latter", "the other study". */
const ORDINAL_PAPER = /\b(?:second|third|fourth|latter|other|another)\b/i;

/**
 * The paper whose DOI, title or journal is printed last before `index` in `block`, when that is
 * a further paper (not the study, not an editorial) counted as such in its sentence ("the
 * latter", "a third"); a journal the study shares marks neither.
 */
function paperNamedBefore(drafts: readonly Draft[], main: Draft, block: Block, index: number): Draft | undefined {
  const text = block.text.slice(0, index);
  const lower = text.toLowerCase();
  let best: { d: Draft; at: number } | null = null;
  for (const d of drafts) {
    if (d.editorial) continue;
    const a = d.article;
    const marks = [a.doi ? lower.lastIndexOf(a.doi.toLowerCase()) : -1, a.title ? text.lastIndexOf(a.title) : -1];
    if (a.journal && (d === main || !main.article.journal || !sameJournal(a.journal, main.article.journal))) marks.push(text.lastIndexOf(a.journal));
    if (a.doi) for (const l of block.links) if (l.text && doiFromUrl(l.url)?.toLowerCase() === a.doi.toLowerCase()) marks.push(text.lastIndexOf(l.text));
    const at = Math.max(...marks);
    // A further paper counts only in a sentence that counts it ("The second study, in Sleep Medicine, …",
    // "The latter paper, … (doi: …)"), not in one that names it beside the study ("builds on a related paper in Science").
    if (at < 0 || (d !== main && !ORDINAL_PAPER.test(text.slice(Math.max(0, text.lastIndexOf('. ', at)), at)))) continue;
    if (!best || at > best.at) best = { d, at };
  }
  return best && best.d !== main ? best.d : undefined;
}

/**
 * The full name of the abbreviated journal `abbr` ("Energy Environ. Sci.") when the release
 * prints it anywhere outside its boilerplate ("The Energy & Environmental Science paper"), else `abbr`.
 */
function fullNameInProse(doc: ReleaseDocument, abbr: string): string {
  const head = abbr.split(' ')[0]!.replace(/\.$/, '');
  if (head.length < 3) return abbr;
  for (const b of doc.blocks) {
    if (b.section === 'boilerplate') continue;
    let from = 0;
    for (let n = 0; n < 20; n++) {
      const i = b.text.indexOf(head, from);
      if (i < 0) break;
      from = i + head.length;
      if (i > 0 && /[\p{L}\d]/u.test(b.text.charAt(i - 1))) continue;
      const read = readJournalName(b.text.slice(i, i + 160));
      if (read && !read.name.includes('.') && read.name.length > abbr.length && sameJournal(read.name, abbr)) return read.name;
    }
  }
  return abbr;
}

/** The paper other than `main` whose authors list `family`, when `main`'s do not. */
function otherPaperOf(drafts: readonly Draft[], main: Draft, family: string): Draft | undefined {
  if (drafts.length < 2 || main.article.authors.some((p) => p.family === family)) return undefined;
  return drafts.find((d) => d !== main && !d.editorial && d.article.authors.some((p) => p.family === family));
}

/** Fills the paper a page's citation metas describe: the draft with the same DOI, else the main paper when it has no other DOI. */
function fromPageMeta(drafts: Draft[], main: Draft, meta: Readonly<Record<string, string>>): void {
  const c = readPageCitation(meta);
  if (!c) return;
  const key = c.doi ? doiKey(c.doi) : null;
  const target = (key && drafts.find((d) => d.article.doi && doiKey(d.article.doi) === key)) || (!main.article.doi || !key ? main : undefined);
  if (!target) return;
  fill(target, 'doi', c.doi, 'doi:page-meta', -1);
  fill(target, 'title', c.title, 'title:page-meta', -1);
  if (c.journal) {
    if (!target.article.journal) fill(target, 'journal', c.journal, 'journal:page-meta', -1);
    else if (sameJournal(c.journal, target.article.journal)) target.article.journal = fuller(target.article.journal, c.journal);
  }
  if (c.authors.length > target.article.authors.length) {
    target.article.authors = addPeople([...c.authors], target.article.authors);
    target.sources.authors = { strategy: 'authors:page-meta', offset: -1 };
  }
  fill(target, 'volume', c.volume, 'volume:page-meta', -1);
  fill(target, 'issue', c.issue, 'issue:page-meta', -1);
  fill(target, 'pages', c.pages, 'pages:page-meta', -1);
  fill(target, 'year', c.year, 'year:page-meta', -1);
}

/** A line that labels the paper's publication date, with the date after it or on the next line. */
const DATE_LABEL_LINE =
  /^[\s*_]{0,4}(?:article\s+)?(?:first\s+published(?:\s+online)?|published(?:\s+online)?|available\s+online|(?:online\s+)?publication\s+date|date\s+of\s+publication|version\s+of\s+record\s+online)[*_]{0,2}\s{0,3}:?[*_]{0,2}\s{0,3}([^\n]{0,40})$/i;
/** A date that opens a value and holds its year: "14 March 2031", "14-Mar-2031", "March 14, 2031", "2031-03-14". */
const DATE_VALUE =
  /^(?:(?:\d{1,2}(?:st|nd|rd|th)?[\s-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[\s-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s)((?:19|20)\d{2})|((?:19|20)\d{2})-\d{2}-\d{2})\b/i;

/**
 * The year of a date line printed in the block that holds `doi` (as text or in a link), or
 * in the short block straight after it: "First published: 14 March 2031" under the paper's link.
 */
function doiDateLine(doc: ReleaseDocument, doi: string): { year: number; block: Block } | null {
  const key = doi.toLowerCase();
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.section === 'boilerplate') continue;
    if (!b.text.toLowerCase().includes(key) && !b.links.some((l) => l.url.toLowerCase().includes(key))) continue;
    const next = doc.blocks[i + 1];
    for (const block of next && next.text.length <= 80 ? [b, next] : [b]) {
      const lines = block.text.split('\n', 40);
      for (let k = 0; k < lines.length; k++) {
        const m = DATE_LABEL_LINE.exec(lines[k]!.trim());
        if (!m) continue;
        const value = m[1]!.trim() || (lines[k + 1] ?? '').trim();
        const y = DATE_VALUE.exec(value);
        if (y) return { year: Number(y[1] ?? y[2]), block };
      }
    }
    return null;
  }
  return null;
}

/** The mention of a journal other than `mainJournal` whose name the DOI `d` is printed right after, in brackets ("in Science Advances (doi: 10.…)"). */
function journalRightBefore(mentions: readonly Mention[], d: DoiHit, mainJournal: string): Mention | undefined {
  return mentions.find((m) => {
    if (m.weak || m.kind === 'presented' || m.block !== d.block || sameJournal(m.journal, mainJournal)) return false;
    const after = m.block.text.slice(m.index + m.journal.length, m.index + m.journal.length + 40 + d.doi.length);
    return DOI_RIGHT_AFTER.test(after) && after.includes(d.doi);
  });
}

/** The drafts of a tip sheet's items: the assembled draft of each item's DOI, else a new one, with the item's title and journal line. */
function tipDrafts(doc: ReleaseDocument, tips: readonly TipItem[], drafts: readonly Draft[], main: Draft): Draft[] {
  const used = new Set<Draft>();
  const out = tips.map((it) => {
    const key = doiKey(it.doi);
    const d = drafts.find((x) => x.article.doi && doiKey(x.article.doi) === key) ?? newDraft();
    used.add(d);
    fill(d, 'doi', it.doi, 'doi:tip-sheet', it.block.start);
    // A title printed in another item (or nowhere in this one) is not this item's paper's.
    const own = d.article.title;
    if (own && !doc.blocks.slice(it.block.index, it.to + 1).some((b) => b.text.includes(own))) d.article.title = null;
    fill(d, 'title', it.title, 'title:tip-sheet', at(doc, it.block, 0, it.title));
    if (it.journal && !(d.article.journal && sameJournal(d.article.journal, it.journal))) {
      d.article.journal = it.journal;
      d.sources.journal = { strategy: 'journal:tip-sheet', offset: it.block.start };
    }
    // The sheet's one journal ("highlights from the 14 March issue of X") for items that print none.
    if (!d.article.journal && !it.journal && main.article.journal) fill(d, 'journal', main.article.journal, 'journal:tip-sheet', it.block.start);
    return d;
  });
  // An author named in one item's text belongs to that item's paper.
  const owner = (family: string): number => tips.findIndex((it) => doc.blocks.slice(it.block.index, it.to + 1).some((b) => b.text.includes(family)));
  const moved = out.map((d) => d.article.authors.filter((p) => {
    const k = owner(p.family);
    return k >= 0 && out[k] !== d;
  }));
  out.forEach((d, i) => {
    for (const p of moved[i]!) {
      d.article.authors = d.article.authors.filter((x) => x !== p);
      const k = owner(p.family);
      if (!out[k]!.article.authors.some((x) => x.family === p.family)) out[k]!.article.authors = [...out[k]!.article.authors, p];
    }
  });
  // An item with no DOI still reports its paper when its draft holds more than a journal (the sheet's own label: "ACS").
  for (const d of drafts) {
    const a = d.article;
    if (!used.has(d) && (a.doi || a.title || a.authors.length || a.volume || a.pages)) out.push(d);
  }
  return out;
}

/** Assembles the articles of `doc`; `datePublished` is the release's date for "published today". */
export function assembleArticles(doc: ReleaseDocument, datePublished: string | null): Draft[] {
  const prose = doc.blocks.filter((b) => !SKIP.has(b.section));
  const mentionOpts = { releaseYear: writtenYear(doc, datePublished) };
  const found: Mention[] = [];
  // "[Whale song study published in Current Biology](/news/whales)": another story's headline names no journal of this paper.
  const told = prose.filter((b) => !isStoryLink(b));
  for (const b of told) for (const m of findMentions(b, mentionOpts)) found.push(m);
  // "the journal X" and "X published the study" only when no sentence reports the publication.
  const read: Mention[] = found.some((m) => m.kind === 'published') ? found : [...found, ...told.flatMap((b) => findJournalNames(b, mentionOpts))];
  // A round-up: each headed item's publication sentence reports a paper of its own.
  const items = roundUpItems(doc, read);
  const firstItem = items.length ? itemOf(items, (read.find((m) => m.kind === 'published' && !m.weak) ?? read[0])!.block.index) : undefined;
  const mentions: Mention[] = items.length
    ? read.map((m) => (m.kind === 'published' && itemOf(items, m.block.index) !== firstItem ? { ...m, kind: 'related', weak: false } : m))
    : read;
  const blockDois = doisOfBlocks(doc);
  const allRefs = findReferences(doc, blockDois);
  // A chapter in an edited book is no research paper: its reference, and the DOI it prints, report none.
  const chapterDois = new Set(allRefs.filter((h) => h.ref.chapter && h.ref.doi).map((h) => doiKey(h.ref.doi!)));
  const refs: ReferenceHit[] = allRefs.some((h) => h.ref.chapter) ? allRefs.filter((h) => !h.ref.chapter) : allRefs;
  // An award, a grant, an appointment or an obituary: the papers a bio names are background.
  if (reportsNoPaper(doc, refs.some((r) => r.index === 0 && (r.block.section === 'citation' || r.block.inList || !bioSentence(r.block.text))))) return [];
  const titles: Array<TitleHit & { block: Block }> = [];
  for (const b of prose) for (const t of findTitles(b.text, b.emphasis, b.links.map((l) => l.text))) titles.push({ title: t.title, index: t.index, editorial: t.editorial, strategy: t.strategy, after: t.after, block: b });
  const dois = chapterDois.size ? findAllDois(doc, blockDois).filter((d) => !chapterDois.has(doiKey(d.doi))) : findAllDois(doc, blockDois);
  const main = newDraft();
  const drafts: Draft[] = [main];

  // Editorials: a labelled part ("Editorial: Title") runs to the next end mark or label.
  const labelled = titles.filter((t) => t.strategy === 'editorial-label');
  labelled.forEach((t, i) => {
    let end = doc.blocks.length - 1;
    for (let j = t.block.index + 1; j < doc.blocks.length; j++) {
      const b = doc.blocks[j]!;
      if (b.kind === 'end' || labelled[i + 1]?.block.index === j) {
        end = j - 1;
        break;
      }
    }
    const d = newDraft(true, [t.block.index, end]);
    fill(d, 'title', t.title, 'title:editorial-label', at(doc, t.block, t.index, t.title));
    drafts.push(d);
  });
  for (const t of titles.filter((x) => x.editorial && x.strategy !== 'editorial-label')) {
    if (drafts.some((d) => d.article.title === t.title)) continue;
    const d = newDraft(true);
    fill(d, 'title', t.title, `title:${t.strategy}`, at(doc, t.block, t.index, t.title));
    const by = /^\s*,?\s*by\s+([^,;()]{3,80})/.exec(t.after);
    const n = by ? readName(by[1]!) : null;
    if (n) fill(d, 'authors', [n.person], 'authors:by-list', at(doc, t.block, t.index));
    drafts.push(d);
  }
  const segmentOf = (b: Block): Draft | undefined => drafts.find((d) => d.segment && b.index >= d.segment[0] && b.index <= d.segment[1]);

  // The reported paper's journal: the first publication sentence.
  const first = mentions.find((m) => m.kind === 'published' && !m.weak) ?? mentions.find((m) => m.kind === 'published');
  const knownJournals = refs.map((r) => r.ref.journal).filter((j): j is string => Boolean(j));
  const extraJournals: Mention[] = [];
  if (first) {
    let name = first.journal;
    // "published in Neurology and Maturitas": two journals when the first is known on its own.
    const split = / and /.exec(name);
    if (split) {
      const left = name.slice(0, split.index);
      const right = name.slice(split.index + 5);
      if (knownJournals.some((j) => sameJournal(j, left)) && cleanJournal(right)) {
        name = left;
        extraJournals.push({ ...first, journal: right, kind: 'related', count: 1 });
      }
    }
    fill(main, 'journal', name, 'journal:published-in', at(doc, first.block, first.index, name));
  }
  // "… Published in NEJM" over "… was published today in The New England Journal of Medicine": the body's sentence on that journal.
  const bodyMention = first && HEADING_SECTIONS.has(first.block.section) ? mentions.find((m) => m.kind === 'published' && !HEADING_SECTIONS.has(m.block.section) && sameJournal(m.journal, first.journal)) : undefined;
  if (bodyMention && main.article.journal === first!.journal) main.article.journal = fuller(main.article.journal, bodyMention.journal);
  // "in the journal Headache" beside "appears in Headache: The Journal of …": the name with its subtitle is the full one.
  const subtitled = first && main.article.journal === first.journal ? mentions.find((m) => m.kind === 'published' && m.journal.length > first.journal.length + 2 && m.journal.startsWith(`${first.journal}: `)) : undefined;
  if (subtitled) main.article.journal = subtitled.journal;

  // Numbered reference lists: keep the entries of the reported paper, not the background.
  const proseDois = new Set(dois.filter((d) => !refs.some((r) => r.number !== null && r.block === d.block)).map((d) => doiKey(d.doi)));
  /** True when the reference's DOI is also printed or linked outside its own line. */
  const citedElsewhere = (r: ReferenceHit): boolean => {
    const key = r.ref.doi ? doiKey(r.ref.doi) : null;
    if (!key) return false;
    return doc.blocks.some((b) => b !== r.block && b.section !== 'boilerplate' && (b.text.toLowerCase().includes(key) || b.links.some((l) => (doiFromUrl(l.url) ?? '').toLowerCase() === key)));
  };
  // In a list of several references, one whose journal is none the release reports is background too.
  const reported = [
    ...mentions.filter((m) => (m.kind === 'published' || m.kind === 'related') && (!m.weak || m === first)).map((m) => (m === first && extraJournals.length ? main.article.journal ?? m.journal : m.journal)),
    // "two studies in Science and Nature Cardiovascular Research": each journal of the pair.
    ...extraJournals.map((m) => m.journal),
    // "released today as CEPR Discussion Paper DP19044": the series a listed working paper names.
    ...prose.flatMap((b) => findPaperSeries(b)).map((m) => m.journal),
  ];
  const foreign = (r: ReferenceHit): boolean =>
    refs.length >= 2 && Boolean(r.ref.journal) && reported.length > 0 && !reported.some((j) => sameJournal(j, r.ref.journal!) || journalKey(j).startsWith(journalKey(r.ref.journal!)));
  // A reference without a DOI printed as years older than the release, and named by no
  // publication sentence, is background.
  const stale = (r: ReferenceHit): boolean =>
    !r.ref.doi &&
    Boolean(r.ref.year && mentionOpts.releaseYear && r.ref.year <= mentionOpts.releaseYear - 2) &&
    !(r.ref.journal && main.article.journal && sameJournal(r.ref.journal, main.article.journal)) &&
    !citedElsewhere(r);
  const olderSibling = (r: ReferenceHit): boolean =>
    Boolean(r.ref.year && mentionOpts.releaseYear && r.ref.year < mentionOpts.releaseYear) &&
    foreign(r) &&
    refs.some((o) => o !== r && o.number !== null && o.ref.journal !== null && !foreign(o)) &&
    !citedElsewhere(r);
  /** An entry under a reference heading, with names and a journal, whose DOI is only its own link's target. */
  const linkedEntry = (r: ReferenceHit): boolean =>
    r.block.section === 'citation' && !r.ref.doi && r.ref.authors.length > 0 && r.ref.journal !== null && linkedEntryDoi(r.block) !== null;
  const keptRefs = refs.filter((r) => {
    if (stale(r)) return false;
    if (r.number === null) return !foreign(r) || citedElsewhere(r);
    if (r.ref.doi && proseDois.has(doiKey(r.ref.doi))) return true;
    // "Reference⏎• Names. Title. Journal 24, 388–399 (2038).| article": the release's only recent entry, in a list under a
    // reference heading, whose own link carries the DOI (printed nowhere else) is the paper itself.
    if (linkedEntry(r) && refs.filter((o) => !stale(o)).length === 1) return true;
    // "Publications:" listing the group's older paper beside the reported one: an entry of an earlier year,
    // in a journal no sentence reports, beside an entry in the reported journal, is background.
    if (olderSibling(r)) return false;
    // A list under "Papers:" or an entry that says "The paper … is published in …" is the release's own.
    if (reportedEntry(doc, r.block)) return true;
    // "Notes to editors / 1. Names. Title. Journal 2031;… doi:…" as the release's only DOI, beside no publication sentence: the paper itself.
    if (r.ref.doi && r.ref.authors.length > 0 && notesEntry(doc, r.block) && !first && !proseDois.size && refs.every((o) => o === r || !o.ref.doi)) return true;
    // "according to a new study [1]": the entry the prose cites for the reported paper.
    if (r.number && citedAsReported(prose, r.number)) return true;
    // "Three papers … published together this month … [1] … [2] … [3]" over a numbered list whose every entry is of
    // the release's year and is cited by its mark, with no journal named in the prose: the papers themselves.
    if (
      r.number &&
      !first &&
      mentionOpts.releaseYear &&
      refs.every((o) => o.number !== null && o.ref.year === mentionOpts.releaseYear && citedByMark(prose, o.number))
    )
      return true;
    // "A linked analysis, published in The BMJ the same day": an entry in a journal the prose reports a paper in.
    if (r.ref.journal && reported.some((j) => sameJournal(j, r.ref.journal!))) return true;
    return Boolean(r.ref.journal && main.article.journal && sameJournal(r.ref.journal, main.article.journal));
  });
  /** True for a journal the prose reports a paper in that is not the main paper's ("released today as CEPR Discussion Paper …" beside "appears in IEEE …"). */
  const otherReported = (j: string): boolean =>
    main.article.journal !== null && !sameJournal(j, main.article.journal) && reported.some((x) => sameJournal(x, j));
  const kept = new Set(keptRefs);
  const droppedDois = new Set(refs.filter((r) => !kept.has(r) && r.ref.doi).map((r) => doiKey(r.ref.doi!)));
  // A dropped entry's own link DOI is background too ("Older, A. et al. Title. Journal 108, 83 (2011).| article").
  for (const r of refs) if (!kept.has(r) && linkedEntry(r) && keptRefs.some(linkedEntry)) droppedDois.add(doiKey(linkedEntryDoi(r.block)!));

  /** True for a DOI labelled as a preprint on its line while another paper's DOI stands in the same block. */
  const preprintAside = (d: DoiHit): boolean => {
    const at = d.block.text.indexOf(d.doi);
    if (at < 0 || !preprintLabelled(d.block.text.slice(Math.max(0, at - 200), at))) return false;
    return dois.some((o) => o.block === d.block && doiKey(o.doi) !== doiKey(d.doi) && !isDataDoi(o.doi));
  };
  /** The text of each link that gave a draft its DOI, a title of last resort. */
  const linked: { draft: Draft; text: string; offset: number }[] = [];
  /** DOIs printed for background work, whose reference lines are background too. */
  const backgroundDois = new Set<string>();
  // DOIs: to the editorial whose part holds them, else to the main paper, else a new paper.
  for (const d of dois) {
    if (droppedDois.has(doiKey(d.doi))) continue;
    // "Preprint: bioRxiv, doi: 10.1101/…" beside the journal version's DOI: the preprint is the paper's earlier posting.
    if (preprintAside(d)) continue;
    const seg = d.block.section === 'end' && d.block.index > (segmentOf(d.block)?.segment?.[1] ?? -1) ? undefined : segmentOf(d.block);
    // "Comment: https://doi.org/…" labels the DOI of an accompanying piece, never the study's.
    // "Study: …⏎Perspective: DOI: …": the label of the DOI's own line.
    const piece = EDITORIAL_LINE.test(d.block.text) || (d.block.text.includes('\n') && EDITORIAL_LINE.test(lineWith(d.block.text, d.doi)));
    // An accompanying piece named in prose ("In an accompanying Perspective, "Title", …") takes its labelled DOI.
    const named = piece && !seg ? drafts.find((x) => x.editorial && !x.segment && !x.article.doi) : undefined;
    let target = seg && !seg.article.doi ? seg : (named ?? (!main.article.doi && !piece ? main : undefined));
    // A further DOI cited as earlier work is background, not another reported paper.
    // A lone DOI printed for "a 2023 study" that the sentence does not call new is background too.
    // "Paper: \"Four decades of earlier …\"⏎DOI: 10.…": a block of labelled citation fields is the paper's own, whatever its title says.
    const fields = d.block.text.includes(':') && readFieldLines(d.block.text).length > 0;
    if (!fields && dois.length === 1 && d.block.section !== 'citation' && (oldWorkDoi(d, mentionOpts.releaseYear) || earlierWorkDoi(d))) {
      backgroundDois.add(doiKey(d.doi));
      continue;
    }
    if (!fields && dois.length > 1) {
      const around = d.block.text.slice(0, 2000);
      // A linked DOI is read where its link text stands ("builds on <a>a 2019 study</a>").
      const linked = d.linkText ? around.indexOf(d.linkText) : -1;
      const pos = linked >= 0 ? linked : Math.max(0, around.toLowerCase().indexOf(d.doi.toLowerCase().slice(0, 12)));
      const end = linked >= 0 ? linked + d.linkText!.length : pos;
      // Its reference line, when a sentence of prose is read as one, is background too ("previous study, published in Nature in 2024 (doi)").
      if (/\b(?:earlier|previous(?:ly)?|prior|past|last\s+year|background|see\s+also)\b/i.test(around.slice(Math.max(0, pos - 200), pos))) {
        if (proseSentence(d.block)) backgroundDois.add(doiKey(d.doi));
        continue;
      }
      // "first shared as a preprint (bioRxiv, doi:…) and now published in eLife": the preprint is the journal paper's earlier version.
      if (firstPostedPreprint(around.slice(Math.max(0, pos - 200), pos)) && dois.some((o) => o.doi !== d.doi && !isDataDoi(o.doi))) {
        if (proseSentence(d.block)) backgroundDois.add(doiKey(d.doi));
        continue;
      }
      // "a 2019 study" in the DOI's own sentence, years before the release.
      const sentence = around.slice(Math.max(0, around.lastIndexOf('. ', pos) + 1), end);
      const old = OLD_WORK.exec(sentence);
      if (old && mentionOpts.releaseYear && Number(old[1]) <= mentionOpts.releaseYear - 2) {
        if (proseSentence(d.block)) backgroundDois.add(doiKey(d.doi));
        continue;
      }
    }
    // "in Nature and, separately, in Science Advances (doi: …)": a DOI printed right after another journal's name is that journal's paper.
    if (target === main && main.article.journal) {
      const own = journalRightBefore(mentions, d, main.article.journal);
      if (own) {
        target = newDraft();
        fill(target, 'journal', own.journal, 'journal:doi-after-name', at(doc, own.block, own.index, own.journal));
        drafts.push(target);
      }
    }
    if (!target) {
      // "Comment: https://doi.org/…": the DOI of an accompanying editorial or comment.
      target = newDraft(piece);
      drafts.push(target);
    }
    fill(target, 'doi', d.doi, d.strategy, d.offset);
    if (d.url) fill(target, 'url', d.url, d.strategy, d.offset);
    if (d.linkText && target.article.doi === d.doi) linked.push({ draft: target, text: d.linkText, offset: d.offset });
  }

  // Titles in prose ("titled X", "the paper, "X"").
  for (const t of titles.filter((x) => !x.editorial)) {
    // "presented an abstract, "Title", at the 2031 X Congress" beside a reference with its own title: a talk of its own.
    const meeting = keptRefs.some((r) => r.ref.title && journalKey(r.ref.title) !== journalKey(t.title)) ? talkMeeting(t.block.text, t.index, t.title.length) : null;
    if (meeting) {
      const d = newDraft();
      fill(d, 'title', t.title, `title:${t.strategy}`, at(doc, t.block, t.index, t.title));
      fill(d, 'journal', meeting, 'journal:presented-at', at(doc, t.block, t.index, t.title));
      drafts.push(d);
      continue;
    }
    fill(main, 'title', t.title, `title:${t.strategy}`, at(doc, t.block, t.index, t.title));
  }
  // Several talks, each with its own title ("Abstract 1187. "Title" will be presented by …"): one article each.
  const talks: Draft[] = [];
  if (!dois.length && !refs.length) {
    const presentedTitles = titles.filter((t) => !t.editorial && PRESENTED_AFTER.test(t.block.text.slice(t.index + t.title.length, t.index + t.title.length + 40)));
    if (presentedTitles.length >= 2 && presentedTitles.some((t) => t.title === main.article.title)) {
      for (const t of presentedTitles) {
        if (t.title === main.article.title || talks.some((d) => d.article.title === t.title)) continue;
        const d = newDraft();
        fill(d, 'title', t.title, `title:${t.strategy}`, at(doc, t.block, t.index, t.title));
        talks.push(d);
      }
    }
  }

  // Reference lines: to the paper with the same DOI or title, else the editorial part, else the main paper.
  for (const r of keptRefs) {
    const ref = r.ref;
    if (ref.doi && backgroundDois.has(doiKey(ref.doi))) continue;
    const off = at(doc, r.block, r.index);
    let target =
      (ref.doi && drafts.find((d) => d.article.doi && doiKey(d.article.doi) === doiKey(ref.doi!))) ||
      (ref.title && drafts.find((d) => d.article.title && journalKey(d.article.title) === journalKey(ref.title!))) ||
      segmentOf(r.block) ||
      main;
    // "1. Names (2032). "Title". CEPR Discussion Paper DP19044." beside the main paper in another journal: a paper of its own.
    if (target === main && !ref.doi && ref.journal && ref.authors.length > 0 && r.number !== null && otherReported(ref.journal)) {
      target = newDraft();
      drafts.push(target);
    }
    if (target === main && main.article.title && ref.title && journalKey(main.article.title) !== journalKey(ref.title) && !ref.doi) {
      // "Two trials (DOI: …) (DOI: …)" in prose, their references below without DOIs: the next paper known only by its DOI.
      const bare = ref.authors.length ? drafts.find((d) => d !== main && !d.editorial && d.article.doi && !d.article.title && !d.article.authors.length) : undefined;
      // A further entry of the list of the reported papers ("Papers:"), with its own names, title and journal: a paper of its own.
      // So is an endnote that the prose cites for an accompanying editorial ("An accompanying editorial² …").
      const listed =
        !bare && r.number !== null && ref.authors.length > 0 && ref.journal !== null && (reportedEntry(doc, r.block) || (r.number > 0 && citedAsPiece(prose, r.number)) || otherReported(ref.journal)) ? newDraft() : undefined;
      if (listed) drafts.push(listed);
      const other = bare ?? listed;
      if (!other) continue;
      target = other;
    }
    if (ref.doi) fill(target, 'doi', ref.doi, 'doi:reference-line', off);
    const shaped = ref.authors.length > 0 || ref.journal !== null || ref.titleStrategy === 'quoted-citation' || ref.titleStrategy === 'labelled';
    // A title set in italics in the reference line.
    // Not the journal, which APA sets in italics too ("*Journal of X*, 12(3), 45–67").
    const italic = r.block.emphasis.find(
      (e) =>
        e.split(/\s+/).length >= 4 &&
        !/\bdoi\b|https?:/i.test(e) &&
        !(ref.journal && sameJournal(italicJournal(e), ref.journal)) &&
        // The journal's full name, known from the prose, is no title either.
        !(target.article.journal && journalKey(italicJournal(e)) === journalKey(target.article.journal)) &&
        !italicBeforeNumbers(r.block.text, e) &&
        // "In *Proceedings of …*": the proceedings a paper appears in.
        !italicAfterIn(r.block.text, e) &&
        // "*Roe, J. (2031). "Title." Series No. 3.*": a note set wholly in italics holds the title, it is none.
        !(ref.title && e.length > ref.title.length + 20 && e.includes(ref.title)),
    );
    if (italic && shaped) ref.title = italic.replace(/[.,]$/, '');
    if (ref.title && shaped) fill(target, 'title', ref.title, `title:${ref.titleStrategy ?? 'reference-line'}`, off);
    // "Rojas Pérez, Camila Andrea, and …" where the prose names "Camila Andrea Rojas Pérez": one person.
    if (ref.authors.length && ref.authorsStrategy === 'reference-line') ref.authors = [...rejoinInvertedFirst(ref.authors, r.block.text, doc.text)];
    if (ref.authors.length > target.article.authors.length) {
      const prose = target.article.authors;
      target.article.authors = addPeople([...ref.authors], prose);
      target.sources.authors = { strategy: `authors:${ref.authorsStrategy ?? 'reference-line'}`, offset: off };
    }
    if (ref.journal) {
      // A further paper's abbreviated journal takes the full name the prose prints for it ("N Engl J Med").
      const printed = target.article.journal ? undefined : reported.find((j) => sameJournal(j, ref.journal!));
      if (!target.article.journal) fill(target, 'journal', printed ? fuller(ref.journal, printed) : ref.journal, 'journal:reference-line', off);
      else if (sameJournal(ref.journal, target.article.journal)) target.article.journal = fuller(target.article.journal, ref.journal);
      // "Journal of Experimental Psychology" in prose, "…: General" in the reference: the full name.
      else if (ref.journal.startsWith(`${target.article.journal}: `)) target.article.journal = ref.journal;
    }
    fill(target, 'volume', ref.volume, 'volume:reference-line', off);
    fill(target, 'issue', ref.issue, 'issue:reference-line', off);
    fill(target, 'pages', ref.pages, 'pages:reference-line', off);
    // "an orchid last seen in 1987 … (DOI: …)": a long sentence with a DOI is no citation, and its year dates no paper.
    const sentence = !shaped && ref.title !== null && ref.title.split(' ').length >= 12;
    // "… in Animal Behaviour (2037; 201: 77-89) …": a year printed before the volume it dates is the paper's, even in a sentence.
    // "… in Sleep Health, volume 13, issue 2, pages 201-209 (2037) …": so is a bracketed year right after the pages.
    if (!sentence || yearBeforeVolume(r.block.text, ref.year, ref.volume) || yearAfterPages(r.block.text, ref.year, ref.pages)) fill(target, 'year', ref.year, 'year:reference-line', off);
    target = main;
  }


  // "… issue of Journal Name (volume 14, issue 10, pages 812-818)": numbers labelled in words after the journal's name.
  if (first && main.article.journal === first.journal && !main.article.volume && !main.article.issue && !main.article.pages) {
    fillNumbersAfterJournal(doc, main, first.block, first.index + first.journal.length);
  }

  // A labelled title ("Article Title" above its value, or "Paper title: X").
  if (!main.article.title) {
    const lab = labelledValue(doc, /(?:article|paper|study|abstract)\s+title|title\s+of\s+(?:the\s+)?(?:paper|article|study|abstract)/);
    if (lab && lab.value.split(/\s+/).length >= 3) fill(main, 'title', lab.value.replace(/(?<=\p{Ll})\.$/u, ''), 'title:label', lab.block.start);
  }
  // A bare "Title: X" block beside a "DOI:", "Authors:" or "Journal:" block of the paper.
  if (!main.article.title && (main.article.doi || main.article.journal)) {
    const lab = labelledValue(doc, /title/, (b) => besideField(doc, b.index));
    if (lab && lab.value.split(/\s+/).length >= 3) fill(main, 'title', lab.value.replace(/^[“"‘]|[”"’]$/g, ''), 'title:label', lab.block.start);
  }

  // "The paper, [Viral lysis modulates carbon export](https://doi.org/…), was published …": the link's text.
  for (const l of linked) {
    if (l.draft.article.title || !linkTitle(l.text) || mentions.some((m) => sameJournal(m.journal, l.text))) continue;
    // "<a …>Roe, K., Lim, A. et al., Title</a>": a citation as the link's text gives its names and its title.
    const cited = CITED_NAMES.test(l.text) ? parseReference(l.text) : null;
    if (cited && cited.title && cited.authors.length) {
      fill(l.draft, 'title', cited.title, 'title:link-text', l.offset);
      fill(l.draft, 'authors', cited.authors, 'authors:link-text', l.offset);
      continue;
    }
    // "<a …>“Title”</a>": the quote marks around the link's text are no part of the title.
    fill(l.draft, 'title', l.text.trim().replace(/[.,]$/, '').replace(/^[“"‘](.+)[”"’]$/u, '$1'), 'title:link-text', l.offset);
  }
  // "### Title⏎[Read the study](https://doi.org/…)": a button's link under a heading that names the paper.
  for (const l of linked) {
    if (l.draft.article.title) continue;
    const block = doc.blocks.find((b) => b.start <= l.offset && l.offset < b.end);
    const title = block ? buttonHeadingTitle(doc, block, l.text) : null;
    if (title) fill(l.draft, 'title', title, 'title:button-heading', block!.start);
  }
  // "<a href="https://www.sciencedirect.com/science/article/pii/S…">Title</a>, Journal, volume 84, 2032": a publisher's
  // page without a DOI in its address names the paper too; its text is the title, the citation after it gives the numbers.
  if (!main.article.title && !main.article.doi) publisherLinkTitle(doc, main, mentions);
  // A title printed on its own line under "Article details" (when the paper is otherwise known).
  if (!main.article.title && (main.article.doi || main.article.journal)) {
    const t = detailsTitle(doc);
    if (t) fill(main, 'title', t.title, 'title:details-line', t.block.start);
    // "Title⏎⏎A Roe1, K Lim1,2⏎⏎…⏎⏎Journal, 14 April 2031": the names and the journal's date line under it.
    const parts = t ? detailsParts(doc, t.block) : null;
    if (parts && parts.authors.length && !main.article.authors.length) {
      main.article.authors = parts.authors;
      main.sources.authors = { strategy: 'authors:details-line', offset: t!.block.start };
    }
    // A journal's name not read elsewhere is taken from that line when it reads as one.
    if (parts?.journal && main.article.journal === null && looksLikeJournal(parts.journal)) fill(main, 'journal', parts.journal, 'journal:details-line', t!.block.start);
    if (parts?.year && parts.journal && main.article.year === null && main.article.journal !== null && sameJournal(parts.journal, main.article.journal)) {
      fill(main, 'year', parts.year, 'year:details-line', t!.block.start);
    }
  }
  // "Corresponding Author:" above the name.
  for (const lab of labelledAuthors(doc)) {
    const before = main.article.authors.length;
    main.article.authors = addPeople(main.article.authors, lab.people, true);
    if (!before && main.article.authors.length) main.sources.authors = { strategy: 'authors:label', offset: lab.block.start };
  }

  // "The second study, in Sleep Medicine, … ⏎ [Title](https://doi.org/…)": a further paper known only by its
  // DOI takes the journal of the nearest publication sentence before it, in its block or the one above.
  // "A third paper … is published in Coral Reefs (doi: …)": a publication sentence of its own counts too, unless it names the study's journal.
  const relatedMentions = [
    ...extraJournals,
    ...mentions.filter((x) => !x.weak && x !== first && (x.kind === 'related' || (x.kind === 'published' && !(main.article.journal && sameJournal(x.journal, main.article.journal))))),
  ];
  // "a related paper published in Science last month (doi: 10.…)": a mention read as background still names the journal of the DOI printed right after it.
  for (const m of mentions) {
    if (m.kind === 'background' && !m.weak && DOI_RIGHT_AFTER.test(m.block.text.slice(m.index + m.journal.length, m.index + m.journal.length + 40))) relatedMentions.push(m);
  }
  // "published earlier this year in Geophysical Research Letters: <a href="https://doi.org/…">Title</a>": the journal
  // of the paper whose DOI link follows it straight away, even when the sentence dates it before the release.
  if (main.article.doi && !main.article.journal) {
    const key = doiKey(main.article.doi);
    for (const m of mentions) {
      if (m.kind !== 'background' || m.weak) continue;
      const from = m.index + m.journal.length;
      const tail = m.block.text.slice(from, from + 30);
      const link = m.block.links.find((l) => (doiFromUrl(l.url) ?? '').toLowerCase() === key && l.text && m.block.text.indexOf(l.text, from) >= from);
      const gap = link ? m.block.text.slice(from, m.block.text.indexOf(link.text, from)) : tail;
      if ((link && LINK_RIGHT_AFTER.test(gap)) || DOI_RIGHT_AFTER.test(tail)) {
        fill(main, 'journal', m.journal, 'journal:before-doi', at(doc, m.block, m.index, m.journal));
        break;
      }
    }
  }
  if (relatedMentions.length) {
    for (const d of drafts) {
      if (d === main || d.editorial || !d.article.doi || d.article.journal) continue;
      const hit = dois.find((h) => doiKey(h.doi) === doiKey(d.article.doi!));
      if (!hit) continue;
      let best: { m: Mention; off: number } | null = null;
      for (const m of relatedMentions) {
        if (m.block.index !== hit.block.index && m.block.index !== hit.block.index - 1) continue;
        const off = at(doc, m.block, m.index, m.journal);
        if (off < hit.offset && (!best || off > best.off)) best = { m, off };
      }
      if (best) fill(d, 'journal', best.m.journal, 'journal:related-paper', best.off);
    }
  }
  /** Authors named in a round-up's item whose paper is not yet known. */
  const pending: { item: RoundUpItem; person: Person }[] = [];
  /** Where a draft's DOI or journal was first read (Infinity when neither was). */
  const firstAt = (d: Draft): number => Math.min(...[d.sources.doi?.offset, d.sources.journal?.offset].map((o) => (o === undefined || o < 0 ? Infinity : o)));
  /** The round-up item that holds where a draft's DOI or journal was read. */
  const homeItem = (d: Draft) => {
    const off = d.sources.doi?.offset ?? d.sources.journal?.offset;
    const b = off === undefined ? undefined : doc.blocks.find((x) => x.start <= off && off < x.end);
    return b ? itemOf(items, b.index) : undefined;
  };
  // Authors named in prose.
  // The whole text, joined only when a family name alone needs its fullest form.
  let whole: string | null = null;
  const fullCache = new Map<string, Person>();
  /** Authors named as such "of both papers", for every reported paper. */
  const bothAuthors: Person[] = [];
  /** Authors named as such "on the second paper", for the second reported paper. */
  const secondAuthors: Person[] = [];
  /** True when an author of the main paper is named by a role in a sentence about a paper. */
  let authorOfPaper = false;
  // Speakers of quotes a note marks as the authors' own ("[4] Quotes direct from authors").
  const quoteMarkers = authorQuoteMarkers(doc.blocks);
  // "Paper: …⏎Authors: A, B⏎DOI: …": a block of labelled fields names the authors of its own paper
  // (the first such reference of each block, looked up by block: a release may print thousands).
  const fieldRefs = new Map<Block, ReferenceHit>();
  for (const r of keptRefs) if (r.ref.authorsStrategy === 'labelled' && r.ref.authors.length > 0 && r.ref.doi && !fieldRefs.has(r.block)) fieldRefs.set(r.block, r);
  for (const b of doc.blocks.filter((x) => x.section !== 'boilerplate')) {
    const fieldRef = fieldRefs.get(b);
    const fieldDraft = fieldRef ? drafts.find((d) => d.article.doi && doiKey(d.article.doi) === doiKey(fieldRef.ref.doi!)) : undefined;
    const hits = findProseAuthors(b.text);
    const noted = findNotedSpeakers(b.text, quoteMarkers);
    if (noted.length) hits.push(...noted), hits.sort((x, y) => x.index - y.index);
    for (const h of hits) {
      // Only an explicit editorial role ("writes X … in an accompanying editorial", "Editor's
      // Note author X") names an editorial's author; other roles name the study's.
      const seg = segmentOf(b);
      const editorialTarget = h.editorial ? drafts.find((d) => d.editorial && (!seg || d === seg)) : undefined;
      if (h.editorial && !editorialTarget) continue;
      // A name another paper's reference line lists, and the study's does not, is that paper's author.
      // Not when the study is named before the name and that paper only after it ("… in The Lancet. ⏎ … said X, the paper's senior author. ⏎ The second, in Science …").
      const listedAt = editorialTarget ? undefined : otherPaperOf(drafts, main, h.person.family);
      const hitAt = listedAt ? at(doc, b, h.index) : 0;
      const listedElsewhere = listedAt && !(firstAt(main) < hitAt && firstAt(listedAt) > hitAt) ? listedAt : undefined;
      // "The latter paper, "Title" (doi: …), was written by A, B and C": the paper named last before the names in their paragraph.
      const namedBefore = editorialTarget || drafts.length < 2 ? undefined : paperNamedBefore(drafts, main, b, h.index);
      // In a round-up, a name in another item is the author of that item's paper (of none, when it reports none).
      const item = items.length ? itemOf(items, b.index) : undefined;
      const itemDraft = item && item !== firstItem ? drafts.find((d) => d !== main && !d.editorial && homeItem(d) === item) : undefined;
      if (item && item !== firstItem && !itemDraft) {
        // Its paper may be known only from its publication sentence, read below.
        if (h.person.given) pending.push({ item, person: h.person });
        continue;
      }
      const target = editorialTarget ?? fieldDraft ?? itemDraft ?? namedBefore ?? listedElsewhere ?? main;
      const known = fullCache.get(h.person.family);
      const person: Person = h.person.given && h.person.given.replace(NOT_LETTER, '').length > 1 ? h.person : (known ?? fullest(h.person, (whole ??= doc.blocks.map((x) => x.text).join('\n\n'))));
      if (!known && !h.person.given) fullCache.set(h.person.family, person);
      // A family name alone (before ", the study's first author", or closing a list of authors) counts only when the release prints the full name.
      if ((h.strategy === 'authors:apposition-family' || h.strategy === 'authors:role-list-family' || h.strategy === 'authors:role-family') && !person.given) continue;
      // "Jun 02, 2027⏎Source: Institute of X⏎Author: WANG Lei": the story's byline names no author of the paper.
      if (b.text.includes('uthor') && (newsByline(b.text, h.index) || officeByline(b.text, h.index))) continue;
      // "Kofi Roe, first author on the second paper": kept for the second paper, once the papers are known.
      if (target === main && b.text.includes('second') && SECOND_PAPER_AFTER.test(b.text.slice(h.index + h.person.family.length, h.index + h.person.family.length + 160))) {
        secondAuthors.push(person);
        continue;
      }
      const before = target.article.authors.length;
      target.article.authors = addPeople(target.article.authors, [person], h.listed === true);
      if (target === main && b.text.includes('both') && BOTH_PAPERS.test(b.text.slice(h.index, h.index + 300).replace(INITIALISM, ''))) bothAuthors.push(person);
      if (target === main && AUTHOR_ROLE.test(h.strategy) && /\b(?:paper|article|preprint|manuscript|publication)\b/i.test(b.text)) authorOfPaper = true;
      if (!before && target.article.authors.length) target.sources.authors = { strategy: h.strategy, offset: at(doc, b, h.index) };
    }
  }

  const relatedDrafts: { draft: Draft; mention: Mention }[] = [];
  // Other papers named by a publication sentence ("a related paper … in the journal X").
  for (const m of [...extraJournals, ...mentions.filter((x) => x.kind === 'related' && !x.weak && x !== first)]) {
    // "published in the AJCN" beside a citation in the American Journal of Clinical Nutrition: the same paper.
    const mj = main.article.journal;
    if (mj && ACRONYM.test(m.journal.trim()) && m.journal !== mj && sameJournal(m.journal, mj)) continue;
    // A paper already read from its own DOI or reference line in that journal.
    const same = drafts.find((d) => d !== main && !d.editorial && d.article.journal && sameJournal(d.article.journal, m.journal));
    if (same) {
      // "The second, in Atmospheric Chemistry and Physics" beside "Atmos. Chem. Phys." in its reference: the full name.
      same.article.journal = fuller(same.article.journal!, m.journal);
      // Its year, when its reference prints none, comes from the sentence as for any related paper.
      relatedDrafts.push({ draft: same, mention: m });
      continue;
    }
    const d = newDraft();
    fill(d, 'journal', m.journal, 'journal:related-paper', at(doc, m.block, m.index, m.journal));
    // "… published in Journal Name, volume 46, issue 1": numbers labelled in words after its journal.
    fillNumbersAfterJournal(doc, d, m.block, m.index + m.journal.length);
    relatedDrafts.push({ draft: d, mention: m });
    drafts.push(d);
  }
  // A round-up's item known only by its publication sentence takes the authors its item names.
  for (const p of pending) {
    const d = drafts.find((x) => x !== main && !x.editorial && homeItem(x) === p.item);
    if (d) d.article.authors = addPeople(d.article.authors, [p.person], true);
  }
  // "senior author of both papers": an author of each reported paper.
  for (const { draft } of relatedDrafts) draft.article.authors = addPeople([...draft.article.authors], bothAuthors, true);
  // "first author on the second paper": the second reported paper's (the main one's when there is no second).
  if (secondAuthors.length) {
    const second = drafts.filter((d) => !d.editorial)[1] ?? main;
    second.article.authors = addPeople(second.article.authors, secondAuthors, false);
  }
  // "two reports published in X": one article each.
  if (first && first.count > 1 && drafts.length === 1) {
    for (let i = 1; i < first.count; i++) {
      const d = newDraft();
      d.article = { ...main.article, authors: [...main.article.authors], doi: null, title: null };
      d.sources = { ...main.sources };
      drafts.push(d);
    }
  }

  // Fallbacks for the main journal: a "Journal" label, then the meeting of a titled presentation.
  // "Journal Link: JAMA Network Open, Oct-2027" (Newswise's field).
  const journalLab = labelledValue(doc, /journal(?:\s+link)?/);
  if (!main.article.journal) {
    // "Journal Link: Journal of Wildlife Management, Mar-2031, DOI: 10.…": the name alone, before its year.
    const dated = journalLab ? LABEL_YEAR.exec(journalLab.value) : null;
    const name = journalLab ? cleanJournal((dated ? dated[1]! : journalLab.value).replace(PUBLISHED_NOTE, '')) : null;
    if (journalLab && name) fill(main, 'journal', name, 'journal:label', journalLab.block.start);
  } else if (journalLab) {
    // The full name in the label wins over an abbreviation in the prose ("JAMA Netw Open").
    const read = readJournalName(journalLab.value.replace(PUBLISHED_NOTE, ''));
    if (read && sameJournal(read.name, main.article.journal)) main.article.journal = fuller(main.article.journal, read.name);
  }
  // "Journal: Nature Plants (2027)": the year printed after the paper's journal in its label.
  const labYear = journalLab && !main.article.year && main.article.journal ? LABEL_YEAR.exec(journalLab.value) : null;
  if (labYear && sameJournal(labYear[1]!, main.article.journal!)) fill(main, 'year', Number(labYear[2] ?? labYear[3] ?? labYear[4]), 'year:journal-label', journalLab!.block.start);
  // "Journal: Plant Phenomics, 2032, 14: 0187" in a block of its own: the paper's numbers after its journal's name.
  if (journalLab && main.article.journal && !main.article.volume && !main.article.pages) fillLabelNumbers(main, journalLab);
  // "CMAJ (Canadian Medical Association Journal)": the full name the release spells out for the acronym.
  const spelled = main.article.journal ? spelledAcronym(doc, main.article.journal) : null;
  if (spelled) main.article.journal = spelled;
  // "Nat Hum Behav" in the reference, "Nature Human Behaviour publishes …" in the prose: the full name wins.
  const full = main.article.journal && main.sources.journal?.strategy === 'journal:reference-line' ? printedFullJournal(doc.text, main.article.journal) : null;
  if (full) main.article.journal = full;
  // "JAMA Network Open" printed alone above the headline, when the paper has a DOI and nothing else names a journal.
  if (!main.article.journal && main.article.doi && !first) {
    const kicker = kickerJournal(doc, main.article.doi);
    if (kicker) fill(main, 'journal', kicker.name, 'journal:kicker', kicker.block.start);
  }
  // "The European Heart Journal has placed an expression of concern on …": the journal as its notice's subject.
  if (!main.article.journal && !first) {
    for (const b of prose) {
      const notice = noticeJournal(b.text);
      if (!notice) continue;
      fill(main, 'journal', notice.name, 'journal:notice-subject', at(doc, b, notice.index, notice.name));
      break;
    }
  }
  // "posted to the preprint server arXiv": the server, when nothing names a journal.
  if (!main.article.journal && !first) {
    // "released this week as NBER Working Paper 34512": the working-paper series stands for the server.
    const server = prose.flatMap((b) => findPreprintServers(b))[0] ?? prose.flatMap((b) => findPaperSeries(b))[0];
    if (server) fill(main, 'journal', server.journal, 'journal:preprint-server', at(doc, server.block, server.index, server.journal));
    // "posted to medRxiv this week": the release's year.
    const ry = releaseYear(doc, datePublished);
    // "a working paper released today by …", a sentence before the one naming the server.
    const postedToday = server?.today || (server && prose.some((b) => (b.text.includes('today') || b.text.includes('this week')) && RELEASED_TODAY.test(b.text)));
    if (postedToday && ry && main.article.journal === server!.journal) fill(main, 'year', ry, 'year:posted-today', at(doc, server.block, server.index));
    // "according to a report released today by the X Institute": a titled report with no venue at all, out on the release's day.
    const ownDay = !server && ry && main.article.title && drafts.length === 1 ? prose.find((b) => (b.text.includes('today') || b.text.includes('this week')) && RELEASED_TODAY.test(b.text)) : undefined;
    if (ownDay && ry) fill(main, 'year', ry, 'year:released-today', at(doc, ownDay, 0));
  }
  const presented = mentions.find((m) => m.kind === 'presented');
  if (!main.article.journal && presented && main.article.title) {
    fill(main, 'journal', presented.journal, 'journal:presented-at', at(doc, presented.block, presented.index, presented.journal));
  }
  for (const d of drafts) if (d.editorial && !d.article.journal && main.article.journal) fill(d, 'journal', main.article.journal, 'journal:same-as-study', d.sources.title?.offset ?? -1);
  // The other talks of the meeting, when the first was given at one.
  if (talks.length && presented && main.article.journal === presented.journal) {
    for (const d of talks) fill(d, 'journal', main.article.journal, 'journal:presented-at', main.sources.journal?.offset ?? -1);
    drafts.push(...talks);
  }

  // Year: printed in the publication sentence, else the release's year when published "today".
  // A headline dates no paper; the body's sentence on the same journal may ("today announced that … was published in").
  const yearMention = (first && !first.year && !first.today ? bodyMention : undefined) ?? first ?? (main.article.journal === presented?.journal ? presented : undefined);
  // "Two studies … published today": the day holds for the papers the next sentences name.
  const todayElsewhere = prose.some((b) => b.text.includes('published') && PUBLISHED_TODAY.test(b.text));
  const ry = releaseYear(doc, datePublished);
  if (yearMention && !main.article.year) {
    if (yearMention.year) fill(main, 'year', yearMention.year, 'year:publication-sentence', at(doc, yearMention.block, yearMention.index));
    else if ((yearMention.today || (todayElsewhere && yearMention.kind === 'published')) && ry) fill(main, 'year', ry, 'year:published-today', at(doc, yearMention.block, yearMention.index));
  }
  // "according to a study published today" naming no journal, the paper cited in the notes without a year: the release's year.
  if (!yearMention && !main.article.year && todayElsewhere && ry && drafts.length === 1 && main.article.doi) fill(main, 'year', ry, 'year:published-today', main.sources.doi?.offset ?? -1);
  for (const { draft, mention } of relatedDrafts) {
    if (mention.year) fill(draft, 'year', mention.year, 'year:publication-sentence', at(doc, mention.block, mention.index));
    else if ((mention.today || todayElsewhere) && ry) fill(draft, 'year', ry, 'year:published-today', at(doc, mention.block, mention.index));
  }
  // "Article publication date: 1-Feb-2027" (EurekAlert's fields).
  if (!main.article.year && (main.article.doi || main.article.title)) {
    // "Published" alone labels the paper's date only among the citation's fields (at the top it is the release's).
    const lab =
      labelledValue(doc, /(?:article\s+)?publication\s+date|date\s+of\s+publication/) ??
      labelledValue(doc, /published(?:\s+online)?/, (b) => b.section === 'citation' && (b.kind === 'tableRow' || b.inList));
    const y = lab ? /\b((?:19|20)\d{2})\b/.exec(lab.value) : null;
    if (lab && y) fill(main, 'year', Number(y[1]), 'year:label', lab.block.start);
  }
  // "Source: Journal of Internal Medicine, online December 4, 2026": the date printed after the paper's journal.
  if (!main.article.year && main.article.journal && drafts.length === 1) {
    const name = main.article.journal;
    for (const b of doc.blocks) {
      const k = b.section === 'boilerplate' ? -1 : b.text.indexOf(name);
      const y = k >= 0 && b.text.includes('online') ? ONLINE_DATE_AFTER.exec(b.text.slice(k + name.length, k + name.length + 60)) : null;
      if (y) {
        fill(main, 'year', Number(y[1]), 'year:online-date', b.start + k);
        break;
      }
    }
  }
  // "First published: 14 March 2031", "Available online 11 March 2031", "Article Publication Date⏎14-Mar-2031": a date line beside the paper's DOI.
  for (const d of drafts) {
    if (d.article.year || !d.article.doi) continue;
    const hit = doiDateLine(doc, d.article.doi);
    if (hit) fill(d, 'year', hit.year, 'year:date-beside-doi', hit.block.start);
  }
  for (const d of drafts.slice(1)) if (!d.editorial && d.article.journal === main.article.journal && first && first.count > 1) d.article.year = main.article.year;
  for (const d of talks) if (main.article.year) fill(d, 'year', main.article.year, 'year:same-meeting', main.sources.year?.offset ?? -1);

  // "Tip sheet: highlights from the 14 March issue of Geophysical Research Letters": the journal of every paper that names none.
  if (drafts.some((d) => !d.article.journal && (d.article.doi || d.article.title))) {
    const issueJournal = headlineIssueJournal(doc);
    const head = issueJournal ? doc.blocks.find((b) => b.section === 'headline') : undefined;
    if (issueJournal && head) for (const d of drafts) if (!d.article.journal && (d.article.doi || d.article.title)) fill(d, 'journal', issueJournal, 'journal:headline-issue', head.start + head.text.indexOf(issueJournal));
  }
  // "Energy Environ. Sci." in the reference, "The Energy & Environmental Science paper" in the notes: the full name.
  for (const d of drafts) if (d.article.journal && d.article.journal.includes('.')) d.article.journal = fullNameInProse(doc, d.article.journal);

  // A page's `citation_*` metas: the paper it describes, for the draft with its DOI (or the main paper).
  if (doc.format === 'html' && ('citation_title' in doc.meta || 'citation_doi' in doc.meta)) fromPageMeta(drafts, main, doc.meta);

  // "Original title [English translation]": the title as the paper prints it.
  for (const d of drafts) if (d.article.title) d.article.title = withoutTranslation(d.article.title);

  // A paper with no journal, DOI or title is still reported when its authors are named as such
  // ("lead author of a research paper").
  // A presentation needs its title (GOLD: "a conference presentation counts when the release gives its title").
  if (presented) authorOfPaper = false;
  // A tip sheet: one paper per titled item, its journal the item's own line.
  const tips = tipSheetItems(doc);
  if (tips.length) return tipDrafts(doc, tips, drafts, main);
  // A meeting's news tips: each headed item a talk at the meeting the release names.
  if (!drafts.some((d) => d.article.title || d.article.doi)) {
    const tipsAt = talkTitles(doc);
    if (tipsAt) {
      return tipsAt.talks.map((t) => {
        const d = newDraft();
        fill(d, 'title', t.title, 'title:news-tip', at(doc, t.block, 0, t.title));
        fill(d, 'journal', tipsAt.meeting, 'journal:presented-at', at(doc, tipsAt.block, 0, tipsAt.meeting));
        return d;
      });
    }
  }
  return drafts.filter((d) => d.article.doi || d.article.journal || d.article.title || (d === main && authorOfPaper && d.article.authors.length > 0));
}
