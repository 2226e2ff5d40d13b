/**
 * A release's head fields printed together: a row of labelled parts set apart by bars
 * ("Date: 4 March 2037 | Location: York, UK | Embargo: 4 March 2037, 00:01 GMT"), or a
 * Markdown table whose header row names the fields over one row of their values
 * ("| Release date | Embargo |" over "| 4 March 2037 | 5 March 2037, 16:00 GMT |"). Both are
 * read as one "Label: value" line per field, so each field is read on its own: the date line's
 * date is not taken from the embargo's cell, and the place from its own label.
 * @packageDocumentation
 */
import { headerRowLines } from '../../text/header-row.js';

/** The fields of a head block, one "Label: value" line each, and the place a field names. */
export interface FieldSet {
  /** One "Label: value" line per field, in printed order. */
  lines: string[];
  /** The value of a field labelled as the release's place ("Location:", "Place:", "Dateline:"), else null. */
  place: string | null;
}

/** The most fields a row or table of head fields holds. */
const MAX_FIELDS = 6;
/** A field's label: one to three words, no digits. */
const LABEL = /^\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,2}$/u;
/** One labelled part of a row: a label, a colon, a value. */
const PART = /^(\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,2})\s{0,2}:\s{0,3}(\S.*)$/u;
/** The bar between two parts of a row, spaced. */
const BAR = /\s{1,3}\|\s{1,3}/;
/** The separator row of a Markdown table ("|---|:---:|"). */
const SEPARATOR_ROW = /^\|?\s{0,3}:?-{3,}:?\s{0,3}(?:\|\s{0,3}:?-{3,}:?\s{0,3})+\|?$/;
/** The label of a field that names the release's place. */
const PLACE_LABEL = /^(?:location|place|dateline)$/i;
/** A place as a field prints it: capitalised words, perhaps with a region after a comma ("York, UK", "Halifax, Nova Scotia"). */
const PLACE_VALUE = /^\p{Lu}[\p{L}'’.-]*(?:[\s,]{1,2}\p{L}[\p{L}'’.-]*){0,4}$/u;

/** The cells of a Markdown table row ("| a | b |"), trimmed; null when the line is no row. */
function cells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  return t.slice(1, -1).split('|').map((c) => c.trim());
}

/** The "Label: value" lines of a table with a header row over one row of values, else null. */
function tableLines(lines: readonly string[]): string[] | null {
  if (lines.length !== 3 || !SEPARATOR_ROW.test(lines[1]!.trim())) return null;
  const head = cells(lines[0]!);
  const values = cells(lines[2]!);
  return head && values ? headerRowLines(head, values, (h) => LABEL.test(h), MAX_FIELDS) : null;
}

/** The lines of a row whose every part between spaced bars is labelled, else null. */
function rowLines(text: string): string[] | null {
  if (text.includes('\n') || text.length > 300) return null;
  const parts = text.trim().split(BAR);
  if (parts.length < 2 || parts.length > MAX_FIELDS) return null;
  const lines: string[] = [];
  for (const part of parts) {
    const m = PART.exec(part.trim());
    if (!m) return null;
    lines.push(`${m[1]!}: ${m[2]!.trim()}`);
  }
  return lines;
}

/** The place a field set names under a place label, else null. */
function placeOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const at = line.indexOf(':');
    if (!PLACE_LABEL.test(line.slice(0, at).trim())) continue;
    const value = line.slice(at + 1).trim().replace(/[.;,]$/, '');
    if (value.length <= 60 && PLACE_VALUE.test(value)) return value;
  }
  return null;
}

/**
 * Reads a head block printed as a set of fields: a row of labelled parts between bars, or a
 * Markdown table of a header row over one row of values; null for any other block.
 */
export function readFieldSet(text: string): FieldSet | null {
  const lines = text.includes('\n') ? tableLines(text.trim().split('\n')) : rowLines(text);
  if (!lines || lines.length < 2) return null;
  return { lines, place: placeOf(lines) };
}
