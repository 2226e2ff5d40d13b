/**
 * The release's own date printed after its embargo on the same line, once a page's line break
 * between them was lost ("Embargoed until 4 March 2037 00:01 GMT Published 3 March 2037").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';
import { readEmbargo } from './embargo.js';

/** The label of the release's date after the embargo, with an optional separator before it. */
const TAIL_LABEL = /^\s{0,3}[|·•,;.–—-]?\s{0,3}(?:first\s{1,3})?(?:published|issued|released|posted)(?:\s{1,3}on)?\s{0,3}:?\s{0,3}/i;

/**
 * The date after an embargo that opens the line, when a "Published", "Issued", "Released" or
 * "Posted" label introduces it and nothing but the date follows; null for any other line.
 */
export function readEmbargoTailDate(line: string): DateMatch | null {
  if (line.length > 200 || line.includes('\n')) return null;
  const embargo = readEmbargo(line);
  if (!embargo?.ok || embargo.index > 3) return null;
  const rest = line.slice(embargo.end);
  const label = TAIL_LABEL.exec(rest);
  if (!label) return null;
  const after = rest.slice(label[0].length);
  const d = findDates(after, { numeric: true })[0];
  if (!d || d.index !== 0 || d.year === null || !/^[\s.]{0,3}$/.test(after.slice(d.end))) return null;
  return d;
}
