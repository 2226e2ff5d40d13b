/**
 * The words that announce an embargo, shared by the section parser and the release extractor.
 * @packageDocumentation
 */

/** The words that announce an embargo ("pre-embargo" and "embargoed copies" are filtered by the date rule). */
export const EMBARGO_KEY =
  /(?<![\p{L}-])(?:(?:under\s{1,3}(?:strict\s{1,3})?)?embargo(?:ed)?|(?:strictly\s{1,3})?not\s{1,3}(?:for|to\s{1,3}be)\s{1,3}(?:release|publication|broadcast|published|released|broadcast)\s{1,3}(?:before|until|till)|hold\s{1,3}for\s{1,3}release|for\s{1,3}release\s{1,3}(?:after|not\s{1,3}before))(?![\p{L}])/iu;
