/**
 * The verb of publication that follows a paper's title set off by commas ("…", published today
 * in …; *Title*, which was published in …; "Title", written with co-authors …): shared by the
 * title reader, which takes the span as a title, and the quote reader, which then takes it as
 * no speech.
 * @packageDocumentation
 */

/**
 * A comma, then a verb of publication or of authorship, perhaps after "which was", "is now", "has
 * been": ", was published", ", which is now published", ", appearing", ", posted", ", out today",
 * ", available", ", accepted", ", co-authored with", ", written by".
 */
export const PUBLISHED_AFTER_COMMA = new RegExp(
  `^,\\s*(?:(?:which\\s+|that\\s+)?(?:was|is|has\\s+been|will\\s+be)\\s+)?(?:recently\\s+|just\\s+|now\\s+|first\\s+)?` +
    `(?:published|appears?|appeared|posted|out\\s+(?:now|today)|available|accepted|(?:co-?)?authored\\s+(?:with|by)|written\\s+(?:with|by))\\b`,
);

/** True when `after`, the text right after a title's closing mark, opens with such a verb, with a comma before it or not. */
export function publishedAfter(after: string): boolean {
  return PUBLISHED_AFTER_COMMA.test(`,${after.replace(/^\s{0,3},/, '')}`);
}
