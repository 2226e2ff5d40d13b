/**
 * A news page's section or category printed after the date of a date line, set apart by a bar or
 * a bullet and joined by an ampersand ("Published 7 October 2036 · Science & Technology",
 * "12 May 2036 | Health & Medicine", "7 October 2036 · Health"): a label of the page, not a place.
 * @packageDocumentation
 */

/** A bar or a bullet between the date and the category, nothing else. */
const BAR_OR_BULLET = /^\s{0,3}[|·•]\s{0,3}$/;

/** Two to five capitalised words of which two or more are joined by an ampersand ("Arts & Culture", "Science & Technology"). */
const AMPERSAND_CATEGORY = /^\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20}){0,2}\s&\s\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20}){0,1}$/u;

/**
 * One word naming a news page's subject section ("Health", "Environment", "Astronomy"): a field of
 * science or of public life, or a word built like one ("-ology", "-ics", "-ment", "-ation").
 * A town's name ("Heidelberg", "Reading", "Florence") is none.
 */
const SECTION_WORD = /^(?:Health|Medicine|Science|Research|Environment|Climate|Energy|Space|Nature|Society|Culture|Education|Technology|Engineering|Agriculture|Astronomy|Wildlife|Oceans?|Earth|Innovation|Business|Economy|Policy|Sustainability|Neuroscience|Biology|Chemistry|Physics|Mathematics|Campus|Arts|Sport|Sports|Food|Water|Life|Planet|People|Discovery|Insights|Features?|News|Stories|Opinion|Spotlight|\p{Lu}\p{Ll}{2,16}(?:ology|ics|ment|ation))$/u;

/**
 * True when `tail`, the text after a date line's date with its edge separators trimmed, is a
 * page's category joined by an ampersand or one word naming a subject section, and `gap`, the text between the date and it, is only a
 * bar or a bullet.
 */
export function isCategoryTail(gap: string, tail: string): boolean {
  return BAR_OR_BULLET.test(gap) && (AMPERSAND_CATEGORY.test(tail) || SECTION_WORD.test(tail));
}
