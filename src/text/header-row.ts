/**
 * A table of two rows, a header row of labels over one row of values, read as one
 * "Label: value" line per column: the shape both a release's head fields ("Release date |
 * Embargo") and a citation's fields ("Authors | Title | Journal | DOI") are printed in.
 * @packageDocumentation
 */

/**
 * The "Label: value" lines of the columns whose header cells `head` all pass `isLabel` and whose
 * `values` are as many, columns with an empty value left out; null when the rows do not match.
 */
export function headerRowLines(head: readonly string[], values: readonly string[], isLabel: (cell: string) => boolean, maxColumns = Infinity): string[] | null {
  if (head.length < 2 || head.length > maxColumns || head.length !== values.length || !head.every(isLabel)) return null;
  return head.map((label, k) => `${label}: ${values[k]!}`).filter((_, k) => values[k]!.length > 0);
}
