/**
 * A first author printed family name first with a family name of two words ("Rojas Pérez,
 * Camila Andrea, and …", Chicago style), which a reference line reads as two people.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';

const full = (p: Person): string => `${p.given} ${p.family}`;

/**
 * The reference's authors with its first two rejoined into one person when the line prints
 * them as "A B, C D," and the release names "C D A B" elsewhere in natural order; else `authors`.
 */
export function rejoinInvertedFirst(authors: readonly Person[], line: string, release: string): readonly Person[] {
  const [a, b] = authors;
  if (!a || !b || !a.given || !b.given || a.given.endsWith('.') || b.given.endsWith('.')) return authors;
  const family = full(a);
  const given = full(b);
  if (!line.includes(`${family}, ${given},`) || !release.includes(`${given} ${family}`)) return authors;
  return [{ given, family }, ...authors.slice(2)];
}
