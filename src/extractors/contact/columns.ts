/**
 * Contacts printed side by side in one block, their fields paired by slashes
 * ("Jane Roe / Ann Poe", "555-0100 / 555-0101", "jr@x.gov / ap@x.gov") or set in columns by
 * wide gaps of spaces or tabs (plain text from a two-column layout), read back as one person
 * after the other.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { asPersonName } from './person-name.js';
import { findEmails } from './emails.js';
import { findPhones } from './phones.js';
import { isExcludedLabel } from './labels.js';

/** One line of a contacts block with its block (the shape of a region's lines). */
interface Line {
  block: Block;
  text: string;
}

/** The spaced slash that separates the columns of a line. */
const SLASH = /\s\/\s/;

/** The most people one line of slash-paired names is read as. */
const MAX_COLUMNS = 6;

/** The parts of `text` between spaced slashes, trimmed; one part when there is no such slash. */
const partsOf = (text: string): string[] => text.split(SLASH).map((p) => p.trim());

/** The gap between two columns of plain text: three or more spaces, or tabs. */
const WIDE_GAP = / {3,}|\t+/;

/** The fewest lines a block of wide-gap columns has (a name, then its data). */
const MIN_WIDE_ROWS = 3;

/** The parts of `text` between wide gaps, trimmed, without empty parts. */
const widePartsOf = (text: string): string[] => text.split(WIDE_GAP).map((p) => p.trim()).filter((p) => p !== '');

/** True when every part holds one email address, or every part one phone number ("a@x.nl   b@y.de"). */
function allData(parts: readonly string[]): boolean {
  return parts.every((p) => findEmails(p).length === 1) || parts.every((p) => findPhones(p).length === 1);
}

/** True when `b` continues `a`'s columns: the same block, or the next row of one table ("Name A | Name B", then "email A | email B"). */
const sameTable = (a: Block, b: Block): boolean => a === b || (a.kind === 'tableRow' && b.kind === 'tableRow' && b.index === a.index + 1);

/**
 * Reorders lines set in columns by wide gaps or table cells: a run of at least {@link MIN_WIDE_ROWS} lines of
 * one block (or of consecutive rows of one table) with the same number of parts, one of them only emails or only phones (so a table
 * with one person per row is left alone), is read column after column; a column headed by a label
 * that is no media contact ("Investor Contact") is dropped when another column is kept.
 */
function unfoldWide<L extends Line>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const k = head.text.includes('   ') || head.text.includes('\t') ? widePartsOf(head.text).length : 1;
    let j = i + 1;
    if (k >= 2 && k <= MAX_COLUMNS) {
      while (j < lines.length && sameTable(lines[j - 1]!.block, lines[j]!.block) && widePartsOf(lines[j]!.text).length === k) j++;
    }
    const rows = lines.slice(i, j).map((l) => widePartsOf(l.text));
    if (j - i < MIN_WIDE_ROWS || !rows.some(allData)) {
      // Every run opening inside this one ends where it ends, with fewer rows and the same
      // parts: none can qualify, so its lines go out as they are (one pass, not one per line).
      for (let r = i; r < j; r++) out.push(lines[r]!);
      i = j - 1;
      continue;
    }
    // A column headed by a label that is no media contact ("Investor Contact   Media Contact") is left out.
    const heads = rows[0]!;
    const kept = heads.filter((h) => !isExcludedLabel(h)).length;
    for (let n = 0; n < k; n++) {
      if (kept > 0 && isExcludedLabel(heads[n]!)) continue;
      for (let r = 0; r < rows.length; r++) out.push({ ...lines[i + r]!, text: rows[r]![n]! });
    }
    i = j - 1;
  }
  return out;
}

/**
 * Reorders `lines` so that people printed side by side come one after the other. A line
 * whose spaced-slash parts are all people's names opens the columns; the following lines of
 * the same block with as many parts give each person their part, and a line without slashes
 * (an organisation) is given to every person. Lines are returned unchanged otherwise.
 */
export function unfoldColumns<L extends Line>(lines0: readonly L[]): L[] {
  const wide = lines0.some((l) => l.text.includes('   ') || l.text.includes('\t'));
  const lines = wide ? unfoldWide(lines0) : lines0;
  if (!lines.some((l) => l.text.includes(' / '))) return lines as L[]; // cheap test: no spaced slash, no columns
  const out: L[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const names = head.text.includes(' / ') ? partsOf(head.text) : [];
    const k = names.length;
    if (k < 2 || k > MAX_COLUMNS || !names.every((n) => asPersonName(n) !== null)) {
      out.push(head);
      continue;
    }
    const columns: L[][] = names.map((n) => [{ ...head, text: n }]);
    let j = i + 1;
    for (; j < lines.length && lines[j]!.block === head.block; j++) {
      const line = lines[j]!;
      const parts = line.text.includes(' / ') ? partsOf(line.text) : [line.text];
      if (parts.length !== 1 && parts.length !== k) break; // another layout: stop pairing here
      if (parts.length === 1 && asPersonName(line.text) !== null) break; // the next person
      columns.forEach((c, n) => c.push({ ...line, text: parts.length === 1 ? line.text : parts[n]! }));
    }
    for (const c of columns) out.push(...c);
    i = j - 1;
  }
  return out;
}
