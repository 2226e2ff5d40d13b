/**
 * An affiliation whose unit's name is itself a comma list ("of the UC Davis Department of Land,
 * Air and Water Resources") inside a prose list of authors: its commas and "and" would read as
 * separators between names, so the whole affiliation is dropped before the list is parsed.
 *
 * @packageDocumentation
 */

/**
 * "of/from/at (the) (capitalised words) Department/School/… of A, B and C D": a unit named by a
 * comma list of capitalised single words closed by "and" and one or more capitalised words.
 */
const UNIT_COMMA_LIST =
  /\s(?:of|from|at)\s(?:the\s)?(?:[\p{Lu}][\p{L}.&'’-]*\s){0,5}(?:Department|School|Division|Faculty|Institute|Centre|Center|College|Program|Programme)\sof\s\p{Lu}\p{Ll}+(?:,\s\p{Lu}\p{Ll}+)+,?\s(?:and|&)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}\b/gu;

/** `list` without any affiliation whose unit is named by a comma list ("of the Department of Land, Air and Water Resources"). */
export function dropUnitCommaLists(list: string): string {
  return list.includes(',') ? list.replace(UNIT_COMMA_LIST, '') : list;
}
