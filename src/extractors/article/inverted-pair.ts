/**
 * A first author printed family name first with a family name of two words ("Rojas Pérez,
 * Camila Andrea, and …", "Quispe Mamani, Rosa.", Chicago style), which a reference line reads
 * as two people or as one person without the given name.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';

const full = (p: Person): string => `${p.given ?? ''} ${p.family ?? ''}`.trim();

/** A two-word family name, a comma and one or two given names opening a reference line. */
const INVERTED_OPENING = /^(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}\s\p{Lu}[\p{Ll}\p{M}'’-]{1,30}),\s(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:\s\p{Lu}[\p{Ll}\p{M}'’-]{1,30})?)[.,]/u;

/**
 * The reference's authors with the first rejoined into one person when the line opens with
 * "A B, C D," or "A B, C." and the release names "C D A B" elsewhere in natural order; else `authors`.
 */
export function rejoinInvertedFirst(authors: readonly Person[], line: string, release: string): readonly Person[] {
  const m = INVERTED_OPENING.exec(line.trimStart());
  const [a, b] = authors;
  if (!m || !a) return authors;
  const family = m[1]!;
  const given = m[2]!;
  if (full(a) !== family || !release.includes(`${given} ${family}`)) return authors;
  // "Rojas Pérez, Camila Andrea, and …": the given names were read as a second person.
  const rest = b && full(b) === given ? authors.slice(2) : authors.slice(1);
  return [{ given, family }, ...rest];
}
