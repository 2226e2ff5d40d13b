/**
 * A German author's role printed right before the name: "ergänzt Erstautor Dr. Lukas Roe",
 * "Letztautorin der Studie, Professorin Dr. Ana Lim, …": the role, perhaps the study it belongs to
 * and a comma, then honorifics and the name.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** The role ("Erstautor", "Letztautorin der Studie,"), the honorifics and the name (group 1). */
const ROLE_THEN_NAME =
  /(?<![\p{L}-])(?:Erst|Letzt|Haupt|Senior|Ko|Mit|Korrespondenz)autor(?:in)?(?:\s+(?:der|des)\s+(?:Studie|Arbeit|Publikation|Veröffentlichung|Untersuchung|Artikels?))?,?\s+(?:(?:Dr\.|Prof\.|Professor(?:in)?|PD|Juniorprofessor(?:in)?|(?:rer|nat|med|phil|habil)\.)\s*)*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?![\p{L}\p{M}'’-])/gu;

/** One author named after a German role, with where the role is printed. */
export interface GermanRoleAuthor {
  /** The author. */
  person: Person;
  /** Where the role starts in the text. */
  index: number;
}

/** Authors named after a German "Erstautor Dr. X" or "Letztautorin der Studie, Y" role. */
export function findGermanRoleAuthors(text: string): GermanRoleAuthor[] {
  const out: GermanRoleAuthor[] = [];
  if (!/autor/.test(text)) return out;
  for (let m: RegExpExecArray | null = (ROLE_THEN_NAME.lastIndex = 0, null); (m = nextMatch(ROLE_THEN_NAME, text)); ) {
    const name = readName(m[1]!);
    if (name) out.push({ person: name.person, index: m.index });
  }
  return out;
}
