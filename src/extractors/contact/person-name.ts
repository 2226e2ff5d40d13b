/**
 * Tells a person's name from a desk, an organisation, a role or a place in contact text.
 * @packageDocumentation
 */
import { cleanName, HONORIFIC } from '../../text/names.js';
import { eastAsianFamily, givenFitsFamily } from '../quote/family-caps.js';

/** Words that never belong to a person's name in a contact block: organisations, roles, places, labels. */
const NOT_NAME =
  /^(?:universit\S*|univ|college|school|institut\S*|department|dept|faculty|division|office|offices|press|media|relations|communications?|comms|news|newsroom|affairs|cent(?:er|re)s?|hospitals?|clinic|clinics|foundation|society|association|council|agency|laborator(?:y|ies)|lab|labs|program(?:me)?|project|group|organi[sz]ation|inc|ltd|plc|llc|gmbh|corp|corporation|company|pharmaceuticals?|pharma|therapeutics|biotherapeutics|biosciences?|biotech|biotechnology|biopharma|biologics|biomedical|genomics|diagnostics|medicines|oncology|technologies|holdings|industries|ventures|capital|consulting|team|desk|bureau|services?|sciences?|health|healthcare|medicine|medical|research|network|journal|editorial|manager|leader|officer|director|coordinator|specialist|editor|professor|fellow|head|chair|scientist|researcher|spokes(?:person|man|woman)|contacts?|inquiries|enquiries|information|phone|e-?mail|telephone|mobile|cell|national|international|senior|associate|assistant|executive|public|marketing|digital|consumers?|patients?|caregivers?|hotline|helpline|scheduler|secretary|registrar|advis[eo]r|analyst|representative|pr|strategic|content|writer|producer|lecturer|student|candidate|intern|republic|kingdom|states|united|zealand|kong|africa|arabia|emirates|korea|america|europe|usa|uk|eu|twitter|facebook|linkedin|instagram|website|online|fax|tel|trust|nhs|government|ministry|commission|committee|board|authority|administration|academy|museum|library|observatory|unit|partners|partnership|alliance|consortium|initiative|campaign|fund|charity|cancer|heart|issued|released|prepared|written|source|media|advisory|release|embargo|embargoed|copy|copies|global|general|chief|vice|principal|interim|acting|staff|branch|study|author|authors|corresponding|lead|senior|science|technology|engineering|physics|chemistry|biology|psychology|neurology|pharmacy|economics|epidemiology|genetics|ecology|geology|geography|physiology|anatomy|mathematics|statistics|informatics|astronomy|astrophysics|zoology|botany|microbiology|immunology|pathology|pharmacology|toxicology|nutrition|nursing|dentistry|surgery|pediatrics|paediatrics|psychiatry|linguistics|sociology|anthropology|philosophy|archaeology|archeology|mount|saint|st|oficina|prensa|medios|comunicaci[oó]n|comunicaciones|comunica[cç][aã]o|imprensa|assessoria|gabinete|direcci[oó]n|coordinaci[oó]n|universidad|universidade|facultad|departamento|escuela|centro|fundaci[oó]n|servicio|unidad|secretar[ií]a|ufficio|stampa|presse|communication|service|biuro|prasowe|rzecznik|dzia[łl]|uniwersytet\S*|univerzit\S*|sveu[čc]ili[šs]t\S*|yliopisto\S*|egyetem\S*|igazgat[óo]s[áa]g\S*|kommunik[áa]ci[óo]s|sajt[óo]\S*|int[ée]zet\S*|kommunikation\S*|viestint[äa]\S*)$/i;

/** A part of a hyphenated word that names an organisation ("Ludwig-Maximilians-Universität", "Max-Planck-Institut", "Helmholtz-Zentrum"), never a person. */
const ORG_PART = /^(?:universit\S*|institut\S*|hochschule|klinikum|kliniken|zentrum|gesellschaft|stiftung|akademie|college|school|hospital|cent(?:er|re)|foundation|laborator\S*)$/i;

/** True when a hyphenated word has a part that names an organisation ("Friedrich-Schiller-Universität"). */
const orgCompound = (t: string): boolean => t.includes('-') && t.split('-').some((p) => ORG_PART.test(p));

/** Particles that stay lower case inside a name. */
const PARTICLE = /^(?:van|von|vom|der|den|de|del|della|dal|dalla|dello|dei|degli|des|di|da|dos|das|do|du|la|las|le|los|ter|ten|bin|bint|binti|binte|ibn|al|el|y|zu|af|ap|ab)$/;

/** A capitalised name word ("Ashby-Vance", "O'Neil", "McCallister-Obi", "Štěpán") or an initial ("J.", "O.-Y."). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lm}\p{M}'’]+(?:[-'’]\p{Lu}?[\p{Ll}\p{Lm}\p{M}'’]+)*$|^\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{Lm}\p{M}'’]+)?$|^\p{Lu}[\p{Ll}\p{Lm}\p{M}'’]+-\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Ll}\p{Lm}\p{M}]+$|^\p{Lu}['’]\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{Lm}\p{M}]+)?$/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?$/u;
const CAPS_VOWEL = /[AEIOUYÀ-ÖØ-Ý]/;
const INITIAL_RUN = /^\p{Lu}\.?(?:-?\p{Lu}\.?){0,2}$/u;
/** An initial or a run of initials ("J.", "JR", "J.-P."); three capitals without a dot are an acronym ("IIT", "UCL"). */
const isInitial = (t: string): boolean => INITIAL_RUN.test(t) && !/^\p{Lu}{3}$/u.test(t);

/** A family name in capitals, then a given name with a hyphen and a lower-case second part ("PARK Seo-yeon"). */
const FAMILY_FIRST_HYPHEN = /^(\p{Lu}{2,12}) (\p{Lu}\p{Ll}{1,8}-\p{Ll}{2,8})$/u;

/** A family name in capitals, then a plain given name ("LIU Fang", "NAKAMURA Aoi"). */
const FAMILY_FIRST_PLAIN = /^(\p{Lu}{2,12}) (\p{Lu}\p{Ll}{1,10})$/u;

/** Two capitals that name a university before its city ("TU Delft", "KU Leuven", "FU Berlin", "UC Davis"), not a person's initials. */
const UNIVERSITY_PREFIX = /^(?:TU|TH|KU|FU|HU|UC|UT|UW) \p{Lu}\p{Ll}+$/u;

/** Title-cases a name printed in capitals ("ASHLEY YUM" → "Ashley Yum"). */
const titleCase = (s: string): string =>
  s.replace(/\p{Lu}+/gu, (w) => (w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w));

/**
 * The person's name that `text` consists of, honorifics and degrees removed, or null when
 * `text` is not just a name (an office, a role, a place, a sentence).
 */
export function asPersonName(text: string): string | null {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > 80 || /[@\d:;/()[\]|]/.test(raw)) return null;
  // A Korean name printed family name first in capitals ("CHOI Eun-ji"): the hyphenated given name tells it from a body ("ETH Zurich").
  // A title before it does not hide the order ("Prof. CHEN Wei-lin", "Ms. LIN Yu-ting").
  const bare = raw.includes(' ') ? raw.replace(HONORIFIC, '') : raw;
  const korean = FAMILY_FIRST_HYPHEN.exec(bare);
  if (korean) return `${korean[2]} ${korean[1]!.charAt(0)}${korean[1]!.slice(1).toLowerCase()}`;
  // A Chinese or Japanese name printed family name first in capitals ("LIU Fang", "NAKAMURA Aoi"): the family name's shape tells it from an acronym ("ETH Zurich").
  const eastAsian = FAMILY_FIRST_PLAIN.exec(bare);
  if (eastAsian && eastAsianFamily(eastAsian[1]!) && givenFitsFamily(eastAsian[1]!, eastAsian[2]!) && !NOT_NAME.test(eastAsian[2]!)) {
    return `${eastAsian[2]} ${eastAsian[1]!.charAt(0)}${eastAsian[1]!.slice(1).toLowerCase()}`;
  }
  // Two capitals naming a university before its city ("TU Delft", "KU Leuven", "UC Davis") are no initials.
  if (UNIVERSITY_PREFIX.test(raw)) return null;
  const hadTitle = HONORIFIC.test(raw);
  const name = cleanName(withoutJobTitle(raw));
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length === 1 && hadTitle && NAME_WORD.test(tokens[0]!) && !NOT_NAME.test(tokens[0]!)) return tokens[0]!; // "Dr. Smith"
  // Particles inside the name do not count against its length ("María José de los Santos Ortega").
  const inner = tokens.filter((t, i) => i > 0 && i < tokens.length - 1 && PARTICLE.test(t)).length;
  if (tokens.length < 2 || tokens.length - inner > 5) return null;
  const caps = tokens.every((t) => ALL_CAPS_WORD.test(t) || PARTICLE.test(t));
  // Capitals without a vowel are an acronym ("SMC NZ"), not a name in capitals ("ASHLEY YUM", "NG WAI").
  if (caps && tokens.some((t) => t.length >= 3 && !CAPS_VOWEL.test(t))) return null;
  // A family name in capitals after a title and a given name in mixed case ("Ms Charmaine TAY", "Dr Jean-Luc MARCHAND"), as Singapore and French
  // offices print it; without the title the capitals may be an office's acronym ("Agência FAPESP", "Humas UGM").
  const capsFamily = !caps && hadTitle && capsFamilyLast(tokens);
  let words = 0;
  for (const [i, t] of tokens.entries()) {
    if (NOT_NAME.test(t.replace(/[.,]$/, '')) || orgCompound(t)) return null;
    if (/['’]s$/.test(t)) return null;
    if (PARTICLE.test(t) && i > 0 && i < tokens.length - 1) continue;
    if (isInitial(t) && i < tokens.length - 1 && !caps) continue;
    if (NAME_WORD.test(t) || (caps && ALL_CAPS_WORD.test(t)) || (capsFamily && i === tokens.length - 1)) {
      words++;
      continue;
    }
    return null;
  }
  const last = tokens[tokens.length - 1]!;
  // "Ms Yvonne HO": a two-letter family name in capitals after a title and a given name is no initials.
  if (words < 1 || isInitial(last) && !caps && !capsFamily) return null;
  if (words < 2 && !hadTitle && !tokens.some((t) => isInitial(t))) return null;
  return caps ? titleCase(name) : capsFamily ? `${tokens.slice(0, -1).join(' ')} ${titleCase(last)}` : name;
}

/** True when the last of `tokens` is a family name in capitals with a vowel ("TAY", "MARCHAND") and those before it are given names in mixed case. */
function capsFamilyLast(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1]!;
  if (tokens.length < 2 || tokens.length > 4 || !ALL_CAPS_WORD.test(last) || !CAPS_VOWEL.test(last)) return false;
  return NAME_WORD.test(tokens[0]!) && tokens.slice(1, -1).every((t) => NAME_WORD.test(t) || isInitial(t) || PARTICLE.test(t));
}

/**
 * A one-word job title of a Germanic or Slavic language printed before a name, a compound ending
 * in a role ("Kommunikationsmedarbejder", "Persvoorlichter", "Pressesprecherin", "Kommunikationsrådgiver"), or a Scandinavian academic rank ("Førsteamanuensis", "Universitetslektor").
 */
const JOB_TITLE_WORD =
  /^\p{Lu}\p{Ll}{2,}(?:medarbejder|medarbetare|medarbeider|medewerker|medewerkster|woordvoerder|voorlichter|sprecher(?:in)?|referent(?:in)?|r(?:å|a)dgiver|r(?:å|a)dgivare|konsulent|amanuensis|lektor|chef(?:in)?|ansvarlig|ansvarig|koordinator(?:in)?)$/u;

/**
 * A Finnish or Scandinavian academic rank or press role printed in lower case before a name, as those
 * languages write it ("apulaisprofessori", "tutkijatohtori", "tiedottaja", "seniorforsker", "lektor").
 */
const LOWER_RANK =
  /^(?:\p{Ll}{0,10}professori|tutkijatohtori|yliopisto(?:nlehtori|tutkija)|(?:erikois|v(?:ä|a)it(?:ö|o)skirja|yli)?tutkija|dosentti|tiedottaja|viestint(?:ä|a)\p{Ll}{4,14}|(?:senior)?forsker|lektor|professor)$/u;

/** `text` without a leading one-word job title (a rank also when capitalised: "Lektor X Y"), when at least two words of a name follow it. */
function withoutJobTitle(text: string): string {
  const sp = text.indexOf(' ');
  const first = text.slice(0, sp);
  if (sp < 0 || !(JOB_TITLE_WORD.test(first) || LOWER_RANK.test(first) || LOWER_RANK.test(first.toLowerCase()))) return text;
  const rest = text.slice(sp + 1).trim();
  return rest.split(' ').length >= 2 ? rest : text;
}

/** "… can be reached", "… is available" after a name offered as a contact ("Jo Ames can be reached at …"). */
const AVAILABLE_TAIL = /\s(?:(?:can|may|will|could)\sbe\s(?:reached|contacted)|(?:is|are)\s(?:available|reachable)(?:\sfor\s(?:interviews?|comment))?)$/i;

/** The name `text` offers before "can be reached" or "is available" ("Jo Ames can be reached at" → "Jo Ames"), or null. */
export function availableName(text: string): string | null {
  const bare = text.trim().replace(/\s+(?:at|on|via|by)$/i, '');
  const m = AVAILABLE_TAIL.exec(bare);
  return m ? asPersonName(bare.slice(0, m.index)) : null;
}

/**
 * The name at the end of `text` ("please contact Len Morrow" → "Len Morrow",
 * "corresponding author Mitchell H. Katz" → "Mitchell H. Katz"), or null.
 */
export function trailingPersonName(text: string): string | null {
  const tokens = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(?:at|on|or|via|by)$/i, '')
    .replace(AVAILABLE_TAIL, '')
    .split(' ');
  for (let i = Math.max(0, tokens.length - 7); i < tokens.length - 1; i++) {
    const candidate = tokens.slice(i).join(' ');
    const name = asPersonName(candidate);
    if (name) return name;
  }
  return null;
}

/** Words of a role rather than an organisation ("Senior Media Officer", "Associate Professor"). */
const ROLE =
  /\b(?:manager|leader|officer|director|coordinator|specialist|editor|professor|fellow|head|chair|scientist|researcher|spokes(?:person|man|woman)|scheduler|secretary|advis[eo]r|analyst|representative|writer|producer|lecturer|student|consultant|physician|surgeon|nurse|president|executive|lead|author|investigator|associate|assistant|\w+(?:ist|ian))\b/i;

/** True when `text` reads as a role ("Media Manager") rather than an organisation. */
export const isRole = (text: string): boolean => ROLE.test(text);
