/**
 * The words that announce an embargo, shared by the section parser and the release extractor.
 * @packageDocumentation
 */

/** The words that announce an embargo, also the German "Sperrfrist" and the Finnish "Julkaisuvapaa" ("free to publish from") ("pre-embargo" and "embargoed copies" are filtered by the date rule). */
export const EMBARGO_KEY =
  /(?<![\p{L}-])(?:(?:under\s{1,3}(?:strict\s{1,3})?)?embargo(?:ed)?|sperrfrist|julkaisuvapaa|(?:strictly\s{1,3})?not\s{1,3}(?:for|to\s{1,3}be)\s{1,3}(?:release|publication|broadcast|published|released|broadcast)\s{1,3}(?:before|until|till)|hold\s{1,3}for\s{1,3}release|for\s{1,3}release\s{1,3}(?:after|not\s{1,3}before)|for\s{1,3}(?:release|publication)\s{0,3}(?:at|:)(?=\s{0,3}\d{1,2}(?:[:.]\d{2}|\s{0,2}[ap]\.?m(?![\p{L}]))))(?![\p{L}])/iu;

/**
 * Words one of which every match of {@link EMBARGO_KEY} holds ("embargo", "sperrfrist", "julkaisuvapaa", or the
 * "release", "publication", "published" or "broadcast" its other forms end in). None of their letters has
 * a case-folding partner outside ASCII, so ASCII case-insensitive matching misses no match.
 */
const EMBARGO_HINT = /embargo|relea|publi|broadca|sperrfrist|julkaisuvapaa/i;

/** The first match of {@link EMBARGO_KEY} in `text`, or null; text without a hint word is not scanned. */
export function findEmbargoKey(text: string): RegExpExecArray | null {
  return EMBARGO_HINT.test(text) ? EMBARGO_KEY.exec(text) : null;
}
