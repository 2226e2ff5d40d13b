/**
 * A generational suffix set off by a comma after an APA name's initials ("Roe, W. D., Jr.,",
 * "Lim, H. L., III."): APA prints it as an item of its own, so it would read as a name or a title.
 * @packageDocumentation
 */

/**
 * An initial's full stop, a comma, then "Jr."/"Sr." or a Roman numeral II–IV and its own stop, before a
 * comma, a space or the end; group 1 is the initial's stop kept.
 */
const SUFFIX_AFTER_INITIALS = /(?<=\p{Lu})(\.),\s(?:Jr|Sr|II|III|IV)\.?(?=,|\s|$)/gu;

/**
 * Drops the generational suffixes that follow initials in an APA list ("Castellane, W. D., Jr.,
 * Lim, F., & Roe, H. L., III. (2031)" → "Castellane, W. D., Lim, F., & Roe, H. L. (2031)"); other
 * text is returned as it was.
 */
export function dropInitialsSuffixes(text: string): string {
  if (!text.includes('Jr') && !text.includes('Sr') && !text.includes('I')) return text;
  return text.replace(SUFFIX_AFTER_INITIALS, '$1');
}
