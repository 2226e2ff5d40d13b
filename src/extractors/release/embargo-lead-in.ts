/**
 * An embargo set in bold as the lead-in of the lead's paragraph ("**Embargoed until 4 March 2031,
 * 17:00 CET** **GENEVA**, 2 March 2031 — …"): the dateline follows the bold span, not the paragraph's start.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { findEmbargoKey } from '../../text/embargo-words.js';
import { findDates } from '../../text/dates.js';

/**
 * The text of `b` after a bold or italic span that opens it and states an embargo with a date
 * ("Embargoed until 4 March 2031, 17:00 CET"); null when no such span opens the block or nothing
 * follows it.
 */
export function afterEmbargoLeadIn(b: Block): string | null {
  const span = b.emphasis[0]?.trim();
  if (!span || span.length > 120 || !b.text.startsWith(span)) return null;
  const key = findEmbargoKey(span);
  if (!key || key.index > 3 || findDates(span).length === 0) return null;
  const rest = b.text.slice(span.length).replace(/^[\s:.,;–—-]+/, '');
  return rest.length > 0 ? rest : null;
}
