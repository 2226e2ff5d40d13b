/**
 * A citation printed as a table of columns: a header row of labels ("Authors | Title |
 * Journal | DOI") over one row of values, read as one "Label: value" line per column.
 * @packageDocumentation
 */
import { headerRowLines } from '../../text/header-row.js';

/** A header cell that can be a label: short, with no digit and no sentence stop inside. */
const LABEL_CELL = /^[\p{L}][\p{L} ()'’-]{0,29}$/u;

/**
 * The "Label: value" lines of a table whose first row holds only labels and whose second and
 * last row holds as many values, or null for any other table (a row of labels and values
 * each, "Title | …", is read as it stands).
 */
export function columnTableLines(rows: readonly string[]): string[] | null {
  if (rows.length !== 2) return null;
  const head = rows[0]!.trim().split('\t').map((c) => c.trim());
  const values = rows[1]!.trim().split('\t').map((c) => c.trim());
  return headerRowLines(head, values, (c) => LABEL_CELL.test(c));
}
