/**
 * A Portuguese, Spanish or Italian author's role printed before the name: "A primeira autora do trabalho, a doutoranda
 * Ana Roe, …", "O autor principal do estudo é o pesquisador Ken Lim", "El primer autor del artículo, el
 * investigador Ken Lim", "La prima autrice dell'articolo è la dottoressa Ana Roe": the role, then perhaps
 * "é"/"es"/"è", an article and up to three lower-case job words, then the name.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** The role ("primeira autora do trabalho", "autor principal del estudio"), the joining words and the job words before the name. */
const ROLE_THEN_NAME =
  /(?<![\p{L}])(?:(?:[Pp]rimeir[ao]|[Pp]rimer[ao]?|[Pp]rim[ao]|[ÚúUu]ltim[ao])\s+(?:co-?)?(?:autor(?:a|e)?|autrice)|(?:[Cc]o-?)?(?:[Aa]utor(?:a|e)?|[Aa]utrice)\s+(?:principal[e]?|sénior|sênior|senior|correspondente))\s+(?:(?:d[oa]s?|del|dello|della|de\s+la)\s+|dell['’]\s?)(?:estudo|trabalho|artigo|pesquisa|estudio|trabajo|artículo|studio|articolo|lavoro|ricerca)(?:\s*,\s*|\s+(?:é|foi|es|fue|è|e['’])\s+)(?:(?:[oa]|el|la|il|lo)\s+|l['’]\s?)?(?:(?!(?:e|y|que|quem)\s)\p{Ll}[\p{Ll}-]{1,20}\s+){0,3}((?:Dr\.?\s|Dra\.?\s|Prof\.?\s|Profa\.?\s)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:d[aeo]s?|del|de\sla|van|von)?\s?\p{Lu}[\p{L}\p{M}'’-]+){1,3})/gu;

/** One author named after a Portuguese, Spanish or Italian role, with where the role is printed. */
export interface RomanceRoleAuthor {
  /** The author. */
  person: Person;
  /** Where the role starts in the text. */
  index: number;
}

/** Authors named after a Portuguese, Spanish or Italian "primeira autora do trabalho, a doutoranda X" role. */
export function findRomanceRoleAuthors(text: string): RomanceRoleAuthor[] {
  const out: RomanceRoleAuthor[] = [];
  if (!/autor|autrice/i.test(text)) return out;
  for (let m: RegExpExecArray | null = (ROLE_THEN_NAME.lastIndex = 0, null); (m = nextMatch(ROLE_THEN_NAME, text)); ) {
    const name = readName(m[1]!.replace(/^(?:Dra?|Profa?)\.?\s/, ''));
    if (name) out.push({ person: name.person, index: m.index });
  }
  return out;
}
