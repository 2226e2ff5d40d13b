/**
 * Pull quotes: a whole sentence in quotation marks, then a dash and who said it, printed as a
 * display line ("“We did not expect the fish to remember.” – Dr Jane Roe").
 * @packageDocumentation
 */

/**
 * A pull quote line. A headline that quotes ends without a full stop inside the marks, or goes
 * on after them, so it is not one.
 */
const PULL_QUOTE = /^["“„«‘'][^\n"“”„«»]{10,600}[.!?…]["”“»’']\s{0,3}(?:[–—-]{1,2}|\u2015)\s{0,3}\p{Lu}[\p{L}.'’ -]{1,60}$/u;

/** True when `line` is a pull quote: a quoted sentence, a dash, and a name. */
export const isPullQuote = (line: string): boolean => PULL_QUOTE.test(line.trim());
