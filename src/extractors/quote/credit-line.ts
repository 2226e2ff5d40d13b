/**
 * A pull quote credited on the paragraph after it, with no dash and no block-quote marks: an
 * HTML `<aside>` or caption whose `<cite>` or `<figcaption>` reads "Professor X, head of …".
 * @packageDocumentation
 */
import { citeLine, type Attribution, type Known } from './attribution.js';
import { isWholeQuote } from './table-row.js';

/** The longest credit line read. */
const MAX_CREDIT = 200;

/**
 * The speaker that `next` credits when `text` is wholly one quotation and `next` is only a
 * person's name with an honorific before it or a role after a comma ("Professor Anselm X, head
 * of the group", "Dr. Y"); else null. A bare name with neither ("Jane Doe") is not read: it may
 * be a signature or a contact; so is a line with a digit (a date line), one that ends in a colon
 * (the preamble of the next quote) or one that holds a quotation mark (it attributes its own quote).
 */
export function creditLine(text: string, next: string, known: Known): Attribution | null {
  // A line that introduces the next quote ("Dr X, role, said:"), carries a quote of its own ("Dr X, role, said: "…"")
  // or carries a date or a number is no credit.
  if (next.length > MAX_CREDIT || /\d|:\s*$|["“”]/.test(next) || !isWholeQuote(text)) return null;
  const found = citeLine(next, known);
  if (!found || found.kind !== 'name') return null;
  return found.offset > next.search(/\S/) || found.role ? found : null;
}
