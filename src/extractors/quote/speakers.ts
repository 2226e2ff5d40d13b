/**
 * People named in a release: mentions found as runs of capitalised words, an index of the
 * fullest form of every name, and the resolution of a printed reference ("Dr. Nestler",
 * "Isobel") to that fullest form.
 * @packageDocumentation
 */
import { INITIALS } from './initials.js';
import { eastAsianFamily } from './family-caps.js';
import { cleanName, GAELIC_AFTER, GAELIC_PARTICLE, GIVEN_ABBREVIATION } from '../../text/names.js';

/** A person named in the text. */
export interface Mention {
  /** The name without honorifics or role words ("Eric J. Nestler"). */
  name: string;
  tokens: string[];
  /** Offset of the name in the scanned text (plus the base offset given). */
  offset: number;
  /** Offset just after the name. */
  end: number;
  /** True when an honorific preceded the name ("Dr. Nestler"). */
  honorific: boolean;
  /** True when printed as a possessive ("Ilves's"). */
  possessive: boolean;
}

/**
 * An honorific word, with the Dutch and German engineering and lecturing titles ("Ir.", "Ing.", "PD", "Dr.-Ing."),
 * the Aboriginal and Torres Strait Islander terms of respect ("Aunty", "Uncle"), a nurse's or a nun's "Sister", the Spanish "Dra." and "Doña", a Latin American master's "M.Sc.", the Indian "Shri", "Shrimati" and "Smt.", the Amharic "Ato" and "Weizero", the Malaysian "Ts." (a registered technologist) and "Datuk", "Dato'" and "Datin", "Hon" and the abbreviated police and military ranks when printed with their period ("Det. Sgt.", "Lt. Col.", "Rt. Hon.").
 */
const HONORIFIC_TOKEN =
  /^(?:(?:Dr|Dra|Drs|Prof|Profs|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Shri|Shrimati|Smt|Doctor|Rev|Reverend|Fr|Lord|Lady|Aunty|Auntie|Uncle|Sister|Doña|Ato|Weizero|Woizero|Weyzero|Ir|Ing|PD|Univ\.-Prof|Dipl\.-Ing|Dr\.-Ing|Priv\.-Doz|Hon|Datuk|Datin|Dato['’]?)\.?|Ts\.|M\.Sc\.|Izv\.|Doc\.|(?:Det|Sgt|Lt|Col|Capt|Insp|Supt|Cpl|Cmdr|Cdr|Brig|Maj|Rt|Cllr)\.)$/;

/**
 * The end of an organisation's name before its "of"/"for" part ("Institute of ", "Centre for the "):
 * capitalised words after it name the body's field ("Institute of Concrete Structures"), not a person.
 */
const ORG_OF = /\b(?:Institute|Institut|Department|School|Centre|Center|Faculty|Division|Laboratory|Museum|Society|Academy|College|Clinic|Hospital|Ministry|Bureau|Agency|Council|Foundation)\s(?:of|for)\s(?:the\s)?$/;

/** Lower-case parts of a German or Austrian doctoral title after "Dr." ("Dr. med.", "Dr. techn.", "Dr. rer. nat."). */
const LOWER_TITLE = /^(?:techn|med|rer|nat|phil|habil|hab|h\.c|dent|vet|jur|oec|sc)\.$/;

/** True when `word` is an honorific printed before a name ("Dr.", "Dame", "Aunty"). */
export const isHonorificWord = (word: string): boolean => HONORIFIC_TOKEN.test(word);

/** True for an honorific or a lower-case part of a doctoral title. */
const titleToken = (w: string): boolean => HONORIFIC_TOKEN.test(w) || LOWER_TITLE.test(w);

/** Capitalised words that open a clause or a role, never part of a name. */
const STOP = new Set(
  (
    'The A An In On At For From With By And But Or Of To As When While After Before Although Though However Today Yesterday ' +
    'Tomorrow According Según Segundo Para Pour This That These Those Its It Their Our We He She They His Her Both Besides Commenting Meanwhile Also ' +
    'Now Then So Yet If Because Since Until Unlike Like Among Including During Over Under Using Led Working Other Another ' +
    'Such Each Every All Some Many Most Several Not No Dear Thanks Here There What Who Why How Where Which Whether Last Next ' +
    'Previously Currently Initially Finally Overall Instead Still Even Just Only Already Although Additionally Furthermore ' +
    'Moreover Indeed Importantly Notably Similarly Likewise Specifically Ultimately Together Following Based Speaking ' +
    'Asked Said Says Added Explains Explained Noted Lead Senior Co-author Coauthor Author Authors First Corresponding ' +
    'Principal Investigator Investigators Director Editor Editors President Vice Chair Chairman Chairwoman Chairperson Dean ' +
    'Provost Chancellor Governor Senator Minister Secretary Commissioner Expert Fellow Researcher Researchers Scientist ' +
    'Scientists Associate Assistant Deputy Executive Chief Head Manager Coordinator Officer Founder Mayor Surgeon General ' +
    'Emeritus Emerita Adjunct Visiting Distinguished Clinical Research Postdoctoral Postdoc Student Graduate Member Team Leader ' +
    'Spokesperson Spokesman Spokeswoman Representative Rep Congressman Congresswoman Judge Justice Ambassador Captain ' +
    'Colonel Major Lieutenant Sergeant Patient Participant Nurse Physician Doctoral Candidate Study Trial Paper Article ' +
    'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug ' +
    'Administrator Rector Superintendent Curator Registrar Premier Councillor Councilor Sheriff Attorney Economist Analyst ' +
    'Engineer Epidemiologist Forecaster Meteorologist Geologist Biologist Chemist Physicist Ecologist Oceanographer ' +
    'Astronomer Psychologist Psychiatrist Neurologist Oncologist Cardiologist Pediatrician Paediatrician Pharmacist ' +
    'Veterinarian Lecturer Project Skipper Grower Fisherman Fisherwoman Beekeeper Rancher Winemaker Midwife Paramedic ' +
    'Angler Teacher Volunteer Caregiver Carer Parent Resident Pupil Survivor Archaeologist Anthropologist Historian Botanist Zoologist Entomologist ' +
    'Geneticist Virologist Immunologist Microbiologist Mathematician Statistician Technician Dentist Therapist ' +
    'Pro MEC Lt Gov Atty Supt Cllr Sgt Cmdr Hon Assemblyman Assemblywoman Magnificus Farmer Baroness Viscount Countess Shri Smt Pastor Rabbi Imam Canon Archdeacon Monsignor Chaplain Councilmember Assemblymember Alderman ' +
    // Aboriginal and Torres Strait Islander community roles before a name ("Traditional Owner", "Elder", "Custodian").
    'Traditional Owner Owners Custodian Custodians Elder Elders ' +
    // German roles before a name ("sagt Erstautor X", "Studienleiterin Y erklärt").
    'Erstautor Erstautorin Letztautor Letztautorin Koautor Koautorin Mitautor Mitautorin Studienleiter Studienleiterin ' +
    'Projektleiter Projektleiterin Doktorand Doktorandin Professorin Forscher Forscherin Biologin Ökologe Ökologin ' +
    // Scandinavian academic ranks before a name ("sier førsteamanuensis X", "Universitetslektor Y").
    'Førsteamanuensis Amanuensis Universitetslektor Førstelektor Dosent Stipendiat Postdoktor Forsker ' +
    // Danish ranks, capitalised at a line's start ("Lektor X", "Adjunkt Y").
    'Lektor Adjunkt Seniorforsker ' +
    // Swedish ranks in their definite form, opening a sentence ("Doktoranden X har studerat …", "Forskaren Y menar").
    'Doktoranden Forskaren Professorn Docenten Lektorn Universitetslektorn Postdoktorn Forskningsledaren ' +
    'Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);

/** Offices held by one person, printed between a place or body and the holder's name ("Queensland Premier X", "Janelia Group Leader X"). */
const OFFICE = new Set(
  (
    'Minister Premier MEC Secretary Governor Senator Mayor Commissioner President Director Chairman Chairwoman Chairperson ' +
    'Provost Rector Chancellor Spokesperson Spokesman Spokeswoman Administrator Ambassador Councillor Councilor Superintendent ' +
    'Officer Executive CEO Leader'
  ).split(' '),
);

/** Prefixes of a hyphenated title ("Pro-Vice-Chancellor", "Co-Chair"). */
const ROLE_PREFIX = new Set(['Pro', 'Co', 'Vice', 'Sub', 'Under']);

/** An institution's acronym before a German role, hyphenated ("LMU-Biologin", "TUM-Forscher"). */
const ACRONYM_PART = /^\p{Lu}{2,6}$/u;

/**
 * True for a hyphenated title whose parts are all role words or title prefixes
 * ("Vice-Chancellor", "Director-General", "Secretary-General", "Pro-Vice-Chancellor"), or a role
 * word after an institution's acronym ("LMU-Biologin", "ETH-Forscherin").
 */
function compoundRole(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  if (parts.length === 2 && ACRONYM_PART.test(parts[0]!) && STOP.has(parts[1]!) && /\p{Ll}/u.test(parts[1]!)) return true;
  return parts.length <= 4 && parts.every((p) => STOP.has(p) || ROLE_PREFIX.has(p)) && !parts.every((p) => ROLE_PREFIX.has(p));
}

/** True when `word` is a capitalised word that opens a clause or a role ("The", "Their", "Researchers"), never part of a name. */
export const isStopWord = (word: string): boolean => STOP.has(word);

/** Words that make a run of capitalised words an organisation or a thing, not a person. */
const ORG = new Set(
  (
    'University Universidad Universität Università Université Universiteit Institute Institut Instituto Center Centre ' +
    'Centers Centres Hospital Hospitals School Department College Society Foundation Trust Council Agency Association ' +
    'Academy Laboratory Laboratories Lab Labs Clinic Clinics Journal Network Program Programme Project Company Inc Ltd ' +
    'LLC Corporation Corp Health Healthcare Medicine Medical Sciences Science Cancer Initiative Service Services Office ' +
    'Ministry Commission Organization Organisation Board Committee Museum Library Fund Unit Division Faculty Federal ' +
    'National International State Press News Times Post Magazine Review Reports Disease Diseases Syndrome Therapy ' +
    'Psychiatry Neurology Oncology Nature Lancet Cell Conference Congress Meeting Annual Congressional Government ' +
    'Republic Kingdom States Street Avenue Road River Lake Mount County City Park Group Consortium Alliance Partners ' +
    'Pharmaceuticals Pharma Biotech Technologies Technology Systems Industries Holdings Bank Prize Award Awards Fellowship ' +
    'Grant Day Week Month Year Act Law Code Protocol Guidelines Index Scale Test Score Model Method Diet Research Studies ' +
    'Environment Environmental Engineering Federation Union Coalition Authority Bureau League Chamber Management ' +
    'Plan Strategy Framework Policy Branch Biology Chemistry Physics Ecology Genetics Physiology Immunology Microbiology Geology Geophysics Astronomy ' +
    'Astrophysics Zoology Botany Experimental Proceedings Letters Frontiers Panel Mountains Islands Valley Administration ' +
    'Observatory Observatories Survey Directorate Secretariat Institution Conservancy Aquarium Gardens Collaboration Sanctuary ' +
    'Police Constabulary Army Navy Court Tribunal ' +
    // Units of a university in Italian, Spanish, Portuguese, Dutch, German and Catalan ("X del Dipartimento di …", "Y de la Facultad de …", "Z vom Departement …").
    'Dipartimento Departamento Istituto Facoltà Facultad Faculdade Laboratorio Laboratório Vakgroep Faculteit ' +
    'Departement Departament Facultat Fakultät Abteilung Lehrstuhl Fachbereich Fachgebiet Arbeitsgruppe Forschungsgruppe Klinikum Universitätsklinikum Zentrum ' +
    // Public bodies named by an adjective or a field and a nation ("Natural England", "Sport Wales", "Historic Environment Scotland").
    'Natural Historic Heritage Wildlife Forestry Transport Energy Water Sport Sports Waterways ' +
    // Member-owned bodies ("Abrolhos Dive Co-operative", "the Weavers' Guild").
    'Cooperative Cooperatives Co-operative Co-operatives Co-op Collective Guild ' +
    // Landforms after a place's adjective ("the Kenyan Rift", "the Ethiopian Highlands").
    'Rift Basin Plateau Highlands Lowlands Desert Peninsula Gulf Ocean Reef Glacier Fjord Archipelago Wetlands Estuary Coast ' +
    // The last words of countries and cities named like people ("South Africa", "New Zealand", "Abu Dhabi").
    'Africa Korea Zealand Arabia Lanka Rica Emirates Guinea Caledonia Dhabi Lumpur Delhi'
  ).split(' '),
);

/** A capitalised occupation by its suffix, opening a sentence before a name ("Volcanologist X", "Paediatrician X", "Geophysicist X"). */
const OCCUPATION = /^\p{Lu}\p{Ll}{2,16}(?:ologist|ographer|onomer|ician|icist|iatrist|apist|tist|cist|mist|nist)$/u;

/** Organisation words that are also common family names ("Ji-woo Park", "said Park", "Kenneth Law"): a name when they end a person's run. */
const FAMILY_TOO = new Set(['Park', 'Law', 'Day', 'Lake', 'Grant']);

/** True when `w` makes a run an organisation, unless it is a family name ending the run (`last`). */
const orgWord = (w: string, last: boolean): boolean => ORG.has(w) && !(last && FAMILY_TOO.has(w));

/** Organisation words that are also common given names ("Grant McAllister"): a name when they open a person's run before a family name. */
const GIVEN_TOO = new Set(['Grant']);

/** Capitalised nouns that make "Grant X" a thing, not a person ("Grant Agreement", "Grant Scheme"). */
const GRANT_THING = new Set(
  'Agreement Agreements Scheme Schemes Application Applications Number Holder Holders Recipient Recipients Funding Proposal Proposals Writing Round Call Awardee Awardees Reference Period Panel Review Office'.split(' '),
);

/**
 * True when `words[i]` is a given name that is also an organisation word ("Grant"), opening a run
 * of two or three words up to `hi` whose next word reads as a family name ("Grant Okafor").
 */
function givenToo(words: readonly string[], i: number, hi: number): boolean {
  if (hi - i < 2 || hi - i > 3 || !GIVEN_TOO.has(stripDot(words[i]!))) return false;
  const next = stripDot(words[i + 1]!);
  return /^\p{Lu}[\p{Ll}\p{Lm}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{Lm}\p{M}]+)?$|^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u.test(next) && !ORG.has(next) && !STOP.has(next) && !GRANT_THING.has(next);
}

const PARTICLE = /^(?:van|von|vom|der|den|de|del|della|dal|dalla|dello|dei|degli|des|di|da|dos|das|du|la|las|le|los|ter|ten|bin|bint|binti|binte|ibn|al|el|zu|af|ap|ab|y|i)$/;
/** An Arabic family name printed with its article in lower case and a hyphen ("al-Hashimi", "el-Sayed"): a name word inside a run. */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-\p{Lu}[\p{Ll}\p{M}'’]{1,30}$/u;
const INITIAL = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{1,2}$|^\p{Lu}\.-\p{Lu}\.$/u;
const CAPWORD = /^\p{Lu}[\p{Ll}\p{Lm}\p{M}'’]*(?:[\p{Lu}\p{Ll}\p{Lm}\p{M}'’]*)(?:-\p{L}[\p{L}\p{M}'’]*)*$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Character class bits of the tokenizer. */
const LETTER = 1; // [\p{L}\p{M}]
const DIGIT = 2; // an ASCII digit (`\d`)
const SPACE_BIT = 4; // `\s`
const UPPER_BIT = 8; // \p{Lu}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
const UPPER = /^\p{Lu}$/u;
/** Class bits of the BMP code points met so far, plus 16 (0 is not yet known). */
const bmpClass = new Uint8Array(0x10000);

/**
 * The class bits of a code point: ASCII classified directly, other code points by the same
 * Unicode classes as regular expressions, cached per BMP code point.
 */
function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER_BIT;
    if (cp >= 48 && cp <= 57) return DIGIT;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE_BIT;
    return 0;
  }
  if (cp < 0x10000) {
    const known = bmpClass[cp]!;
    if (known) return known - 16;
  }
  const c = String.fromCodePoint(cp);
  const k = LETTER_OR_MARK.test(c) ? LETTER | (UPPER.test(c) ? UPPER_BIT : 0) : SPACE.test(c) ? SPACE_BIT : 0;
  if (cp < 0x10000) bmpClass[cp] = k + 16;
  return k;
}

/** A character that continues a word: a letter or mark, an apostrophe or a hyphen (ASCII only here). */
const WORD_BIT = 32;

/** The class bits of the ASCII characters, with {@link WORD_BIT} for letters, `'` and `-`. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classOf(c) | (classOf(c) & LETTER || c === 39 || c === 45 ? WORD_BIT : 0);

/**
 * A text split into words (a letter or mark, then up to 60 letters, marks, apostrophes or
 * hyphens, then an optional period), runs of up to 20 digits and single other characters,
 * white space skipped: the tokens of `/[\p{L}\p{M}][\p{L}\p{M}'’\-]{0,60}\.?|\d{1,20}|[^\s\p{L}\p{M}\d]/gu`,
 * found in one linear scan and kept as offsets, so that the mentions in any part of the text
 * can be found from them.
 */
export class TokenizedText {
  /** Offsets where the tokens start. */
  readonly starts: number[] = [];
  /** Offsets just after the tokens. */
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c0 = text.charCodeAt(i);
      let k: number;
      let width = 1;
      if (c0 < 128) k = ASCII_CLASS[c0]!;
      else {
        const cp = text.codePointAt(i)!;
        k = classOf(cp);
        if (cp > 0xffff) width = 2;
      }
      if (k & SPACE_BIT) {
        i += width;
        continue;
      }
      const start = i;
      i += width;
      if (k & LETTER) {
        for (let count = 0; count < 60 && i < n; count++) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            if (ASCII_CLASS[c]! & WORD_BIT) i++;
            else break;
          } else {
            const cp = text.codePointAt(i)!;
            if (cp === 0x2019 || classOf(cp) & LETTER) i += cp > 0xffff ? 2 : 1;
            else break;
          }
        }
        if (text.charCodeAt(i) === 46) i++;
      } else if (k & DIGIT) {
        for (let count = 1; count < 20 && i < n; count++) {
          const c = text.charCodeAt(i);
          if (c >= 48 && c <= 57) i++;
          else break;
        }
      }
      this.starts.push(start);
      this.ends.push(i);
    }
  }

  /** True when token `i` opens with an upper-case letter (`\p{Lu}`). */
  upper(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]!);
    if (c < 128) return c >= 65 && c <= 90;
    return (classOf(this.text.codePointAt(this.starts[i]!)!) & UPPER_BIT) !== 0;
  }

  /** The text of token `i`. */
  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /**
   * The tokens `[lo, hi)` of the part `[from, to)` of the text, or null when a token crosses
   * either end (the part would be tokenized differently). A scan of the part starts and ends
   * between tokens then, so it finds exactly these tokens.
   */
  range(from: number, to: number): [number, number] | null {
    const lo = this.firstFrom(from);
    if (lo > 0 && this.ends[lo - 1]! > from) return null;
    const hi = this.firstFrom(to);
    if (hi > 0 && this.ends[hi - 1]! > to) return null;
    return [lo, hi];
  }

  /** The index of the first token starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The text whose tokens {@link findMentions} reuses for its parts, set by {@link withTokens}. */
let current: TokenizedText | null = null;

/**
 * Runs `fn` with `tokens` as the text whose parts {@link findMentions} reads from the kept
 * tokens instead of tokenizing them again (a part is recognised by its offset in the text).
 */
export function withTokens<T>(tokens: TokenizedText, fn: () => T): T {
  const previous = current;
  current = tokens;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * True when the text between two tokens is one to three spaces or no-break spaces. A tab is
 * no gap inside a name: it parts the cells of a table row ("Sigrid Almqvist<TAB>Henrik
 * Sandberg" are two people, not one four-word name).
 */
function smallGap(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** True when `bare` ends like a possessive (`'`, `’`, `'s`, `’s`): a cheap test before the regular expression. */
function possessiveEnding(bare: string): boolean {
  const n = bare.length;
  const last = bare.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return true;
  if (last !== 115) return false;
  const prev = bare.charCodeAt(n - 2);
  return prev === 39 || prev === 0x2019;
}

/** The first word from `from` (before `hi`) that is not a particle, looking at most three words on; undefined when none. */
function afterParticles(words: readonly string[], from: number, hi: number): string | undefined {
  for (let i = from; i < hi && i < from + 3; i++) if (!PARTICLE.test(words[i]!)) return words[i];
  return undefined;
}

/** Month names and abbreviations that are also given names ("Jun Wu", "May Lee", "April Smith"). */
const MONTH_GIVEN = new Set(['Jan', 'Jun', 'May', 'April', 'June', 'August', 'Augusta']);

/** Words that, before a month, make it a date ("in June", "last May"), not a given name. */
const DATE_LEAD = /^(?:In|On|By|Since|Until|Till|During|From|Through|Throughout|Last|Next|This|Early|Late|Mid|Of|Before|After|Between|Each|Every|Since|Until)$/;

/**
 * True when `first` is a month that is a given name here: followed by a capitalised surname
 * (`next`, or `after` when `next` is a particle) that is not itself a stop word, and not preceded
 * (`prev`) by a date preposition.
 */
function monthGiven(first: string, next: string | undefined, prev: string | undefined, after?: string): boolean {
  if (!MONTH_GIVEN.has(first) || next === undefined) return false;
  if (prev !== undefined && DATE_LEAD.test(stripDot(prev))) return false;
  // Particles may open the surname ("Jan de Vries", "Jan van der Berg"): `after` is the word past them.
  const bare = stripDot(PARTICLE.test(next) && after !== undefined ? after : next);
  return capWord(bare) && !STOP.has(bare) && !ORG.has(bare) && !isAcronym(bare) && !HONORIFIC_TOKEN.test(next);
}

/** Capitalised words that open a sentence and stand for no one ("Everyone said"). */
const NOT_SURNAME = new Set(
  (
    'Everyone Everybody Someone Somebody Nobody Anyone People Officials Experts Doctors Others Critics Parents Patients ' +
    'Participants Clinicians Physicians Nurses Students Women Men Children Users Companies Regulators Analysts Observers ' +
    'Supporters Proponents Opponents Data Evidence Results Findings Science Research Nature Cell God Mom Dad Fig Figure Table'
  ).split(' '),
);

/**
 * A single capitalised word as a surname printed alone next to a reporting verb ("said Wu"),
 * or null when it is a stop word, an organisation word, an acronym or a word that stands for
 * no one; initials `known` as a person's are a name.
 */
export function bareSurname(word: string, offset: number, known?: (word: string) => boolean): Mention | null {
  const w = word;
  // Initials the release defined for a person ("… Vos-Amankwah (HVA)"), used alone.
  if (known && INITIALS.test(w) && known(w)) return { name: w, tokens: [w], offset, end: offset + w.length, honorific: false, possessive: false };
  if (w.length < 2 || !capWord(w) || /['’]/.test(w)) return null;
  if (STOP.has(w) || orgWord(w, true) || NOT_SURNAME.has(w) || HONORIFIC_TOKEN.test(w) || isAcronym(w) || PARTICLE.test(w)) return null;
  return { name: w, tokens: [w], offset, end: offset + w.length, honorific: false, possessive: false };
}

const isAcronym = (w: string): boolean => /^\p{Lu}{3,}$/u.test(w);
const stripDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/**
 * Family names of two letters, printed in capitals before a given name ("LI Na", "OH Se-jin");
 * any other two capitals before a name are initials printed without periods ("JK Mensah").
 */
const TWO_LETTER_FAMILY = new Set('AN BA BI DO DU FU GO GU HA HE HO HU IM JI KO KU LE LI LU LY MA MO NG OH OK OU QI SO SU TO TU WU XU YE YI YU'.split(' '));

/** True for a family name printed in capitals, as East Asian names often are ("SATO", "KIM", "OH"), or with an apostrophe ("O'NEILL"). */
const upperFamily = (w: string): boolean =>
  /^(?:\p{Lu}{1,3}['’])?\p{Lu}{2,16}(?:-\p{Lu}{2,16})?$/u.test(w) && !STOP.has(w) && !ORG.has(w) && (w.length !== 2 || TWO_LETTER_FAMILY.has(w));

/** A given name with a hyphen and a lower-case second part ("Hae-won", "Seo-yeon", "Chia-hao"). */
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{1,8}-\p{Ll}{2,8}$/u;

/** Names of ministerial portfolios, printed between a minister's title and their name. */
const PORTFOLIO = new Set(
  (
    'Agriculture Fisheries Forestry Health Education Energy Innovation Industry Trade Resources Water Climate Transport ' +
    'Infrastructure Tourism Finance Defence Defense Housing Employment Sport Universities Skills Jobs Aged Care Regions'
  ).split(' '),
);

/** True for a given name after a family name in capitals ("Kenji", "Min-jun", "Seo-yeon"). */
function givenWord(word: string): boolean {
  const w = stripDot(word);
  return /^\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?:-\p{L}[\p{Ll}\p{Lm}\p{M}]*)?$/u.test(w) && !STOP.has(w) && !ORG.has(w);
}

/** True when a name's tokens put the family name first, in capitals ("SATO Kenji", "KIM Min-jun"). */
export function familyFirst(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && upperFamily(tokens[0]!) && tokens.slice(1).every(givenWord);
}

/** The label of a contact's phone or address, printed after the name on a run-on contact line. */
const CONTACT_LABEL = /^(?:Tel|Tél|Telefon|Telephone|Phone|Fax|Mobile|Email|E-mail|Mail)$/;

/** Honours, fellowships, degrees and seats printed after a name without a comma ("AO", "OBE", "FRS", "FMedSci", "PhD", "MBChB", "MP"). */
const POST_NOMINAL =
  /^(?:AC|AO|AM|OAM|OBE|MBE|CBE|KBE|DBE|FRS|FRSE|FRSC|FRSB|FRSN|FMedSci|FREng|FBA|FAA|FAHMS|FTSE|FASSA|FAcSS|FRCP|FRCS|FRCPath|FRACP|FRSNZ|FNA|FASc|FNASc|FRCPCH|FRCPsych|FRCGP|FRCOG|FRCR|FRCA|FRCSEd|FRCPE|FRCPI|FRCPC|FRANZCP|FANZCA|FACEM|MRCP|MRCGP|MRCS|MRCPsych|PhD|MD|DPhil|DSc|DrPH|PharmD|MPH|MBBS|MBChB|MBBCh|BMBCh|BMBS|MBBChir|QC|KC|MP|MSP|MEP|MLA|MPP|MHA|TD)$/;

/**
 * Reduces a run of capitalised tokens (the first `n` of `words`) to a person's name, or null
 * when it names no one.
 */
function toPerson(
  words: readonly string[],
  n: number,
  known?: (word: string) => boolean,
): { tokens: string[]; honorific: boolean; skipped: number } | null {
  let start = 0;
  let honorific = false;
  for (let i = 0; i < n; i++) {
    if (titleToken(words[i]!)) {
      start = i + 1;
      honorific = true;
    }
  }
  // The name is words [lo, hi).
  let lo = start;
  let hi = n;
  // A family name in capitals after an honorific, alone or before the given name ("Professor SATO", "Dr. KIM Min-jun").
  if (honorific && hi > lo && hi - lo <= 3 && upperFamily(stripDot(words[lo]!)) && words.slice(lo + 1, hi).every(givenWord)) {
    const tokens = words.slice(lo, hi);
    tokens[tokens.length - 1] = stripDot(tokens[tokens.length - 1]!);
    return { tokens, honorific, skipped: lo };
  }
  // A family name in capitals opening a run before a hyphenated given name, as Korean names are printed ("JUNG Hae-won").
  // or before a plain given name when the run is nothing else ("NAKAMURA Aoi", "LIU Fang").
  if (!honorific && hi - lo === 2 && upperFamily(stripDot(words[lo]!)) && (HYPHEN_GIVEN.test(stripDot(words[lo + 1]!)) || (lo === 0 && eastAsianFamily(stripDot(words[lo]!)) && givenWord(words[lo + 1]!)))) {
    return { tokens: [words[lo]!, stripDot(words[lo + 1]!)], honorific, skipped: lo };
  }
  const strippable = (t: string): boolean =>
    STOP.has(stripDot(t)) || isAcronym(stripDot(t)) || HONORIFIC_TOKEN.test(t) || compoundRole(stripDot(t)) || OCCUPATION.test(t);
  // Organisation words before a role word are the role's ("City Administrator", "County Health Officer").
  let orgEnd = lo;
  while (orgEnd < hi - 1 && orgEnd - lo < 3 && ORG.has(stripDot(words[orgEnd]!))) orgEnd++;
  if (orgEnd > lo && STOP.has(stripDot(words[orgEnd]!))) lo = orgEnd;
  while (
    hi > lo &&
    strippable(words[lo]!) &&
    !(hi - lo === 1 && (known?.(words[lo]!) ?? false)) &&
    !monthGiven(words[lo]!, lo + 1 < hi ? words[lo + 1] : undefined, lo > 0 ? words[lo - 1] : undefined, afterParticles(words, lo + 1, hi))
  ) {
    lo++;
  }
  // A minister's portfolio before the name ("… Fisheries and Forestry Julie Hartigan", "Health Mark Bell").
  while (hi - lo > 2 && PORTFOLIO.has(words[lo]!)) lo++;
  // A place or body before an office ("Queensland Premier Anna Bligh", "Western Cape MEC X", "Lagos State Governor X"): the name follows the office.
  for (let k = hi - 3; k > lo; k--) {
    const w = stripDot(words[k]!);
    if (OFFICE.has(w) || compoundRole(w)) {
      lo = k + 1;
      break;
    }
  }
  while (hi - lo > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(words[hi - 1]!)) hi--;
  // Honours and fellowships printed after a name without a comma ("Margaret Yeo AO", "Jo Bell FRS").
  while (hi - lo > 2 && POST_NOMINAL.test(stripDot(words[hi - 1]!))) hi--;
  // A contact line's label after the name, where a page's line breaks were lost ("Prof. Dr. X Tel.: +49 …").
  while (hi - lo > 2 && CONTACT_LABEL.test(stripDot(words[hi - 1]!))) hi--;
  if (hi === lo) return null;
  // A family name that is also an organisation word, printed first before a hyphenated given name ("Park Ji-hoon"), is a name.
  const koreanOrder = hi - lo === 2 && FAMILY_TOO.has(stripDot(words[lo]!)) && HYPHEN_GIVEN.test(stripDot(words[lo + 1]!));
  for (let i = lo; i < hi; i++) if (orgWord(stripDot(words[i]!), i === hi - 1 && (i > lo || honorific)) && !(i === lo && (koreanOrder || givenToo(words, i, hi)))) return null;
  const lastWord = words[hi - 1]!;
  const last = stripDot(lastWord);
  // "Prof. Ivy WONG", "Dr Marcus CHEUNG": a given name in mixed case, then an East Asian family name in capitals, as Hong Kong prints it.
  const capsFamily = hi - lo === 2 && isAcronym(last) && eastAsianFamily(last) && capWord(stripDot(words[lo]!)) && !STOP.has(stripDot(words[lo]!));
  if (INITIAL.test(lastWord) || (isAcronym(last) && !capsFamily) || PARTICLE.test(last)) return null;
  // A run that ends on an office names no one ("Ontario Minister" of "Ontario Minister of Health X", "U.S. Rep." of "U.S. Rep. X").
  if (OFFICE.has(last) || compoundRole(last) || (last === 'Rep' && hi - lo <= 2)) return null;
  // Particles do not count against the length ("María José de los Santos Ortega").
  let particles = 0;
  for (let i = lo + 1; i < hi - 1; i++) if (PARTICLE.test(words[i]!)) particles++;
  if (hi - lo - particles > 5) return null;
  const tokens = words.slice(lo, hi);
  tokens[tokens.length - 1] = last;
  return { tokens, honorific, skipped: lo };
}

/**
 * True when `w`, a lower-case word, goes on a run of `n` words that ends in a Gaelic particle: the article
 * "an" before a capitalised or mutated word ("Mac an tSionnaigh", "Mac an Bhaird"), or a mutated word
 * ("tSionnaigh", "bhFáilbhe") after the particle or its "an".
 */
function gaelicInside(words: readonly string[], n: number, w: string, next: string | undefined): boolean {
  if (!n) return false;
  const prev = words[n - 1]!;
  if (w === 'an') return GAELIC_PARTICLE.test(prev) && next !== undefined && (capWord(stripDot(next)) || GAELIC_AFTER.test(stripDot(next)));
  const afterParticle = GAELIC_PARTICLE.test(prev) || (prev === 'an' && n > 1 && GAELIC_PARTICLE.test(words[n - 2]!));
  return afterParticle && GAELIC_AFTER.test(stripDot(w));
}

/**
 * True when token `i` is a Slavic or Spanish "and" ("i", "y") with two capitalised words after it
 * ("… i Jelena Vukašinović"): it joins a second person's name, where a Catalan or Spanish joining
 * particle ("Puig i Cadafalch", "Ramón y Cajal") has one family name after it.
 */
function joinsTwoNames(tokens: TokenizedText, i: number, hi: number): boolean {
  const w = tokens.word(i);
  if ((w !== 'i' && w !== 'y') || i + 2 >= hi) return false;
  return tokens.upper(i + 1) && tokens.upper(i + 2) && capWord(stripDot(tokens.word(i + 1))) && capWord(stripDot(tokens.word(i + 2)));
}

/** True when the tokens from `i` (before `hi`) are more particles and then a capitalised word ("der Berg"). */
function particleLeadsToName(tokens: TokenizedText, i: number, hi: number): boolean {
  for (let k = i; k < i + 3 && k < hi; k++) {
    const w = tokens.word(k);
    // "X vom Institut für …", "Y de la Universidad …": the particle opens the person's affiliation, not part of the name.
    if (ORG.has(stripDot(w))) return false;
    if (capWord(stripDot(w)) || ARTICLE_NAME.test(stripDot(w))) return true;
    if (!PARTICLE.test(w)) return false;
  }
  return false;
}

/**
 * Finds the people named in `text`: runs of capitalised words, initials and particles, cut
 * at honorifics, stripped of leading role words, rejected when they contain organisation
 * words. Single words count only after an honorific or when `known` says so.
 */
export function findMentions(text: string, base = 0, known?: (word: string) => boolean, at = base): Mention[] {
  // A part of the text set by withTokens (found where `at` says) reuses its tokens.
  const src = current;
  if (src && at >= 0 && at + text.length <= src.text.length && src.text.startsWith(text, at)) {
    const r = src.range(at, at + text.length);
    if (r) return mentionsIn(src, r[0], r[1], base - at, known);
  }
  const own = new TokenizedText(text);
  return mentionsIn(own, 0, own.starts.length, base, known);
}

/**
 * True when `w` matches {@link CAPWORD}: an all-ASCII word is checked by its codes (a capital,
 * then letters and apostrophes, each hyphen followed by a letter), any other by the expression.
 */
function capWord(w: string): boolean {
  const n = w.length;
  if (n === 0) return false;
  const c0 = w.charCodeAt(0);
  if (c0 >= 128) return CAPWORD.test(w);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return CAPWORD.test(w);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39) continue;
    if (c !== 45) return false;
    const d = w.charCodeAt(i + 1);
    if (d >= 128) return CAPWORD.test(w);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) return false;
    i++;
  }
  return true;
}

/** True when the run at `start` of `text` follows an organisation's "of"/"for" ("Institute of Concrete Structures"). */
function afterOrgOf(text: string, start: number): boolean {
  if (start < 12) return false;
  const c = text.charCodeAt(start - 2);
  // Only "of ", "for " or "the " can end the lead: a cheap look at the letter before the space.
  if (c !== 102 && c !== 114 && c !== 101) return false;
  return ORG_OF.test(text.slice(Math.max(0, start - 40), start));
}

/** The people named in a whole tokenized text: what {@link findMentions} finds in `tokens.text` without `known`. */
export function mentionsOf(tokens: TokenizedText): Mention[] {
  return mentionsIn(tokens, 0, tokens.starts.length, 0, undefined);
}

/** The mentions in tokens `[lo, hi)` of `tokens`; `shift` turns offsets in its text into reported offsets. */
function mentionsIn(tokens: TokenizedText, lo: number, hi: number, shift: number, known: ((word: string) => boolean) | undefined): Mention[] {
  const text = tokens.text;
  const out: Mention[] = [];
  // The current run of words: the first `n` entries of parallel lists (no object per word).
  const words: string[] = [];
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  let n = 0;
  const push = (w: string, start: number, end: number): void => {
    words[n] = w;
    runStarts[n] = start;
    runEnds[n] = end;
    n++;
  };
  const flush = (possessive: boolean): void => {
    if (!n) return;
    // A lone word names someone only when `known` knows it (honorifics and role words alone name no one).
    if (n === 1 && !(known?.(stripDot(words[0]!)) ?? false)) {
      n = 0;
      return;
    }
    const person = toPerson(words, n, known);
    if (person && !person.honorific && afterOrgOf(text, runStarts[person.skipped]!)) {
      n = 0;
      return;
    }
    if (person) {
      const lastText = words[n - 1]!;
      const end = runEnds[n - 1]! - (lastText.endsWith('.') && !INITIAL.test(lastText) ? 1 : 0);
      const single = person.tokens.length === 1;
      if (!single || person.honorific || (known?.(person.tokens[0]!) ?? false)) {
        out.push({
          name: person.tokens.join(' '),
          tokens: person.tokens,
          offset: shift + runStarts[person.skipped]!,
          end: shift + end,
          honorific: person.honorific,
          possessive,
        });
      }
    }
    n = 0;
  };
  const { starts, ends } = tokens;
  for (let i = lo; i < hi; i++) {
    const start = starts[i]!;
    // Initials printed without a space ("J.K.") are split by the tokens: one initial of the run again.
    if (n && runEnds[n - 1] === start && ends[i] === start + 2 && text.charCodeAt(start + 1) === 46 && tokens.upper(i)) {
      const joined = words[n - 1]! + tokens.word(i);
      if (INITIAL.test(joined)) {
        words[n - 1] = joined;
        runEnds[n - 1] = ends[i]!;
        continue;
      }
    }
    if (n && !smallGap(text, runEnds[n - 1]!, start)) flush(false);
    if (!tokens.upper(i)) {
      // Not a capitalised word, initial, honorific or possessive name: a particle inside a run, or the run's end.
      if (!n) continue;
      const w = tokens.word(i);
      // "Nebojša Stojiljković i Jelena Vukašinović": "i"/"y" between two names of two words or more joins two people.
      if (n >= 2 && joinsTwoNames(tokens, i, hi)) flush(false);
      else if (PARTICLE.test(w) && particleLeadsToName(tokens, i + 1, hi)) push(w, start, ends[i]!);
      else if (ARTICLE_NAME.test(stripDot(w))) {
        push(w, start, ends[i]!);
        if (w.endsWith('.')) flush(false);
      }
      else if (gaelicInside(words, n, w, i + 1 < hi ? tokens.word(i + 1) : undefined)) {
        push(w, start, ends[i]!); // "Eoin Mac an tSionnaigh"
        if (w.endsWith('.')) flush(false);
      }
      else if (LOWER_TITLE.test(w) && titleToken(words[n - 1]!)) push(w, start, ends[i]!); // "Dr. techn. Magdalena X"
      else flush(false);
      continue;
    }
    const w = tokens.word(i);
    // A title the tokens split at its hyphen ("Univ.-Prof.", "Dipl.-Ing.", "Dr.-Ing.") is one honorific.
    if (w.endsWith('.') && i + 2 < hi && ends[i] === starts[i + 1] && ends[i + 1] === starts[i + 2] && tokens.word(i + 1) === '-') {
      const joined = `${w}-${tokens.word(i + 2)}`;
      if (HONORIFIC_TOKEN.test(joined)) {
        push(joined, start, ends[i + 2]!);
        i += 2;
        continue;
      }
    }
    // A spaced master's title ("el M. Sc. Juan Solís") is one honorific, not an initial and a word.
    if (w === 'M.' && i + 1 < hi && tokens.word(i + 1) === 'Sc.' && smallGap(text, ends[i]!, starts[i + 1]!)) {
      push('M.Sc.', start, ends[i + 1]!);
      i += 1;
      continue;
    }
    const bare = stripDot(w);
    const possessiveMatch = possessiveEnding(bare) ? /^(.*\p{L})['’]s?$/u.exec(bare) : null;
    if (possessiveMatch && capWord(possessiveMatch[1]!) && /['’]s$|s['’]$/.test(bare)) {
      push(possessiveMatch[1]!, start, start + possessiveMatch[1]!.length);
      flush(true);
      continue;
    }
    const capital = capWord(bare) || INITIAL.test(w) || HONORIFIC_TOKEN.test(w);
    const particle = !capital && n > 0 && PARTICLE.test(w) && particleLeadsToName(tokens, i + 1, hi);
    if (capital || particle) {
      push(w, start, ends[i]!);
      // A word ending in a period that is not an initial or honorific ends the sentence.
      if (w.endsWith('.') && !INITIAL.test(w) && !HONORIFIC_TOKEN.test(w) && !(GIVEN_ABBREVIATION.test(w) && i + 1 < hi && capWord(stripDot(tokens.word(i + 1))) && !STOP.has(tokens.word(i + 1)))) flush(false);
      continue;
    }
    flush(false);
  }
  flush(false);
  return out;
}

/** Folds a name for comparison: accents removed, lower case (ASCII, which has no accents to remove, is only lower-cased). */
function fold(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return s.toLowerCase();
}

/** The family name of a name's tokens: the last word with any particles before it. */
const familyOf = (tokens: readonly string[]): string => fold((familyFirst(tokens) ? tokens[0] : tokens[tokens.length - 1]) ?? '');

/** The first letter of a name's given name, folded ("Y. Watanabe" and "WATANABE Yui" both give "y"). */
const givenInitial = (tokens: readonly string[]): string => fold((familyFirst(tokens) ? tokens[1] : tokens[0]) ?? '').charAt(0);

/** A name as resolved against the release, with the offset of the fullest form. */
export interface Resolved {
  name: string;
  /** Offset where the fullest form was found, when it came from the text. */
  offset?: number;
  /** `fullest-form`, `given-name`, `as-printed`. */
  how: 'fullest-form' | 'given-name' | 'as-printed';
}

/** Every full name printed in a release, for resolving short references to the fullest form. */
export class NameIndex {
  private readonly byFamily = new Map<string, Mention[]>();
  private readonly byGiven = new Map<string, Mention[]>();

  /** Three-word names by their middle word, the first of two family names ("Reyes" for "Sofía Reyes Araúz"). */
  private readonly byFirstFamily = new Map<string, Mention[]>();

  private readonly seen = new Set<string>();
  /** The two-word names of article authors (added with offset -1), given name first, by their folded words. */
  private readonly authors = new Map<string, string>();
  /** People by the initials the release brackets after their full name ("HVA"). */
  private readonly initials = new Map<string, Mention>();

  /** Records `letters` as the initials the release defines for the person of `m`. */
  addInitials(letters: string, m: Mention): void {
    if (!this.initials.has(letters)) this.initials.set(letters, m);
  }

  /** Adds a mention (at least two words) to the index; a name already indexed is kept at its first place. */
  add(m: Mention): void {
    if (m.offset === -1 && m.tokens.length === 2) this.authors.set(m.tokens.map(fold).join(' '), m.name);
    if (m.tokens.length < 2 || this.seen.has(m.name)) return;
    this.seen.add(m.name);
    const fam = familyOf(m.tokens);
    const list = this.byFamily.get(fam) ?? [];
    list.push(m);
    this.byFamily.set(fam, list);
    if (m.tokens.length === 3 && !familyFirst(m.tokens) && capWord(m.tokens[1]!)) {
      const first = fold(m.tokens[1]!);
      this.byFirstFamily.set(first, [...(this.byFirstFamily.get(first) ?? []), m]);
    }
    // Two family names joined by "y" ("María José Gutiérrez y Mejía"): the first is the one a later mention uses alone.
    const y = m.tokens.indexOf('y');
    if (y >= 2 && y === m.tokens.length - 2 && m.tokens.length > 3 && capWord(m.tokens[y - 1]!)) {
      const first = fold(m.tokens[y - 1]!);
      this.byFirstFamily.set(first, [...(this.byFirstFamily.get(first) ?? []), m]);
    }
    const given = fold(stripDot((familyFirst(m.tokens) ? m.tokens[1] : m.tokens[0])!));
    if (given.length > 1) {
      const g = this.byGiven.get(given) ?? [];
      g.push(m);
      this.byGiven.set(given, g);
    }
  }

  /**
   * The one indexed three-word name that `m`, a two-word name, opens with a second family name
   * after it ("Valentina Orellana Pizarro" for "Valentina Orellana"), else `m`.
   */
  private withSecondFamily(m: Mention): Mention {
    if (m.tokens.length !== 2) return m;
    const longer = (this.byFirstFamily.get(fold(m.tokens[1]!)) ?? []).filter((o) => fold(o.tokens[0]!) === fold(m.tokens[0]!));
    return longer.length === 1 ? longer[0]! : m;
  }

  /** True when the exact name is already indexed. */
  has(name: string): boolean {
    return this.seen.has(name);
  }

  /** True when `word` is the family or given name of someone in the index, or the first of one person's two family names. */
  knows(word: string): boolean {
    if (this.initials.has(word)) return true;
    const w = fold(stripDot(word));
    return this.byFamily.has(w) || this.byGiven.has(w) || this.byFirstFamily.get(w)?.length === 1;
  }

  /**
   * The fullest form of `reference`: the longest indexed name with the same family name and
   * a compatible first initial; a lone given name ("Isobel") matches by given name. When
   * people share a family name and the reference gives no initial, the one named last
   * before `near` wins.
   */
  resolve(reference: string, near?: number): Resolved {
    const byInitials = this.initials.get(reference.trim());
    if (byInitials) return this.resolve(byInitials.name, near);
    const cleaned = cleanName(reference.replace(/['’]s$/, ''));
    const words = cleaned.split(/\s+/).filter(Boolean);
    if (!words.length) return { name: reference, how: 'as-printed' };
    const fam = familyOf(words);
    const initial = words.length > 1 ? givenInitial(words) : '';
    // A reference of several words that ends a longer name is its family name ("Ní Bhriain", "García Márquez").
    const tail = words.length > 1 ? words.map((w) => fold(w)).join(' ') : '';
    const endsWith = (m: Mention): boolean => m.tokens.length > words.length && m.tokens.slice(-words.length).map((w) => fold(w)).join(' ') === tail;
    let cands = (this.byFamily.get(fam) ?? []).filter((m) => !initial || givenInitial(m.tokens) === initial || endsWith(m));
    if (tail && cands.some(endsWith)) cands = cands.filter(endsWith);
    if (words.length === 1) cands = this.proseFamilyFirst(fam, cands);
    let how: Resolved['how'] = 'fullest-form';
    if (!cands.length && words.length === 1) {
      cands = this.byGiven.get(fam) ?? [];
      how = 'given-name';
    }
    // A surname alone that is the first of a person's two family names ("Reyes" for "Sofía Reyes Araúz"), when only one person has it.
    if (!cands.length && words.length === 1) {
      const firsts = this.byFirstFamily.get(fam) ?? [];
      if (firsts.length === 1) cands = firsts;
    }
    // A name printed elsewhere with a second family name ("Valentina Orellana" and "Valentina Orellana Pizarro"): its fullest form is the longer one.
    if (cands.length) cands = cands.map((m) => this.withSecondFamily(m));
    // The first words of one longer name, printed without its family name ("Jón Þór" for "Jón Þór Ólafsson", a patronymic left off).
    if (words.length > 1 && cands.every((m) => m.tokens.length <= words.length)) {
      const folded = words.map((w) => fold(w));
      const longer = (this.byGiven.get(folded[0]!) ?? []).filter(
        (m) => !familyFirst(m.tokens) && m.tokens.length > words.length && folded.every((w, i) => fold(m.tokens[i]!) === w),
      );
      if (longer.length === 1) {
        cands = longer;
        how = 'given-name';
      }
    }
    if (!cands.length) return { name: this.givenFirst(words) ?? cleaned, how: 'as-printed' };
    const initials = new Set(cands.map((m) => givenInitial(m.tokens)));
    if (initials.size > 1 && near !== undefined) {
      const before = cands.filter((m) => m.offset <= near);
      const lastBefore = before[before.length - 1];
      if (lastBefore) {
        const ini = givenInitial(lastBefore.tokens);
        cands = cands.filter((m) => givenInitial(m.tokens) === ini);
      }
    }
    let best = cands[0]!;
    for (const m of cands) {
      if (m.tokens.length > best.tokens.length || (m.tokens.length === best.tokens.length && m.name.length > best.name.length)) best = m;
    }
    return { name: this.givenFirst(best.tokens) ?? best.name, offset: best.offset, how };
  }

  /**
   * A family name alone ("Professor Wang") whose only matches are article authors known by an
   * initial ("X. Wang") resolves instead to the one two-word name in the text that prints that
   * family name first, in ordinary case, before a given name with the author's initial ("Wang
   * Xiulan"): the same person, as the release names them. Otherwise `cands` is kept.
   */
  private proseFamilyFirst(fam: string, cands: Mention[]): Mention[] {
    if (!cands.length || !cands.every((m) => m.offset === -1 && INITIAL.test(m.tokens[0] ?? ''))) return cands;
    const initials = new Set(cands.map((m) => givenInitial(m.tokens)));
    const printed = (this.byGiven.get(fam) ?? []).filter(
      (m) => m.offset >= 0 && m.tokens.length === 2 && !familyFirst(m.tokens) && initials.has(fold(m.tokens[1]!).charAt(0)),
    );
    return printed.length === 1 ? printed : cands;
  }

  /**
   * The name given name first when `tokens` print it family name first: the same two words as
   * an article author's name in the other order ("Tanaka Hiroshi" beside the author "Hiroshi
   * Tanaka"), or a family name in capitals ("SATO Kenji" is "Kenji Sato"); else null.
   */
  private givenFirst(tokens: readonly string[]): string | null {
    if (tokens.length === 2) {
      const author = this.authors.get(`${fold(tokens[1]!)} ${fold(tokens[0]!)}`);
      if (author) return author;
    }
    if (!familyFirst(tokens)) return null;
    const family = tokens[0]!.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m: string, sep: string, c: string) => sep + c.toUpperCase());
    return [...tokens.slice(1), family].join(' ');
  }
}
