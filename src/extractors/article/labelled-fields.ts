/**
 * Citation blocks printed as labelled fields, one a line: "Journal: X", "Title: Y",
 * "Authors: A, B and C", "DOI: 10.…", "Research: Title", "Presentation title: …".
 * @packageDocumentation
 */
import { readBibtexLines } from './bibtex-fields.js';
import { splitInlineFields } from './inline-fields.js';

/** What a labelled line gives. */
export type FieldKind = 'title' | 'paper' | 'authors' | 'journal' | 'doi' | 'numbers';

/** One labelled line of a citation block. */
export interface FieldLine {
  kind: FieldKind;
  /** True for a label that names a paper's title outright ("Paper title:", "Presentation title:"). */
  explicit: boolean;
  /** The label as printed, lower case ("paper title", "doi"). */
  label: string;
  value: string;
}

/**
 * A line that opens with a citation label and a colon (markdown emphasis around the label
 * already removed), perhaps after a list mark ("※ Paper title: …", "■ DOI: …", as offices in
 * East Asia print them). Group 1 is the label, group 2 the value.
 */
const FIELD_LINE =
  /^[\s*_]{0,4}(?:[※■□◆◇●▶►•▪]\s{0,2})?((?:(?:article|paper|study|presentation|abstract|poster|talk|research|publication)\s+)?title(?:\s+of\s+(?:the\s+)?(?:paper|article|study|presentation|abstract|poster))?|research(?:\s+(?:paper|article))?|study|paper|article|preprint|publication|original\s+(?:article|paper|publication|research)|(?:(?:co-?)?(?:corresponding|lead|first|senior|last)\s+)?authors?(?:\s?\(s\))?|journal(?:\s{0,2},\s{0,2}(?:date|year|volume|issue))*,?\s{1,3}and\s{1,3}doi|journal|titolo|autori|rivista|published\s+in|published(?:\s+(?:online|on))?|doi|volume|issue|pages?|year)[*_]{0,2}[ \t]{0,3}:[*_]{0,2}[ \t]{0,3}(\S[^\n]{0,600})$/i;

/** The value of a "Journal, date, and DOI:" line: group 1 the journal, group 2 what stands before the DOI (its date), group 3 the DOI. */
const JOINT_JOURNAL_DOI = /^([^,\n]{2,120}),([^\n]{0,80}?),?\s{0,3}(?:doi\s{0,2}:?\s{0,3})?((?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+)\s*$/i;

/** A line that opens with a volume and no colon ("Volume 14, Article number 388 (2031)"): the label is "volume". */
const VOLUME_LINE = /^[\s*_]{0,4}(volume|vol\.)[*_]{0,2}[ \t]{1,3}(\d{1,5}(?:,?[ \t][^\n]{0,200})?)$/i;

/**
 * A line of a meeting presentation's details ("Abstract number: CT118", "Session: …",
 * "Presenter: …"): beside one, a bare "Title:" names the presentation.
 */
const PRESENTATION_LINE = /^[\s*_]{0,4}(?:abstract\s(?:number|no\.?|#)|session(?:\stitle)?|presenter|presenting\sauthor|poster\s(?:number|board))[*_]{0,2}[ \t]{0,3}:/im;

/** The kind of field a label names. */
function kindOf(label: string): { kind: FieldKind; explicit: boolean } {
  const l = label.toLowerCase();
  // Italian labels, as Italian offices print them ("Titolo:", "Autori:", "Rivista:").
  if (l === 'titolo') return { kind: 'title', explicit: false };
  if (l === 'autori') return { kind: 'authors', explicit: true };
  if (l === 'rivista') return { kind: 'journal', explicit: true };
  // A bare "Title:" (a webinar's, a job's) names a paper only beside other citation fields.
  if (l.includes('title')) return { kind: 'title', explicit: l !== 'title' };
  if (l.includes('author')) return { kind: 'authors', explicit: true };
  if (l === 'journal' || l === 'published in') return { kind: 'journal', explicit: true };
  if (l === 'doi') return { kind: 'doi', explicit: true };
  if (/^(?:volume|issue|pages?|year)$/.test(l)) return { kind: 'numbers', explicit: true };
  // "Published: 6 June 2036, Volume 70, Issue 23" (a citation table's row): the paper's date and numbers.
  if (l.startsWith('published')) return { kind: 'numbers', explicit: false };
  return { kind: 'paper', explicit: false };
}

/**
 * True for a block that is a citation label alone, without its colon or value ("Journal",
 * "DOI", "Authors", "Title:"), as a definition list's term prints it.
 */
export function isFieldLabel(text: string): boolean {
  const t = text.trim().replace(/:$/, '');
  return t.length > 0 && t.length <= 40 && !t.includes(':') && !t.includes('\n') && FIELD_LINE.test(`${t}: x`);
}

/** A title's tail naming its journal in guillemets and perhaps its year (" – «Current Biology» – 2038"). */
const TITLE_TAIL = /\s[–—-]\s«([^«»\n]{2,120})»(?:\s?[,–—-]\s?((?:19|20)\d\d))?\s*\.?$/;

/** True for one line that opens with a citation label and its colon ("Title: …", "Autori: …"). */
export function isFieldLine(line: string): boolean {
  return !line.includes('\n') && FIELD_LINE.test(line);
}

/** At most this many lines of a block are read (no citation block prints more). */
const MAX_LINES = 40;

/**
 * The labelled lines of a citation block, in order; empty unless the block prints at least
 * two of them, or one paper's title label ("Paper title:", "Presentation title:") among other lines.
 */
export function readFieldLines(printed: string): FieldLine[] {
  // "Title: … Authors: … DOI: …": fields a scrape ran onto one line are read one a line.
  const text = splitInlineFields(printed);
  // "TI  - Title" lines (RIS, as reference managers export it).
  if (text.includes('  - ') && text.includes('\n')) {
    const ris = readRisLines(text);
    if (ris.length >= 2) return ris;
  }
  // "author = {Roe, Jane and Lim, Ken}" lines (a BibTeX entry).
  if (text.includes('@') && text.includes('=')) {
    const bib = readBibtexLines(text);
    if (bib.length) return bib;
  }
  // Every field line holds a colon; a block of one line is read by the caller's label rules.
  if (!text.includes(':') || !text.includes('\n')) return [];
  const out: FieldLine[] = [];
  const lines = text.split('\n', MAX_LINES);
  for (const line of lines) {
    const m = FIELD_LINE.exec(line) ?? VOLUME_LINE.exec(line);
    if (!m) continue;
    const label = m[1]!.trim().toLowerCase().replace(/^vol\.$/, 'volume');
    const value = m[2]!.trim();
    const kind = kindOf(label);
    // "Titolo: Title – «Journal» – 2038": the journal in guillemets and the year ride on the title's line.
    const tail = kind.kind === 'title' ? TITLE_TAIL.exec(value) : null;
    if (tail) {
      out.push({ ...kind, label, value: value.slice(0, tail.index).trim() });
      out.push({ kind: 'journal', explicit: true, label: 'journal', value: tail[1]!.trim() });
      if (tail[2]) out.push({ kind: 'numbers', explicit: true, label: 'year', value: tail[2] });
      continue;
    }
    // "Journal, date, and DOI: *Journal*, March 11, 2040, DOI: 10.…": one line of three fields.
    const joint = label.startsWith('journal') && label.endsWith('doi') ? JOINT_JOURNAL_DOI.exec(value) : null;
    if (joint) {
      out.push({ kind: 'journal', explicit: true, label: 'journal', value: joint[1]!.replace(/[*_]/g, '').trim() });
      const year = /\b(?:19|20)\d{2}\b/.exec(joint[2]!);
      if (year) out.push({ kind: 'numbers', explicit: true, label: 'year', value: year[0] });
      out.push({ kind: 'doi', explicit: true, label: 'doi', value: joint[3]!.trim() });
      continue;
    }
    out.push({ ...kind, label, value });
  }
  // "Abstract number: CT118 / Session: … / Title: …": the bare title is the presentation's.
  if (out.length === 1 && out[0]!.kind === 'title' && PRESENTATION_LINE.test(text)) out[0] = { ...out[0]!, explicit: true };
  // "Author: X / Published: March 4, 2040" under a headline: the story's byline and date, no paper's fields.
  if (out.every((f) => f.label === 'author' || f.label.startsWith('published'))) return [];
  if (out.length >= 2 || out.some((f) => f.kind === 'title' && f.explicit)) return out;
  // "Research: Title" above its DOI line.
  if (out.length === 1 && out[0]!.kind === 'paper' && /\b10\.\d{4,9}\//.test(text)) return out;
  return [];
}

/** The lines of a citation block that open with no label ("Title. A, B, C." under "Publication: Journal"), not empty. */
export function unlabelledLines(text: string): string[] {
  return text
    .split('\n', MAX_LINES)
    .filter((line) => line.trim() && !FIELD_LINE.test(line) && !VOLUME_LINE.test(line) && !RIS_LINE.test(line))
    .map((line) => line.trim());
}

/** One RIS line: a two-character tag, two spaces, a hyphen, the value. */
const RIS_LINE = /^\s{0,4}([A-Z][A-Z0-9])\s{1,2}-\s{1,3}(\S[^\n]{0,600})$/;

/** RIS tags and the field each gives. */
const RIS_FIELDS: Record<string, { kind: FieldKind; label: string }> = {
  TI: { kind: 'title', label: 'title' },
  T1: { kind: 'title', label: 'title' },
  AU: { kind: 'authors', label: 'author' },
  A1: { kind: 'authors', label: 'author' },
  JO: { kind: 'journal', label: 'journal' },
  JF: { kind: 'journal', label: 'journal' },
  T2: { kind: 'journal', label: 'journal' },
  DO: { kind: 'doi', label: 'doi' },
  VL: { kind: 'numbers', label: 'volume' },
  IS: { kind: 'numbers', label: 'issue' },
  PY: { kind: 'numbers', label: 'year' },
  Y1: { kind: 'numbers', label: 'year' },
};

/**
 * The fields of a reference printed as RIS lines ("TI  - Title", "AU  - Roe, Jane",
 * "SP  - 201", "EP  - 229"); "Family, Given" authors are turned to "Given Family".
 */
function readRisLines(text: string): FieldLine[] {
  const out: FieldLine[] = [];
  let start: string | null = null;
  let end: string | null = null;
  for (const line of text.split('\n', MAX_LINES)) {
    const m = RIS_LINE.exec(line);
    if (!m) continue;
    const tag = m[1]!;
    const value = m[2]!.trim();
    if (tag === 'SP') start = value;
    else if (tag === 'EP') end = value;
    const f = RIS_FIELDS[tag];
    if (!f) continue;
    // "Mokoena, Naledi": family name, comma, given names.
    const v = f.kind === 'authors' ? value.replace(/^([^,]{1,60}),\s([^,]{1,60})$/, '$2 $1') : f.label === 'year' ? value.slice(0, 4) : value;
    // A journal's abbreviated name (JA) never replaces its full one.
    if (f.kind === 'journal' && out.some((x) => x.kind === 'journal')) continue;
    out.push({ kind: f.kind, explicit: f.kind === 'title', label: f.label, value: v });
  }
  if (start) out.push({ kind: 'numbers', explicit: true, label: 'pages', value: end ? `${start}-${end}` : start });
  return out;
}
