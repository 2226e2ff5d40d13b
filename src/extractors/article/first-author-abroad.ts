/**
 * An author's role printed before the name with "is" in another language: Czech, Slovak, Polish,
 * Croatian or Serbian ("Prvním autorem studie je doktorand Ana Roe", "Pierwszą autorką pracy jest dr
 * Ana Roe", "Prvi autor rada je Ken Lim"), French ("Le premier auteur est Ana Roe, doctorante", "dont la première autrice est Ana Roe"),
 * Danish, Norwegian and Swedish ("Førsteforfatter er ph.d.-studerende Ana Roe", "Förstaförfattare är
 * Ana Roe") and Dutch ("Eerste auteur is Ana Roe"): the role, perhaps the paper's noun, the verb, a
 * few job words, then the name.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** The Slavic role ("Prvním autorem studie je"), up to three lower-case job words ("doktorand", "dr") and the name (group 1). */
const SLAVIC_ROLE_THEN_NAME =
  /(?<![\p{L}])(?:[Pp]rvním\s+autorem|[Pp]rvní\s+autorkou|[Pp]rvým\s+autorom|[Pp]rvou\s+autorkou|[Hh]lavním\s+autorem|[Hh]lavní\s+autorkou|[Pp]ierwszym\s+autorem|[Pp]ierwszą\s+autorką|[Pp]rvi\s+autor|[Pp]rva\s+autorica)(?:\s+(?:studie|článku|práce|publikace|štúdie|badania|badań|pracy|artykułu|publikacji|rada|studije|članka|istraživanja))?\s+(?:je|jest|byl|byla|bol|bola|był|była|bio|bila)\s+(?:(?!(?:a|i|oraz|že|że)\s)\p{Ll}[\p{Ll}.-]{1,20}\s+){0,3}(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2})/gu;

/**
 * The French, Nordic or Dutch role and verb ("Le premier auteur est", "Førsteforfatter er"), then
 * only job words that name a researcher ("doctorante", "ph.d.-studerende"), then the name (group 1):
 * any other lower-case word may be a verb ("est publié dans Nature …").
 */
const WEST_ROLE_THEN_NAME =
  /(?<![\p{L}])(?:[Ll]e\s+premier\s+auteur|[Ll]a\s+premi[èe]re\s+(?:auteure?|autrice)|[Ll]['’](?:auteure?|autrice)\s+principale?|[Ff]ørsteforfatter(?:en)?|[Ff]örstaförfattare(?:n)?|[Ee]erste\s+auteur)(?:\s+(?:de\s+l['’](?:étude|article)|du\s+travail|på\s+(?:artiklen|artikkelen|studien|studiet)|(?:till|av|för)\s+(?:artikeln|studien)|van\s+(?:het\s+)?(?:artikel|onderzoek|de\s+studie)))?\s+(?:est|er|är|is)\s+(?:(?:le|la|l['’]|den|det|de|het)\s*)?(?:(?:doctorant|doctorante|chercheur|chercheuse|professeure?|étudiante?|postdoctorante?|stagiaire|ph\.d\.-studerende|ph\.d\.-stipendiat|phd-studerende|postdoc|doktorand|doktorgradsstipendiat|stipendiat|forsker|forskare|adjunkt|lektor|professor|promovendus|promovenda|onderzoeker|dr\.?)\s+){0,2}(\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:de|van|von|der|den|ter|le|la)\s){0,2}\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?![\p{L}])/gu;

/** A word every match of the patterns above holds. */
const ROLE_WORD = /autor|auteur|autrice|forfatter|författare/i;

/** One author named after a role in another language, with where the role is printed. */
export interface FirstAuthorAbroad {
  /** The author. */
  person: Person;
  /** Where the role starts in the text. */
  index: number;
}

/** Authors named after a "first author is (job) X" role in Czech, Slovak, Polish, Croatian, Serbian, French, Danish, Norwegian, Swedish or Dutch. */
export function findFirstAuthorsAbroad(text: string): FirstAuthorAbroad[] {
  const out: FirstAuthorAbroad[] = [];
  if (!ROLE_WORD.test(text)) return out;
  for (const re of [SLAVIC_ROLE_THEN_NAME, WEST_ROLE_THEN_NAME]) {
    for (let m: RegExpExecArray | null = (re.lastIndex = 0, null); (m = nextMatch(re, text)); ) {
      const name = readName(m[1]!);
      if (name) out.push({ person: name.person, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
