/**
 * The Romance "for X," opening a quote ("Para a investigadora X, «…»", "Para el profesor X,
 * “…”", "Pour X, « … »"): the sentence up to the quote holds only the
 * preposition, an optional article and lower-case role words, the person's name, and an
 * optional apposition of lower-case words ("Para X, estudiante de doctorado y coautor, “…”").
 * @packageDocumentation
 */

/**
 * Matches the whole narration before a quote when it is "Para|Pour [article] [role words]
 * Name, [role],": group 1 is everything before the name, group 2 the name.
 */
export const ROMANCE_FOR_PERSON =
  /^(\s{0,3}(?:Para|Pour)\s+(?:(?:o|a|el|la|le)\s+)?(?:\p{Ll}[\p{Ll}-]{1,30}\s+){0,3})(\p{Lu}[\p{L}.'’ -]{1,60}?)\s{0,3},(?:\s{1,3}\p{Ll}[\p{Ll} -]{2,80},)?\s*$/u;
