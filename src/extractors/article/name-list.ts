/**
 * Lists of personal names as releases print them: "A, B, and C", "Smith J, Doe AB, et al.",
 * "M. Novakova, M. Keller", "Vera Lund, M.D.; Tobias Linde, M.S.", with affiliations mixed in.
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { cleanName, GAELIC_AFTER, GAELIC_PARTICLE, GIVEN_ABBREVIATION, splitName } from '../../text/names.js';
import { cantoneseFamily, eastAsianFamily } from '../quote/family-caps.js';
import { splitBy, squeezeSpaces } from './matches.js';
/** Separators for {@link splitBy} (global copies of split patterns). */
const ITEM_COMMA = /,(?!\s*(?:Jr|Sr|II|III)\b)/g;
const AND_SPLIT = /\s+(?:and|&)\s+/g;
/** "und", "et" and "dan": the German, French and Indonesian "and", which no name holds. */
const AND_ABROAD = /\s+(?:und|et|dan)\s+/g;
/**
 * "y" and "e": the Spanish and Portuguese "and", which also join two family names ("Ruiz y
 * Delgado", "Souza e Silva"), and "i", the Croatian and Polish one; a list is split there only when a given and a family name stand on
 * each side ({@link IBERIAN_BEFORE}, {@link IBERIAN_AFTER}).
 */
const AND_IBERIAN = /\s(?:y|e|i)\s/g;
/** A given name (or initial) and a family name ending the text before an Iberian "and". */
const IBERIAN_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’.-]*\s(?:(?:e|y|de|da|do|dos|das|del|la)\s)*\p{Lu}[\p{Ll}\p{M}'’-]+(?:-?\p{Lu}[\p{Ll}\p{M}'’-]+)?\s?$/u;
/** A given name (or initial) and a family name (perhaps double-barrelled: "Vasconcellos-Ito") opening the text after an Iberian "and", perhaps with the sentence's full stop. */
const IBERIAN_AFTER = /^\s?\p{Lu}[\p{Ll}\p{M}'’.-]*\s(?:(?:de|da|do|dos|das|del|la)\s)*\p{Lu}[\p{Ll}\p{M}'’-]+(?:-?\p{Lu}[\p{Ll}\p{M}'’-]+)?(?:\.?$|[\s,;(])/u;

/** How one printed name is written. */
export type NameStyle = 'full' | 'initial-first' | 'vancouver';

/** A name read from a list, with its style. */
export interface ListedName {
  person: Person;
  style: NameStyle;
  text: string;
}

/** Words that make a capitalised run an organisation, a place or a job, not a person. */
const NOT_PERSON =
  /^(?:department|division|university|universit[äà]|institute|institut|school|college|hospital|hospitals|center|centre|clinic|laboratory|laboratories|lab|foundation|trust|council|society|academy|program|programme|unit|group|faculty|medicine|medical|health|research|sciences?|engineering|chemistry|professor|director|chair|dean|fellow|investigators?|consortium|network|team|study|trial|journal|national|international|american|european|british|cancer|school|systems|affairs|office|ministry|agency|service|services|survey|observatory|museum|administration|commission|bureau|authority|city|state|county|street|road|avenue|inc|ltd|llc|plc|the|and|of|for|in|at|on|with|s|paper|papers|authors?|co-authors?|coauthors?|press|news|media|editor|editorial|website|link|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A capitalised word (with hyphens, apostrophes, the Hawaiian ʻokina, diacritics) that may be part of a name; each
 * hyphened part may hold a second capital after a short prefix ("MacNeil-Dupuis", "Roe-McKay").
 */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}(?:\p{Ll}{1,3}\p{Lu})?[\p{Ll}\p{M}'’\u02BB]+(?:-(?:\p{Lu}['’](?=\p{Lu}))?(?:\p{Lu}(?:\p{Ll}{1,3}\p{Lu})?)?[\p{Ll}\p{M}'’\u02BB]+)*$|^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$/u;
/** Initials: `J.`, `J`, `EJ`, `J.-P.`, `E. J.`. */
const INITIALS = /^(?:\p{Lu}\.?-?){1,3}$/u;
/** Capitalised job titles printed before a name in a list ("Senior Data Analyst"). */
const JOB_BEFORE =
  /^(?:\p{Lu}{2,6}\s)?(?:(?:Senior|Junior|Lead|Chief|Principal|Research|Project|Management|Programmer|Programming|Data|Staff|Clinical|Statistical)\s){0,4}(?:Analyst|Programmer|Manager|Coordinator|Statistician|Biostatistician|Epidemiologist|Technician|Nurse|Pharmacist|Investigator|Director)\s(?=\p{Lu}\p{Ll})/u;

/** A missing space after an initial ("David J.Vaughn"). */
const GLUED_INITIAL = /(^|\s)(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu;
/** "Costa MA": a family name and two initials. */
const VANCOUVER_TWO = /^((?:\p{Lu}['’]|(?:al|el)-)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s(?:(?:e|y|de|del|la|da|do|dos|das)\s){1,2}\p{Lu}[\p{Ll}\p{M}'’]+)?)\s(\p{Lu}{2})$/u;
/**
 * Family [Family…] INITIALS. An Irish or Scottish particle ("Ó", "Ní", "Nic", "Mac", "Uí") may open
 * the family name, with "an" and a small mutation letter after it ("Mac an tSaoir C"), and a second
 * family word may be hyphened to a capitalised one ("Ní Bhriain-Okoro S").
 */
const VANCOUVER = /^((?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s)*(?:(?:Ó|Ní|Nic|Mac|Mhic|Ua|Uí)\s(?:an\s)?(?:\p{Ll}{1,2}(?=\p{Lu}))?)?(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:e|y|i|de|del|la|da|do|dos|das)\s){0,2}\p{Lu}[\p{Ll}\p{M}'’-]+(?:(?<=-)\p{Lu}[\p{Ll}\p{M}'’-]+)*)?)\s((?:\p{Lu}\.?-?\s?){1,4})$/u;
/** A Vancouver name at the end of a longer run. */
const VANCOUVER_TAIL = /(?:^|\s)((?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s)*\p{Lu}[\p{Ll}\p{M}'’-]+)\s(\p{Lu}{1,3})$/u;
/** "M. Novakova", "B Hollis", "E. J. Hartley". */
const INITIAL_FIRST = /^((?:\p{Lu}\.?[\s-]?){1,3})\s?(?<=[\s.-])((?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s|(?:Abu|Abou|Ould)\s(?=\p{Lu}))*(?:(?:al|el)-)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*)$/u;
const HAS_LOWER = /[\p{Ll}]/u;
const CAPITAL = /^\p{Lu}/u;
const SMALL = /^\p{Ll}/u;
/** "Costa MA" (family name and initials), which {@link stripTail} leaves alone. */
const VANCOUVER_DEGREE = /^\p{Lu}[\p{Ll}\p{M}'’-]+\s\p{Lu}{2}$/u;

/** The characters `[,;:().]+$` cuts off the end of a token. */
const TRAILING_PUNCTUATION = ',;:().';

/** Lower-case particles inside a family name. */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|ibn|zu|'t|’t)$/;

/** Cuts trailing degrees and post-nominals off one list item ("Vera Lund, M.D." has been split already). */
const stripTail = (s: string): string =>
  // "Costa MA" is a Vancouver name (family name and initials), not a name with a degree.
  VANCOUVER_DEGREE.test(s.trim()) ? s : s.replace(/\s+(?:PhD|MD|MPH|MSc|MEng|MBA|MS|MA|BS|BSc|DPhil|ScD|Jr\.?|Sr\.?|[A-Z][A-Za-z]{0,4}\s?[’'‘]\d{2})(?=\s|$).*$/u, '');

/**
 * Reads one list item as a name: its first run of two to five name words, or a Vancouver
 * (`Carver RE`) or initial-first (`M. Novakova`, `B Hollis`) name. Null when the item is
 * not a person (an affiliation, a degree, an appositive).
 */
export function readName(item: string): ListedName | null {
  // Reference lines and prose read the same names again and again: remember the answers.
  if (item.length > 300) return readNameOnce(item);
  const known = READ.get(item);
  if (known !== undefined) return known && copyName(known);
  const read = readNameOnce(item);
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(item, read && copyName(read));
  return read;
}

/** A family name in capitals, then one given name ("ZHOU Lina", "PARK Seo-yeon", "SATO Kenji"), opening an item. */
const UPPER_FAMILY = /^(\p{Lu}{2,9})\s(\p{Lu}\p{Ll}{1,14}(?:-\p{Ll}{1,10})?)(?=$|[\s,;.)])/u;

/**
 * Common Chinese (pinyin), Korean and Japanese family names, in capitals, as East Asian
 * institutions print them: only these read as "FAMILY Given" (never "UCLA Health"); two-letter
 * words of English ("DO", "SO", "GO", "OH") are left out.
 */
const EAST_ASIAN_FAMILY: ReadonlySet<string> = new Set(
  [
    'WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE GAO LIN LUO ZHENG LIANG XIE SONG TANG HAN FENG DENG CAO PENG ZENG XIAO TIAN DONG YUAN PAN YU JIANG CAI JIA DING WEI XUE YE YAN LU SHEN REN YAO LIAO ZOU XIONG JIN QIU QIN HOU SHAO MENG LONG WAN DUAN LEI QIAN YIN BAI CUI KANG MAO HAO KONG CHANG SHI GU FANG FU DU WEN ZHONG TAN LV LYU NIU GE ZHAI OUYANG SITU',
    'KIM LEE PARK CHOI CHOE JUNG JEONG CHUNG KANG CHO JO YOON YUN JANG LIM SEO SUH SHIN KWON HWANG AHN YOO RYU YU HONG JEON CHUN MOON MUN SON SOHN BAE BAEK PAIK HEO HUR NAM SIM SHIM NOH ROH KWAK SUNG SEONG CHA JOO CHU WOO KOO MIN JI EOM CHAE WON PYO BANG BYUN BYEON YEO TAK MAENG YI RHEE RHO',
    'SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO YOSHIDA YAMADA SASAKI YAMAGUCHI MATSUMOTO INOUE KIMURA HAYASHI SHIMIZU YAMAZAKI MORI ABE IKEDA HASHIMOTO YAMASHITA ISHIKAWA NAKAJIMA MAEDA FUJITA OGAWA GOTO OKADA HASEGAWA MURAKAMI KONDO ISHII SAITO SAKAMOTO ENDO AOKI FUJII NISHIMURA FUKUDA OTA MIURA FUJIWARA OKAMOTO MATSUDA NAKAGAWA NAKANO HARADA ONO TAMURA TAKEUCHI KANEKO WADA NAKAYAMA ISHIDA UEDA MORITA SHIBATA SAKAI KUDO YOKOYAMA MIYAZAKI MIYAMOTO UCHIDA TAKAGI ANDO TANIGUCHI MARUYAMA IMAI FUJIMOTO TAKEDA MURATA UENO SUGIYAMA MASUDA HIRANO KOJIMA KUBO MATSUI SAKURAI NOGUCHI NOMURA KIKUCHI ARAI NISHIDA',
  ]
    .join(' ')
    .split(' '),
);

/** Two capitalised words alone: a short family name, then a given name (perhaps "Ji-hoon" or "Xiao-Ming"). */
const TITLE_FAMILY = /^(\p{Lu}\p{Ll}{0,5})\s(\p{Lu}\p{Ll}{1,13}(?:-\p{Ll}{2,6}|-\p{Lu}\p{Ll}{1,5})?)$/u;
/** A Korean given name as romanised with a hyphen ("Ji-hoon", "Seo-yeon"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** One pinyin syllable: an initial, then a final. */
const PINYIN = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)';
/** A given name of exactly two pinyin syllables ("xiaoming", "wenjing"). */
const PINYIN_TWO = new RegExp(`^${PINYIN}${PINYIN}$`);
/** A given name of two pinyin syllables joined by a hyphen ("xiao-ming", lower-cased from "Xiao-Ming"). */
const PINYIN_HYPHEN = new RegExp(`^${PINYIN}-${PINYIN}$`);

/** An abbreviated rank before "Prof" ("Asst Prof", "Assoc. Prof."), which the honorifics do not hold. */
const RANK_BEFORE_PROF = /^\s{0,3}(?:Asst|Assoc|Adj|Emer)\.?\s(?=Prof)/;

/**
 * One given name in mixed case, then a family name of three capitals or more, the whole item ("Marcus CHEUNG", "Ivy WONG"),
 * or of two or more before a hyphenated Chinese given name, which is dropped ("Vivian HO Man-yee", "Kelvin LEUNG Ho-yin").
 */
const GIVEN_CAPS_FAMILY = /^(\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}?\p{Ll}{1,10})?)\s(?:(\p{Lu}{3,8})|(\p{Lu}{2,8})\s\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5})$/u;
/** Capitals of a reference's labels that read as a family name ("DOI"). */
const NOT_CAPS_FAMILY = /^(?:DOI|PDF|URL|ISSN|ISBN|PMID|PMC)$/;

/** Two capitals in a row: every {@link UPPER_FAMILY} match holds them. */
const UPPER_PAIR = /\p{Lu}{2}/u;

/** Names already read, by the item they were read from (cleared when full). */
const READ = new Map<string, ListedName | null>();
const READ_MAX = 256;

/**
 * "Li Xiaoming", "Park Ji-hoon", "Li Xiao-Ming": two words, a common East Asian family name
 * before a given name that only reads as one (two pinyin syllables, hyphenated or not, or a
 * hyphenated Korean one), read family first; else null.
 */
function familyFirstPair(text: string): ListedName | null {
  const title = TITLE_FAMILY.exec(text);
  if (!title) return null;
  const given = title[2]!;
  // "Leung Chun-yat": a Cantonese family name before a hyphenated given name, as Hong Kong prints it.
  const cantonese = given.includes('-') && cantoneseFamily(title[1]!);
  if ((!cantonese && !EAST_ASIAN_FAMILY.has(title[1]!.toUpperCase())) || EAST_ASIAN_FAMILY.has(given.toUpperCase())) return null;
  // "Li Xiao-Ming", "Chen Yu-ting": a hyphenated pinyin given name, as Chinese references print it.
  const reads = given.includes('-') ? KOREAN_GIVEN.test(given) || PINYIN_HYPHEN.test(given.toLowerCase()) : PINYIN_TWO.test(given.toLowerCase());
  return reads ? { person: { given, family: title[1]! }, style: 'full', text: title[0] } : null;
}

/** One Cantonese syllable as Hong Kong romanises a given name ("Ka", "Man", "Wai", "Yee", "Chun", "Hok"). */
const CANTONESE_SYLLABLE = /^(?:Ch|Sh|Ts|Kw|Gw|Ng|[BPMFDTNLGKHWJSZY])?(?:[aeiou]{1,3}|[aeiou]{1,2}(?:ng|n|m|k|t|p))$/i;
/** Hong Kong family names that the Cantonese list leaves to Pinyin's shapes ("Wong", "Cheng", "Tang"). */
const HONG_KONG_FAMILY = /^(?:Wong|Cheng|Chung|Tang|Fong|Kwong|Hung|Cheung|Choi|Yau)$/;
/** Family names shared with English given or family names, never read first here ("Lee Ann Ho"). */
const NOT_FAMILY_FIRST = /^(?:Lee|Ho|To|Lo|Au|Ko|Wan|Kan|Sin|Man|Ling|Kong|Tong|Pang|Wai)$/;

/**
 * "Chan Ka Man", "Lam Tin Wai": a Cantonese family name, then a given name of two syllables printed
 * as two words without a hyphen, read family first; else null.
 */
function cantoneseThree(text: string): ListedName | null {
  const m = /^(\p{Lu}\p{Ll}{1,6})\s(\p{Lu}\p{Ll}{1,3})\s(\p{Lu}\p{Ll}{1,3})$/u.exec(text);
  if (!m || NOT_FAMILY_FIRST.test(m[1]!) || !(cantoneseFamily(m[1]!) || HONG_KONG_FAMILY.test(m[1]!)) || !CANTONESE_SYLLABLE.test(m[2]!) || !CANTONESE_SYLLABLE.test(m[3]!)) return null;
  return { person: { given: `${m[2]} ${m[3]}`, family: m[1]! }, style: 'full', text: m[0] };
}

function readNameOnce(item: string): ListedName | null {
  // "Asst Prof Jane Roe", "Assoc. Prof. Tan": an abbreviated rank before the title.
  if (item.includes('Prof')) item = item.replace(RANK_BEFORE_PROF, '');
  // "DENG Xiaoming", "Dr. PARK Seo-yeon": an East Asian family name in capitals before the
  // given name, as East Asian institutions print it (after a title, if any).
  const upper = UPPER_PAIR.test(item) ? UPPER_FAMILY.exec(cleanName(item)) : null;
  if (upper && EAST_ASIAN_FAMILY.has(upper[1]!)) {
    const family = upper[1]!.charAt(0) + upper[1]!.slice(1).toLowerCase();
    return { person: { given: upper[2]!, family }, style: 'full', text: upper[0] };
  }
  // "Marcus CHEUNG", "Dr Ivy WONG", "Dr Vivian HO Man-yee": a given name in mixed case, then an East Asian family name in capitals, as Hong Kong prints it.
  // Three capitals or more, so a Vancouver name's initials ("Achebe SO") never read as one.
  const givenCaps = UPPER_PAIR.test(item) ? GIVEN_CAPS_FAMILY.exec(cleanName(item).trim()) : null;
  const caps = givenCaps ? givenCaps[2] ?? givenCaps[3]! : '';
  if (givenCaps && eastAsianFamily(caps) && !NOT_CAPS_FAMILY.test(caps)) {
    const family = caps.charAt(0) + caps.slice(1).toLowerCase();
    return { person: { given: givenCaps[1]!, family }, style: 'full', text: givenCaps[0] };
  }
  // "Li Xiaoming", "Park Ji-hoon", "Li Xiao-Ming": a common East Asian family name before a given name that
  // only reads as one (two pinyin syllables, hyphenated or not, or a hyphenated Korean one).
  // "Chan Ka Man": the same for a Cantonese family name before a given name of two words.
  const pair = item.length <= 40 ? (familyFirstPair(cleanName(item).trim()) ?? cantoneseThree(cleanName(item).trim())) : null;
  if (pair) return pair;
  // "Costa MA": family name and two initials that spell a degree are still a Vancouver name.
  // "David J.Vaughn": a missing space after an initial.
  // Every match holds a full stop.
  if (item.includes('.')) item = item.replace(GLUED_INITIAL, '$1$2 ');
  const raw2 = VANCOUVER_TWO.exec(item.trim());
  if (raw2 && !NOT_PERSON.test(raw2[1]!)) return { person: { given: raw2[2]!, family: raw2[1]! }, style: 'vancouver', text: item.trim() };
  const unnoted = item.includes('[') || item.includes('(') ? item.replace(/\[\d+\]|\(\d+\)/g, '') : item;
  const text = squeezeSpaces(cleanName(stripTail(cleanName(unnoted))))
    .trim()
    // A capitalised job title before the name ("Programmer Analyst Jane Roe") is not part of it.
    .replace(JOB_BEFORE, '');
  if (!text || text.length > 80) return null;
  const tokens = text.split(' ');
  // Vancouver: Family [Family…] INITIALS (with spaces allowed between initials: "Hartley E J").
  const vm = VANCOUVER.exec(text);
  if (vm && !NOT_PERSON.test(vm[1]!.split(' ').pop()!)) {
    const initials = vm[2]!.replace(/[.\s]/g, '');
    if (HAS_LOWER.test(vm[1]!)) return { person: { given: initials, family: vm[1]! }, style: 'vancouver', text };
  }
  // Vancouver at the end of a longer run ("… in Lancet Oncology Carver RE").
  const tail = VANCOUVER_TAIL.exec(text);
  if (tail && tokens.length > 2 && !NOT_PERSON.test(tail[1]!)) {
    return { person: { given: tail[2]!, family: tail[1]! }, style: 'vancouver', text: `${tail[1]} ${tail[2]}` };
  }
  // Initial-first: "M. Novakova", "B Hollis", "E. J. Hartley".
  const im = INITIAL_FIRST.exec(text);
  if (im && !NOT_PERSON.test(im[2]!)) {
    return { person: { given: im[1]!.trim(), family: im[2]! }, style: 'initial-first', text };
  }
  // Full names: the first run of name words, initials and particles.
  let run: string[] = [];
  let best: string[] | null = null;
  let skipped = 0;
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k]!;
    if (!run.length && skipped > 3) return null;
    // "Tomás Ruiz y Delgado": a Spanish "y" joins two family names, when one name word ends the item after it.
    // So does a Catalan "i" ("Salvador Pané i Vidal") and a Portuguese "e" ("Tiago Souza e Silva").
    if ((raw === 'y' || raw === 'i' || raw === 'e') && run.length >= 2 && k === tokens.length - 2 && NAME_WORD.test(tokens[k + 1]!)) {
      run.push(raw);
      continue;
    }
    // "Ma. Luisa Reyes", "Md. Rafiqul Islam": an abbreviated given name the name goes on after.
    if (GIVEN_ABBREVIATION.test(raw) && k + 1 < tokens.length && NAME_WORD.test(tokens[k + 1]!)) {
      run.push(raw);
      continue;
    }
    // Trailing punctuation and leading brackets, read only when the token has them.
    let t = TRAILING_PUNCTUATION.includes(raw.charAt(raw.length - 1)) ? raw.replace(/[,;:().]+$/g, (s) => (INITIALS.test(raw) ? s.replace(/[^.]/g, '') : '')) : raw;
    if (t.charAt(0) === '(') t = t.replace(/^[(]+/, '');
    // A name word; or initials (the first only with a full stop); or a particle inside the run.
    // "Cathal Mac an tSaoir": "an" and a mutated word ("tSaoir") after a Gaelic particle stay in the run.
    const last = run[run.length - 1];
    const fits =
      (NAME_WORD.test(t) && !NOT_PERSON.test(t)) ||
      (INITIALS.test(t) && (run.length > 0 || t.includes('.'))) ||
      (run.length > 0 && PARTICLE.test(t)) ||
      (last !== undefined && (GAELIC_PARTICLE.test(last) || last === 'an') && GAELIC_AFTER.test(t));
    if (fits) {
      run.push(t);
      if (t !== raw) break;
      continue;
    }
    if (run.length) {
      if (CAPITAL.test(t) && NOT_PERSON.test(t)) return null;
      break;
    }
    if (CAPITAL.test(t) && NOT_PERSON.test(t)) return null;
    skipped++;
  }
  while (run.length && PARTICLE.test(run[run.length - 1]!)) run.pop();
  // Up to five words besides particles ("José Luis Ibáñez de la Peña").
  const words = run.filter((t) => !PARTICLE.test(t)).length;
  if (run.length >= 2 && words <= 5 && run.some((t) => NAME_WORD.test(t)) && !INITIALS.test(run[run.length - 1]!)) best = run;
  if (!best) return null;
  const joined = best.join(' ');
  // "Professor Park Ji-hoon of the Department of …": the run of a longer item may be a
  // family-first pair too, read as the whole item would be.
  // So may a run of three ("PhD student Chan Ka Man").
  const first = best.length === 2 ? familyFirstPair(joined) : best.length === 3 ? cantoneseThree(joined) : null;
  if (first) return first;
  const person = splitName(joined);
  if (!person || !person.given) return null;
  return { person, style: 'full', text: joined };
}

/** "A García-López": the initial A and one family name, the whole item. */
const INITIAL_A = /^A\s(?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;

/** Words and phrases that open an author list item without being part of the name. */
const LEAD_IN =
  /^(?:and|&|as well as|including|with|plus|also|(?:co-?|first-?|senior-?|lead-?|last-?|corresponding-?|study-?|joint-?)*(?:first|senior|lead|last|corresponding|study|principal)?\s?(?:co-?)?authors?)\s+/i;

/**
 * Splits a printed list of names into people: items separated by semicolons, commas and
 * "and"; appositives ("a professor at …", "all of Mayo Clinic") and affiliations skipped;
 * "et al." dropped. When most names share a citation style, items of another style are
 * dropped (so an affiliation such as "Radiopharmaceutical Chemistry" in a list of
 * "M. Novakova" names is not read as a person).
 */
export function parseNameList(text: string): ListedName[] {
  if (text.length > 1000) return parseNameListOnce(text);
  const known = LISTS.get(text);
  if (known) return known.map(copyName);
  const read = parseNameListOnce(text);
  if (LISTS.size >= READ_MAX) LISTS.clear();
  LISTS.set(text, read.map(copyName));
  return read;
}

/** How many names {@link parseNameList} reads in `text`, without copying them. */
export function countNames(text: string): number {
  if (text.length > 1000) return parseNameListOnce(text).length;
  const known = LISTS.get(text);
  if (known) return known.length;
  const read = parseNameListOnce(text);
  if (LISTS.size >= READ_MAX) LISTS.clear();
  // Stored as read: the cache hands out only copies.
  LISTS.set(text, read);
  return read.length;
}

/** Affiliation numbers and marks glued to a name: "Lim2,3", "Ruiz1*", "Park†", "Han*", "Moreau1,*". */
const AFFILIATION_MARK = /(\p{Ll})(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:[,⸴ʼ]?[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}){0,4}(?:,?[*†‡]){0,2}|[*†‡]{1,2})(?=[\s,;&)]|$)/gu;
const AFFILIATION_MARK_TEST = /\p{Ll}(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:[,⸴ʼ]?[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}){0,4}(?:,?[*†‡]){0,2}|[*†‡]{1,2})(?:[\s,;&)]|$)/u;
/** A character that any affiliation mark holds. */
const MARK_CHAR = /[\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/** `text` without the affiliation numbers and footnote marks glued to its names ("Jane Roe1,2*" is "Jane Roe"). */
export function dropAffiliationMarks(text: string): string {
  if (!MARK_CHAR.test(text)) return text;
  const out = AFFILIATION_MARK_TEST.test(text) ? text.replace(AFFILIATION_MARK, '$1') : text;
  return dropInitialMarks(out);
}

/** `text` without the footnote marks after initials that end a name ("Kessler, A.†, Baldwin, I. T.*"). */
export function dropInitialMarks(text: string): string {
  const out = INITIAL_MARK_TEST.test(text) ? text.replace(INITIAL_MARK, '$1') : text;
  return VANCOUVER_MARK_TEST.test(out) ? out.replace(VANCOUVER_MARK, '$1') : out;
}

/** A footnote mark after a Vancouver name's undotted initials ("Loureiro B*", "Matos RF†"). */
const VANCOUVER_MARK = /(\p{Ll}\s\p{Lu}{1,3})[*†‡]{1,2}(?=[\s,;&)]|$)/gu;
const VANCOUVER_MARK_TEST = /\p{Ll}\s\p{Lu}{1,3}[*†‡]{1,2}(?:[\s,;&)]|$)/u;

/** A footnote mark after an initial ("A.†", "I. T.*"), or affiliation numbers from a flattened superscript ("W. J.1,2*"). */
const INITIAL_MARK = /(\p{Lu}\.)(?:\d{1,2}(?:,\d{1,2}){0,5}[*†‡]{0,2}|[*†‡]{1,2})(?=[\s,;&)]|$)/gu;
const INITIAL_MARK_TEST = /\p{Lu}\.(?:\d{1,2}(?:,\d{1,2}){0,5}[*†‡]{0,2}|[*†‡]{1,2})(?:[\s,;&)]|$)/u;

/** Lists already read, by their text (cleared when full); never handed out, only copies. */
const LISTS = new Map<string, ListedName[]>();

const copyName = (n: ListedName): ListedName => ({ person: { ...n.person }, style: n.style, text: n.text });

/** "MORI Kaede": any family name in capitals, then a given name; read so only in a list of two or more such names. */
const UPPER_FAMILY_ANY = /^(\p{Lu}{2,12})\s(\p{Lu}\p{Ll}{1,14}(?:-\p{Ll}{1,10})?)$/u;

/**
 * "MORIMOTO Aya": a whole item read as a family name in capitals, then a given name, whatever the
 * family name; for callers that know a person is named (after "The first author,"), since alone
 * it may be an acronym and a word. Null for any other item.
 */
export function readUpperFamilyName(item: string): ListedName | null {
  const m = UPPER_FAMILY_ANY.exec(item.trim());
  if (!m) return null;
  return { person: { given: m[2]!, family: m[1]!.charAt(0) + m[1]!.slice(1).toLowerCase() }, style: 'full', text: m[0] };
}

/**
 * The names of a list printed family name first in capitals ("MORI Kaede, TANAKA Hiroshi"), as
 * Japanese and Chinese institutions print them; null unless every item is such a name.
 */
function upperFamilyList(cleaned: string): ListedName[] | null {
  const items = cleaned.split(/,|;|\s(?:and|&)\s/).map((x) => x.trim().replace(/^and\s+/, '')).filter(Boolean);
  if (items.length < 2 || items.length > 40) return null;
  const out: ListedName[] = [];
  for (const item of items) {
    const m = UPPER_FAMILY_ANY.exec(item);
    if (!m) return null;
    out.push({ person: { given: m[2]!, family: m[1]!.charAt(0) + m[1]!.slice(1).toLowerCase() }, style: 'full', text: item });
  }
  return out;
}

/** "Ji-hoon KIM*": a given name (one or two words), then a family name in capitals, perhaps with a footnote mark. */
const GIVEN_UPPER_FAMILY = /^(\p{Lu}\p{Ll}{1,14}(?:-\p{Ll}{1,10})?(?:\s\p{Lu}\p{Ll}{1,14})?)\s(\p{Lu}{2,14}(?:-\p{Lu}{2,14})?)[*†‡]{0,2}$/u;

/**
 * The names of a list printed given name first with family names in capitals ("Ji-hoon KIM*,
 * Xiaoyu WANG†, Hao CHEN"); null unless every item is such a name.
 */
function givenUpperList(cleaned: string): ListedName[] | null {
  const items = cleaned.split(/,|;|\s(?:and|&)\s/).map((x) => x.trim().replace(/^and\s+/, '')).filter(Boolean);
  if (items.length < 2 || items.length > 40) return null;
  const out: ListedName[] = [];
  // Vancouver initials ("Ngata TD") are never four capitals: one family name at least is that long, and each shorter one is a known family name.
  let long = false;
  for (const item of items) {
    const m = GIVEN_UPPER_FAMILY.exec(item);
    if (!m) return null;
    if (m[2]!.length >= 4) long = true;
    else if (!EAST_ASIAN_FAMILY.has(m[2]!)) return null;
    const family = m[2]!.toLowerCase().replace(/(^|-)(\p{Ll})/gu, (_s, a: string, b: string) => a + b.toUpperCase());
    out.push({ person: { given: m[1]!, family }, style: 'full', text: item });
  }
  return long ? out : null;
}

/** The campuses printed after "University of California," ("Santa Cruz", "San Diego"). */
const UC_CAMPUS = /^(?:Berkeley|Davis|Irvine|Los Angeles|Merced|Riverside|San Diego|San Francisco|Santa Barbara|Santa Cruz)$/;

/** A single capitalised name word, a whole item of a list: "Sutrisno". */
const MONONYM = /^\p{Lu}\p{Ll}{2,20}$/u;
/** An Arabic family name that opens with its lower-case article: "al-Hashimi", "el-Sayed". */
const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}/u;

/**
 * The parts of one list item joined by a German, French, Indonesian, Spanish, Portuguese or Croatian "and" ("Anna
 * Weber und Jonas Brandt", "Bruno Lima y Carla Díaz", "Luka Horvat i Petra Babić"); the item alone when none joins it.
 */
function foreignParts(chunk: string): string[] {
  const abroad = chunk.includes(' und ') || chunk.includes(' et ') || chunk.includes(' dan ') ? splitBy(chunk, AND_ABROAD) : [chunk];
  if (!chunk.includes(' y ') && !chunk.includes(' e ') && !chunk.includes(' i ')) return abroad;
  const out: string[] = [];
  for (const x of abroad) {
    let p = 0;
    AND_IBERIAN.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = AND_IBERIAN.exec(x)); ) {
      // Looked at through a window of 80 characters each side, so a long item stays linear.
      const end = m.index + m[0].length;
      if (IBERIAN_BEFORE.test(x.slice(Math.max(p, m.index - 80), m.index)) && IBERIAN_AFTER.test(x.slice(end, end + 80))) {
        out.push(x.slice(p, m.index));
        p = end;
      }
    }
    out.push(x.slice(p));
  }
  return out;
}

function parseNameListOnce(text: string): ListedName[] {
  const cleaned = squeezeSpaces(text.replace(/\bet\.?\s?al\b\.?/gi, ''));
  // Only lists with a capitalised two-letter run can be "FAMILY Given" or "Given FAMILY" lists.
  const upper = /\p{Lu}{2}/u.test(cleaned) ? (upperFamilyList(cleaned) ?? givenUpperList(cleaned)) : null;
  if (upper) return upper;
  const out: ListedName[] = [];
  const single: Array<{ at: number; family: string }> = [];
  for (const group of cleaned.split(';')) {
    const chunks = splitBy(group, ITEM_COMMA);
    let prev = '';
    for (let chunk of chunks) {
      chunk = chunk.trim();
      // "… of the University of California, Santa Cruz": the campus, not a person.
      const campus = prev.endsWith('University of California') && UC_CAMPUS.test(chunk);
      prev = chunk;
      if (!chunk || campus) continue;
      // "A García-López" is an initial and a family name, not the article "A".
      if (/^(?:a|an|the|all|who|which|both|each|from|of|at|in|on|for|to|based|currently|formerly|now)\b/.test(chunk) || /^The\s/.test(chunk)) continue;
      if (SMALL.test(chunk) && !ARABIC_ARTICLE.test(chunk) && !/^(?:and|as well as|including|with|plus|also|co-|first|senior|lead|last|corresponding|study|principal|van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\b/i.test(chunk)) {
        // An appositive that opens in lower case ("graduate student Suhan Kim" keeps its name).
        const tail = /(?:student|researcher|postdoc|fellow|scientist|candidate|resident)\s+(.+)$/i.exec(chunk);
        if (!tail) continue;
        chunk = tail[1]!;
      }
      const parts = splitBy(chunk, AND_SPLIT);
      // "A Lindqvist and O. Brekke": an initial "A" before a family name, not the article, when
      // another part of the item is an initial-first name.
      if (/^An?\s/.test(chunk) && !INITIAL_A.test(chunk) && !(parts.length > 1 && INITIAL_A.test(parts[0]!.trim()) && parts.slice(1).some((x) => readName(x.trim())?.style === 'initial-first'))) continue;
      for (let part of parts.length === 1 && chunk.includes(' ') ? foreignParts(chunk) : parts) {
        // Up to three lead-ins; once a pass changes nothing, the next ones would not either.
        for (let i = 0; i < 3; i++) {
          const next = part.trim().replace(LEAD_IN, '');
          if (next === part) break;
          part = next;
        }
        part = part.replace(/^(?:(?:co-?)?(?:first|senior|lead|last|corresponding|study)\s+(?:co-?)?authors?|(?:graduate|undergraduate|doctoral|PhD)\s+students?|postdocs?)\s+/i, '');
        const name = readName(part);
        if (name) out.push(name);
        else if (MONONYM.test(part.trim()) && !NOT_PERSON.test(part.trim())) single.push({ at: out.length, family: part.trim() });
      }
    }
  }
  // "Sutrisno, Nguyen TTH, Tran VM": a person with one name among Vancouver names, as Indonesian authors are cited.
  if (single.length && single.length < out.length && out.length >= 2 && out.every((n) => n.style === 'vancouver')) {
    for (let i = single.length - 1; i >= 0; i--) out.splice(single[i]!.at, 0, { person: { given: null, family: single[i]!.family }, style: 'vancouver', text: single[i]!.family });
  }
  if (out.length < 3) return out;
  let full = 0;
  let initialFirst = 0;
  let vancouver = 0;
  for (const n of out) {
    if (n.style === 'full') full++;
    else if (n.style === 'initial-first') initialFirst++;
    else vancouver++;
  }
  // The most common style, the first in this order on a tie.
  const most = Math.max(full, initialFirst, vancouver);
  const dominant: NameStyle = full === most ? 'full' : initialFirst === most ? 'initial-first' : 'vancouver';
  if (most >= 3 && dominant !== 'full') return out.filter((n) => n.style === dominant);
  return out;
}
