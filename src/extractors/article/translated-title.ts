/**
 * Titles in another language followed by their English translation in square brackets, as
 * Vancouver and PubMed references print papers in non-English journals: the paper's title is
 * the one printed first.
 * @packageDocumentation
 */

/** A bracketed run of two words or more that closes the title: "… ensaio clínico [Cassava peel flour …]". */
const TRAILING_BRACKET = /\s\[([^[\]]{6,400})\]\.?$/;

/**
 * The title without a trailing bracketed translation or note ("Hartfalen bij oudere vrouwen
 * [Heart failure in older women]" gives "Hartfalen bij oudere vrouwen"); the title unchanged
 * when no such bracket closes it or too little would be left.
 */
export function withoutTranslation(title: string): string {
  if (!title.endsWith(']') && !title.endsWith('].')) return title;
  const m = TRAILING_BRACKET.exec(title);
  if (!m || !/\s/.test(m[1]!.trim())) return title;
  const head = title.slice(0, m.index).replace(/[.,;:]$/, '').trim();
  return head.split(/\s+/).length >= 3 ? head : title;
}
