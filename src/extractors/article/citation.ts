/**
 * Finds the citation text of a release: reference lines in the citation block, lines that
 * carry a DOI, numbered reference lists, "Journal / DOI" label pairs, and editorial segments.
 * @packageDocumentation
 */
import { columnTableLines } from './column-table.js';
import type { Block, ReleaseDocument } from '../../types.js';
import { findDois, isDataDoi, type DoiMatch } from './doi.js';
import { isNoticeLine, onNoticeLine } from './notice-doi.js';
import { IOP_TAIL, iopReference, parseReference, type Reference } from './reference-line.js';
import { isFieldLine, readFieldLines } from './labelled-fields.js';
import { labelPairs } from './label-pairs.js';
import { parseNameList } from './name-list.js';
import { isPageCitation } from './page-citation.js';
import { cleanJournal } from './journal.js';
import { continuesReference } from './split-reference.js';
import { byTail } from './by-tail.js';
import { readNumbers } from './volume-issue.js';
import { bluebookTail } from './bluebook.js';
import { bracketedReference, bracketedReferenceWithoutDoi } from './bracketed-reference.js';
import { stackedReference } from './stacked-reference.js';
import { isInformationLine } from './information-line.js';

const SENTENCE_BREAK = /[.!?]["”]?\s+(?=\p{Lu})/u;
const CAPITALISED_RUN = /\s(?:\p{Lu}\p{Ll}+\s){1,}/u;

/** A reference line found in the release. */
export interface ReferenceHit {
  ref: Reference;
  block: Block;
  /** The list number when the line is an entry of a numbered list ("1.", "[1]"), else null. */
  number: number | null;
  /** Offset of the reference text in the block text. */
  index: number;
}

/** Inline labels that introduce a reference inside a paragraph. */
const INLINE_LABEL =
  /\b(?:references?|citations?|article\s+reference|full\s+citation|journal\s+(?:article|reference)|original\s+(?:article|paper|publication)|recent\s+publications?|read\s+the\s+(?:full\s+)?(?:paper|study|article)(?:\s+in)?)\s*:?\s+(?=[\p{Lu}*"“\d[])/giu;

/** Sections whose text is never a citation of the reported paper. */
const SKIP: ReadonlySet<string> = new Set(['boilerplate', 'contacts']);

/** A list number at the start of a line: "1.", "1)", "[1]", "(1)". */
const NUMBER = /^\s*(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)])\s+/;

/** A sentence ending, then a clause that announces the citation with a colon ("… Okafor-Lind. The full citation is: "). */
const CITATION_CLAUSE = /[.!?]\s+(?:the\s+)?(?:full\s+)?(?:citation|reference)\s+(?:is|reads)\s?:\s+(?=[\p{Lu}"“])/iu;

/** Cuts the text of a reference out of a longer paragraph, around `doiIndex` when given. */
function referenceText(text: string, doiIndex: number | null): { text: string; index: number } {
  if (text.length < 700 && doiIndex === null) {
    // "The paper's first author is X. The full citation is: Roe X, …": the prose before the clause is no part of the reference.
    const clause = text.includes(':') ? CITATION_CLAUSE.exec(text) : null;
    if (clause) return { text: text.slice(clause.index + clause[0].length), index: clause.index + clause[0].length };
    return { text, index: 0 };
  }
  const end = doiIndex === null ? text.length : Math.min(text.length, doiIndex + 120);
  const lo = Math.max(0, (doiIndex ?? end) - 900);
  let start = lo;
  for (const m of text.slice(lo, doiIndex ?? end).matchAll(INLINE_LABEL)) start = lo + m.index + m[0].length;
  if (start === lo && lo > 0) {
    const dot = text.slice(lo, doiIndex ?? end).search(SENTENCE_BREAK);
    if (dot >= 0) start = lo + dot + 2;
  }
  const slice = text.slice(start, end);
  // A reference ends at the sentence after its DOI.
  const stop = doiIndex === null ? -1 : slice.slice((doiIndex ?? start) - start).search(CAPITALISED_RUN);
  return { text: stop > 0 ? slice.slice(0, (doiIndex ?? start) - start + stop) : slice, index: start };
}

/** True for a line shaped like a reference: a quoted title with names, "et al.", or a year and journal numbers ("138, 073601 (2027)", Cell Press's "48, 1201–1210.e4 (2038)", RSC's ", 2027, 29, 1184", ACS's "Soc. 2031, 153, 12, 4567", Chicago's "107, no. 3 (Fall): 512"). */
const REFERENCE_SHAPE = /\bet\.?\s?al\b|\b(?:19|20)\d{2}\s?;\s?\d|\b\d{1,4}\s?\(\d{1,4}\)\s?:\s?\d|\b(?:vol\.|volume|issue|pp\.|p\.)\s?\d|\b\d{1,5},\s?(?:[A-Za-z]{0,4}\d{1,8}|[A-Za-z]{1,4}\d{9,10})(?:[-–]\d{1,8})?(?:\.e\d{1,3})?\s?\((?:19|20)\d{2}\)|,\s?(?:19|20)\d{2},\s?\d{1,5},\s?[A-Za-z]?\d|\.\s(?:19|20)\d{2},\s\d{1,5},\s(?:\d{1,3},\s)?[A-Za-z]?\d|\b\d{1,5}(?:,\sno\.\s?\d{1,4})?\s\([A-Za-z]{3,9}\.?(?:\s(?:19|20)\d{2})?\)\s?:\s?\d/i;
/** A quoted title of three words or more followed by a capitalised name (case-sensitive: no `i` flag). */
const QUOTED_SHAPE = /[“"][^“”"\s]{1,60}\s[^“”"\s]{1,60}\s[^“”"]{3,300}[”"]\s*,?\s*(?:by\s+)?\p{Lu}/u;
/** A list of names, then a title in single quotes and where it is (or will be) published, as UK notes to editors print it: "A, B and C, 'Title' will be published in Journal on …", "A and B, ‘Title’, Journal". */
const NAMES_SINGLE_QUOTED_SHAPE = /^\p{Lu}[^‘'\n]{2,300}?,\s['‘][^'‘’\n]{10,300}?['’],?\s(?:(?:will\s+be|is|was|has\s+been)\s+published\s+(?:online\s+)?in\s+(?:the\s+)?)?\p{Lu}/u;

/** A Vancouver author list opening the line, perhaps after a label: "Citation: Smith AB, Lee C, Wu DW, …", or three names ended by a full stop and the title ("Smith AB, Lee C, Wu DW. Title"). */
const VANCOUVER_SHAPE = /^(?:[\p{L} ]{1,30}:\s)?(?:\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{Lu}?[\p{Ll}'’]{1,30})?\s\p{Lu}{1,3},\s){2}\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{Lu}?[\p{Ll}'’]{1,30})?\s\p{Lu}{1,3}(?:,\s|\.\s\p{Lu})/u;
/** An APA author list opening the line, then the year in brackets: "Roe, G., Lim, K. A., & Ito, S. (2031).", "Ap Rhys, G., et al. (2031).". */
const APA_SHAPE = /^(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?,\s(?:\p{Lu}\.\s?){1,3},?\s(?:&\s|and\s)?){1,20}(?:et\s?al\.,?\s)?\((?:19|20)\d{2}[a-z]?\)/u;
/** A Nature-style author list opening the line, two names or more without a year after them: "Roe, G., Lim, K. A. & Ito, S. Title.". */
const NATURE_NAMES_SHAPE = /^(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?,\s(?:\p{Lu}\.[\s-]?){1,3},?\s(?:&\s|and\s)?){2,20}(?:et\s?al\.\s)?\p{Lu}/u;
/** A label that opens a citation line, with a style after it in brackets ("Reference (Harvard style):"). */
const CITATION_LABEL =
  /^(?:(?:full\s+)?(?:citations?|references?|referencias?|journal\s+reference|original\s?publi[ck]ation(?:en)?|cite\s+this(?:\s+article)?)(?:\s\((?:APA|Harvard|Vancouver|MLA|Chicago|AMA|IEEE|Nature)(?:\s\d{1,2}(?:th)?)?(?:\s(?:style|format))?\))?\s?:\s|(?:article|paper|study|publication)\s?:\s(?=[“"])|(?:paper|article|study|publication|bibliographic)\s(?:details|information|reference)\s?:\s)/i;

/** "Cell Metabolism, Roe et al.: "Title"": a journal, one name and "et al.", a colon, then the quoted title (the Cell Press line). */
const JOURNAL_ET_AL_QUOTED = /^[^,\n]{2,80},\s\p{Lu}[^,:\n]{1,60}\set\.?\s?al\.?:\s?[“"]/u;

/** A Chicago line's tail: a closing quote of the title, the journal, volume (and "no." issue), the issue's date in brackets and a colon ("…," Northeast African Studies 31, no. 1 (Spring 2031): 77–104). */
const CHICAGO_TAIL = /[”"]\s{0,2}\p{Lu}[^“”"\n]{1,120}?\s\d{1,5}(?:,\sno\.\s\d{1,4})?\s\((?:\p{L}{3,9}\.?\s(?:\d{1,2},?\s)?)?(?:19|20)\d{2}\):\s?\d/u;

/** Names, then the year between full stops, then the title (AER, Chicago author-date, ACM): "Rojas Pérez, Camila, and Ana Ruiz. 2032. "Title." …". */
const AUTHOR_YEAR_SHAPE = /^\p{Lu}[^“”"\n]{2,300}?\.\s(?:19|20)\d{2}[a-z]?\.\s[“"‘*_]{0,2}\p{Lu}/u;

/** A year's closing bracket ending the block, perhaps before a full stop: every Bluebook tail ends so. */
const LAST_BRACKET = /\)\.?\s*$/;

/** Legal boilerplate that quotes terms without citing anything. */
const LEGAL = /\bforward-looking\s+statements?\b|\bsafe\s+harbor\b|\bsecurities\s+(?:laws?|act|litigation\s+reform)\b/i;

/** True for a line shaped like a reference (see {@link REFERENCE_SHAPE}, {@link QUOTED_SHAPE}, {@link NAMES_SINGLE_QUOTED_SHAPE}, {@link VANCOUVER_SHAPE}, {@link APA_SHAPE}). */
/** A preprint's arXiv identifier ("arXiv:2601.04417"), which stands for a DOI in a reference line. */
const ARXIV_ID = /\barXiv:\s?\d{4}\.\d{4,5}(?:v\d{1,2})?\b/;

const shapedLine = (text: string): boolean =>
  (text.includes('arXiv:') && ARXIV_ID.test(text)) ||
  REFERENCE_SHAPE.test(text) || QUOTED_SHAPE.test(text) || ((text.includes("'") || text.includes('‘')) && NAMES_SINGLE_QUOTED_SHAPE.test(text)) || bluebookTail(text) !== null || VANCOUVER_SHAPE.test(text) || ((text.includes('.,') || text.includes('. (')) && APA_SHAPE.test(text)) || (IOP_TAIL.test(text) && iopReference(text.slice(text.lastIndexOf('\n') + 1), null) !== null);

/** The reference a block of lines prints (names, title, journal), or the "by" list of a one-line sentence, when one of its links targets a paper's DOI, with that DOI; else null. */
function linkedReference(block: Block): Reference | null {
  for (const l of block.links.slice(0, 5)) {
    if (!l.url.includes('10.')) continue;
    const d = findDois(l.url).find((x) => !isDataDoi(x.doi));
    if (!d) continue;
    const ref = parseReference(block.text);
    // "The paper, [Title](https://doi.org/…), by A, B and C, appears in X.": one sentence whose "by" list names the authors.
    const byList = !block.text.includes('\n') && ref.authorsStrategy === 'by-tail';
    if (!ref.authors.length || (!byList && (!ref.journal || !ref.title))) return null;
    ref.doi ??= d.doi;
    return ref;
  }
  return null;
}

/** A line holding a DOI (printed, or in a URL). */
const DOI_IN_LINE = /\b10\.\d{4,9}\//;

/**
 * Splits a block of several references, one or more lines each, into the runs of lines that
 * end with a line holding a DOI; a short label line opening the block ("Literature") is left out.
 */
function linesByDoi(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = 0;
  let pos = 0;
  for (const line of text.split('\n', 80)) {
    const end = pos + line.length;
    if (start === pos && !DOI_IN_LINE.test(line) && line.trim().split(/\s+/).length <= 3 && !/\d/.test(line)) start = end + 1;
    else if (DOI_IN_LINE.test(line)) {
      out.push({ text: text.slice(start, end), index: start });
      start = end + 1;
    }
    pos = end + 1;
  }
  return out;
}

/**
 * The lines of a block when each (after a label line) is a whole reference: opens with names,
 * ends with its year and numbers; else empty.
 */
function referenceLines(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n', 20)) {
    const index = pos;
    pos += line.length + 1;
    if (!out.length && index === 0 && line.length <= 40 && /:\s*$/.test(line)) continue;
    if (!VANCOUVER_SHAPE.test(line) && !ONE_NAME_SHAPE.test(line)) return [];
    if (!REFERENCE_SHAPE.test(line)) return [];
    out.push({ text: line, index });
  }
  return out;
}
/** One or two Vancouver names opening a line ("Roe AB, Lim C, for the X Investigators."). */
const ONE_NAME_SHAPE = /^(?:\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{Lu}?[\p{Ll}'’]{1,30})?\s\p{Lu}{1,3}[,.]\s){1,3}/u;

/**
 * A bracketed Vancouver source in prose: "(Lancet Oncol. 2031 Mar 14;32(3):e101-e110)", "(J Clin Oncol 2031;49(2):1234-1240)",
 * "(Roe AB, Lim C, et al. Lancet Gastroenterol Hepatol 2031; 16: 214–226)". Group 1 the Vancouver names before the journal, if any; group 2 the journal.
 */
const INLINE_CITATION =
  /\((?:((?:\p{Lu}[\p{L}'’-]{1,30}\s\p{Lu}{1,3},\s){1,12}et\sal|(?:\p{Lu}[\p{L}'’-]{1,30}\s\p{Lu}{1,3},\s){0,12}\p{Lu}[\p{L}'’-]{1,30}\s\p{Lu}{1,3})\.\s)?(\p{Lu}[\p{L}]{0,20}\.?(?:\s(?:\p{Lu}[\p{L}]{0,20}\.?|of|&|and)){0,6})\s(?:19|20)\d{2}(?:\s\p{Lu}\p{Ll}{2}(?:\s\d{1,2})?)?;\s?\d{1,4}(?:\(\d{1,4}(?:[-–]\d{1,4})?\))?:\s?[A-Za-z]?\d{1,6}(?:[-–][A-Za-z]?\d{1,6})?\)/u;

/** The journal, numbers and Vancouver names of a bracketed source in prose ({@link INLINE_CITATION}), with its offset; null when the block prints none. */
function inlineCitation(text: string): { ref: Reference; index: number } | null {
  const m = INLINE_CITATION.exec(text);
  const journal = m ? cleanJournal(m[2]!) : null;
  if (!m || !journal) return null;
  const inner = m[0].slice(1, -1);
  const authors = m[1] ? parseNameList(m[1].replace(/,?\s?et\sal$/, '')).map((n) => n.person) : [];
  const authorsStrategy = authors.length ? 'inline-citation' : null;
  return { ref: { doi: null, title: null, authors, journal, titleStrategy: null, authorsStrategy, ...readNumbers(inner.slice(m[1] ? m[1].length + 2 : 0)) }, index: m.index + 1 };
}

/** A disclaimer sentence opening a note: "The views expressed are the author's own.", "Views are the authors' own." */
const DISCLAIMER_LEAD = /^[*_]{0,2}\s?(?:the\s)?(?:views|opinions)\s(?:expressed\s(?:here\s|in\sthis\s(?:article|piece|post|commentary)\s)?)?(?:are|is)\s(?:those\sof\s)?the\sauthor(?:s['’]|['’]s)?\sown\.\s{1,3}/i;

/** The marker of an ordered list's item, right before the item's text in the source. */
const LIST_ORDINAL = /(?:^|\n)[ \t]{0,3}(\d{1,3})[.)][ \t]{1,4}$/;

/** A list item that is one labelled line ("Title: …", "Abstract number: CT118"). */
const LABELLED_ITEM = /^[\s*_]{0,4}\p{L}[\p{L}\s#.()-]{0,40}[*_]{0,2}\s?:\s*\S/u;

/** The index of the last of the run of labelled, single-line list items that opens at `i` (`i` itself when the run has one). */
function labelledListEnd(doc: ReleaseDocument, i: number): number {
  let end = i - 1;
  while (end + 1 < doc.blocks.length && end + 1 - i < 40) {
    const b = doc.blocks[end + 1]!;
    if (!b.inList || b.text.includes('\n') || !LABELLED_ITEM.test(b.text)) break;
    end++;
  }
  return Math.max(i, end);
}

/**
 * The index of the last paragraph in the run of one-line labelled paragraphs that opens at
 * block `i` ("Titolo: …⏎⏎Autori: …", each field its own paragraph); `i` when no run opens there.
 */
function labelledParagraphsEnd(doc: ReleaseDocument, i: number): number {
  let end = i - 1;
  while (end + 1 < doc.blocks.length && end + 1 - i < 12) {
    const b = doc.blocks[end + 1]!;
    if (b.inList || b.kind !== 'paragraph' || b.section !== doc.blocks[i]!.section || !isFieldLine(b.text)) break;
    end++;
  }
  return Math.max(i, end);
}

/**
 * Finds the reference lines of a release in document order; `dois`, when given, holds the
 * {@link findDois} of each block of `doc.blocks` (by index), read once by the caller.
 */
export function findReferences(doc: ReleaseDocument, dois?: ReadonlyArray<readonly DoiMatch[]>): ReferenceHit[] {
  const out: ReferenceHit[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.section === 'boilerplate' || (block.kind === 'heading' && block.text.length < 60) || isPageCitation(doc, block)) continue;
    // "Correction: Nat. Commun. 14, 702 (2031)": a notice about the paper, no reference of one.
    if (isNoticeLine(block.text)) continue;
    // "Title⏎⏎A, B, C⏎⏎DOI: 10.…": three short blocks, one reference.
    const stacked = SKIP.has(block.section) || block.text.length > 300 ? null : stackedReference(doc.blocks, i);
    if (stacked) {
      out.push({ ref: stacked.ref, block, number: null, index: 0 });
      i = stacked.end;
      continue;
    }
    // "Names (2037). Title." over "Journal, 245(3), 1011–1024. https://doi.org/…" (two paragraphs): one reference.
    if (!SKIP.has(block.section) && continuesReference(block, doc.blocks[i + 1])) {
      out.push({ ref: parseReference(`${block.text.trim()} ${doc.blocks[i + 1]!.text.trim()}`), block, number: null, index: 0 });
      i++;
      continue;
    }
    // "Journal⏎Advanced Materials⏎DOI⏎10.1002/…" (a definition list's terms and values): one labelled reference.
    const pairs = !SKIP.has(block.section) && block.text.length <= 41 ? labelPairs(doc, i) : null;
    if (pairs && readFieldLines(pairs.text).length) {
      out.push({ ref: parseReference(pairs.text), block, number: null, index: 0 });
      i = pairs.end;
      continue;
    }
    // A table of "Title | …", "Authors | …", "DOI | …" rows is one labelled reference.
    if (block.kind === 'tableRow' && !SKIP.has(block.section)) {
      let end = i;
      while (end + 1 < doc.blocks.length && end - i < 40 && doc.blocks[end + 1]!.kind === 'tableRow') end++;
      const rows = doc.blocks.slice(i, end + 1).map((b) => b.text);
      // "Authors | Title | Journal" over one row of values: one labelled line per column.
      const lines = columnTableLines(rows) ?? rows.map((r) => r.trim().replace('\t', ': '));
      const text = lines.join('\n');
      if (end > i && readFieldLines(text).length) {
        out.push({ ref: parseReference(text), block, number: null, index: 0 });
        i = end;
        continue;
      }
    }
    // A bulleted list of "Title: …", "Session: …", "Presenter: …" items is one labelled reference.
    if (block.inList && !SKIP.has(block.section) && block.text.includes(':')) {
      const end = labelledListEnd(doc, i);
      const text = doc.blocks.slice(i, end + 1).map((b) => b.text.trim()).join('\n');
      if (end > i && readFieldLines(text).length) {
        out.push({ ref: parseReference(text), block, number: null, index: 0 });
        i = end;
        continue;
      }
    }
    // "Titolo: …⏎⏎Autori: …": Italian labelled fields printed one a paragraph, a title among them, are one labelled reference.
    if (!block.inList && block.kind === 'paragraph' && !SKIP.has(block.section) && isFieldLine(block.text)) {
      const end = labelledParagraphsEnd(doc, i);
      const text = doc.blocks.slice(i, end + 1).map((b) => b.text.trim()).join('\n');
      const fields = end > i ? readFieldLines(text) : [];
      // Only an Italian "Titolo:" opens it: English runs are read by the label rules of the assembler.
      if (fields.some((f) => f.label === 'titolo')) {
        out.push({ ref: parseReference(text), block, number: null, index: 0 });
        i = end;
        continue;
      }
    }
    // A data set's or code's DOI makes no reference line.
    const blockDois = (dois?.[i] ?? findDois(block.text)).filter((d) => !isDataDoi(d.doi) && !onNoticeLine(block.text, d.index));
    // A line that opens with "Citation:" is a reference wherever the sections put it.
    if (!blockDois.length && SKIP.has(block.section) && !CITATION_LABEL.test(block.text)) continue;
    const nm = NUMBER.exec(block.text);
    // An ordered list's item keeps its number in the source ("2. Lindgren P. …"); 0 for another item.
    const ordinal = !nm && block.inList ? LIST_ORDINAL.exec(doc.text.slice(Math.max(0, block.start - 8), block.start)) : null;
    const number = nm ? Number(nm[1] ?? nm[2] ?? nm[3]) : ordinal ? Number(ordinal[1]) : (block.ordinal ?? (block.inList ? 0 : null));
    // "Literature⏎Ref one … DOI⏎Ref two … DOI": one reference per run of lines that ends in a DOI.
    if (blockDois.length >= 2 && block.text.includes('\n')) {
      const groups = linesByDoi(block.text);
      if (groups.length >= 2) {
        for (const g of groups) out.push({ ref: parseReference(g.text), block, number, index: g.index });
        continue;
      }
    }
    if (blockDois.length) {
      let last = -1;
      for (const d of blockDois.slice(0, 10)) {
        if (d.index < last) continue;
        // "… out (Roe K, Lim S. Title. J Name. 2037;12(3):45-67. doi:…).": the brackets hold the reference.
        const { text, index } = (block.text.includes('(') ? bracketedReference(block.text, d.index) : null) ?? referenceText(block.text, block.text.length < 700 ? null : d.index);
        last = index + text.length;
        out.push({ ref: parseReference(text), block, number, index });
        if (block.text.length < 700) break;
      }
      continue;
    }
    // "Names⏎[Title](https://doi.org/10.…)⏎Journal, 21 September 2033": a reference a part a line whose DOI is only a link's target.
    const linked = !blockDois.length && block.links.length && (block.text.includes('\n') || (block.text.includes(' by ') && byTail(block.text) !== null)) && !SKIP.has(block.section) ? linkedReference(block) : null;
    if (linked) {
      out.push({ ref: linked, block, number, index: 0 });
      continue;
    }
    // "… published in X (Roe K, Lim S, et al. Title. J Name 2037; 12: 45–67).": a whole reference in brackets in prose.
    const whole = !blockDois.length && block.text.includes(';') && block.text.includes('(') && !SKIP.has(block.section) ? bracketedReferenceWithoutDoi(block.text) : null;
    const wholeRef = whole ? parseReference(whole.text) : null;
    if (whole && wholeRef && wholeRef.title && wholeRef.journal) {
      out.push({ ref: wholeRef, block, number, index: whole.index });
      continue;
    }
    // "… led by dermatologists at X (Lancet Oncol. 2031 Mar 14;32(3):e101-e110).": a journal and its numbers in brackets in prose.
    const inline = !blockDois.length && block.text.includes(';') && block.text.includes('(') ? inlineCitation(block.text) : null;
    if (inline) {
      out.push({ ref: inline.ref, block, number, index: inline.index });
      continue;
    }
    // "Publication: Roe AB, Lim-Park C, Ito K, …": a Vancouver list opening the block is a reference wherever it stands.
    const cited = block.section === 'citation' || block.section === 'end' || number !== null || /^\*/.test(block.text) || CITATION_LABEL.test(block.text) || VANCOUVER_SHAPE.test(block.text) || ((block.text.includes('.,') || block.text.includes('. (')) && APA_SHAPE.test(block.text)) || ((block.text.includes('.,') || block.text.includes('. & ')) && NATURE_NAMES_SHAPE.test(block.text)) || (block.text.includes('al.:') && JOURNAL_ET_AL_QUOTED.test(block.text)) || (block.text.includes('arXiv:') && ARXIV_ID.test(block.text)) || (block.text.includes('):') && CHICAGO_TAIL.test(block.text)) || (LAST_BRACKET.test(block.text) && bluebookTail(block.text) !== null) || ((block.text.includes('. 20') || block.text.includes('. 19')) && AUTHOR_YEAR_SHAPE.test(block.text));
    // A block of labelled lines ("Presentation title: …", "Authors: …") is a citation wherever it stands.
    if (!SKIP.has(block.section) && readFieldLines(block.text).length) {
      out.push({ ref: parseReference(block.text), block, number, index: 0 });
      continue;
    }
    // "The views expressed are the author's own. Roe, J. (2031). …": a disclaimer before the reference is no part of it.
    const disclaimed = !blockDois.length && block.text.includes('own.') ? DISCLAIMER_LEAD.exec(block.text) : null;
    if (disclaimed && block.text.length < 1500) {
      const rest = block.text.slice(disclaimed[0].length);
      if (shapedLine(rest) && !LEGAL.test(rest)) {
        out.push({ ref: parseReference(rest), block, number, index: disclaimed[0].length });
        continue;
      }
    }
    // The shape is only read for a cited line (most blocks are not).
    // "Publication information: Title, Journal (2041).": a title and a journal after the label, with no names.
    if (cited && block.text.length < 1500 && (shapedLine(block.text) || isInformationLine(block.text)) && !LEGAL.test(block.text)) {
      // "Original publication:⏎Ref one.⏎Ref two.": each line a whole reference of its own.
      const lines = block.text.includes('\n') ? referenceLines(block.text) : [];
      if (lines.length >= 2) for (const l of lines) out.push({ ref: parseReference(l.text), block, number, index: l.index });
      else out.push({ ref: parseReference(block.text), block, number, index: 0 });
    }
  }
  // A chapter in an edited book is no research paper: the caller drops its reference and its DOI.
  return out;
}

/**
 * The value printed under a bare label block ("Journal" then "Small"), after "Journal:" on one
 * line, or in the second cell of a table row; only in blocks `where` accepts, when given.
 */
export function labelledValue(doc: ReleaseDocument, label: RegExp, where?: (b: Block) => boolean): { value: string; block: Block } | null {
  const blocks = doc.blocks;
  const inlineRe = new RegExp(`^(?:${label.source})\\s*:\\s*(\\S.{0,150})$`, 'i');
  const bareRe = new RegExp(`^(?:${label.source})\\s*:?$`, 'i');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (SKIP.has(b.section) || (where && !where(b))) continue;
    // A table row "Journal | Nature" reads as "Journal: Nature".
    const line = b.kind === 'tableRow' ? b.text.trim().replace('\t', ': ') : b.text.trim();
    const inline = inlineRe.exec(line);
    if (inline) return { value: inline[1]!.trim(), block: b };
    if (bareRe.test(line)) {
      const next = blocks[i + 1];
      if (next && next.text.length <= 150 && !next.text.includes('\n')) return { value: next.text.trim(), block: next };
    }
    // "ARTICLE TITLE⏎Value": the label on the first line of a two-line block (pasted from a web page).
    const cut = line.indexOf('\n');
    if (cut > 0 && cut <= 40 && line.indexOf('\n', cut + 1) < 0 && line.length - cut <= 301 && bareRe.test(line.slice(0, cut).trim())) {
      return { value: line.slice(cut + 1).trim(), block: b };
    }
  }
  return null;
}
