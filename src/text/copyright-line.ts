/**
 * A page's copyright notice ("© 2031 Kestrel Bay Health", "Copyright © 2031 X", "(c) 2031 X. All rights reserved."):
 * the mark or the word with a mark or a year opens the line.
 */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s{0,2}(?:19|20)\d\d\b|copyright\s{0,3}(?:©|\(c\)|(?:19|20)\d\d\b))/i;

/**
 * True for a short line that is a page's copyright notice, which a footer prints and which is no title.
 *
 * @param line - One line of text, trimmed or not.
 */
export function isCopyrightLine(line: string): boolean {
  const l = line.trim();
  return l.length <= 200 && COPYRIGHT_LINE.test(l);
}
