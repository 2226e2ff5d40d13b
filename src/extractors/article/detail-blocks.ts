/**
 * Paper details printed one field a block under a heading, as Springer Nature and many
 * institutes print them: "Article details" then the title on its own line; "Corresponding
 * author:" then the name on the next line.
 * @packageDocumentation
 */
import type { Block, Person, ReleaseDocument } from '../../types.js';
import { dropAffiliationMarks, parseNameList } from './name-list.js';
import { namesByLine } from './authors.js';

/** A heading that opens the details of the reported paper. */
const DETAILS_HEADING =
  /^(?:(?:article|paper|publication|study|research|bibliographic)\s+(?:details|information|info|data)|(?:original|scientific)\s+(?:publication|article|paper)|publication|sources?|(?:the\s+)?(?:paper|article)|reference|read\s+the\s+(?:full\s+)?(?:paper|article|study))\s*:?$/i;

/** A label block whose value is the next block: "Corresponding author:", "Authors:". */
const AUTHOR_LABEL = /^(?:(?:co-?)?(?:corresponding|lead|first|senior|last)\s+)?authors?(?:\s?\(s\))?\s*:?$/i;

/**
 * What a title line never holds: a link, an address, a DOI, a label, a sentence's full stop, or
 * an attribution label opening it ("Issued by:", "Story by:").
 */
const NOT_TITLE = /https?:|www\.|@|\b10\.\d{4,9}\/|\bdoi\b|:$|[.;,]$|^(?:\p{L}+\s){0,2}by\s?:/iu;

/** The blocks a details part is read from: not boilerplate or contacts. */
const readable = (b: Block | undefined): b is Block => Boolean(b) && b!.section !== 'boilerplate' && b!.section !== 'contacts';

/** The title printed on its own line right under a details heading, else null. */
export function detailsTitle(doc: ReleaseDocument): { title: string; block: Block } | null {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    // "Article details⏎Title⏎DOI: …" in one block (plain text): the heading is the block's first line, the title its second.
    const cut = head.text.length > 40 && head.text.charCodeAt(0) !== 10 ? head.text.slice(0, 41).indexOf('\n') : -1;
    const inBlock = cut > 0 && readable(head) && DETAILS_HEADING.test(head.text.slice(0, cut).trim());
    if (!inBlock && (head.text.length > 40 || !DETAILS_HEADING.test(head.text.trim()))) continue;
    // "Home › News › Article" over the headline: a page's breadcrumb trail, not a details heading.
    if (head.section === 'front') continue;
    const next = inBlock ? head : blocks[i + 1];
    if (!readable(next) || next.section === 'headline' || (!inBlock && next.text.includes('\n'))) continue;
    const line = inBlock ? head.text.slice(cut + 1).split('\n', 1)[0]!.trim() : next.text.trim();
    const words = line.split(/\s+/).length;
    if (words < 4 || words > 40 || NOT_TITLE.test(line) || !/^[\p{Lu}\d“"‘]/u.test(line)) continue;
    // A list of names is the authors, not the title.
    if (parseNameList(line).length >= 2) continue;
    return { title: line.replace(/^[“"‘]|[”"’]$/g, ''), block: next };
  }
  return null;
}

/** A line that is a journal's name and a date only: "Annals of Neurology, 14 April 2031". */
const JOURNAL_DATE_LINE =
  /^([^,\d]{3,80}),\s(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s(?:\d{1,2},?\s)?((?:19|20)\d{2})\.?$/i;

/**
 * The parts printed one a paragraph under a details heading, after the title block: the
 * authors on the next line (two or more names, affiliation numbers dropped, nothing else on
 * it) and, within the next few blocks, a line of the journal's name and a date, whose year is
 * the paper's ("Title⏎⏎A Roe1, K Lim1,2⏎⏎1 Institute …⏎⏎Journal, 14 April 2031").
 */
export function detailsParts(doc: ReleaseDocument, titleBlock: Block): { authors: Person[]; journal: string | null; year: number | null } {
  const blocks = doc.blocks;
  const at = blocks.indexOf(titleBlock);
  const out: { authors: Person[]; journal: string | null; year: number | null } = { authors: [], journal: null, year: null };
  const next = blocks[at + 1];
  if (at < 0 || !readable(next) || next.text.includes('\n') || next.text.includes('@') || next.text.length > 400) return out;
  const line = dropAffiliationMarks(next.text.trim()).replace(/[.;]$/, '');
  const names = parseNameList(line);
  const letters = line.replace(/\band\b|[^\p{L}]/gu, '').length;
  const used = names.reduce((n, x) => n + x.text.replace(/[^\p{L}]/gu, '').length, 0);
  if (names.length < 2 || used / Math.max(1, letters) < 0.9) return out;
  out.authors = names.map((n) => n.person);
  for (let j = at + 2; j < blocks.length && j <= at + 6; j++) {
    const b = blocks[j]!;
    if (!readable(b)) break;
    const m = JOURNAL_DATE_LINE.exec(b.text.trim());
    if (m) {
      out.journal = m[1]!.trim();
      out.year = Number(m[2]);
      break;
    }
  }
  return out;
}

/** The people named on the line under an author label block ("Corresponding Author:"). */
export function labelledAuthors(doc: ReleaseDocument): { people: Person[]; block: Block }[] {
  const out: { people: Person[]; block: Block }[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length && out.length < 4; i++) {
    const b = blocks[i]!;
    if (b.section === 'boilerplate') continue;
    // "Corresponding Author:⏎Jane Roe⏎University of X" in one block (plain text): the lines under the label.
    const head = b.text.length > 40 ? b.text.slice(0, 41) : '';
    const cut = head.includes('uthor') ? head.indexOf('\n') : -1;
    const under = cut > 0 && cut <= 40 && AUTHOR_LABEL.test(b.text.slice(0, cut).trim()) ? b.text.slice(cut + 1) : null;
    if (under === null && (b.text.length > 40 || !AUTHOR_LABEL.test(b.text.trim()))) continue;
    const next = under === null ? blocks[i + 1] : b;
    if (!next || next.section === 'boilerplate') continue;
    const text = under ?? next.text;
    // One line of names, or one name a line with its affiliation; an e-mail line ends them.
    const lines = text.split('\n');
    const first = lines[0]!.replace(/\s*\([^()]{0,200}\)/g, '');
    if (first.length > 400 || first.includes('@')) continue;
    const byLine = lines.length > 1 ? namesByLine(text) : [];
    const listed = under === null && next.inList && !next.text.includes('\n') ? listedAuthors(blocks, i + 1) : [];
    const people = byLine.length > 1 ? byLine : listed.length > 1 ? listed : parseNameList(first).map((n) => n.person);
    if (people.length) out.push({ people, block: next });
  }
  return out;
}

/** "Name (role), Department, University" at the start of a list item: the name before its first comma or bracket. */
const ITEM_NAME = /^([^,(;:]{3,60}?)\s*[,(]/;

/** One author a list item, each with its affiliation ("Jane Roe, Department of X, University of Y"), from `start` on. */
function listedAuthors(blocks: readonly Block[], start: number): Person[] {
  const out: Person[] = [];
  for (let j = start; j < blocks.length && j < start + 60; j++) {
    const b = blocks[j]!;
    if (!b.inList || b.section === 'boilerplate' || b.text.includes('@')) break;
    const m = ITEM_NAME.exec(b.text.trim());
    const names = m ? parseNameList(m[1]!) : [];
    if (names.length !== 1) return [];
    out.push(names[0]!.person);
  }
  return out;
}
