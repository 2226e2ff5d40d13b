/**
 * A Czech, Slovak, Polish, Croatian or Serbian author's role printed before the name: "Prvním autorem
 * studie je doktorand Ana Roe", "Pierwszą autorką pracy jest dr Ana Roe", "Prvi autor rada je Ken Lim":
 * the role, perhaps the paper's noun, the verb "to be", up to three lower-case job words, then the name.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** The role ("Prvním autorem studie je"), the job words before the name ("doktorand", "dr") and the name (group 1). */
const ROLE_THEN_NAME =
  /(?<![\p{L}])(?:[Pp]rvním\s+autorem|[Pp]rvní\s+autorkou|[Pp]rvým\s+autorom|[Pp]rvou\s+autorkou|[Hh]lavním\s+autorem|[Hh]lavní\s+autorkou|[Pp]ierwszym\s+autorem|[Pp]ierwszą\s+autorką|[Pp]rvi\s+autor|[Pp]rva\s+autorica)(?:\s+(?:studie|článku|práce|publikace|štúdie|badania|badań|pracy|artykułu|publikacji|rada|studije|članka|istraživanja))?\s+(?:je|jest|byl|byla|bol|bola|był|była|bio|bila)\s+(?:(?!(?:a|i|oraz|že|że)\s)\p{Ll}[\p{Ll}.-]{1,20}\s+){0,3}(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2})/gu;

/** A word every {@link ROLE_THEN_NAME} match holds. */
const ROLE_WORD = /autor/i;

/** One author named after a Slavic role, with where the role is printed. */
export interface SlavicRoleAuthor {
  /** The author. */
  person: Person;
  /** Where the role starts in the text. */
  index: number;
}

/** Authors named after a Czech, Slovak, Polish, Croatian or Serbian "first author is (job) X" role. */
export function findSlavicRoleAuthors(text: string): SlavicRoleAuthor[] {
  const out: SlavicRoleAuthor[] = [];
  if (!ROLE_WORD.test(text)) return out;
  for (let m: RegExpExecArray | null = (ROLE_THEN_NAME.lastIndex = 0, null); (m = nextMatch(ROLE_THEN_NAME, text)); ) {
    const name = readName(m[1]!);
    if (name) out.push({ person: name.person, index: m.index });
  }
  return out;
}
