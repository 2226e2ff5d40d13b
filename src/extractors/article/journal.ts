/**
 * Journal names: read after "published in", "appears in", "in the journal", "issue of",
 * "published by", "presented at" and in reference lines; compared across abbreviations.
 * @packageDocumentation
 */
import { memoize } from '../../text/memo.js';
import { readName } from './name-list.js';

/** Month and weekday names, which follow "published in" without being journals. */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|spring|summer|autumn|fall|winter|this|that|these|those|its|their|his|her|our|a|an|print|advance|press|full|open|record|collaboration|partnership|association|order|addition|particular|general|total|part)$/i;

/** Abbreviated month names ("on Sept. 8"), which end a journal name after "on" or "in". */
const MONTH_ABBR = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Words that make a name an institution rather than a journal (unless it says "Journal"). */
const INSTITUTION =
  /\b(?:university|universities|institute|hospital|centre|center|school|college|department|laboratory|ministry|agency|bureau|foundation|trust|council|company|corporation|government|office|inc|ltd)\b/i;

/** Newspapers, publishers and languages that follow "published in/by" without being journals. */
const NOT_JOURNAL =
  /^(?:the\s+)?(?:(?:new\s+york|los\s+angeles|financial|sunday)\s+times|wall\s+street\s+journal|washington\s+post|guardian|economist|atlantic|springer(?:\s+nature)?|wiley(?:-blackwell)?|elsevier|taylor\s+(?:&|and)\s+francis|national\s+geographic|new\s+yorker|new\s+scientist|scientific\s+american|newsweek|forbes|wired|bbc(?:\s+news)?|cnn|npr|reuters|associated\s+press|bloomberg|le\s+monde|der\s+spiegel|el\s+pa[ií]s|the\s+conversation|cell\s+press|mdpi|sage(?:\s+publications)?|de\s+gruyter|karger|thieme|wolters\s+kluwer|hindawi|frontiers\s+media|print|advance)$|^(?!(?:chinese|japanese|korean|indonesian|turkish|polish|czech|hungarian|romanian|ukrainian|russian|german|french|italian|spanish|portuguese|dutch|swedish|norwegian|danish|finnish|greek|hebrew|arabic|persian|thai|vietnamese|malay|icelandic|catalan|irish)\s(?:[a-z-]+\s){0,3}(?:Journal|Review|Bulletin|Archives|Annals)\b)(?:english|spanish|french|german|chinese|mandarin|cantonese|japanese|arabic|portuguese|russian|italian|dutch|korean|hindi|urdu|bengali|persian|farsi|turkish|greek|hebrew|polish|czech|hungarian|romanian|ukrainian|swedish|norwegian|danish|finnish|icelandic|catalan|basque|galician|welsh|irish|gaelic|vietnamese|thai|indonesian|malay|tagalog|swahili|afrikaans|tamil|braille)\b|\b(?:times|post|herald|tribune|gazette|telegraph|chronicle|register|daily\s+mail|news(?:paper)?|press|publishing|publishers?|books?|shimbun|ilbo|zeitung|allgemeine)$/i;

/** Company filings and legal documents that follow "described in" or "reported in" without being journals. */
const FILING =
  /\b(?:annual|quarterly|current|periodic)\s+reports?\b|\bform\s+(?:10-?[kq]|8-?k|20-?f|s-?1)\b|\b(?:securities\s+and\s+exchange\s+commission|sec\s+filings?|registration\s+statement|prospectus|proxy\s+statement|forward-looking\s+statements?|safe\s+harbor)\b/i;

/**
 * Words that end or make a journal name: "Journal", "Review", "Letters", a field of study
 * ("Urology", "Metabolomics", "Psychiatry", "Ageing", "Cognition", "Materials"), or a well-known acronym.
 */
const JOURNAL_WORD =
  /(?:^|\s)(?:Journal|Review|Reviews|Letters|Reports|Medicine|Science|Sciences|Nature|Cell|Lancet|Proceedings|Annals|Archives|Bulletin|Advances|Materials|Frontiers|Communications|Transactions|Research|Surgery|Ecology|Behaviour|Behavior|Evolution|Ageing|Aging|Cognition|Metabolism|Pediatrics|Paediatrics|Therapeutics|Genetics|Genomics|Physics|Chemistry|Biology|Oncology|Psychiatry|Neurology|Radiology|Urology|Cardiology|Circulation|Stroke|Diabetes|Blood|Gut|Thorax|Brain|Neuron|Immunity|Pain|Sleep|Obesity|Hypertension|Hepatology|Gastroenterology|Epidemiology|JAMA|BMJ|BMC(?=\s\p{Lu})|PNAS|NEJM|PLOS|PLoS|eLife|npj|ACS|IEEE|[\p{Lu}][\p{Ll}]{2,}(?:ology|ologie|ologica|iatry|iatrics|omics|metrics|ography|ics|ine|ism))\b/u;

/** True when a name reads as a journal's: it contains a journal word or is a known acronym. */
export const looksLikeJournal = (name: string): boolean => JOURNAL_WORD.test(name) && !FILING.test(name);

/**
 * Abbreviated words of journal names ("J. Am. Chem. Soc.", "IEEE Trans. Circuits Syst.", "Atmos. Meas. Tech."),
 * after whose full stop a name goes on: none is a common English word.
 */
export const JOURNAL_ABBREVIATION =
  /^(?:Angew|Chim|Org|Opt|Math|Stat|J|Am|Front|Nat|Geosci|Biotechnol|Nanotechnol|Photon|Metab|Med|Intern|Natl|Acad|Sci|Proc|Clin|Res|Soc|Trans|Syst|Chem|Phys|Biol|Lett|Rev|Eng|Int|Eur|Environ|Commun|Mater|Appl|Ann|Bull|Rep|Neurosci|Psychol|Geophys|Astrophys|Ecol|Evol|Genet|Mol|Immunol|Microbiol|Pharmacol|Nutr|Epidemiol|Oncol|Cardiol|Neurol|Pediatr|Surg|Endocrinol|Gastroenterol|Hepatol|Infect|Dis|Glob|Behav|Cogn|Comput|Technol|Sustain|Agric|Vet|Atmos|Clim|Geol|Planet|Nucl|Electron|Adv|Curr|Opin|Exp|Theor|Inorg|Polym|Catal|Biochem|Biophys|Physiol|Pathol|Radiol|Ther|Pharm|Rehabil|Educ|Econ|Anim|Zool|Bot|Oceanogr|Hydrol|Meteorol|Paleontol|Archaeol|Anthropol|Entomol|Ornithol|Freshw|Conserv|Biogeogr|Geogr|Hum|Dev|Neuropsychol|Psychiatr|Anesth|Anaesth|Dermatol|Ophthalmol|Rheumatol|Nephrol|Urol|Obstet|Gynecol|Orthop|Dent|Nurs|Toxicol|Virol|Parasitol|Mycol|Syst|Photochem|Photobiol|Spectrosc|Crystallogr|Metall|Mech|Struct|Electrochem|Macromol|Anal|Manag|Sociol|Polit|Philos|Meas|Instrum|Biomed|Geochim|Cosmochim|Geochem|Mar|Prog|Ser|Conf)\.$/;

/** The label of a reference's next field, printed with a colon ("Published:", "DOI:", "Volume:"), which no journal's name holds. */
const FIELD_LABEL = /^(?:Published|Received|Accepted|Online|Available|Epub|DOI|Doi|Volume|Vol|Issue|Pages?|Citation|Authors?|Title|Year|Link|URL)$/;

/** Words after an abbreviation that start the date or the availability note, not more of the name. */
const AFTER_NAME = /^\s+(?:Published|Epub|Online|First|Available|Accepted|Accessed|Advance|Doi|DOI|Vol|Volume|Issue|Pages?|In\s+press)\b/;

/** True when the text after an abbreviation's full stop goes on with the journal's name (a capitalised word). */
export const continuesName = (after: string): boolean => /^\s+\p{Lu}/u.test(after) && !AFTER_NAME.test(after);

/** Words allowed inside a journal name in lower case, in English and the languages journals are named in ("voor", "do", "e"). */
const CONNECTOR = /^(?:of|and|&|for|in|on|the|de|der|des|du|für|und|et|la|le|y|voor|van|en|het|do|da|dos|das|e|del|della|di|och|för|og|zur|zum)$/i;

/** A word of a journal name: capitalised, an acronym, "eLife"-style, "npj", or with a trade mark. */
const WORD = /^(?:[\p{Lu}\d][\p{L}\p{M}\p{N}'’.\-/&+:]*|[a-z]+[A-Z][\p{L}]*|e[A-Z][\p{L}]*|npj)[®™*]?$/u;

/** A footnote mark glued to the last word of a name, perhaps after its stop ("Medicine.¹"). */
const FOOTNOTE = /^(.*\p{Ll})(?:[.,]\d{1,2}|[.,]?[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4})$/u;
/** The last character of every {@link FOOTNOTE} match: a digit or a superscript digit. */
const FOOTNOTE_END = /^[\d¹²³⁴⁵⁶⁷⁸⁹⁰]$/;
const INITIAL = /^\p{Lu}\.?$/u;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The one-word section after "Comptes Rendus." ("Chimie", "Biologies", "Géoscience"). */
const SERIES_SECTION = /^\p{Lu}\p{Ll}{3,20}[.,]?$/u;

/** A possessive ending a name's last word ("History’s"). */
const POSSESSIVE_END = /['’]s$/;

/**
 * Reads a journal name at the start of `text`: capitalised words and lower-case connectors
 * ("of", "and", "in"), ending at punctuation or a lower-case word. Returns the name and the
 * length read, or null.
 */
export function readJournalName(text: string): { name: string; length: number } | null {
  const m = /^[\s*_]*((?:[^\s,;()\[\]–—|"“”\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]{1,40}[ \t\n]{0,3}){1,12})/u.exec(text);
  if (!m) return null;
  const lead = m[0].length - m[1]!.length;
  const words = m[1]!.split(/[ \t\n]+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let raw = words[i]!;
    // A footnote mark glued to the last word ("Lancet.1", "Medicine,2", "Cell³") ends the name.
    const note = FOOTNOTE_END.test(raw.charAt(raw.length - 1)) ? FOOTNOTE.exec(raw) : null;
    if (note) raw = `${note[1]!}.`;
    // "out today in Current Biology!": an exclamation mark ends the name as a full stop does.
    const w = raw.replace(/[.:!]$/, '');
    // "Proceedings of the 2031 CHI Conference on …", "… of the 63rd Annual ACM Symposium …": a year or an ordinal
    // between "the" and a capitalised word is part of the name.
    if (kept.length && /^(?:(?:19|20)\d{2}|\d{1,3}(?:st|nd|rd|th))$/.test(raw) && /^the$/i.test(kept[kept.length - 1]!) && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      kept.push(w);
      continue;
    }
    if (kept.length && /^\d/.test(w)) break;
    // "Indonesian Journal of Geography Vol. 70 No. 1": a volume's or number's label before its number ends the name.
    if (kept.length && /^(?:Vol|Vols|No|Nr|Iss)\.?$/.test(raw) && /^\d/.test(words[i + 1] ?? '')) break;
    // "Apidologie Published: 04 May 2037", a page's line break lost: a field's label with its colon ends the name.
    if (kept.length && raw.endsWith(':') && FIELD_LABEL.test(w)) break;
    // A series letter after a full word ends the name with its stop ("Physical Review B. Wasps …");
    // between abbreviations it is one ("Proc. R. Soc. B").
    const seriesEnd = raw !== w && kept.length >= 2 && INITIAL.test(raw) && !words[i - 1]!.endsWith('.');
    const end = raw !== w && (!INITIAL.test(raw) || seriesEnd) && !(JOURNAL_ABBREVIATION.test(raw) && continuesName(` ${words[i + 1] ?? ''}`));
    if (WORD.test(w) && !(kept.length === 0 && CONNECTOR.test(w) && !/^The$/.test(w))) {
      kept.push(w);
      // "Comptes Rendus. Chimie": the series' full stop before its section's one word is part of the name.
      if (end && w === 'Rendus' && kept[kept.length - 2] === 'Comptes' && SERIES_SECTION.test(words[i + 1] ?? '')) {
        kept[kept.length - 1] = 'Rendus.';
        kept.push(words[i + 1]!.replace(/[.:,]$/, ''));
        break;
      }
      if (end) break;
      continue;
    }
    // A connector joins two parts of a name, not a date or a day ("Nature on 5 June", "Cell in 2019").
    const next = words[i + 1] ?? '';
    const nextWord = next.replace(/[.,:;]$/, '');
    // "Lab on a Chip": "on a" before a capitalised word that names no day or month.
    const onA = w === 'on' && nextWord === 'a' && /^\p{Lu}/u.test(words[i + 2] ?? '') && !CALENDAR.test((words[i + 2] ?? '').replace(/[.,:;]$/, ''));
    if (CONNECTOR.test(w) && kept.length && !/^the$/i.test(w) && !/^\d/.test(next) && (onA || !CALENDAR.test(nextWord)) && !MONTH_ABBR.test(nextWord)) {
      kept.push(w);
      continue;
    }
    // "Journal of the …", "Journal for the Scientific Study of …": "the" goes on after "of" or "for";
    // "Lab on a Chip": "a" goes on after "on" before a capitalised word.
    if (((/^the$/i.test(w) && /^(?:of|for)$/i.test(kept[kept.length - 1] ?? '')) || (w === 'a' && kept[kept.length - 1] === 'on' && /^\p{Lu}/u.test(next))) && kept.length > 0) {
      kept.push(w);
      continue;
    }
    break;
  }
  while (kept.length && CONNECTOR.test(kept[kept.length - 1]!)) kept.pop();
  if (!kept.length) return null;
  const name = cleanJournal(kept.join(' '));
  if (!name) return null;
  let length = lead;
  let rest = text.slice(lead);
  for (const w of kept) {
    const at = rest.indexOf(w);
    length += at + w.length;
    rest = rest.slice(at + w.length);
  }
  // "the Journal of Modern History’s spring issue": a possessive before a lower-case noun is no part of the name
  // ("Journal of Women's Health" goes on with a capital).
  if (POSSESSIVE_END.test(name) && kept.length >= 2 && /^[ \t]{1,3}\p{Ll}/u.test(rest)) return { name: name.replace(POSSESSIVE_END, ''), length: length - 2 };
  // "Journal of Combinatorial Theory, Series B": a lettered series after a comma is part of the name.
  const series = rest.startsWith(', S') || rest.startsWith(', P') ? LETTERED_SERIES.exec(rest) : null;
  if (series) return { name: `${name}${series[0]}`, length: length + series[0].length };
  // "Estuarine, Coastal and Shelf Science": a single word, then a list of words closed by "and".
  if (kept.length === 1 && rest.charAt(0) === ',') return withListedWords(name, rest, length) ?? withListedFields(name, rest, length) ?? withCommaList(name, rest, length) ?? { name, length };
  // "Cancer Epidemiology, Biomarkers & Prevention, 33(4)": a pair joined by "&" or "and" after a comma, then the volume.
  const pair = kept.length <= 3 && rest.charAt(0) === ',' ? PAIR_BEFORE_VOLUME.exec(rest) : null;
  if (pair && looksLikeJournal(name)) return { name: `${name}${pair[1]!}`, length: length + pair[1]!.length };
  return { name, length };
}

/**
 * Two capitalised words joined by "&" or "and" after a journal's name and a comma, then the
 * closing emphasis, the volume of a reference or the end of a reference's part (", Biomarkers &
 * Prevention, 33"); group 1 is the
 * words with their comma. Only before a volume: in prose the same shape names people
 * ("… in Science Advances, Roe and Lim.").
 */
const PAIR_BEFORE_VOLUME = /^(,[ \t]\p{Lu}\p{Ll}{2,20}[ \t](?:&|and)[ \t]\p{Lu}\p{Ll}{2,20})(?=[*_]{1,2}|,?[ \t]?\(?\d|\.[ \t]?(?:19|20)\d{2}\s?;|$)/u;

/** A lettered series or part after a journal's name and a comma: ", Series B", ", Part A". */
const LETTERED_SERIES = /^,\s(?:Series|Part|Section)\s\p{Lu}(?![\p{L}\p{N}])/u;

/** The words after a journal's first word and its comma, up to and including "and": ", Coastal and ", ", Soil, Water and "; a space may be doubled where a wrapped line was joined. */
const LISTED_WORDS = /^,[ \t]{1,2}((?:\p{Lu}\p{Ll}{2,20},[ \t]{1,2}){0,3}\p{Lu}\p{Ll}{2,20}[ \t]{1,2}(?:and|&)[ \t]{1,2})/u;

/**
 * The name that a list of capitalised words closed by "and" goes on with after a first word
 * and a comma ("Estuarine" and ", Coastal and Shelf Science"), when the whole reads as a
 * journal's; null otherwise.
 */
function withListedWords(first: string, rest: string, length: number): { name: string; length: number } | null {
  const m = LISTED_WORDS.exec(rest);
  if (!m) return null;
  const tail = readJournalName(rest.slice(m[0].length));
  if (!tail || !JOURNAL_WORD.test(tail.name) || tail.name.split(' ').length > 4) return null;
  const name = `${first}, ${m[1]!.replace(/[ \t]+/g, ' ')}${tail.name}`;
  return { name, length: length + m[0].length + tail.length };
}

/**
 * Capitalised words after a journal's first word, each after a comma, the last part opened or
 * joined by "&" or "and", then the volume (a number that is no year): ", Cell & Environment" in
 * "Plant, Cell & Environment, 46(3)", ", Air, & Soil Pollution" in "Water, Air, & Soil
 * Pollution, 234". Group 1 is the words with their commas. Only before a volume: in prose the
 * same shape lists people or places.
 */
const COMMA_LIST_BEFORE_VOLUME =
  /^((?:,[ \t]\p{Lu}[\p{L}\p{M}-]+){0,2},[ \t](?:(?:&|and)[ \t])?\p{Lu}[\p{L}\p{M}-]+(?:[ \t](?:&|and|of|\p{Lu}[\p{L}\p{M}-]+)){0,4})(?=[*_]{0,2},[ \t](?:[Vv]ol\.[ \t]?|Volume[ \t])?(?!(?:19|20)\d{2}\b)\d{1,4}[ \t]?[(,:])/u;

/**
 * The name that a comma list closed by "&" or "and" goes on with after a first word, when a
 * volume follows ("Plant" and ", Cell & Environment"); null otherwise.
 */
function withCommaList(first: string, rest: string, length: number): { name: string; length: number } | null {
  const m = COMMA_LIST_BEFORE_VOLUME.exec(rest);
  if (!m || !/[ \t](?:&|and)[ \t]/.test(m[1]!)) return null;
  return { name: `${first}${m[1]!}`, length: length + m[1]!.length };
}

/** A field of study in one word: "Palaeoclimatology", "Geography", "Economics". */
const FIELD_WORD = /^\p{Lu}\p{Ll}{2,24}(?:logy|graphy|nomy|metry|ics)$/u;
/** Fields after a first one, each after a comma, ending the name: ", Palaeoclimatology, Palaeoecology" before a bracket, a full stop, a closing emphasis or a volume. */
const LISTED_FIELDS = /^((?:,[ \t]\p{Lu}\p{Ll}{2,24}(?:logy|graphy|nomy|metry|ics)){1,3})(?=[ \t]?[(.;]|[ \t](?:on|in|this|today|last|earlier)\b|[*_]{1,2}|,?[ \t]?\d|$)/u;

/**
 * The name that a list of fields of study goes on with after a first field and a comma
 * ("Palaeogeography, Palaeoclimatology, Palaeoecology"); null otherwise.
 */
function withListedFields(first: string, rest: string, length: number): { name: string; length: number } | null {
  if (!FIELD_WORD.test(first)) return null;
  const m = LISTED_FIELDS.exec(rest);
  return m ? { name: `${first}${m[1]!}`, length: length + m[1]!.length } : null;
}

/** A working-paper series' number after its name ("Working Paper No. 34512", "Discussion Paper DP19044"). */
const SERIES_NUMBER = /\b((?:Working|Discussion)\sPaper)(?:\sSeries)?,?\s(?:No\.\s?|#\s?)?(?:[A-Z]{1,3}\s?|w)?\d{2,6}$/;

/** A series' number label left when the number was cut ("SALDRU Working Paper No"). */
const SERIES_NO = /\b((?:Working|Discussion)\sPaper)(?:\sSeries)?,?\s(?:No|Nr|#)$/;

/**
 * A journal named by one digit and one capitalised word ("3 Biotech"), or by a dimension ("2D", "3D")
 * and up to four capitalised words, perhaps abbreviated or joined by "and" ("2D Materials", "2D Mater",
 * "3D Printing and Additive Manufacturing").
 */
const DIGIT_NAMED = /^\d(?:\s\p{Lu}\p{Ll}{3,}|D(?:\s(?:and\s)?\p{Lu}\p{Ll}{3,}){1,4})$/u;

/** Tidies a journal name: trade marks, footnote stars, a trailing "Magazine", a leading year. */
export const cleanJournal: (raw: string) => string | null = memoize((raw) => cleanJournalOnce(raw));

function cleanJournalOnce(raw: string): string | null {
  let n = raw.replace(/[®™*]/g, '').replace(/\s+/g, ' ').trim();
  n = n.replace(/^(?:19|20)\d{2}\s+/, '').replace(/^\d+(?:st|nd|rd|th)\s+/i, '');
  n = n.replace(/\s+(?:Magazine|journal|online)$/, '').replace(/[.,:;]+$/, '').trim();
  // "CEPR Discussion Paper DP19044": a working-paper series without the paper's number.
  if (n.includes(' Paper')) n = n.replace(SERIES_NUMBER, '$1').replace(SERIES_NO, '$1');
  const first = n.split(' ')[0] ?? '';
  const second = n.split(' ')[1] ?? '';
  const monthAbbr = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i.test(first) && (!second || /^\d/.test(second));
  // A name may open with one digit when a single capitalised word follows ("3 Biotech"), or with a dimension ("2D Materials").
  if (!n || CALENDAR.test(first) || monthAbbr || (/^\d/.test(n) && !DIGIT_NAMED.test(n))) return null;
  // "New York University Law Review": a law review is named for its university.
  if (INSTITUTION.test(n) && !/\b(?:journal|proceedings|annals|meeting|congress|conference|symposium|sessions?|convention|summit|law\s+review)\b/i.test(n)) return null;
  if (n.length < 2 || n.split(' ').length > 12 || NOT_JOURNAL.test(n) || FILING.test(n)) return null;
  if (/^(?:The|A|An|This|It|They|We|He|She|Dr|Prof|Professor|Researchers?|Scientists?)$/i.test(n)) return null;
  return n;
}

/**
 * A section's name after a journal's and a colon ("JACC: Heart Failure", "Journal of
 * Geophysical Research: Solid Earth", "…: The Journal of the X Association"): one to seven
 * capitalised words (with "and", "&", "of", "to", "the" between them) that end the text, a clause or the sentence, or run into a word of time
 * or place ("… Failure on Monday", Indonesian "… Chemical dengan judul"). Group 1 is the section's name.
 */
const SUBTITLE =
  /^:[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{0,24}(?:[ \t](?:and|&|of|to|the|\p{Lu}[\p{L}\p{M}'’-]{0,24})){0,6})(?=$|[.,;:)(\]–—]|[ \t]\(|[ \t](?:on|in|by|this|today|last|online|earlier|yesterday|and|with|as|at|from|during|ahead|early|late|was|is|has|dengan|yang|pada)\b)/u;

/** A section read so far that ends in a Vancouver name's initials ("Sørensen T", "Albuquerque Sørensen TK"). */
const VANCOUVER_INITIALS = /\s\p{Lu}{1,3}$/u;
/** What follows the first name of a Vancouver list: the next name, or "et al." (", Lim KA", ", et al."). */
const VANCOUVER_NEXT = /^,\s(?:\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?\s\p{Lu}{1,3}[,.]|et\s?al\b)/u;

/** What follows the first name of a list of full names: the next name, then a comma or "and" (", Tomasz Wielgosz and"). */
const FULL_NAME_NEXT = /^,\s\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}\p{M}'’-]+(?:,|\s(?:and|&)\s)/u;

/** What follows the family name of a Harvard list's first author: its initials, then a comma or "and" (", J., ", ", K. A. and "). */
const HARVARD_NEXT = /^,\s\p{Lu}\.(?:\s?\p{Lu}\.)*(?:,|\s(?:and|&)\s)/u;

/** Words that open a sentence after a colon, never a journal's section ("Science: Researchers found"). */
const NOT_SECTION =
  /^(?:The|A|An|This|These|Those|That|They|We|It|He|She|I|Our|Their|Its|His|Her|Researchers?|Scientists?|Authors?|Study|Studies|Findings|Results|Read|See|Link|Click|Available|Published|Online|Abstract|Full|Title|Paper|Citation|Reference|DOI|Doi|In|At|On|For|From|With|By|According|Here|There|What|Why|How|When|Where|Who|New|More|Note|Photo|Image|Credit|Contact|Media|Embargo|Embargoed|Funding)$/;

/**
 * The journal's full name when a section's name follows it after a colon ("JACC" and ": Heart
 * Failure" give "JACC: Heart Failure"), with how much of `after` it reads; null when `after`
 * opens no such name, or `name` reads as no journal's (a journal word or an acronym).
 */
export function withSection(name: string, after: string): { name: string; length: number } | null {
  if (after.charAt(0) !== ':') return null;
  // A society's journal after any name ("Alzheimer's & Dementia: The Journal of the …").
  const society = after.startsWith(': The Journal ');
  // A lettered part names a series whose section follows ("Composites Part B: Engineering", "Applied Catalysis B: Environment and Energy").
  // Two words joined by "&" name a journal too ("Alzheimer's & Dementia: Translational Research & Clinical Interventions").
  const joined = /^\p{Lu}[\p{L}'’]+\s&\s\p{Lu}\p{Ll}+$/u.test(name);
  const plain = !society && !joined && !(looksLikeJournal(name) || /^\p{Lu}{2,8}$/u.test(name) || /\p{Ll}\s(?:Part\s)?\p{Lu}$/u.test(name));
  // "Aquatic Conservation: Marine and Freshwater Ecosystems (Roe J, …)": any name whose section of two words or more runs up to a bracket.
  if (plain && !after.includes('(')) return null;
  const m = SUBTITLE.exec(after.slice(0, 160));
  if (!m) return null;
  const section = m[1]!.replace(/(?:[ \t](?:and|&|of|to|the))+$/, '');
  const words = section.split(/[ \t]/);
  if (plain && (words.length < 2 || !/^[ \t]?\(/.test(after.slice(m[0].length - m[1]!.length + section.length)))) return null;
  // "…: The Journal of the X Association" names the journal; any other "The" opens a sentence.
  if (NOT_SECTION.test(words[0]!) && !(words[0] === 'The' && words[1] === 'Journal')) return null;
  // Six words or more only for a society's journal ("The Journal of the …"), as before.
  if (words.length > 5 && words[0] !== 'The') return null;
  // "Journal of X: Roe J, Lim KA. Title": a Vancouver author list after the colon, no section.
  if (VANCOUVER_INITIALS.test(section) && VANCOUVER_NEXT.test(after.slice(m[0].length - m[1]!.length + section.length, 160))) return null;
  // "Water Research: Ana Roe, Ken Lim and …, "Title"": a list of full names after the colon, no section.
  if (words.length <= 3 && FULL_NAME_NEXT.test(after.slice(m[0].length - m[1]!.length + section.length, 160)) && readName(section)?.text === section) return null;
  // "Soil Biology: Roe, J., Lim, K. and …": a Harvard author list after the colon, no section.
  if (words.length <= 2 && HARVARD_NEXT.test(after.slice(m[0].length - m[1]!.length + section.length, 160))) return null;
  return { name: `${name}: ${section}`, length: m[0].length - m[1]!.length + section.length };
}

/** Folds a journal name for comparison: case, punctuation, "&", a leading "The". */
export const journalKey: (s: string) => string = memoize((s) => foldJournal(s));

const foldJournal = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(NOT_ALNUM, ' ').trim().replace(/^the /, '');

/** A journal's compact astronomy-style abbreviation of short capitalised pieces ("ApJ", "ApJL", "AsBio"). */
const CAMEL = /^(?=\p{Lu}.*\p{Ll})(?:\p{Lu}\p{Ll}{0,3}){2,5}$/u;

/**
 * True when the compact abbreviation `x` ("ApJ") abbreviates the folded `words` piece by piece,
 * perhaps leaving off the name's last word ("ApJ 945, L12" for "The Astrophysical Journal Letters").
 */
function camelAbbreviates(x: string, words: readonly string[]): boolean {
  const t = x.trim();
  if (!CAMEL.test(t)) return false;
  const pieces = (t.match(/\p{Lu}\p{Ll}*/gu) ?? []).map((p) => p.toLowerCase());
  if (words.length !== pieces.length && words.length !== pieces.length + 1) return false;
  return pieces.every((p, i) => words[i]!.startsWith(p));
}

/**
 * True when two names can be the same journal, one perhaps abbreviated: every word of the
 * shorter is a prefix of the matching word of the longer ("JAMA Intern Med" ~ "JAMA Internal
 * Medicine", "Lancet Neurology" ~ "The Lancet Neurology").
 */
export function sameJournal(a: string, b: string): boolean {
  // "Science (New York, N.Y.)" is "Science": the place PubMed adds in brackets names no other journal.
  if (a.endsWith(')') !== b.endsWith(')')) {
    const cut = (x: string): string => (x.endsWith(')') && x.includes(' (') ? x.slice(0, x.lastIndexOf(' (')) : x);
    a = cut(a);
    b = cut(b);
  }
  const ta = journalKey(a).split(' ').filter((w) => !/^(?:of|and|the|in|for|on)$/.test(w));
  const tb = journalKey(b).split(' ').filter((w) => !/^(?:of|and|the|in|for|on)$/.test(w));
  if (!ta.length || !tb.length) return false;
  // An acronym of the full name is the same journal ("AJCN" for "American Journal of Clinical Nutrition").
  const acronym = (x: string, words: string[]): boolean => ACRONYM.test(x.trim()) && words.length >= 2 && words.map((w) => w[0]).join('') === x.trim().toLowerCase();
  if (acronym(a, tb) || acronym(b, ta)) return true;
  if (camelAbbreviates(a, tb) || camelAbbreviates(b, ta)) return true;
  if (ta.length !== tb.length) return false;
  return ta.every((w, i) => tb[i]!.startsWith(w) || w.startsWith(tb[i]!));
}

/** Prefers the fuller of two names of one journal ("JAMA Internal Medicine" over "JAMA Intern Med"). */
export const fuller = (a: string, b: string): string => (journalKey(b).length > journalKey(a).length ? b : a);
