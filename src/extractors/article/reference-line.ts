/**
 * Parses one reference line: "Smith J, Doe AB, et al. Title. Journal. 2017;389(10):1234-1240.
 * doi:…", "A, B, C, "Title," Journal, DOI: …, 2018", "Title. A, B. Journal, published online
 * 15 February 2017. doi: …", "A, B: Title. In: Journal, Volume 218, Issue 2, Pages 1-9".
 * @packageDocumentation
 */
import { restoreLostBreaks } from './lost-breaks.js';
import { splitTitleNames } from './title-then-names.js';
import { splitTitleJournal } from './title-journal-tail.js';
import { byTail } from './by-tail.js';
import { commaVancouverHead, namesThenJournal } from './comma-vancouver.js';
import { dropVancouverLabel } from './vancouver-label.js';
import { abntReference } from './abnt-reference.js';
import type { Person } from '../../types.js';
import { splitName } from '../../text/names.js';
import { CITATION_LABEL_ABROAD } from '../../text/citation-label-abroad.js';
import { findDois, isDataDoi } from './doi.js';
import { cleanJournal, continuesName, JOURNAL_ABBREVIATION, looksLikeJournal, readJournalName, withSection } from './journal.js';
import { countNames, dropAffiliationMarks, dropInitialMarks, parseNameList, type ListedName } from './name-list.js';
import { readNumbers, type Numbers } from './volume-issue.js';
import { partedReference } from './parted-line.js';
import { commaItemsReference } from './comma-items.js';
import { nextMatch, splitBy, squeezeSpaces } from './matches.js';
import { readFieldLines, unlabelledLines, type FieldLine } from './labelled-fields.js';
import { bluebookTail, type BluebookTail } from './bluebook.js';
import { usgsParts } from './usgs-line.js';
import { readOupHead } from './oup-line.js';
import { journalLead } from './journal-lead.js';
import { initialsHead } from './initials-acs-line.js';
import { dropInitialsSuffixes } from './initials-suffix.js';
/** Separators for {@link splitBy} (global copies of split patterns). */
const SPACE_RUNS = /\s+/g;
const SEGMENT_BREAK = /[,;]\s/g;
const NAME_SEGMENT_BREAK = /[,;]\s|\.\s|\s(?:and|&)\s/g;

/** What a reference line gives. */
export interface Reference extends Numbers {
  doi: string | null;
  title: string | null;
  authors: Person[];
  journal: string | null;
  /** How the title and authors were read. */
  titleStrategy: string | null;
  authorsStrategy: string | null;
  /** True for a chapter in an edited book ("In: A and B (eds.), Book"), which reports no paper. */
  chapter?: boolean;
}

/** Abbreviations after which a full stop does not end a part of a reference (initials, "J.-E."). */
const NO_SPLIT = /(?:^|[\s(])(?:\p{Lu}|Dr|Prof|St|Jr|Sr|vs|No|Vol|pp|Mr|Mrs|Ms|e\.g|i\.e|Inc|Ltd|[A-Z][a-z]?\.[A-Z]|\p{Lu}\.-\p{Lu})$/u;

/** A Vancouver list that ends in an initial ("Roe J, Lim KA" or "Roe J., Lim K."; initials with full stops between them, "Nguyen T.L.H., Pham V.D."; hyphenated pinyin initials "Li X-M" too; a two-word family name "Albuquerque Sørensen T" first, or one after the Irish "Ó", "Ó Dálaigh C"). */
const VANCOUVER_END = /(?:^|,\s)(?:\p{Ll}{1,3}\s|Ó\s(?=\p{Lu}))?\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:e|y|de|del|da|do|dos|das)\s)?\p{Lu}[\p{L}\p{M}'’-]+)?\s\p{Lu}(?:\.?\s?-?\p{Lu}){0,2}\.?,\s.*\p{Lu}[\p{L}\p{M}'’-]+\s(?:\p{Lu}\.\s?){0,2}\p{Lu}$/u;
/** A reference's only author, Vancouver style ("Lindgren P", "O'Hara-Lutz JK"). */
const SOLE_VANCOUVER = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?\s\p{Lu}{1,3}$/u;
/** "Roe P and Lim-Ito E" (Frontiers): two Vancouver names joined by "and" or "&", the whole opening of the reference. */
const PAIR_VANCOUVER = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?\s\p{Lu}{1,3}\s(?:and|&)\s\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?\s\p{Lu}{1,3}$/u;
/** Another dotted initial after an initial's full stop, then a comma or the next capital ("… L. M., …", "… J. P. Title"): the name goes on. */
const NEXT_INITIAL = /^\s\p{Lu}\.(?:[,;]|\s\p{Lu})/u;
/** A family name and the next full name after an initial's full stop ("… Whitcombe, Ana Lucía Ferraz"): the initial was a middle one. */
const NEXT_FULL_NAME = /^\s\p{Lu}[\p{Ll}\p{M}'’-]+(?:,\s(?:and\s)?|,?\s(?:and|&)\s)\p{Lu}[\p{Ll}\p{M}'’-]+\s\p{Lu}/u;
/** What is not a letter of a name: "et al", "and", punctuation. */
const NOT_NAME_LETTERS = /\bet\.?\s?al\b\.?|\band\b|[^\p{L}]/gu;
const NOT_LETTER = /[^\p{L}]/gu;
const CAPITAL = /^\p{Lu}/u;
/** A journal name glued to the last word of a title. */
const GLUED = /\p{Ll}{2}(\p{Lu}\p{Ll}{1,15}(?:\s\p{Lu}[\p{Ll}]{0,15}\.?){1,4})$/u;
/** A journal abbreviation after a sentence-case title. */
const ABBREVIATION_AFTER = /\s\p{Ll}[\p{Ll}-]{1,30}\s(\p{Lu}\p{Ll}{0,12}\.?(?:\s(?:\p{Lu}\p{Ll}{0,12}|[Oo]f|[Ii]n)\.?){0,4})$/u;
/** A Vancouver name and the comma after it. */
const VANCOUVER_ITEM = /\p{Lu}[\p{Ll}'’-]+\s\p{Lu}{1,3},\s/gu;
/** "Lee, JS": a stray comma between family name and initials. */
const STRAY_COMMA = /(\p{Lu}[\p{Ll}'’-]{1,40}),\s(\p{Lu}{1,3})(?=,\s)/gu;
/** "Smith, J. A., Lee, K. & Park, S." (an elided particle, "d’Almeida, R.", too) (APA's "…, Lee, K., … Zhou, Q.", names cut with an ellipsis before the last, too; or "Ó Súilleabháin, P.": a one-letter first word; "Nic Giolla Phádraig, R.", "Mac an tSaoir, C.": a Gaelic particle before one or two family words) opening the line; Copernicus ends it with a colon ("…, and Tsai, M.-H.: Title"). */
const COMMA_LIST = /^((?:(?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s)*(?:(?:Nic|Mac|Mhic|Ní|Uí|Ua)\s(?:an\s)?(?:\p{Ll}{1,2}(?=\p{Lu}))?)?(?:[dl]['’](?=\p{Lu}))?(?:\p{Lu}[\p{L}'’-]+|\p{Lu}(?=\s\p{Lu}\p{Ll}))(?:\s(?:(?:de|del|la|las|los|da|do|dos|das|e|y|van|von|der|den)\s){0,2}\p{Lu}[\p{L}'’-]+)?,\s(?:(?:\p{Lu}\.(?:-\p{Ll}{1,2}\.)?[\s-]?){1,3}|\p{Lu}{1,2}(?=[,;.]\s))[,;:]?\s(?:&\s|and\s|y\s|(?:…|\.\s?\.\s?\.)\s)?){1,40})(?:et\s?al\.?,?\s?)?/u;
const COMMA_INITIAL = /,\s\p{Lu}\./u;
/** One "Family, I. J." name of such a list. */
const COMMA_NAME = /((?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\s)*(?:(?:Nic|Mac|Mhic|Ní|Uí|Ua)\s(?:an\s)?(?:\p{Ll}{1,2}(?=\p{Lu}))?)?(?:[dl]['’](?=\p{Lu}))?(?:\p{Lu}[\p{L}'’-]+|\p{Lu}(?=\s\p{Lu}\p{Ll}))(?:\s(?:(?:de|del|la|las|los|da|do|dos|das|e|y|van|von|der|den)\s){0,2}\p{Lu}[\p{L}'’-]+)?),\s((?:\p{Lu}\.(?:-\p{Ll}{1,2}\.)?[\s-]?){1,3}|\p{Lu}{1,2}(?=[,;.]\s))/gu;
const LABEL_LEAD = /^.*?:\s(?=\p{Lu})/u;
/** Where a "by" list of names ends. */
const NAMES_END = /\s*\(|\sin\s(?=\p{Lu})|(?<!\b\p{Lu})\.\s+(?=\p{Lu}\p{Ll})|;\s*(?=\p{Lu}{2}|\S*'s\s)|\s(?:is|are|was|were|has|have|will)\s/u;
const SMALL_WORD = /(?:^|\s)\p{Ll}/u;

/** A full stop followed by more text. */
const PART_STOP = /\.(?=\s+\S)/g;

/** The last word of `text` with a full stop after it, as {@link JOURNAL_ABBREVIATION} reads it. */
const lastWord = (text: string): string => `${text.slice(text.lastIndexOf(' ') + 1)}.`;

/** Splits a reference at full stops that end its parts, not at initials or abbreviations. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let m: RegExpExecArray | null = (PART_STOP.lastIndex = 0, null); (m = nextMatch(PART_STOP, text)); ) {
    const before = text.slice(start, m.index);
    // "Jones AB, Patel R. Title": the initial ends a Vancouver list, not a name.
    // "Ferraz L. M., Otieno P.": a second dotted initial and its comma go on with the name.
    // "Lindgren P. Fewer attacks …": a single Vancouver name opening the reference ends there too.
    const vancouverEnd =
      (VANCOUVER_END.test(before.trimStart()) || (start === 0 && (SOLE_VANCOUVER.test(before.trim()) || PAIR_VANCOUVER.test(before.trim())))) &&
      !NEXT_INITIAL.test(text.slice(m.index + 1, m.index + 6)) &&
      // "Tobias R. Whitcombe, Ana Lucía Ferraz, and …" (ACS): a middle initial inside full names.
      !NEXT_FULL_NAME.test(text.slice(m.index + 1, m.index + 80));
    if (NO_SPLIT.test(before) && !vancouverEnd) continue;
    // "J. Am. Chem. Soc.": a journal's abbreviated words go on (not "Hughes J. Title", not "Neurol. Published online").
    if (!vancouverEnd && JOURNAL_ABBREVIATION.test(lastWord(before)) && continuesName(text.slice(m.index + 1, m.index + 40))) continue;
    parts.push(before.trim());
    start = m.index + 1;
  }
  parts.push(text.slice(start).trim().replace(/\.$/, ''));
  return parts.filter(Boolean);
}

/** Words that mark a part as instructions or availability, never a title. */
const NOT_TITLE = /\b(?:also\s+at|is\s+at|can\s+be\s+found|available|embargo|please|contact|copies|visit|click|link\s+(?:below|above|here)|(?:this|the|following|a)\s+link|website|published\s+online|press|media|download|doi|http|www\.|journalists?|e-?mail|for more information)\b/i;

/** "Roe, Jonah, " or "Roe, Jonah K. and": a family name (with a second capital after "Mc"/"Mac", "MacAskill-Reyes"), then a given name, opening a list of full names. */
const INVERTED_FIRST = /^(\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?[\p{Ll}\p{M}'’-]+(?:-\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?[\p{Ll}\p{M}'’]+)?),\s(\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:\s\p{Lu}\.)?)(?=,\s(?:and\s)?\p{Lu}[\p{Ll}]+\s\p{Lu}|,?\s(?:and|&)\s\p{Lu}[\p{Ll}]+\s\p{Lu}|$)/u;

/** Names that end in "et al." and a comma, then the rest of the reference; group 1 is the names, group 2 the rest. */
// Phys.org and Medical Xpress print "et al" without its full stop ("Ravi Shenoy et al, Title, Journal (2031)").
const ET_AL_COMMA = /^([^,]{2,80}(?:,\s[^,]{2,80}){0,12}?\set\.?\s?al\.?),\s(\S.{3,})$/su;

/** A name printed initials first ("A. L. Brennan-Okafor", "J.-P. Roe"). */
// One way only to read each name (no optional space that two parts can both take): the pattern stays linear.
const INITIALS_NAME = String.raw`(?:\p{Lu}\.[ -]?){1,3}\p{Lu}[\p{L}\p{M}'’-]{1,30}`;
/** Initials-first names separated by commas, the last after "and", then a comma and the rest; group 1 is the names, group 2 the rest. */
// Built on first use: its twelve \p{…} classes (the build rewrites only those written inside the
// RegExp call) took about 1.5 ms of every start-up to parse, and most runs never read a reference list.
let apsNames: RegExp | undefined;
const APS_NAMES = (): RegExp =>
  (apsNames ??= new RegExp(String.raw`^(${INITIALS_NAME}(?:, ${INITIALS_NAME}){0,30},? (?:and|&) ${INITIALS_NAME}), (\S.{3,})$`, 'su'));

/** Full names separated by commas, the last after "and", then a comma and the rest; group 1 is the names, group 2 the rest. */
const FULL_NAMES_COMMA = /^(\p{Lu}[^,\n]{2,40}(?:,\s\p{Lu}[^,\n]{2,40}){0,12}?,?\s(?:and|&)\s\p{Lu}[^,\n]{2,40}),\s(\S.{3,})$/su;

/** A family name and "et al." alone. */
const ET_AL_ONLY = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+){0,2})\s+et\.?\s?al\.?$/u;

/** A group author closing a list: ", and the X Investigators", "on behalf of the X Group", "et al. & X Consortium". */
const GROUP_AUTHOR_END = /,?\s(?:(?:and|&)\s)?(?:on\s+behalf\s+of\s+)?(?:the\s[^,;]{1,60}|\p{Lu}[^,;&]{1,60})\s(?:Investigators|Group|Consortium|Collaborators|Collaboration|Network|Team)$/u;

/** A group author between two people of a list: ", the X Consortium, Y D" (it names no person). */
const GROUP_AUTHOR_MID = /,\s(?:(?:and|&)\s)?(?:on\s+behalf\s+of\s+)?(?:the\s[^,;]{1,60}?|\p{Lu}[^,;&]{1,60}?)\s(?:Investigators|Group|Consortium|Collaborators|Collaboration|Network|Team)(?=,\s)/gu;

/** A part that opens with the proceedings a paper appeared in ("In Proceedings of …", "In Advances in …"). */
const PROCEEDINGS_PART = /^In:?\s(?:the\s)?(?:Proceedings\sof|Advances\sin|Findings\sof)\s\S/;

/** After a quoted phrase and its colon, the rest of a title up to the full stop that ends it (": Turn-Taking Failures …. "). */
const QUOTED_OPENING = /^:\s(\p{Lu}[^.“”"]{3,300}?)\.(?=\s(?:In:?\s|\p{Lu}))/u;

/** A full stop that ends a sentence before a capital ("… (CHI '32). ACM, New York"). */
const SENTENCE_STOP = /\.\s(?=\p{Lu})/u;

/** "In: Editors (eds.), Book Title, pp. 1–20": group 1 is the book's title, up to its pages, a comma or the part's end. */
const EDITED_IN = /^In:?\s[^()]{3,200}?\s\((?:eds?|Eds?|Hrsg|dir)\.\)[,:]?\s([^,]{3,200}?)(?:,\s|\.?$)/;

/** A chapter's pages in brackets after the book's title (" (pp. 233-257)"). */
const PAGES_IN_BRACKETS = /\s*\(pp?\.\s?[^()]{1,20}\)\.?$/;

/** A meeting's short name and year in brackets after a proceedings' name ("(NeurIPS 2030)", "(CHI '31)"). */
const MEETING_TAG = /\s\(\p{Lu}[\p{L}\p{N}-]{1,15}\s(?:'\d{2}|(?:19|20)\d{2})\)$/u;

/**
 * The proceedings' name in such a part, up to the first comma outside brackets (pages, place
 * and publisher follow it); a volume after the name ("Advances in … Systems 43 (NeurIPS 2030)")
 * is given apart. Null when the name runs on too long to be one.
 */
function proceedingsName(part: string): { name: string; volume: string | null } | null {
  const text = part.replace(/^In:?\s/, '');
  let depth = 0;
  let end = text.length;
  for (let i = 0; i < Math.min(text.length, 300); i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      end = i;
      break;
    }
  }
  if (end > 250) return null;
  let name = text.slice(0, end).trim();
  const numbered = /^(.{10,200}?)\s(\d{1,3})(?=\s\(|$)/.exec(name);
  const volume = numbered && !/(?:the|of)$/i.test(numbered[1]!) ? numbered[2]! : null;
  if (volume) name = `${numbered![1]!}${name.slice(numbered![0].length)}`;
  // The meeting's short name and year ("(NeurIPS 2030)", "(CHI '31)") is no part of the proceedings' name; "(Volume 1: Long Papers)" is.
  name = name.replace(MEETING_TAG, '');
  return name ? { name, volume } : null;
}

/** The names of a part when it is (mostly) a list of names. */
function namesOf(part: string): ListedName[] | null {
  // Affiliation marks glued to names ("Jane Roe1, Ken Lim2,3 & Ana Ruiz1*") are no part of them.
  part = dropAffiliationMarks(part);
  // "Roe, Jonah, Kim Lim, and Ana Ruiz" (Chicago): the first author's name is inverted.
  const inverted = part.includes(', ') ? INVERTED_FIRST.exec(part) : null;
  if (inverted) part = `${inverted[2]!} ${inverted[1]!}${part.slice(inverted[0].length)}`;
  // A group author ("the X Investigators") closes a list without being a name.
  const p = part.replace(/^(?:by|authors?:?)\s+/i, '').replace(GROUP_AUTHOR_MID, '').replace(GROUP_AUTHOR_END, '');
  const names = parseNameList(p);
  if (!names.length) {
    // "Pophale et al.": one family name stands for the list.
    const one = ET_AL_ONLY.exec(p.trim());
    const person = one ? splitName(one[1]!) : null;
    return person ? [{ person, style: 'full', text: one![1]! }] : null;
  }
  const letters = p.replace(NOT_NAME_LETTERS, '').length;
  const used = names.reduce((n, x) => n + x.text.replace(NOT_LETTER, '').length, 0);
  return used / Math.max(1, letters) >= 0.6 || /\bet\.?\s?al\b/.test(p) ? names : null;
}

/** One person's name in natural order, two to four words, a part of each perhaps joined by a hyphen ("Ana Ruiz-Lopez", "Oisin K. Addo", "Ana de Vries"). */
const FULL_NAME_SEGMENT = /^\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,30})?(?:\s(?:\p{Lu}\.\s|(?:van|von|de|der|del|da|la|al|el|bin)\s)?\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,30})?){1,3}$/u;

/** A part that ends in a journal and its year in brackets ("…, Science (2031)"), as Phys.org prints a reference. */
const BRACKET_YEAR_END = /,\s[^,]{2,80}\s\((?:19|20)\d{2}\)\.?$/;

/**
 * Splits "Ravi Shenoy, Li Wen, Ana Ruiz, Title, Journal (2031)" into the names and the rest: two or
 * more full names joined by commas alone, then a title of three words or more, in a part that ends
 * in a journal and its bracketed year; null for any other part.
 */
function commaNamesHead(part: string): [string, string] | null {
  if (!BRACKET_YEAR_END.test(part) || / (?:and|&) |\bet\.?\s?al\b/.test(part)) return null;
  const segs = part.split(', ');
  let n = 0;
  while (n < segs.length - 2 && FULL_NAME_SEGMENT.test(segs[n]!.trim())) n++;
  if (n < 2 || splitBy(segs[n]!, SPACE_RUNS).length < 3) return null;
  const names = segs.slice(0, n).join(', ');
  return namesOf(names)?.length === n ? [names, segs.slice(n).join(', ')] : null;
}

/** Splits "Title words … Ruth Tallis and Martin JK Lennox et al" into title and names. */
function trailingNames(part: string): { title: string; names: ListedName[] } | null {
  if (!/\bet\.?\s?al\b/.test(part)) return null;
  const tokens = splitBy(part, SPACE_RUNS).slice(-60);
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!CAPITAL.test(tokens[i]!)) continue;
    const tail = tokens.slice(i).join(' ');
    const names = namesOf(tail);
    if (names && names.length && names.length <= 6) {
      const letters = tail.replace(NOT_NAME_LETTERS, '').length;
      const used = names.reduce((n, x) => n + x.text.replace(NOT_LETTER, '').length, 0);
      if (used >= letters) return { title: tokens.slice(0, i).join(' '), names };
    }
  }
  return null;
}

/** A part that reads as a title: several words, not instructions, not only names, not the rest after a cut ("…, 2031, ApJ" leaves ", ApJ, 962, 118,"). */
const titleLike = (part: string, min = 4): boolean =>
  splitBy(part, SPACE_RUNS).length >= min && part.length <= 400 && !NOT_TITLE.test(part) && !/^[(,;&]|:$/.test(part.trim()) && !PUBLICATION_SENTENCE.test(part) && !KEYWORDS.test(part);

/** A news site's keyword line, never a title: its label, or a path of subject categories ("/Physical sciences/Chemistry/…"). */
const KEYWORDS = /^\s*keywords?\b|(?:^|\s)\/\p{L}[^/\n]{0,60}\/\p{L}/iu;

/** A sentence about the paper's publication, never its title: "The study was published in …", "Our paper appears in …". */
const PUBLICATION_SENTENCE =
  /^\s{0,3}(?:the|this|our|their|a|an)\s(?:new\s|latest\s|full\s)?(?:study|paper|article|research|work|findings|results|report|analysis)\s(?:(?:was|were|is|are|has\sbeen|have\sbeen|will\sbe)\s(?:(?:recently|just|now|today|first)\s)?(?:published|accepted|reported|described)|appears?|appeared)\s(?:\S+\s){0,3}?in\b/i;

/**
 * A short capitalised subtitle of a journal name, followed by its volume or year or ending the
 * part ("…: General, 156(6)", "…: Biological Sciences 298: 2031…", "Aquatic Conservation: Marine and
 * Freshwater Ecosystems"); a month or a publication note after the colon is none ("Marine" is no "Mar").
 */
const JOURNAL_SUBTITLE = /^:\s(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Published|Online|Volumes?|Vol|Issues?|Epub|Accepted|Received)\b)(\p{Lu}[\p{L}]{1,20}(?:\s(?:and|&|\p{Lu}[\p{L}]{1,20})){0,3})(?:(?:,\s?|\.?\s)\d|\.?$)/u;

/** A place in brackets after a journal's name, as PubMed prints it ("(New York, N.Y.)", "(London, England)", "(Basel)"), before the numbers. */
const PLACE_TAG = /^\((?:New\s)?\p{Lu}\p{Ll}{2,15}(?:,\s(?:\p{Lu}\.){1,3}(?:\p{Lu}\.)?|,\s\p{Lu}\p{Ll}{2,15}(?:\s\p{Lu}\p{Ll}{2,15})?|,\s\p{Lu}\p{Ll}{1,3}\.)?\)(?=[.,;]?\s?(?:\d|$))/u;

/** A part that is only a journal name (perhaps followed by numbers or a date). */
function journalOf(part: string): string | null {
  const p = part.replace(/^In:?\s+/, '').replace(/^\(/, '');
  const read = readJournalName(p);
  if (!read) return null;
  const rest = p.slice(read.length).trim();
  // "Journal of Experimental Psychology: General, 156(6), …": a journal's own subtitle, then its numbers.
  const sub = rest.startsWith(':') ? JOURNAL_SUBTITLE.exec(rest) : null;
  if (sub && read.name.split(' ').length <= 8) return `${read.name}: ${sub[1]!}`;
  // "Alzheimer's & Dementia: The Journal of the Alzheimer's Association" with nothing after it.
  const society = rest.startsWith(': The Journal ') ? withSection(read.name, rest) : null;
  if (society && !rest.slice(society.length).trim()) return society.name;
  // "Name: subtitle words" is a title with a subtitle; "Name: 12" or "Name, 2016" is a journal.
  if (rest && !/^[,;.(]|^:\s?\d[\d\s;:()–-]*$|^\d|^(?:DOI|doi)\b|^:\s?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d/i.test(rest)) return null;
  // "Science (New York, N.Y.)", "Cancers (Basel)": the place PubMed prints after a journal's name is part of it.
  const place = rest.startsWith('(') ? PLACE_TAG.exec(rest) : null;
  if (place && read.name.split(' ').length <= 8) return `${read.name} ${place[0]}`;
  // "Proceedings of the 2031 CHI Conference on Human Factors in Computing Systems": proceedings run longer.
  const words = read.name.split(' ').length;
  if (words > 10 && (words > 14 || !/^Proceedings\s/.test(read.name))) return null;
  return read.name;
}

/**
 * A journal abbreviation printed straight after the title with no full stop between them:
 * "…Outcomes from the Trial​Cell Transplant" (glued to the last word) or "…of mice Circ Res"
 * before "2016;118:…". Only when the part after is a year or a date.
 */
export function gluedJournal(part: string, next: string): { title: string; journal: string } | null {
  const p = part.slice(-300);
  const offset = part.length - p.length;
  // Glued: a lower-case word run straight into a capitalised journal name.
  const g = GLUED.exec(p);
  if (g) return { title: part.slice(0, offset + g.index + 2).trim(), journal: g[1]!.replace(/\.$/, '') };
  if (!/^(?:(?:19|20)\d{2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d)/i.test(next.trim())) return null;
  // Sentence-case title, then the abbreviation: "…in mice Circ Res".
  const t = ABBREVIATION_AFTER.exec(p);
  if (!t) return null;
  const title = part.slice(0, offset + t.index + t[0].length - t[1]!.length).trim();
  const words = splitBy(title, SPACE_RUNS);
  const caps = words.filter((w) => CAPITAL.test(w)).length;
  if (words.length < 4 || caps / words.length > 0.5) return null;
  return { title, journal: t[1]!.replace(/\.$/, '') };
}

/**
 * A title that ends in a question or exclamation mark, then the journal's name and its numbers
 * with no full stop between them ("Does larch outpace spruce? Journal of Biogeography 58(11): 2440-2453"),
 * the name perhaps abbreviated ("… drought? Soil Biol. Biochem", its numbers in the next part).
 */
function askedTitle(part: string): { title: string; journal: string } | null {
  const at = Math.max(part.lastIndexOf('? '), part.lastIndexOf('! '));
  if (at < 12) return null;
  const rest = part.slice(at + 2).trim();
  const journal = CAPITAL.test(rest) ? journalOf(rest) : null;
  // "Do soils remember drought? Soil Biol. Biochem": an abbreviated name is read without its full stops.
  const plain = journal && !rest.startsWith(journal) ? rest.replace(/\./g, '') : rest;
  if (!journal || !plain.startsWith(journal) || !/^[\s,.]*(?:\d|$)/.test(plain.slice(journal.length))) return null;
  const title = part.slice(0, at + 1).trim();
  return splitBy(title, SPACE_RUNS).length >= 3 ? { title, journal } : null;
}

/**
 * How many commas (up to two) follow a capital and precede a space: every match of
 * {@link VANCOUVER_ITEM} ends at one, so fewer than two rules out two matches cheaply.
 */
function upperCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i >= 0 && n < 2; i = text.indexOf(',', i + 1)) {
    if (i > 0 && ENDS_UPPER.test(text.slice(Math.max(0, i - 2), i)) && SPACE_CHAR.test(text.charAt(i + 1))) n++;
  }
  return n;
}
const ENDS_UPPER = /\p{Lu}$/u;
const SPACE_CHAR = /^\s$/;

/** A journal name and a comma opening a line ("Current Biology, Pophale et al.: …"). */
const JOURNAL_LEAD = /^([^,]{2,80}),\s/;

/** Names, an abbreviated journal and a year straight after it: the RSC style, which prints no title. */
const RSC_SHAPE = /^(.{3,600}?),\s((?:\p{Lu}[\p{L}&]{0,14}\.?\s){0,5}\p{Lu}\p{L}{0,14}\.?),\s?(?:19|20)\d{2},\s?\d/u;

/** A title in single quotes: curly, or straight ones that open after a space and close before one. */
const SINGLE_QUOTED = /‘([^‘’\n]{8,400}?)[,.]?’|(?<=^|\s)'([^'\n]{8,400}?)[,.]?'(?=[\s,.;:)])/;

/** A year in brackets anywhere: every {@link YEAR_AFTER_NAMES} match holds one. */
const BRACKET_YEAR = /\((?:19|20)\d{2}[a-z]?\)/;
/** ", 2027, 18": every {@link RSC_SHAPE} match holds one. */
const RSC_NUMBERS = /,\s?(?:19|20)\d{2},\s?\d/;

/** A label that opens a reference line ("Citation:", "Article reference:", "Paper:", "Paper 2:", "The paper:", "The study is:", "The retracted paper is:", "Original publication:", "Reference (Harvard style):", "Correspondence:", "Research letter:", "Literature:", "Literatur:", "Publikation in Current Biology:", "Referencia bibliográfica:", "Odkaz na publikaci:", the Lithuanian "Straipsnis:", the Hungarian "Publikáció:" or "Közlemény:", the Estonian "Viide:"). */
const LEAD_LABEL =
  /^(?:cite\s+this(?:\s+article)?|(?:(?:the|this|our)\s+)?(?:(?:full|article|journal|paper|study|original|published|retracted|corrected|withdrawn|abstract)\s+)?(?:citations?|references?|source|publication|article|paper|study|research|preprint|bibliographic\s+(?:information|details|data|reference)|(?:paper|article|study|publication)\s+(?:details|information))|read\s+the\s+(?:full\s+)?(?:article|paper|study)|more\s+information|literat(?:ure|ur)|(?:paper|study|article|work)s?\s+cited|(?:linked\s+|accompanying\s+)?(?:editorial|commentary|comment|correspondence|(?:research\s+)?letter)|(?:original)?(?:publikation|ver(?:ö|oe)ffentlichung|artikel)(?:\s(?:in|im)\s(?:[^:\n.]{1,60}?|„[^“\n]{1,60}“|"[^"\n]{1,60}"))?|(?:fach|original)?(?:referenz|artikel)|refer[eê]ncias?(?:\s+bibliogr[áa]ficas?)?|refer[êe]ncias?\s+bibliogr[áa]ficas?|riferiment[oi](?:\s+bibliografic[oi])?|publication\s+originale|(?:r[ée]f[ée]rence|article)(?:\s+(?:originale?|de\s+l['’]article|compl[èe]te))?|(?:publicaci[óo]n|pubblicazione)\s+original[e]?|odkaz\s+na\s+(?:publikaci|článek|studii)|(?:původní\s+)?publikace|publikacja|quelle|artyku[łl]|artikkel(?:en)?|artikeln|greinin|izvor|kilde|k(?:ä|a)lla|l(?:ä|a)hde|viide|viited|forr(?:á|a)s|(?:ź|z)r(?:ó|o)d(?:ł|l)o|zdroj|fonte|fuente|bron|(?:š|s)altinis|(?:oryginalna\s+)?publikacja\s+naukowa|julkaisu|artikkeli|straipsnis|publikacija|publik(?:á|a)ci(?:ó|o)|k(?:ö|o)zlem(?:é|e)ny|(?:szak)?cikk|(?:vetenskaplig\s+)?(?:artikel|publikation)|publicaç[ãa]o|artigo|art[íi]culo)(?:\s(?:no\.\s?|#)?\d{1,2})?(?:\s\((?:APA|Harvard|Vancouver|MLA|Chicago|AMA|IEEE|Nature)(?:\s\d{1,2}(?:th)?)?(?:\s(?:style|format))?\))?(?:\s\((?=[a-z])[a-z -]{3,24}\)|\s(?:on|at)\s(?:arXiv|bioRxiv|medRxiv|ChemRxiv|SSRN|OSF|EarthArXiv|PsyArXiv))?(?:\s(?:(?:is|was)(?:\s(?:published|cited|listed|referenced|printed)\s(?:as|in))?|reads|appears\sas))?\s?:\s+/i;

/** A verb of saying right after a closing quote, before or after its speaker ("," Roe said", "," said Dr. Roe", "," she added"). */
const SPOKEN_AFTER =
  /^\s*(?:(?:said|says|added|adds|explained|explains|noted|notes|told)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}|(?:(?:Dr|Prof|Professor)\.?\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}(?:said|says|added|adds|explained|explains|noted|notes|told)\b|(?:he|she|they)\s+(?:said|says|added|adds|explained|explains|noted|notes)\b)/u;

/** A social-media thread's post number opening a line ("6/ ", "3/7 "). */
const THREAD_POST = /^\d{1,2}\/\d{0,2}\s/;
/** A sentence on where a paper will appear or has been accepted, left where a label's identifier was cut ("It is to appear in …"). */
const FORTHCOMING = /^[.\s]{0,4}(?:It|The\s(?:paper|article|study|preprint))\s(?:is|will\sbe|has\sbeen)\s(?:to\sappear|forthcoming|accepted|in\spress|under\sreview)\b/;

/** A verb of publication before a journal's name after a quoted title ("will be published in ", "is published online in "). */
const PUBLISHED_IN_LEAD = /^(?:(?:will\s+be|is|was|has\s+been)\s+)?published\s+(?:online\s+)?(?:today\s+)?in\s+/;

/** The journal named after a verb of publication, up to a date, a clause or the sentence's end ("Proceedings of the Royal Society B on Wednesday …"); else null. */
function journalInSentence(text: string): string | null {
  const read = readJournalName(text);
  return read && /^(?:\s*$|[,.;(]|\s(?:on|in|and|this|today|next|later)\b)/.test(text.slice(read.length)) ? read.name : null;
}

/** A heading line above a reference ("Notes to editors", "Editor's notes", "About the study", "Reference", "Référence", the Dutch "Literatuurverwijzing"). */
const HEAD_LINE = new RegExp(
  String.raw`^[ \t]{0,4}(?:notes?\s(?:to|for)\s(?:the\s)?editors?|editor['’]?s['’]?\snotes?|about\sthe\s(?:study|paper|research|publication|article)|further\s(?:information|details)|more\sinformation|background|(?:journal\s)?references?|journal\sarticle|(?:the\s)?(?:full\s)?(?:paper|study|article)(?:\sdetails)?|bibliographic\s(?:information|details)|citations?|bibliography|literature(?:\sreference)?|original\s(?:publication|paper|article)|publications?|source|literatuurverwijzing|bronvermelding|publicatie|referentie|${CITATION_LABEL_ABROAD})[ \t]{0,4}:?[ \t]{0,4}\n`,
  'i',
);

/** A line break that ends a part of a multi-line reference ("Authors⏎Title⏎Journal, 2027"). */
const LINE_PART = /([\p{L}\p{N})\]"”’?!])[ \t]*\n(?=[ \t]*[\p{Lu}\d"“‘])/gu;
/** A lower-case word that continues onto the next line ("Journal of⏎Physics"). */
const CONNECTOR_END = /(?:^|\s)(?:of|and|the|in|for|on|to|with|a|an|at|by|from|&)$/;

/** Ends a part at each line break of a reference printed one part a line. */
const breakLines = (text: string): string =>
  text.replace(LINE_PART, (whole: string, last: string, offset: number) => (CONNECTOR_END.test(text.slice(Math.max(0, offset - 12), offset + 1)) ? whole : `${last}. `));

/**
 * "Nakamura H, da Silva MR (2027) Title": a year in brackets after the names ends their part;
 * the names end in an initial, "et al." or a group author ("… et al. & X Consortium (2031).").
 */
const YEAR_AFTER_NAMES = /^([^()]{3,600}?(?:\p{Lu}|\bet\sal|\s(?:Investigators|Group|Consortium|Collaborators|Collaboration|Network|Team)))\.?\s\(((?:19|20)\d{2})[a-z]?\)[.:]?\s(?=[\p{Lu}"“‘])/u;

/** The volume and article number that end an IOP reference ("… J. Phys. Energy 13 025004"). */
export const IOP_TAIL = /\s(\d{1,4})\s([A-Za-z]{0,2}\d{1,8})\.?$/;
/** The bare year after an IOP reference's names, before the title's capital. */
const IOP_YEAR = /\s((?:19|20)\d{2})[a-z]?\s(?=\p{Lu})/u;
/** One word of an abbreviated journal's name ("J.", "Phys.", "Energy", "of"). */
const JOURNAL_WORD_TOKEN = /^(?:\p{Lu}[\p{L}-]{0,20}\.?|of|and|&|in)$/u;

/**
 * Reads an IOP reference that prints no punctuation between its parts ("N. Roe and T. Lim 2031
 * Predicting film ageing J. Phys. Energy 13 025004"): names, a bare year, a title, an abbreviated
 * journal (a run of capitalised words, one with a full stop), the volume and the article number; null otherwise.
 */
export function iopReference(text: string, doi: string | null): Reference | null {
  const tail = IOP_TAIL.exec(text);
  const y = tail ? IOP_YEAR.exec(text.slice(0, tail.index)) : null;
  if (!tail || !y || y.index > 400) return null;
  const names = namesOf(text.slice(0, y.index));
  if (!names || !names.length) return null;
  const words = text.slice(y.index + y[0].length, tail.index).trim().split(' ', 80);
  let k = words.length;
  while (k > 0 && words.length - k < 8 && JOURNAL_WORD_TOKEN.test(words[k - 1]!)) k--;
  const journal = words.slice(k);
  // The title keeps three words or more; the journal's run is abbreviated ("J. Phys."), never a title's last words.
  if (k < 3 || !journal.length || !journal.some((w) => w.endsWith('.')) || /^(?:of|and|&|in)$/.test(journal[0]!)) return null;
  return {
    doi,
    title: words.slice(0, k).join(' '),
    authors: names.map((n) => n.person),
    journal: journal.join(' '),
    titleStrategy: 'reference-line',
    authorsStrategy: 'reference-line',
    volume: tail[1]!,
    issue: null,
    pages: tail[2]!,
    year: Number(y[1]),
  };
}

/** Fills the fields `out` still lacks (title, authors, journal, numbers) from a parsed reference `ref`. */
function fillFrom(out: Reference, ref: Reference): void {
  if (out.title === null && ref.title) (out.title = ref.title), (out.titleStrategy = ref.titleStrategy);
  if (!out.authors.length) (out.authors = ref.authors), (out.authorsStrategy = ref.authorsStrategy);
  out.journal ??= ref.journal;
  out.volume ??= ref.volume;
  out.issue ??= ref.issue;
  out.pages ??= ref.pages;
  out.year ??= ref.year;
}

/** A spaced dash that opens the part after a quoted title ("“Title” — Roe, J. …"). */
const DASH_LEAD = /^[–—-]\s/;

/**
 * Reads "Roe, J. & Lim, K. (2031). Journal 17(1): e15" after a quoted title and a dash into
 * `out` (the names and the journal); false when no such list opens `rest`.
 */
function dashedNames(out: Reference, rest: string): boolean {
  const list = COMMA_LIST.exec(rest);
  if (!list || !COMMA_INITIAL.test(list[1]!)) return false;
  out.authors = commaNames(list[1]!);
  out.authorsStrategy = 'reference-line';
  const tail = rest.slice(list[0].length).replace(/^\(?(?:19|20)\d{2}[a-z]?\)?\.?\s*/, '');
  out.journal = journalOf(splitBy(tail, SEGMENT_BREAK)[0] ?? '');
  return true;
}

/** The people of a "Smith, J. A., Lee, K. & Park, S." list (family name, comma, initials), in order. */
export function commaNames(list: string): Person[] {
  const out: Person[] = [];
  for (let m: RegExpExecArray | null = (COMMA_NAME.lastIndex = 0, null); (m = nextMatch(COMMA_NAME, list)); ) out.push({ given: m[2]!.trim(), family: m[1]! });
  return out;
}

/** A reference printed as labelled lines ("Title: …", "Authors: …", "DOI: …"). */
function fromFields(fields: readonly FieldLine[], raw: string): Reference {
  const out: Reference = { doi: findDois(raw).find((d) => !isDataDoi(d.doi))?.doi ?? null, title: null, authors: [], journal: null, titleStrategy: null, authorsStrategy: null, volume: null, issue: null, pages: null, year: null };
  const numbers: string[] = [];
  for (const f of fields) {
    const value = f.value.replace(/\s{2,}/g, ' ');
    if (f.kind === 'paper') {
      // "Paper: Roe J, Lim K. Title. Journal 2027;…" is a whole reference; "Research: Title" a title.
      const ref = parseReference(value);
      if (ref.authors.length || ref.journal) {
        fillFrom(out, ref);
        continue;
      }
      // "Publication: The Lancet Microbe": the label names the journal, not the title.
      const j = looksLikeJournal(value) ? journalOf(value) : null;
      if (j && j === value.trim().replace(/\.$/, '')) {
        out.journal ??= j;
        continue;
      }
    }
    if (f.kind === 'title' || f.kind === 'paper') {
      const title = value.replace(/^[“"‘]|[”"’]$/g, '').replace(/\s*\b(?:doi|DOI)\b.*$/, '').replace(/\.$/, '').trim();
      if (out.title === null && splitBy(title, SPACE_RUNS).length >= 3) (out.title = title), (out.titleStrategy = 'labelled');
    } else if (f.kind === 'authors') {
      // Affiliations in brackets are no part of the names.
      const plain = value.replace(/\s*\([^()]{0,200}\)/g, '');
      const names = parseNameList(dropAffiliationMarks(plain));
      // "Authors: Roe, J., Lim, C., & Ito, E. B.": an APA list, each family name before its initials.
      if (!names.length && plain.includes('., ')) names.push(...commaNames(plain).map((person) => ({ person, style: 'vancouver' as const, text: person.family })));
      for (const n of names) if (!out.authors.some((p) => p.family === n.person.family)) out.authors.push(n.person);
      if (names.length) out.authorsStrategy = 'labelled';
    } else if (f.kind === 'journal') {
      out.journal ??= cleanJournal(value.replace(/\s*(?:[,;(]\s?(?:\d|vol|published|online|doi)|\s\d).*$/i, ''));
      numbers.push(value);
    } else if (f.kind === 'numbers') numbers.push(f.label.startsWith('published') ? value : `${f.label} ${f.value}`);
  }
  // "Publication: Journal⏎Title. A, B, C.⏎DOI: …": the unlabelled lines are a reference of their own.
  if (out.title === null || !out.authors.length) {
    const plain = unlabelledLines(raw);
    const ref = plain.length && plain.length <= 4 ? parseReference(plain.join('\n')) : null;
    if (ref && ref.authors.length) fillFrom(out, ref);
  }
  if (numbers.length) {
    const n = readNumbers(numbers.join('; '));
    out.volume ??= n.volume;
    out.issue ??= n.issue;
    out.pages ??= n.pages;
    out.year ??= n.year;
  }
  return out;
}

/** Words no person's name holds and most journals' names do ("Nature Communications", "Journal of …"). */
const STRONG_JOURNAL = /\b(?:Journal|Review|Reviews|Letters|Reports|Proceedings|Annals|Communications|Transactions|Nature|Science|Sciences|Lancet|Cell|PLOS|PLoS|JAMA|BMJ|PNAS)\b/;

/** Labels that open a reference line without being a journal ("Research:", "Article:"). */
const GENERIC_LABEL = /^(?:research|article|paper|study|publication|citation|reference|source|preprint|report|review|letter)s?$/i;

/** The journal named by a reference line's label ("Freshwater Biology: "Title", …"), else null. */
function journalLabel(label: string, after: string): string | null {
  if (!label || label.length > 80 || label.includes(',') || GENERIC_LABEL.test(label) || journalOf(label) !== label) return null;
  if (looksLikeJournal(label)) return label;
  // Any other name is the journal's only when the people follow the title (", A, B and C").
  const head = after.replace(/^[\s,]+/, '').split(NAMES_END)[0] ?? '';
  return countNames(head) >= 2 ? label : null;
}

/** What follows a journal's name in a citation: a date, a number, "published online", a DOI. */
const PUBLICATION_NEXT = /^(?:\d|\(|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|published|online|doi|vol)/i;

/** A degree or an affiliation printed between the names of a "by" list. */
const DEGREE_OR_PLACE = /^(?:PhD|Ph\.D|MD|M\.D|MPH|MA|MS|MSc|BA|BS|BSc|EdD|PsyD|DrPH|RN|MBA|MEd|MSW|DPhil|Jr|Sr)\.?$|\b(?:University|Universit[éàä]|Institute|College|Hospital|School|Center|Centre|Department|Clinic|Laboratory)\b/;

/** What follows a journal's name, never a person's, in a list of names: "online 4 April 2031", "2031", "published …". */
const DATE_NEXT = /^(?:online|published|epub|first\s+published|ahead\s+of\s+print|(?:19|20)\d{2}\b|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(?:19|20)\d{2})/i;

/**
 * Where, in a comma-separated run of names, the first item that is a journal's name starts
 * (a strong journal word, or any name with the date after it: "…, Åsa Lind, Human
 * Reproduction, online 4 April 2031"); -1 when none.
 */
function journalItemAt(head: string): number {
  const strong = STRONG_JOURNAL.test(head);
  const dated = /\d/.test(head);
  if (!strong && !dated) return -1;
  let at = 0;
  const items = head.split(',');
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!.trim();
    if (at > 0 && (STRONG_JOURNAL.test(t) || (i >= 2 && dated && DATE_NEXT.test(items[i + 1]?.trim() ?? ''))) && journalOf(t) === t) return at;
    at += items[i]!.length + 1;
  }
  return -1;
}

/** The last character of every {@link NUMBERS_TAIL} match: a digit or a bracket. */
const NUMBERS_END = /[\d)]$/;
/** Volume, pages and perhaps the year closing a comma-separated reference: ", 21, 4410–4422 (2031)", ", 12, 345", ", 63, e2036GL112874 (2036)" (AGU). */
const NUMBERS_TAIL = /,\s(?:vol\.?\s?)?\d{1,5}(?:\s?\(\d{1,4}\))?,\s(?:pp?\.\s?)?[A-Za-z]?\d{1,9}(?:[A-Z]{2}\d{1,9})?(?:\s?[-–]\s?[A-Za-z]?\d{1,9})?(?:\s?\((?:19|20)\d{2}\)|,\s(?:19|20)\d{2})?$/;
/** What goes on a list of initials-first names rather than open a title: another initial, or "and"/"&" before one (anywhere in the rest). */
const INITIALS_REST_NAME = /^\p{Lu}\.|^(?:and|&)\s|\s(?:and|&)\s\p{Lu}\.\s?\p{Lu}/u;
/** Volume, pages and the bracketed year after a journal with no comma before the volume (Nature style): " 16, 901–907 (2043)". */
const NATURE_TAIL = /\s\d{1,5},\s[A-Za-z]?\d{1,9}(?:\s?[-–]\s?[A-Za-z]?\d{1,9})?\s?\((?:19|20)\d{2}\)$/;

/** What follows a journal's name when only its numbers do: ", 41(6), 1220–1231.", ", 12, 345". */
const JOURNAL_THEN_NUMBERS = /^[.,]?\s?,?\s?\d{1,5}(?:\s?\(\d{1,4}\))?(?:,\s?[A-Za-z]?\d{1,9}(?:\s?[-–]\s?[A-Za-z]?\d{1,9})?)?\.?$/;

/** A journal's abbreviated name alone, then year, volume (issue) and pages: "J. Am. Chem. Soc. 2031, 153, 12, 4567–4575". */
const ACS_LINE = /^((?:\p{Lu}\p{L}{0,14}\.?\s){0,6}\p{Lu}\p{L}{0,14}\.?)\s(?:19|20)\d{2},\s\d{1,5}(?:,\s\d{1,3})?,\s[A-Za-z]?\d{1,9}(?:\s?[-–]\s?[A-Za-z]?\d{1,9})?\.?$/u;

/** A footnote mark that may follow an author's initials. */
const MARK = /[*†‡]|\p{Lu}\.\d/u;

/** Words that open a sentence giving a citation ("The article is", "The full citation is:"). */
const BLUEBOOK_LEAD = /^(?:the\s+(?:full\s+)?(?:article|paper|study|essay|note|citation|reference)\s+is:?\s+)/i;

/** Authors joined by "&" or "and" in one comma-separated part of a Bluebook lead ("Amaka Obi & Tomás Ruiz y Delgado"). */
const JOINED = /\s(?:&|and)\s/;

/**
 * A Bluebook citation's authors and title from the text before its tail: "A, B & C, Title, 98
 * N.Y.U. L. Rev. 412 (2031)". The authors run to the part that joins the last two with "&" or
 * "and" (one author without it); null when the lead opens with no names or leaves no title.
 */
function bluebookReference(tail: BluebookTail, doi: string | null): Reference | null {
  // "The article is A & B, Title, …": the sentence's opening words are no part of the names.
  const segs = splitBy(tail.lead.replace(/[*_]/g, '').replace(BLUEBOOK_LEAD, ''), SEGMENT_BREAK).slice(0, 40);
  let k = segs.slice(0, 8).findIndex((seg, i) => JOINED.test(seg) && (namesOf(segs.slice(0, i + 1).join(', '))?.length ?? 0) === i + 2);
  if (k < 0) k = namesOf(segs[0] ?? '')?.length === 1 ? 0 : -1;
  const names = k >= 0 ? namesOf(segs.slice(0, k + 1).join(', ')) : null;
  const title = segs.slice(k + 1).join(', ').replace(/^[“"‘]|[”"’,]+$/g, '').trim();
  if (!names || !titleLike(title, 3)) return null;
  const journal = cleanJournal(tail.journal) ?? tail.journal;
  return {
    doi, title, authors: names.map((n) => n.person), journal, titleStrategy: 'bluebook', authorsStrategy: 'bluebook',
    volume: tail.volume, issue: null, pages: tail.pages, year: tail.year,
  };
}

/** "by" before the names after a quoted title, perhaps after "is" or "was" ("…", is by A, B and C). */
const BY_LEAD = /^(?:(?:is|was|are|were)\s+)?by\s+/i;
/** A journal named right after a quoted title ("in the journal X", the Indonesian "di jurnal X"): no names follow. */
const JOURNAL_AFTER_TITLE = /^(?:in\s+the\s+journal|(?:di|dalam|pada)\s+jurnal)\s/i;
/** One item, then a year that ends the text ("Cerebral Cortex, 2031."): the item is a journal's name. */
const LONE_BEFORE_YEAR = /^([^,\d]{3,60}),\s\(?(?:19|20)\d{2}\)?\.?\s*$/;
/** One item, then an online-publication note ("Cell Reports. Published online June 24, 2031."): the item is a journal's name. */
const LONE_BEFORE_ONLINE = /^([^,.\d]{3,60})[.,]\s+(?:(?:first\s|advance\s)?published\s(?:online|ahead)|epub\s(?:ahead|\d)|online\s(?:first|ahead|\d|on\s))/i;
/** One item alone where the DOI was cut ("Scientific Reports, DOI: 10.…" with its DOI gone): the item is a journal's name. */
const LONE_BEFORE_DOI = /^([^,.\d]{3,60})[.,;]?\s*$/;
/** The lone item left where a reference's DOI was cut, when it reads as a journal's name and no person's ("Scientific Reports"). */
function loneBeforeDoi(after: string, doi: string | null): RegExpExecArray | null {
  const m = doi ? LONE_BEFORE_DOI.exec(after) : null;
  return m && looksLikeJournal(m[1]!.trim()) ? m : null;
}


/** A prose sentence that opens by naming a paper's authors ("The authors are …", "Its co-authors include …"). */
const AUTHORS_SENTENCE = /^(?:The|Its|Their)\s+(?:(?:study|paper|article)['’]s\s+)?(?:co-?)?authors\s+(?:are|were|include|included)\s/i;

/** A journal's name alone before ", Volume 58" or ", Vol. 58", perhaps after a "Journal:" label and in emphasis: group 1 is the name. */
const JOURNAL_VOLUME_LINE = /^(?:[Jj]ournal\s?:\s)?[*_]{0,2}(\p{Lu}[^,*_\n]{2,100}?)[*_]{0,2},\s(?:Volume|Vol\.)\s?\d/u;

/** Names in natural order with initials first ("R. Ashdown and P. Greyeagle", "R. Ashdown, K. L. Ode and P. Grey"), ending at a full stop: group 1 is the names. */
const INITIALS_FIRST_REST =
  /^((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}\p{M}'’-]+(?:,\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}\p{M}'’-]+){0,20},?\s(?:and|&)\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}\p{M}'’-]+)\.\s/u;

/** An initial's full stop, then another language's "and" before APA's last "Family, I." author: group 1 is the initial. */
const APA_AND_ABROAD = /(\p{Lu}\.),?\s(?:et|y|e|und|en|og|och|i|oraz|ja)\s(?=\p{Lu}[\p{L}\p{M}'’-]+,\s\p{Lu}\.)/gu;

/** Parses a reference line (without a leading list number). */
export function parseReference(raw: string): Reference {
  // "The research appears in the Journal of X: Roe J, Lim KA. Title. J X. …": the sentence names the journal in full,
  // unless the reference prints it longer.
  // A USGS-style reference's colon ends its title ("…, 2037, Title: Journal, v. 71"); it is no journal's lead.
  const lead = raw.includes(':') && !usgsParts(raw) ? journalLead(raw.trimStart()) : null;
  if (lead) {
    const ref = readReference(raw.trimStart().slice(lead.cut));
    // "The study was published in PNAS: … Proceedings of the National Academy of Sciences, 147(36)": the longer name wins either way.
    if (ref.authors.length) return lead.journal && (!ref.journal || lead.journal.length >= ref.journal.length) ? { ...ref, journal: lead.journal } : ref;
  }
  // "Title | Journal | DOI: …", "Title – A, B, C – Journal 2037, 304: 20370118 – DOI: …": parts parted by bars or spaced dashes.
  const parted = partedReference(raw);
  if (parted) {
    return {
      doi: findDois(raw).find((d) => !isDataDoi(d.doi))?.doi ?? null, title: parted.title, titleStrategy: 'reference-line',
      authors: parted.authors, authorsStrategy: parted.authors.length ? 'reference-line' : null, journal: cleanJournal(parted.journal) ?? parted.journal,
      volume: parted.volume, issue: parted.issue, pages: parted.pages, year: parted.year,
    };
  }
  const ref = readReference(raw);
  // "Roe, J.A., and Lim, K., 2037, Title: Journal, v. 71, no. 9, p. 4012–4021" (USGS, GSA): the names read as any list's,
  // the title up to the colon before the journal, and "v." before the volume.
  const usgs = ref.authors.length && (raw.includes(', v.') || raw.includes(', V.')) ? usgsParts(raw.trimStart()) : null;
  if (!usgs) {
    // "Title of the paper, Ana Roe, Ken Lim and Eva Wu, Journal (2039)": the names that close the title are the authors.
    const split = !ref.authors.length && ref.title !== null && ref.titleStrategy === 'reference-line' ? splitTitleNames(ref.title) : null;
    if (split) return { ...ref, title: split.title, authors: split.authors, authorsStrategy: 'title-then-names' };
    // "M. Roe, J. Lim: Title, New Phytologist (2040), DOI: …": the journal and its year closed what was read as the title.
    const tail = ref.journal === null && ref.title !== null && ref.titleStrategy === 'reference-line' ? splitTitleJournal(ref.title) : null;
    return tail ? { ...ref, title: tail.title, journal: tail.journal, year: ref.year ?? tail.year } : ref;
  }
  return {
    ...ref, title: usgs.title, titleStrategy: 'reference-line', journal: cleanJournal(usgs.journal) ?? usgs.journal,
    volume: usgs.volume, issue: usgs.issue ?? ref.issue, pages: usgs.pages ?? ref.pages, year: usgs.year,
  };
}

/** Reads a reference line's fields (see {@link parseReference}). */
function readReference(raw: string): Reference {
  // "Published in Journal X, vol. 68, …, doi, by A, B and C.": the closing names are the authors.
  const by = byTail(raw);
  const byNames = by ? namesOf(by.names) : null;
  if (by && byNames) {
    const ref = readReference(by.head);
    if (ref.authors.length) return ref;
    // The sentence is prose, not a reference: a title only when it is quoted or labelled, not a run of its numbers.
    const titled = ref.titleStrategy === 'quoted-citation' || ref.titleStrategy === 'labelled';
    return { ...ref, title: titled ? ref.title : null, titleStrategy: titled ? ref.titleStrategy : null, authors: byNames.map((n) => n.person), authorsStrategy: 'by-tail' };
  }
  const fields = readFieldLines(raw);
  if (fields.length) return fromFields(fields, raw);
  // The paper's DOI, not that of its data set or code.
  const doi = findDois(raw).find((d) => !isDataDoi(d.doi))?.doi ?? null;
  // A footnote's mark, numbered or named ("[^1]:", "[^ref]:"), a list number or a bullet opens no part of it.
  let text = raw.replace(/^\s*(?:\[\^?\d{1,3}\]:?|\[\^[\p{L}\d_-]{1,24}\]:?|\d{1,3}[.)]|\*+)\s*/u, '');
  // "Acta Physica Sinica【2031, 80(12): 127201】": the numbers in CJK brackets, as Chinese pages print them, after a comma.
  if (text.includes('【')) text = text.replace(/\s?【([^【】\n]{1,120})】/g, ', $1');
  // A reference printed one part a line: each line break ends a part; a heading line above
  // it ("Notes to editors", "About the paper") is no part of it.
  if (text.includes('\n')) text = breakLines(text.replace(HEAD_LINE, ''));
  // Links and DOIs are cut only from a line that prints one (most reference text has none).
  if (text.includes('http') || text.includes('www.')) text = text.replace(/\b(?:https?:\/\/|www\.)\S{1,400}/g, ' ');
  // A DOI broken after its slash ("10.1029/⏎2031GL101234") goes whole.
  if (text.includes('10.')) text = text.replace(/\b(?:doi|DOI|Doi)\s?:?\s?(?=10\.)/g, '').replace(/\b10\.\s?\d{4,9}\/(?:\n[ \t]{0,8})?\S{1,300}/g, '');
  // An arXiv identifier beside the journal ("(arXiv:2403.05512)") is no part of the reference's numbers.
  if (text.includes('arXiv:')) text = text.replace(/\(?arXiv:\s?\d{4}\.\d{4,5}(?:v\d{1,2})?\)?/g, ' ');
  text = squeezeSpaces(text.replace(/\(\s*\)|\[\s*\]/g, '')).trim();
  // "…(2037)Arbuscular …drought.New Phytologist", "…in coral reefsNature Climate Change": breaks a scrape lost between the parts.
  text = restoreLostBreaks(text);
  // "Kessler, A.†, Baldwin, I. T.* & Schuman, M. C.": equal-contribution and corresponding marks after initials;
  // so are affiliation numbers of flattened superscripts ("Lim, W. J.1,2*").
  if (MARK.test(text)) text = dropInitialMarks(text);
  // "Roe, W. D., Jr., Lim, F., & Ito, H. L., III. (2031)": APA's generational suffixes after initials are no names.
  if (text.includes('., ')) text = dropInitialsSuffixes(text);
  // "6/ Paper: …": a social-media thread's post number is no part of the reference.
  if (text.charAt(1) === '/' || text.charAt(2) === '/') text = text.replace(THREAD_POST, '');
  // "Roe, A., Lim, B. et Ito, C. (2037)": APA's last author joined by the French, Spanish, Portuguese or German "and".
  if (text.includes('. ')) text = text.replace(APA_AND_ABROAD, '$1 & ');
  // A leading label ("Citation:", "Reference:") is not part of the reference.
  const labelled = LEAD_LABEL.exec(text);
  if (labelled) text = text.slice(labelled[0].length);
  // "Publikācija: Roe AB, Lim C, Ito K. Title": a label in another language before a Vancouver list.
  else if (text.includes(': ')) text = dropVancouverLabel(text);
  // "SOUZA, L.; RAMOS, J. P. Title. Journal, v. 318, p. 109455, 2040." (ABNT): capitals, semicolons and "v."/"p." labels.
  const abnt = text.includes(', v.') ? abntReference(text) : null;
  if (abnt) return { doi, titleStrategy: 'reference-line', authorsStrategy: 'reference-line', ...abnt };
  // "Paper on arXiv: arXiv:…. It is to appear in Journal X": a sentence on where the paper will appear names no title.
  if (labelled && FORTHCOMING.test(text)) return { doi, title: null, authors: [], journal: null, titleStrategy: null, authorsStrategy: null, volume: null, issue: null, pages: null, year: null };
  // "The authors are A, B and C. The full paper is at https://…/10.…": a sentence naming the authors, no reference.
  if (AUTHORS_SENTENCE.test(text)) return { doi, title: null, authors: [], journal: null, titleStrategy: null, authorsStrategy: null, volume: null, issue: null, pages: null, year: null };
  // "A & B, Title, 98 N.Y.U. L. Rev. 412 (2031)" (Bluebook): names, title, then volume, journal, page and year.
  const bluebook = text.includes(')') ? bluebookTail(text) : null;
  const law = bluebook ? bluebookReference(bluebook, doi) : null;
  if (law) return law;
  // "N. Roe and T. Lim 2031 Title J. Phys. Energy 13 025004" (IOP): no punctuation between the parts.
  const iop = IOP_TAIL.test(text) ? iopReference(text, doi) : null;
  if (iop) return iop;
  // "Sustainable Cities and Society, Volume 58, Issue 3, July 2054, Pages 201–215" (ScienceDirect's line), perhaps after "Journal:": no names, no title.
  // With neither a DOI nor pages ("Annals of Oncology, Volume 38, Supplement 4"), it names where abstracts appear, not a paper.
  const sd = text.includes(', Vol') && (doi !== null || /\bPages?\s\d/.test(text)) ? JOURNAL_VOLUME_LINE.exec(text) : null;
  const sdJournal = sd ? journalOf(sd[1]!.trim()) : null;
  if (sdJournal) return { doi, title: null, authors: [], journal: sdJournal, titleStrategy: null, authorsStrategy: null, ...readNumbers(text) };
  // "Grace Roe, Ken Lim, Title, Journal, Volume 41, Issue 2, March 2032, Pages 145–168" (Oxford Academic): commas only.
  const oup = text.includes(', Volume ') ? readOupHead(text) : null;
  if (oup) return { doi, title: oup.title, authors: oup.authors, journal: oup.journal, titleStrategy: 'reference-line', authorsStrategy: 'reference-line', ...readNumbers(text) };
  // "J. Am. Chem. Soc. 2031, 153, 12, 4567–4575" (ACS's "Cite this" line): an abbreviated journal, then the numbers; no title.
  const acs = text.length <= 120 ? ACS_LINE.exec(text) : null;
  const acsJournal = acs ? journalOf(acs[1]!) : null;
  if (acsJournal) return { doi, title: null, authors: [], journal: acsJournal, titleStrategy: null, authorsStrategy: null, ...readNumbers(text) };
  // "Roe K, Lim S, Struct Health Monit 2037;47(3):1120-1134": Vancouver names, then the journal and its numbers; no title.
  const untitled = text.includes(';') ? namesThenJournal(text) : null;
  const untitledNames = untitled ? namesOf(untitled.names) : null;
  if (untitled && untitledNames) {
    return { doi, title: null, authors: untitledNames.map((n) => n.person), journal: cleanJournal(untitled.journal) ?? untitled.journal, titleStrategy: null, authorsStrategy: 'reference-line', ...readNumbers(text) };
  }
  // "J. Roe, Y. Lim, L. Ito, Angew. Chem. Int. Ed. 2037, 76, e202418833": initials-first names, then that line.
  const head = acs ? null : initialsHead(text);
  const headAcs = head ? ACS_LINE.exec(head.rest.trim()) : null;
  const headJournal = headAcs ? journalOf(headAcs[1]!) : null;
  const headNames = headJournal ? namesOf(head!.names) : null;
  if (headJournal && headNames) {
    return { doi, title: null, authors: headNames.map((n) => n.person), journal: headJournal, titleStrategy: null, authorsStrategy: 'reference-line', ...readNumbers(text) };
  }
  // "Nakamura H, da Silva MR (2027) Title. Journal …": the bracketed year ends the names.
  const ya = text.includes('(') && BRACKET_YEAR.test(text) ? YEAR_AFTER_NAMES.exec(text) : null;
  const bracketYear = ya && namesOf(ya[1]!) ? Number(ya[2]) : null;
  if (bracketYear) text = `${ya![1]!}. ${text.slice(ya![0].length)}`;
  // "Lee, JS" inside a Vancouver list: a stray comma between family name and initials.
  if (upperCommas(text) >= 2 && (text.match(VANCOUVER_ITEM) ?? []).length >= 2) {
    text = text.replace(STRAY_COMMA, '$1 $2');
  }
  // "A, B, Title, Journal, 2037" or "Title, A, B, C": every part parted by a comma.
  const items = text.includes(', ') ? commaItemsReference(text) : null;
  if (items) {
    return { doi, title: items.title, authors: items.authors, journal: items.journal ? (cleanJournal(items.journal) ?? items.journal) : null, titleStrategy: 'reference-line', authorsStrategy: 'reference-line', volume: null, issue: null, pages: null, year: items.year };
  }
  const out: Reference = { doi, title: null, authors: [], journal: null, titleStrategy: null, authorsStrategy: null, ...readNumbers(text) };
  // "Roe O., Lim M. (2041). Title. Journal, 308(1947), 2024": the year after the names wins over a four-digit issue read as one.
  if (bracketYear) out.year = bracketYear;
  // "Smith, J. A., Lee, K. & Park, S." (family, initials): read the list first.
  const commaList = COMMA_LIST.exec(text);
  if (commaList && COMMA_INITIAL.test(commaList[1]!)) {
    out.authors.push(...commaNames(commaList[1]!));
    out.authorsStrategy = 'reference-line';
    text = text.slice(commaList[0].length).replace(/^\(?(?:19|20)\d{2}[a-z]?\)?\.?\s*/, '');
    // "Roe, T., R. Lim and P. Ito. 2054. Title." (ASA): the later names in natural order, initials first.
    const rest = INITIALS_FIRST_REST.exec(text);
    const later = rest ? parseNameList(rest[1]!) : [];
    if (later.length) {
      out.authors.push(...later.map((x) => x.person));
      text = text.slice(rest![0].length).replace(/^\(?(?:19|20)\d{2}[a-z]?\)?\.?\s*/, '');
    }
  }
  // "E. Kowalski, J. Ó Briain and T. Nakamura, Chem. Sci., 2027, 18, 4512": names, journal, numbers; no title.
  const rsc = !out.authors.length && RSC_NUMBERS.test(text) && !/[“”"]/.test(text) ? RSC_SHAPE.exec(text) : null;
  const rscNames = rsc ? namesOf(rsc[1]!) : null;
  if (rsc && rscNames && rscNames.length >= 2) {
    out.authors = rscNames.map((n) => n.person);
    out.authorsStrategy = 'reference-line';
    out.journal = cleanJournal(rsc[2]!);
    return out;
  }
  // A title in double quotes, else in single ones ("The paper ‘Title’ by A, B and C").
  const quotedAt = /[“"«]\s?([^“”"«»]{8,400}?)[,.]?\s?[”"»]/.exec(text) ?? (text.includes('‘') || text.includes("'") ? SINGLE_QUOTED.exec(text) : null);
  if (quotedAt && quotedAt[1] === undefined) quotedAt[1] = quotedAt[2]!;
  // A scare-quoted term ("forward-looking statements") is not a title: a title has three words or more.
  // ""We had never seen …," Roe said.": words someone is said to have spoken are no title.
  const spoken = quotedAt ? SPOKEN_AFTER.test(text.slice(quotedAt.index + quotedAt[0].length, quotedAt.index + quotedAt[0].length + 80)) : false;
  const quoted = quotedAt && !spoken && splitBy(quotedAt[1]!.trim(), SPACE_RUNS).length >= 3 ? quotedAt : null;
  if (quoted) {
    out.title = quoted[1]!.replace(/[,.]$/, '').trim();
    out.titleStrategy = 'quoted-citation';
    // ""It Stopped Listening": Turn-Taking Failures …. In Proceedings of …": a quoted phrase opens the title, its subtitle follows the colon.
    const subtitle = text.charAt(quoted.index + quoted[0].length) === ':' ? QUOTED_OPENING.exec(text.slice(quoted.index + quoted[0].length)) : null;
    if (subtitle) {
      out.title = `${quoted[0].trim()}: ${subtitle[1]!}`;
      quoted[0] += subtitle[0];
    }
    let before = text.slice(0, quoted.index).replace(LABEL_LEAD, '').replace(/[,:]\s*$/, '');
    // "Biological Conservation: "Title", A, B": the journal's name as the line's label.
    const labelJournal = /:\s*$/.test(text.slice(0, quoted.index)) ? journalLabel(before.trim(), text.slice(quoted.index + quoted[0].length)) : null;
    if (labelJournal) before = '';
    const after = text.slice(quoted.index + quoted[0].length).replace(/^[\s,.;]+/, '');
    // "In Proceedings of the … (CHI '32). ACM, …": the proceedings after a quoted title stand for the journal.
    const proceedings = PROCEEDINGS_PART.test(after) ? proceedingsName(after.split(SENTENCE_STOP)[0]!) : null;
    // "Current Biology, Pophale et al.: "Title"": the journal opens the line, the names follow.
    const lead = JOURNAL_LEAD.exec(before);
    const leadJournal = lead && looksLikeJournal(lead[1]!) && journalOf(lead[1]!) === lead[1]!.trim() && namesOf(before.slice(lead[0].length)) ? lead[1]!.trim() : null;
    if (leadJournal) before = before.slice(lead![0].length);
    const b = before ? namesOf(before) : null;
    if (labelJournal) out.journal = labelJournal;
    if (b) {
      out.authors = b.map((n) => n.person);
      out.authorsStrategy = 'reference-line';
      // "A, B and C, 'Title' will be published in Journal on Wednesday …": the verb before the journal is no part of it.
      const published = PUBLISHED_IN_LEAD.exec(after);
      out.journal = leadJournal ?? (published ? journalInSentence(after.slice(published[0].length)) : journalOf(after));
    } else if (!out.authors.length && DASH_LEAD.test(after) && dashedNames(out, after.replace(DASH_LEAD, ''))) {
      return out;
    } else {
      // "by Wei Ling Tan1, Sophie Marchetti2 and Hui Min Goh1,3": a flattened superscript's affiliation numbers are no part of a name.
      const tail = BY_LEAD.test(after) ? dropAffiliationMarks(after.replace(BY_LEAD, '')) : after;
      const head = tail.split(NAMES_END)[0] ?? '';
      // "…, Erik Nyström, Nature Communications, online …": a journal's name ends the list of people.
      const cut = journalItemAt(head);
      // Names already read before the year ("Roe, J. and Lim, K. (2031) 'Title', Monthly Notes of …"): the journal follows, no names.
      // "\"Title,\" Cerebral Cortex, 2031.": a lone name and the year after a quoted title is the journal, not a person; so is one before the DOI.
      const lone = out.authors.length || BY_LEAD.test(after) ? null : (LONE_BEFORE_YEAR.exec(head) ?? LONE_BEFORE_ONLINE.exec(after) ?? loneBeforeDoi(after, out.doi));
      const loneJournal = lone && journalOf(lone[1]!) === lone[1] ? lone[1]! : null;
      if (loneJournal) out.journal ??= loneJournal;
      // "“Title” di jurnal Scientific Reports volume 28": a journal, not names, follows the title.
      const a = out.authors.length || loneJournal || JOURNAL_AFTER_TITLE.test(after) ? [] : parseNameList(cut >= 0 ? head.slice(0, cut) : head);
      if (a.length) {
        out.authors = a.map((n) => n.person);
        out.authorsStrategy = 'by-list';
        // The journal's name that ended the list of people.
        if (cut >= 0) out.journal = journalOf(head.slice(cut).split(',')[0]!.trim());
        // "…, by A, B and C, Journal Name, 5 March 2024": the first segment after the names that is a journal.
        // It must be the first segment that is not a name, and be followed by a date, a number or nothing.
        const segs = splitBy(tail, NAME_SEGMENT_BREAK).slice(0, 40);
        // Degrees and affiliations after the names ("PhD", "University of Michigan") are neither.
        const i = segs.findIndex((seg, k) => k > 0 && ((!countNames(seg) && !DEGREE_OR_PLACE.test(seg.trim())) || STRONG_JOURNAL.test(seg)));
        const j = i > 0 ? journalOf(segs[i]!.trim()) : null;
        const next = segs[i + 1]?.trim() ?? '';
        if (j && !out.journal && (!next || PUBLICATION_NEXT.test(next))) out.journal = j;
        // "… Wayne State University. Developmental Psychology, published online …": the sentence after the names.
        const rest = out.journal ? '' : tail.slice(head.length).replace(/^[\s.]+/, '');
        const restSegs = rest ? splitBy(rest, SEGMENT_BREAK) : [];
        const rj = restSegs.length ? journalOf(restSegs[0]!.trim()) : null;
        if (rj && (restSegs.length < 2 || PUBLICATION_NEXT.test(restSegs[1]!.trim()))) out.journal = rj;
      } else out.journal ??= journalOf(after);
    }
    if (proceedings && out.journal === null) {
      out.journal = proceedings.name;
      if (proceedings.volume) out.volume ??= proceedings.volume;
    }
    return out;
  }
  const parts = splitParts(text).flatMap((p, i, all) => {
    // "A. Roe, J.-E. Lim et al., Title, Journal (2025)": "et al.," ends the names.
    const etAl = p.includes('al.,') || p.includes(' al,') ? ET_AL_COMMA.exec(p) : null;
    if (etAl && namesOf(etAl[1]!)) return [etAl[1]!, etAl[2]!];
    // "J. Roe, A. L. Lim, and S. Ito, Title, Phys. Rev. Lett. 138, …" (APS): initials-first names up to the one after "and".
    const aps = p.includes('and ') || p.includes('& ') ? APS_NAMES().exec(p) : null;
    if (aps && namesOf(aps[1]!)) return [aps[1]!, aps[2]!];
    // "Ravi Shenoy, Li Wen and Ana Ruiz, Title, Journal (2031)" (Phys.org): full names up to the one after "and".
    const full = aps || !(p.includes(' and ') || p.includes(' & ')) ? null : FULL_NAMES_COMMA.exec(p);
    if (full && namesOf(full[1]!)) return [full[1]!, full[2]!];
    // "Ravi Shenoy, Li Wen, Ana Ruiz, Title, Journal (2031)" (Phys.org, no "and"): the full names before the title.
    const listed = aps || full || etAl ? null : commaNamesHead(p);
    // "Roe K, Lim S, Ito A, Title, Journal, 63, e2036GL112874 (2036)": Vancouver names ended by a comma, not a full stop.
    const vancouver = aps || full || etAl || listed ? null : commaVancouverHead(p);
    if (vancouver) return vancouver;
    // "A, B, C: Title, Journal (2036)" (Helmholtz centres): the last name ends at the colon, not at a comma.
    const last = listed ? /^([^:,]{3,60}):\s+(\S.*)$/.exec(listed[1]!) : null;
    if (listed && last && namesOf(last[1]!)) return [`${listed[0]!}, ${last[1]!}`, last[2]!];
    if (listed) return listed;
    // "P. Roe, T. Bauer, K. Lim, Title. Cell 187, …" (Science, Cell): initials-first names, each ended by a comma, with no "and".
    const initials = i === 0 && !aps && !full && !etAl ? initialsHead(p) : null;
    // The rest must open the title: not another initial, nor "and"/"&" before a last name, nor a colon that ends the names.
    const titleNext = initials !== null && !INITIALS_REST_NAME.test(initials.rest) && !/^[^.]{0,40}:\s/.test(initials.rest);
    if (initials && titleNext && namesOf(initials.names)) return [initials.names, initials.rest];
    const colon = /^([^:]{3,400}):\s+(\S.*)$/.exec(p);
    // "A, B: Title" — the part before the colon is names only, never "Gene Therapy for Pain".
    const plain = colon ? colon[1]!.replace(/\b(?:and|et|al|van|von|de|der|den|del|della|di|da|do|dos|das|du|la|le|ter|ten|bin|binti|ibn|zu)\b/g, '') : '';
    // "Yalla, Explain It Again: How … Agents. In Proceedings of …": the part before the proceedings is the title, whatever its colon.
    if (colon && namesOf(colon[1]!) && !SMALL_WORD.test(plain) && !(i > 0 && PROCEEDINGS_PART.test(all[i + 1] ?? ''))) return [colon[1]!, colon[2]!];
    return [p];
  });
  // "Research: Title doi: 10.…" (one line, the DOI cut): the label names the title, nothing else follows;
  // an editorial's title may be three words ("Editorial: Cycling to health doi: 10.…").
  if (labelled && doi && parts.length === 1 && !namesOf(parts[0]!) && titleLike(parts[0]!, 3) && !out.volume && !out.pages && !journalOf(parts[0]!.slice(parts[0]!.lastIndexOf(', ') + 1).trim())) {
    out.title = parts[0]!;
    out.titleStrategy = 'labelled';
    return out;
  }
  // "Title. In Proceedings of the … (Volume 1: Long Papers), pages 4410–4427, Lisbon" (ACL Anthology,
  // ACM, NeurIPS): the proceedings are the journal, the part before them is the title.
  const proc = parts.findIndex((p, i) => i > 0 && p.startsWith('In') && PROCEEDINGS_PART.test(p));
  if (proc > 0 && out.title === null && !namesOf(parts[proc - 1]!) && titleLike(parts[proc - 1]!)) {
    const name = proceedingsName(parts[proc]!);
    if (name) {
      out.title = parts[proc - 1]!.replace(/^[“"‘]|[”"’,]+$/g, '');
      out.titleStrategy = 'reference-line';
      out.journal = name.name;
      if (name.volume) out.volume ??= name.volume;
    }
  }
  // "Title. In: K. Mensah and L. Otieno (eds.), Book Title, pp. 113–139.": a chapter; the book stands for the journal.
  // "Roe, A. (2031). Title. In M. Lim & J. Ito (Eds.), Book Title (pp. 233–257).": the APA chapter, its title read with the names.
  const eds = parts.findIndex((p, i) => i > 0 && p.startsWith('In') && /\((?:eds?|Hrsg|dir)\.\)/i.test(p));
  const book = eds > 0 ? EDITED_IN.exec(parts[eds]!) : null;
  if (book && out.title !== null && out.journal === null) {
    out.journal = book[1]!.replace(PAGES_IN_BRACKETS, '').trim();
    out.chapter = true;
  } else if (book && out.title === null && !namesOf(parts[eds - 1]!) && titleLike(parts[eds - 1]!)) {
    out.title = parts[eds - 1]!.replace(/^[“"‘]|[”"’,]+$/g, '');
    out.titleStrategy = 'reference-line';
    out.journal = book[1]!.replace(PAGES_IN_BRACKETS, '').trim();
    out.chapter = true;
  }
  let titleIdx = -1;
  parts.forEach((part, i) => {
    if (!out.authors.length) {
      const names = namesOf(part);
      if (names && (names.length >= 2 || /\bet\.?\s?al\b/.test(part) || (i === 0 && names.length === 1 && SOLE_VANCOUVER.test(part)))) {
        out.authors = names.map((n) => n.person);
        out.authorsStrategy = 'reference-line';
        return;
      }
      const tn = trailingNames(part);
      if (tn && titleLike(tn.title) && out.title === null) {
        out.authors = tn.names.map((n) => n.person);
        out.authorsStrategy = 'reference-line';
        out.title = tn.title;
        out.titleStrategy = 'reference-line';
        titleIdx = i;
        return;
      }
    }
    // "Roe, G., et al. (2031). Current Biology, 41(6), 1220–1231.": after the names read first, a journal and its numbers with no title.
    const numbersNext = i === 0 && out.authors.length > 0 && part.includes(',') && JOURNAL_THEN_NUMBERS.test(part.slice(part.indexOf(',')));
    if (out.journal === null && (titleIdx >= 0 || out.authors.length) && (i > 0 || numbersNext)) {
      const j = journalOf(part);
      // "Names. Daily Step Count and Incident Dementia. JAMA Neurol.": a title in title case
      // before the journal is the title.
      const titleFirst = j !== null && out.title === null && titleLike(part) && i + 1 < parts.length && journalOf(parts[i + 1]!) !== null;
      if (j && !titleFirst) {
        out.journal = j;
        return;
      }
    }
    // "Title, Journal, First published ahead of print <date>": the availability note is no part of either.
    const core = part.replace(/[,;]\s(?:first\s+|e-?)?(?:published|available|appeared|epub)\b.{0,300}$/i, '');
    if (out.title === null && core !== part && titleLike(core)) part = core;
    if (out.title === null && titleLike(part)) {
      // "Title, Journal, 21, 4410–4422 (2031)": the numbers after the journal are no part of either.
      // "Title, Nature Geoscience 16, 901–907 (2043)": the same numbers with no comma after the journal.
      const numbered = NUMBERS_END.test(part.slice(-3)) ? (NUMBERS_TAIL.exec(part.slice(-80)) ?? NATURE_TAIL.exec(part.slice(-80))) : null;
      const bare = numbered ? part.slice(0, part.length - Math.min(part.length, 80) + numbered.index) : part;
      // "Title, Journal" — a journal name after the last comma.
      const tail = /,\s([^,]{2,80})$/.exec(bare);
      // The numbers go with it, for a journal with a subtitle ("…, Journal of Physics: Condensed Matter, 12, 345").
      const j = tail ? journalOf(numbered ? `${tail[1]!}${part.slice(bare.length)}` : tail[1]!) : null;
      // "…, Phys. Rev. Lett" is read as "Phys Rev Lett": full stops aside, the tail opens with the name.
      // "Title from Reykjavik, Iceland. Journal, 70": with no numbers of its own and a journal in the next part, the tail ends the title.
      const journalNext = !numbered && i + 1 < parts.length && journalOf(parts[i + 1]!) !== null;
      const named = tail && j && !journalNext && (tail[1]!.trim().startsWith(j) || tail[1]!.trim().replace(/\./g, '').startsWith(j.replace(/\./g, ''))) && CAPITAL.test(tail[1]!);
      // "Does larch outpace spruce? Journal of Biogeography 58(11): 2440-2453": no full stop after a question.
      const asked = named || out.journal !== null ? null : askedTitle(part);
      if (named) {
        out.title = part.slice(0, tail!.index).trim();
        out.journal = j;
      } else if (asked) {
        out.title = asked.title;
        out.journal = asked.journal;
      } else {
        const glued = gluedJournal(part, parts[i + 1] ?? '');
        out.title = glued ? glued.title : part;
        if (glued && out.journal === null) out.journal = glued.journal;
      }
      out.titleStrategy = 'reference-line';
      titleIdx = i;
    }
  });
  return out;
}
