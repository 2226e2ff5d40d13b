/**
 * Authors named in prose: "lead / first / senior / corresponding author X", "co-authors X and
 * Y", "co-authors include …", "said X, … the study's first author", "X et al.". Someone who
 * only "led the study" is not an author.
 * @packageDocumentation
 */
import { dropGroupAffiliations } from './semicolon-groups.js';
import type { Person } from '../../types.js';
import { dropUnitCommaLists } from './unit-list.js';
import { fullName, personKey, splitName } from '../../text/names.js';
import { dropAffiliationMarks, parseNameList, readName, readUpperFamilyName } from './name-list.js';
import { nextMatch } from './matches.js';
import { findRolesAfterName } from './role-after-name.js';
import { findRoleLines } from './role-lines.js';
import { findRomanceRoleAuthors } from './romance-role-before.js';
import { findFirstAuthorsAbroad } from './first-author-abroad.js';
import { findGermanRoleAuthors } from './german-role-before.js';
import { findAsRoleAuthors } from './as-role.js';
import { togetherParts } from './together-with.js';
import { findSignedTitles } from './signed-by.js';
import { commaNames } from './reference-line.js';

/** A family name alone, perhaps after a title. */
const SINGLE_NAME = /^(?:(?:Dr|Prof|Professor)\.?\s+)?(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?)$/u;
/** A family name alone after a role, then the chunk's end or a word in lower case ("Halvorsen-Baptiste built"); group 1 is the name. */
const FAMILY_AHEAD = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?)(?:[.]?\s*$|\s\p{Ll})/u;
/** Full stops that do not end a sentence, looking back. */
const ABBREV_BACK = /\b(?:\p{Lu}|Dr|Prof|Mrs|Mr|Ms|Jr|Sr|St|Ph\.D|M\.D|M\.S|M\.P\.H|Inc|No|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\./gu;
const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;
const SENTENCE_END = /[.!?](?=\s+[“"]?\p{Lu}\p{Ll}|\s*$)/u;
/** Full stops that do not end a sentence, looking ahead. */
const ABBREV_AHEAD = /\b(?:\p{Lu}|Dr|Prof|Mrs|Mr|Ms|Jr|Sr|St|Ph\.D|M\.D|M\.S|M\.P\.H|Inc|No)\./gu;
/** A capitalised name after a role, perhaps after a second role or a title. */
const NAME_AHEAD = /^(?:(?:co-?)?(?:first|lead|senior|last|corresponding)\s+(?:co-?)?authors?\s+)?(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu}/u;
/** Where a name after a role ends. */
const NAME_STOP = /[,;()]|\s(?:of|from|at|who|and|in|is|was|said|says|added)\s|(?<!\b\p{Lu})\.\s(?=\p{Lu}\p{Ll}|[“"])/u;
/** A run of capitalised words that ends the text, with the particles of a family name ("Mohamed Faizal bin Ismail"). */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\p{Lu}\.)*\s+){0,3}(?:(?:bin|binti|ibn|van|von|de|der|den|del|della|di|da|du|dos|das|la|le|ter|ten)\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)$/u;
/** A person's name, then "of/at/from" an institution, ending the text before an author's apposition; group 1 is the name. */
const NAME_AFFILIATION =
  /(?<=^|[\s(])(?:(?:Dr|Prof|Professor)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of|for|and|the|de|\p{Lu}[\p{L}\p{M}'’&.-]*)){0,8}$/u;
/** Words every institution named by {@link NAME_AFFILIATION} holds. */
const INSTITUTION_WORD = /\b(?:University|Institute|College|Centre|Center|School|Hospital|Laborator(?:y|ies)|Museum|Academy|Foundation|Observatory|Universidad|Universit[ée])\b/;
/** A quoted nickname between given and family names (' "S.T."', ' “Bongi”'). */
const NICKNAME = /(?<=\p{L})\s[“"][\p{L}.]{1,20}[”"](?=\s\p{Lu})/u;
/** Words up to an office's possessive and a title before a name ("Forest Service’s Dr. "). */
const POSSESSIVE_LEAD = /^(?:\p{Lu}[\p{L}\p{M}-]{0,40}\s){0,2}\p{Lu}[\p{L}\p{M}-]{0,40}['’]s\s+(?:(?:Dr|Prof|Professor)\.?\s+)?/u;
/** The capitalised subject that opens a sentence. */
const SUBJECT_HEAD = /^(?:(?:Dr|Prof|Professor)\.?\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?=,|\s+\p{Ll})/u;
const NOT_LETTER = /[^\p{L}]/gu;
const INITIALS_ONLY = /^\p{Lu}{1,3}$/u;
/** Initials with full stops, hyphenated as East Asian given names are cited: "W.-L.", "J. H.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.[\s-]?){1,3}$/u;

/** An author named in prose. */
export interface AuthorHit {
  person: Person;
  index: number;
  strategy: string;
  /** True when the role names an editorial's or commentary's author. */
  editorial: boolean;
  /** True when the name was read from a printed list of names, where each person appears once. */
  listed?: boolean;
}

/** A role word for an author, before the name ("senior author", "co-first authors"). */
const ROLE_BEFORE =
  /\b((?:editor['’]s\s+note|editorial|commentary)\s+)?((?:co-?|joint\s+)?(?:(?:first|lead|senior|last|corresponding|principal|study|main)[\s-])?(?:co-?)?authors?)(?:\s+(?:of|on|for|in)\s+(?:the|this|that)\s+(?:study|paper|article|report|research|work|trial|analysis)s?)?(?:\s+with\s+[\p{L} .'’-]{1,60}?(?=\s+include))?(?:\s+(?:include|includes|included|are|were|is|was)\b)?\s*[:,]?\s+/giu;

/** "About the " just before an author word: the heading of a page's author box. */
const ABOUT_THE = /\babout\s+the\s+$/i;

/** A verb of saying before a name, for "said X, …, the study's lead author". */
const SAID_NAME = /\b(?:said|says|say|noted|notes|added|adds|explained|explains|commented|comments|writes|wrote|according\s+to|reports|observed|concluded|concludes)\s+((?:Dr\.?|Prof\.?|Professor|Associate\s+Professor)\s+)?(\p{Lu}[^,;“”"]{2,100}?),/gu;

/**
 * A second person joined to the speaker's clause right before an author role ("… who led the
 * study with Lee Do-hyun, the paper's first author"): group 1 is that person's name.
 */
const OTHER_BEFORE_ROLE = /\b(?:with|and|alongside)\s+(?:(?:Dr\.?|Prof\.?|Professor)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/** Where an affiliation starts after a name ("Ana Roe from the School of X", "Ana Roe of UCT"). */
const AFFILIATION_CUT = /\s(?:of|from|at|in)\s/;
/** An author role that opens an apposition (" the study's lead author", " a senior author of the study"). */
const ROLE_NEXT = /^\s*(?:(?:the|a|an)\s+)?(?:(?:study|paper|report|preprint|article|trial)['’]s\s+)?(?:co-?)?(?:(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?)?author\b(?!s)/i;

/** "In a linked editorial, (Professor) ", "Writing in a linked Comment, ", "In an accompanying Perspective, "Title," paleontologist " before the name of its writer. */
const EDITORIAL_LEAD =
  /\b(?:[Ii]n|[Ww]riting\s+in)\s+(?:a|an|the|their)\s+(?:linked|accompanying|related|companion|associated)\s+(?:[Ee]ditorial|[Cc]ommentary|[Cc]omment|[Pp]erspective|[Vv]iewpoint)(?:\s+(?:published|also|in|on)\b[^,.;]{0,60})?,\s+(?:[“"][^“”"]{3,150}[,.]?[”"],?\s+)?(?:\p{Ll}[\p{Ll}-]{1,25}\s+){0,2}(?:(?:Dr|Prof|Professor|Associate\s+Professor)\.?\s+)?(?=\p{Lu})/gu;

/**
 * A lower-case job printed between a role and a name ("graduate student", "assistant professor"),
 * perhaps after one or two words that qualify it ("biomedical engineer", "marine ecologist") and after a
 * university's acronym or its name of two words ("NTU PhD student", "Khalifa University PhD student").
 */
const JOB_LEAD =
  /^(?:(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,20}\s(?:University|Institute|College))\s+(?=\p{Ll}|PhD\s|Ph\.D\.\s))?(?:(?!(?:and|or|is|was|who|said|says)\s)\p{Ll}[\p{Ll}-]{2,20}\s+){0,2}(?:\p{Ll}{2,20}(?:ologist|ician)|(?:graduate|doctoral|PhD|Ph\.D\.|undergraduate|medical|master['’]?s)\s+students?|post-?doc(?:toral)?(?:\s+(?:researcher|fellow|scholar|associate))?|research\s+(?:scientist|fellow|associate|assistant)|(?:assistant\s+|associate\s+|adjunct\s+)?professor|resident|fellow|scientist|researcher|epidemiologist|physician|surgeon|neuroscientist|biologist|chemist|physicist|engineer)\s+(?=\p{Lu})/u;

/**
 * ", the study's lead author", ", co-author of the paper", ", who was senior author", ", a
 * doctoral candidate and lead author", ", who led the trial and is the paper's senior author", ", a
 * soil scientist at the Rothfield Agricultural Station and a co-author" (the flag `i` lets the job's words be capitalised): after a name.
 */
const APPOSITION_ROLE =
  /,\s+(?:who\s+(?:\p{Ll}{2,20}\s+(?:[\p{L}'’-]{1,20}\s+){0,4}and\s+)?(?:is|was)\s+)?(?:(?:a|an|the)\s+(?:[\p{Ll}-]{2,20}\s+){1,9}and\s+)?(?:(?:the|a|an)\s+)?(?:other\s+)?(?:(?:study|paper|report|preprint|article|trial|manuscript)['’]s\s+)?(?:(?:co-?)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?author|co-?author)\b(?!s|ed)/giu;

/** The words before an author role that join it to another person than the speaker ("… who led the study with first author"). */
const ROLE_THEN_OTHER = /\b(?:with|and|alongside)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:study|paper)['’]s\s+)?$/u;

/** A person's name right after an author role ("first author Dr. Teodor Lim"). */
const NAME_AFTER_ROLE = /^\s+(?:(?:Dr\.?|Prof\.?|Professor)\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

/** A capitalised verb of saying opening an inverted attribution, with any title after it ("Says Dr. "). */
const SAYS_LEAD = /^(?:Says|Said|Adds|Added|Explains|Explained|Notes|Noted|Comments|Commented|Writes|Wrote)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?(?=\p{Lu})/u;

/** Degrees between a name and its apposition (", M.D., Ph.D."), cut before reading the name. */
const DEGREE_TAIL = /(?:,\s*(?:M\.?D|Ph\.?D|D\.?Phil|M\.?P\.?H|M\.?Sc|M\.?S|M\.?A|B\.?Sc|F\.?R\.?C\.?S|R\.?N|Pharm\.?D|Psy\.?D|D\.?O|Jr|Sr)\.?){1,4}\s*$/;

/** "Jane Roe (first author)", "Dr. Ken Lim (senior and corresponding author)": a role in brackets after the name; group 1 is the name. */
const PAREN_ROLE =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|van|von|de|der|den|da|di|du|la|le|bin|binti|ter)){1,4})\s\((?:co-?)?(?:first|lead|senior|last|corresponding)(?:\s(?:and|&)\s(?:co-?)?(?:first|lead|senior|last|corresponding))?[\s-](?:co-?)?author\)/gu;

/** A word of two lower-case letters or more ending a sentence, and the space after it, before a name ("May. Professor …"). */
const SENTENCE_BEFORE_NAME = /^\p{Lu}\p{Ll}{2,}\.\s(?=\p{Lu})/u;

/** "co-authored by", "authored by", "the paper was written by", "… in X and was written by", the Indonesian "ditulis oleh" (written by): a list of names follows. */
const AUTHORED_BY = /\b(?:(?:co-?)?authored|(?:paper|article|study|report|review)\s+(?:was|is)\s+(?:co-?)?written|(?<=[,)]\s|\sand\s)(?:was|is)\s+(?:co-?)?written)\s+by\s+(?=(?:\p{Ll}{3,}\s){0,2}(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu})|\bditulis\s+oleh\s+(?=(?:Dr\.?\s|Prof\.?\s)?\p{Lu})/gu;
/** "The paper, "Title", by A, B and C, is …", "The paper, "Title," is by A and B.": a paper's quoted title, then "by" and its names. */
const TITLE_THEN_BY = /\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Tt]his|[Aa])\s(?:new\s)?(?:working\s)?(?:paper|preprint|study|article),?\s?[“"][^“”"\n]{10,300}[”"],?\s(?:(?:is|was)\s)?by\s(?=\p{Lu})/gu;
/**
 * "The study, "Title", was published in Current Biology by A, B and C.": a paper's quoted title, then
 * "is/was published in" a journal of capitalised words, then "by" and its names.
 */
const TITLE_PUBLISHED_BY = /\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Tt]his)\s(?:new\s)?(?:paper|preprint|study|article),?\s?[“"][^“”"\n]{10,300}[”"],?\s(?:is|was|has\sbeen)\s(?:published|reported|described)\s(?:online\s)?(?:today\s)?in\s(?:the\s)?[*_]{0,2}\p{Lu}[^“”"()\n,;.]{0,80}?[*_]{0,2},?\sby\s(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu})/gu;
/**
 * An office's name of one to three capitalised words and a job of lower-case words before a name in a list of
 * coauthors ("Caltech postdoctoral scholar ", "MIT graduate student ", "Virginia Tech horticulturist "); a
 * linking word after the capitalised words ("from", "with", "who") is no job.
 */
const OFFICE_JOB_BEFORE_NAME =
  /(^|,\s|\s(?:and|&)\s)(?:\p{Lu}[\p{L}&-]{1,20}\s){1,3}(?=\p{Ll}{3,}\s)(?!(?:from|with|who|whose|was|were|are|both|also|all|for|and|the|van|von|de|der|den|del|della|di|da|dos|das|du|la|le|ter|ten|bin|binti|ibn)\s)(?:\p{Ll}{3,}\s){1,3}(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu}\p{Ll})/gu;
/** A job title of lower-case words before a name in a list after "by" ("senior fellow Dr. X and research associate Y"). */
const ROLE_BEFORE_NAME = /(^|,\s|\s(?:and|&)\s)(?!(?:and|the|van|von|de|der|den|del|della|di|da|dos|das|du|la|le|ter|ten|bin|binti|ibn)\s)(?:\p{Ll}{3,}\s){1,2}(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu}\p{Ll})/gu;
/**
 * A unit's capitalised name and a job word before a name in a list after "by" ("UNM Earth and Planetary Sciences
 * professor X", "Chemistry lecturer Y"): after a university's acronym the unit's words may be joined by "and" or
 * "&" (never so after a plain capitalised word, which may be the name before "and"), and by "of" or "for".
 */
const UNIT_JOB_BEFORE_NAME =
  /(^|,\s|\s(?:and|&)\s)(?:\p{Lu}{2,6}(?:\s(?:(?:and|of|for|&)\s)?\p{Lu}[\p{L}'’&-]*){0,6}|\p{Lu}[\p{L}'’&-]*(?:\s(?:(?:of|for)\s)?\p{Lu}[\p{L}'’&-]*){0,3})\s(?:(?:assistant|associate|adjunct|emeritus|distinguished|research|visiting|doctoral|graduate|undergraduate|PhD|postdoctoral)\s)?(?:professor|lecturer|researcher|scientist|postdoc|fellow|student|candidate)\s(?=(?:Dr\.?\s)?\p{Lu}\p{Ll})/gu;
/** The cheap test for {@link UNIT_JOB_BEFORE_NAME}: a capitalised word, perhaps a lower-case qualifier, a job word and a name. */
const UNIT_JOB_TEST = /\p{Lu}[\p{L}'’&-]* (?:\p{Ll}+ |PhD )?(?:professor|lecturer|researcher|scientist|postdoc|fellow|student|candidate) \p{Lu}/u;

/** A list of names with any unit-and-job lead ({@link UNIT_JOB_BEFORE_NAME}) taken off each name. */
function dropUnitJobs(list: string): string {
  return UNIT_JOB_TEST.test(list) ? list.replace(UNIT_JOB_BEFORE_NAME, '$1') : list;
}
/** A paper's noun earlier in the sentence of "…, was written by": "The latter paper, "Title" (doi: …), was written by". */
const PAPER_NOUN_BEFORE = /\b(?:paper|article|study|report|review|preprint)\b/i;
/** "The paper by A and B", "Their proof by …": a definite paper noun right before "by" and a capitalised name ("a paper by" is often background; a study is only "led"). */
const PAPER_BY = /\b(?:[Tt]he|[Tt]heir|[Tt]his)\s(?:new\s)?(?:paper|preprint|proof)\sby\s(?=\p{Lu})/gu;
/**
 * "The results are reported in Field Crops Research (Vol. 318, 2036, 109544; https://doi.org/…) by A and B":
 * a "by" list straight after the bracketed citation that follows the journal a paper is reported in,
 * with a comma before it or not ("The study appears in *Animal Behaviour* (doi: …), by A and B."); the bracket
 * may be followed by the paper's labelled locators ("(2051), volume 312, article 108844, by A and B").
 */
const CITED_THEN_BY = /\b(?:published|reported|described|detailed|presented|appears?|appeared)\s(?:online\s)?in\s(?:the\s)?[*_]{0,2}\p{Lu}[^()\n]{0,80}?[*_]{0,2}\s\([^()\n]{4,200}\)(?:,\s(?:vol\.|volume|issue|no\.|number|pp?\.|pages?|article(?:\s(?:no\.|number))?)\s?[\dA-Za-z][\d–-]{0,11}){0,4},?\sby\s(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?\p{Lu})/gu;
/** A "by" straight after a citation's closing bracket or after a labelled locator number: the cheap test before {@link CITED_THEN_BY}. */
const BY_AFTER_CITATION = /\),?\sby\s|,\s(?:vol\.|volume|issue|no\.|number|pp?\.|pages?|article(?:\s(?:no\.|number))?)\s?[\dA-Za-z][\d–-]{0,11},?\sby\s/i;
/** Where names after "by" end: a lower-case word other than a connector or a particle ("… Quispe runs to 94 pages"). */
const NAMES_THEN_LOWER = /,?\s(?!(?:and|van|von|de|der|den|del|della|di|da|dos|das|du|la|le|ter|ten|bin|binti|ibn)\s|(?:y|e|i|und|et)\s(?=\p{Lu}))\p{Ll}/u;
/** Where a list of authors ends inside its sentence: "A and B and is published in …", "A and B and published in X". */
const LIST_THEN_VERB = /,?\s(?:and\s)?(?:is|are|was|were|has|have|will|appears?|appeared)\s|,?\sand\s(?:published|reported|posted)\s(?:online\s)?(?:in|on)\s/;

/** "… are co-first authors of the paper", "… share first authorship of the study", whose subjects open the sentence. */
const PLURAL_SUBJECT_ROLE =
  /\s(?:(?:are|were)\s+(?:the\s+)?(?:study['’]s\s+|paper['’]s\s+)?(?:co-?|joint\s+)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?authors\b|(?:share|shared)\s+(?:the\s+)?(?:joint\s+)?(?:first|lead|senior|last)[\s-]authorship\b)/gi;

/** "… led by A and B, who are its co-first authors", "Dr X, who co-authored the study": the names before the relative clause. */
const RELATIVE_ROLE =
  /,\s(?:who|both\s+of\s+whom)\s+(?:(?:are|were|is|was)\s+(?:the\s+|its\s+)?(?:study['’]s\s+|paper['’]s\s+)?(?:co-?|joint\s+)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?authors?\b|co-?authored\s+(?:the|this)\s+(?:study|paper|article|report)\b)/gi;

/** "In addition to X, (other) co-authors include/are …"; group 1 is X. */
const IN_ADDITION =
  /\b(?:[Ii]n\s+addition\s+to|[Aa]long\s+with|[Bb]esides|[Aa]part\s+from)\s+((?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?),\s+(?:(?:the|other|additional|fellow)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:co-?)?authors?\s+(?:of\s+the\s+(?:study|paper|article)\s+)?(?:include|includes|included|are|were)\b/gu;

/** "Collaborating with Dr. X (on the study) were …", "Joining X on the paper were …"; group 1 is X. */
const COLLABORATING =
  /\b(?:[Cc]ollaborating\s+with|[Jj]oining)\s+((?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?)\s+(?:on\s+(?:the|this)\s+(?:study|paper|research|work|article|report)\s+)?(?:were|are)\s+(?=\p{Lu})/gu;

/** "… and was senior author of the study", whose subject opens the sentence. */
const SUBJECT_ROLE =
  /\b(?:and|but|also)\s+(?:is|was|served\s+as|will\s+be)\s+(?:the\s+)?(?:study['’]s\s+|paper['’]s\s+)?(?:co-?)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?author\b/gi;

/** An office's acronym in the possessive before a name ("MSU’s ", "UCL's "). */
const OFFICE_POSSESSIVE = /^\p{Lu}{2,8}['’]s\s+(?=\p{Lu})/u;

/**
 * "X is the first author of the paper", "X, M.D., was the senior author". The apposition between
 * commas holds no sentence end ("… co-senior authors of the study. Yuki Roe, Ph.D., is the first
 * author" names Yuki Roe, not the earlier sentence's subject).
 */
const IS_AUTHOR =
  /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}.'’ -]{2,60}?)(?:(?:,(?:(?!\p{Ll}{2}[.!?]\s)[^,;]){1,70}){1,4},)?\s+(?:is|was)\s+(?:the\s+|its\s+)?(?:(?:study|paper|preprint|article)['’]s\s+)?(?:co-?)?(?:first|lead|senior|last|corresponding|principal)[\s-](?:co-?)?author\b/gu;

/** "Halvorsen et al": a family name before "et al". */
const ET_AL = /(?<![\p{L}-])((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+){0,3})\s+et\.?\s?al\b/gu;

/** Words that make the paper a sentence names earlier work, not the reported one. */
const EARLIER = /\b(?:earlier|previous(?:ly)?|prior|past|former|last\s+year|background|see\s+also)\b/i;

/** Words of a job before a capitalised name that ends the text: "The doctoral student Lukas Meier", "Postdoctoral researcher Ana Ruiz", "UM PhD student Chan Ka Man". */
const JOB_THEN_NAME = /^(?:(?:The|A|An|Our|Their|Its)\s)?(?:\p{Lu}{2,8}\s)?(?:Ph\.?D\.?\s|\p{Lu}?\p{Ll}[\p{Ll}-]{1,20}\s)(?:\p{Ll}[\p{Ll}-]{1,20}\s){0,3}((?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s){0,3}\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/** A family name alone that closes a list after "and" ("…, and Oyelaran-Fisk."); group 1 is the name. */
/** A family name alone opening a list of full names ("Solis-Devereaux, Anders Kitching and …"); group 1 is the name. */
const LIST_FIRST_FAMILY = /^\s*((?:(?:Dr|Prof|Professor)\.?\s)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?),\s(?=\p{Lu})/u;
const LIST_LAST_FAMILY = /,?\s(?:and|&)\s((?:(?:Dr|Prof|Professor)\.?\s)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?)[.\s]*$/u;

/** Keyword checks run before the patterns that need the word (case folding of these letters is ASCII-only). */
const AUTHOR_WORD = /author/i;
/**
 * "Sus autores son", "Os autores do estudo são", "Les auteurs sont", "Die Autoren der Studie sind",
 * "Autori rada su": a Spanish, Portuguese, French, German or Croatian sentence that opens by naming a paper's authors.
 */
const AUTHORS_ARE_ABROAD =
  /\b(?:[Ss]us|[Ll]os|[Oo]s|[Ss]eus|[Ll]es|[Ss]es|[Dd]ie|[Ii]hre)\s(?:co-?)?(?:autores|autoras|auteur(?:e|)s|Autor(?:inn)?en)\s(?:(?:del|do|da|de\sl['’]|des|der)\s(?:estudio|estudo|trabajo|artículo|artigo|étude|article|Studie|Arbeit)\s)?(?:son|são|sont|sind)\s+(?=\p{Lu})|\bAutori(?:ce)?\s(?:i\sautori\s)?(?:(?:rada|studije|istraživanja|članka)\s)?su\s+(?=\p{Lu})/gu;
/** A word every {@link AUTHORS_ARE_ABROAD} match holds. */
const AUTHOR_ABROAD_WORD = /autor|auteur/i;
/** "en un artículo firmado por", "num artigo assinado por", "dans un article signé par": the paper's noun, then "signed by". */
const SIGNED_BY_ABROAD = /\b(?:artículo|estudio|trabajo|artigo|estudo|trabalho|article|étude)\s(?:firmad[oa]|assinad[oa]|sign[ée]e?)\s(?:por|par)\s+(?=\p{Lu})/gu;
/** A word every {@link SIGNED_BY_ABROAD} match holds. */
const SIGNED_WORD = /firmad|assinad|sign[ée]/;
const EDITOR_WORD = /editor|commentary|comment\b|perspective|viewpoint/i;
const ET_AL_WORD = /\set\.?\s?al\b/;
/** Any of the words above, in any case: a block without one names no author. */
const ANY_WORD = /author|autor|auteur|autrice|forfatter|författare|firmad|assinad|sign[ée]|editor|commentary|comment\b|perspective|viewpoint|ollaborating|oining|written\s+by|ditulis\s+oleh|et\.?\s?al|[”"],?\s(?:(?:is|was)\s)?by\s|[”"],?\s(?:is|was|has\sbeen)\s(?:published|reported|described)\s|(?:paper|preprint|proof)\sby\s|\),?\sby\s|\d,?\sby\s|[”"»],\s(?:assinad|escrit|firmad|sign[ée]|écrit|firmat|scritt|verfasst)/i;

/** Pronouns and group words that open a sentence without naming a person. */
const NOT_SUBJECT = /^(?:The|This|That|These|Those|He|She|It|They|We|I|His|Her|Their|Our|Its|Researchers?|Scientists?|Investigators?|Authors?|Co-authors?|Team|Study|Dr|Prof|Professor|In|At|For|After|Before|While|When|Although)$/;

/** A person named as the subject of a sentence: a full name, or a family name alone. */
function subjectName(raw: string): Person | null {
  const clean = raw.trim().replace(/,.*$/, '');
  const full = readName(clean);
  if (full) return full.person;
  const single = SINGLE_NAME.exec(clean);
  if (!single || NOT_SUBJECT.test(single[1]!)) return null;
  return splitName(single[1]!);
}

/** The start of the sentence that holds `index` (bounded to 300 characters back). */
function sentenceStart(text: string, index: number): number {
  const lo = Math.max(0, index - 300);
  const back = text.slice(lo, index).replace(ABBREV_BACK, (x) => x.replace(/\./g, '_'));
  let start = -1;
  for (let m: RegExpExecArray | null = (SENTENCE_BREAK.lastIndex = 0, null); (m = nextMatch(SENTENCE_BREAK, back)); ) start = m.index + m[0].length;
  return start >= 0 ? lo + start : lo;
}

/** At most this many matches of each pattern are read from one block (no release names more). */
const MAX_HITS = 40;

/** The end of the sentence that starts at `from` (bounded). */
function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 900);
  const m = SENTENCE_END.exec(rest.replace(ABBREV_AHEAD, (s) => s.replace(/\./g, '_')));
  return m ? from + m.index : Math.min(text.length, from + 900);
}

/**
 * The people of a list printed one a line ("Kyung-Ah Min (corresponding author), Seoul
 * National University"): the name that opens each line, up to the first line that opens with none.
 */
export function namesByLine(text: string): Person[] {
  const out: Person[] = [];
  for (const line of text.split('\n', 60)) {
    const head = line.replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '').split(/\s*[,;(|–—]\s*|\s+-\s+/)[0]!.trim();
    const name = head ? readName(head) : null;
    if (!name) break;
    out.push(name.person);
  }
  return out;
}

/** A line of affiliations under a list of names ("⏎1 Sorbonne Université", "⏎† equal contribution"). */
const AFFILIATION_LINE = /\n[ \t]{0,4}[\d*†‡]/;

/** A line break before a labelled line ("⏎Published: …", "⏎Journal: …"). */
const LABEL_LINE = /\n[ \t]{0,4}[*_]{0,2}\p{Lu}[\p{L} ]{1,30}[*_]{0,2}:/u;

/**
 * The people of the "by" list after each match of `re` in `text`, read as far as the sentence's
 * end (300 characters at most) and cut before the words in lower case that follow the names; "by
 * A and colleagues" is a group, not a list of the authors (the gold reads it so).
 */
function byListsAfter(text: string, re: RegExp, strategy: string): AuthorHit[] {
  const out: AuthorHit[] = [];
  let n = 0;
  for (let m: RegExpExecArray | null = (re.lastIndex = 0, null); (m = nextMatch(re, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].length;
    let list = text.slice(from, Math.min(sentenceEnd(text, from), from + 300));
    const lower = NAMES_THEN_LOWER.exec(list);
    if (lower) list = list.slice(0, lower.index);
    if (/\s(?:and|&)$/.test(list)) continue;
    for (const x of parseNameList(list)) out.push({ person: x.person, index: from, strategy, editorial: false, listed: true });
  }
  return out;
}

/** Finds the authors a block of prose names, in order. */
export function findProseAuthors(text: string): AuthorHit[] {
  const out: AuthorHit[] = [];
  if (!text) return out;
  // "Dr. Ana Roe, marine ecologist at X and first author", "…, première auteure de l'étude":
  // added last, so a pattern below that names the same person in the same place comes first.
  const after: AuthorHit[] = findRolesAfterName(text).map((h) => ({ person: h.person, index: h.index, strategy: 'authors:apposition', editorial: false }));
  // Cheap keyword checks: every pattern below needs one of these words, so a block without
  // them skips the pattern (most blocks name no author).
  if (!ANY_WORD.test(text)) return after;
  const hasAuthor = AUTHOR_WORD.test(text);
  // "- Dr. Ana Roe, X Institute (first author)", "Ken Lim – senior author, …": one person a line.
  if (hasAuthor) for (const h of findRoleLines(text)) out.push({ person: h.person, index: h.index, strategy: 'authors:role', editorial: false, listed: true });
  let n = 0;
  if (hasAuthor) for (let m: RegExpExecArray | null = (ROLE_BEFORE.lastIndex = 0, null); (m = nextMatch(ROLE_BEFORE, text)); ) {
    if (++n > MAX_HITS) break;
    const role = m[2]!.toLowerCase();
    // "About the author: Jo Bell is a science writer": the news story's author box, not the paper's.
    if (role === 'author' && ABOUT_THE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "the first author is graduate student Ravi Patel": a lower-case job before the name.
    const job = JOB_LEAD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const from = m.index + m[0].length + (job ? job[0].length : 0);
    if (!NAME_AHEAD.test(text.slice(from))) continue;
    const plural = /authors$/.test(role);
    const editorial = Boolean(m[1]);
    if (plural && text.slice(m.index, from).includes('\n')) {
      // "Authors:" ending its line: one author a line, each followed by an affiliation.
      for (const p of namesByLine(text.slice(from, from + 3000))) out.push({ person: p, index: from, strategy: 'authors:role-list', editorial, listed: true });
    } else if (plural) {
      let end = sentenceEnd(text, from);
      // "Authors: Ana Roe1,2, Ken Lim1,* (*corresponding author: …)": marks and brackets are no part of the names.
      // "Authors: A, B⏎Published: March 3, 2031": the next labelled line ends the list.
      const span = text.slice(from, end);
      const label = span.includes('\n') ? span.search(LABEL_LINE) : -1;
      if (label >= 0) end = from + label;
      const wrap = text.slice(from, end).search(AFFILIATION_LINE);
      // "Authors include A and UNM Biology graduate student B": a unit and a job before a name are no part of it.
      let list = dropUnitJobs(dropAffiliationMarks(text.slice(from, wrap >= 0 ? from + wrap : end)).replace(/\s*\([^()]{0,200}\)/g, ''));
      // "Caltech postdoctoral scholar Hana Roe and Ken Lim": an office's name and a lower-case job before a name are no part of it.
      if (/\p{Lu}[\p{L}&-]{1,20}\s\p{Ll}{3,}\s/u.test(list)) list = list.replace(OFFICE_JOB_BEFORE_NAME, '$1');
      // "A, Institute X; B and C, University Y; and D, Z": each semicolon group closes with its affiliation.
      if (list.includes(';')) list = dropGroupAffiliations(list);
      // "A, B and C of the X Department of Y, together with D of Z": the parts read one by one, when that finds more names.
      const whole = parseNameList(list);
      const parted = list.includes(' with ') || list.includes(' of ') ? togetherParts(list).flatMap((part) => parseNameList(part)) : [];
      const listed = parted.length > whole.length ? parted : whole;
      const listAt = out.length;
      for (const x of listed) out.push({ person: x.person, index: from, strategy: 'authors:role-list', editorial, listed: true });
      // "Authors: Pryce, R., Llewellyn, G. & Marchetti, F.": family names before initials (Harvard, APA), which the list above does not read.
      if (!listed.length && list.includes('., ')) for (const person of commaNames(list)) out.push({ person, index: from, strategy: 'authors:role-list', editorial, listed: true });
      // "…, Aiyana Redcloud, a postdoctoral scholar, and Oyelaran-Fisk": the family name alone of someone named in full elsewhere.
      const last = listed.length ? LIST_LAST_FAMILY.exec(list) : null;
      const p = last ? subjectName(last[1]!) : null;
      if (p && !p.given && !listed.some((x) => x.person.family === p.family)) out.push({ person: p, index: from, strategy: 'authors:role-list-family', editorial });
      // "The study's authors are Solis-Devereaux, Anders Kitching and Ruth Balogun": the same for the first name of the list.
      const first = listed.length ? LIST_FIRST_FAMILY.exec(list) : null;
      const q = first ? subjectName(first[1]!) : null;
      if (q && !q.given && !listed.some((x) => x.person.family === q.family)) out.splice(listAt, 0, { person: q, index: from, strategy: 'authors:role-list-family', editorial });
    } else {
      // "Professor Sipho "S.T." Ndlovu": a quoted nickname is no part of the name.
      const ahead = text.slice(from, from + 80);
      const chunk = (ahead.includes('"') || ahead.includes('“') ? ahead.replace(NICKNAME, '') : ahead).replace(/^(?:Dr|Prof|Professor)\.?\s+/, '').split(NAME_STOP)[0] ?? '';
      // "The first author, MORIMOTO Aya, a doctoral student": a family name in capitals first.
      const name = readName(chunk) ?? readUpperFamilyName(chunk);
      if (name) out.push({ person: name.person, index: from, strategy: 'authors:role', editorial });
      else {
        // "working with senior author Halvorsen-Baptiste, built …": a family name alone, made full only from the release.
        const alone = FAMILY_AHEAD.exec(chunk);
        const p = alone ? subjectName(alone[1]!) : null;
        if (p && !p.given) out.push({ person: p, index: from, strategy: 'authors:role-family', editorial });
      }
    }
  }
  // "Sus autores son A, B y C", "Les auteurs sont …": the authors named in another language.
  if (AUTHOR_ABROAD_WORD.test(text)) out.push(...byListsAfter(text, AUTHORS_ARE_ABROAD, 'authors:role-list'));
  // "… en la revista X, en un artículo firmado por A, B y C": the paper's noun, then "signed by" and the names.
  if (SIGNED_WORD.test(text)) out.push(...byListsAfter(text, SIGNED_BY_ABROAD, 'authors:signed-by'));
  // "said X, …, the study's first author" and "X, co-author of the study".
  n = 0;
  if (hasAuthor || EDITOR_WORD.test(text)) for (let m: RegExpExecArray | null = (SAID_NAME.lastIndex = 0, null); (m = nextMatch(SAID_NAME, text)); ) {
    if (++n > MAX_HITS) break;
    const end = sentenceEnd(text, m.index);
    const apposition = text.slice(m.index + m[0].length, end);
    if (/not\s+involved/i.test(apposition)) continue;
    // "said Dr Ana Roe from the Department of X and Y, …": the name before its affiliation.
    // "said Yale’s Ana Roe, …": the body's name in the possessive before the name is no part of it.
    const lead = m[2]!.includes('’s ') || m[2]!.includes("'s ") ? POSSESSIVE_LEAD.exec(m[2]!) : null;
    const raw = lead && readName(m[2]!.slice(lead[0].length)) ? m[2]!.slice(lead[0].length) : m[2]!;
    const name = readName(raw) ?? (raw.length > 60 ? readName(raw.split(AFFILIATION_CUT)[0]!) : null);
    if (name && /\b(?:editorial|commentary|editor['’]s\s+note)\b/i.test(apposition)) {
      out.push({ person: name.person, index: m.index + m[0].indexOf(m[2]!), strategy: 'authors:editorial-writer', editorial: true });
      continue;
    }
    const role = /\b(?:co-?)?(?:first|lead|senior|last|corresponding|principal|study)?[\s-]?(?:co-?)?author\b(?!s)/i.exec(apposition);
    if (!role) continue;
    // "said Dr Yoon, who led the study with Lee Do-hyun, the paper's first author": the role is the other person's.
    const other = OTHER_BEFORE_ROLE.exec(apposition.slice(0, role.index));
    // "said Dr Roe, who led the study with first author Dr. Lim": a role joined by "with" before a name is that name's.
    if (!other && ROLE_THEN_OTHER.test(apposition.slice(0, role.index)) && NAME_AFTER_ROLE.test(apposition.slice(role.index + role[0].length))) continue;
    if (other) {
      const named = readName(other[1]!);
      if (named) out.push({ person: named.person, index: m.index + m[0].length + other.index + other[0].indexOf(other[1]!), strategy: 'authors:apposition', editorial: false });
      continue;
    }
    // "said Dr Ana Roe from the School of Biological Sciences, the study's lead author": after a long affiliation, only a role right after the comma.
    if (m[2]!.length > 60 && !ROLE_NEXT.test(apposition)) continue;
    // "said Dr Eze-Whitlow, the preprint's first author": a family name alone, made full later.
    const person = name?.person ?? subjectName(raw);
    if (person) out.push({ person, index: m.index + m[0].indexOf(raw), strategy: 'authors:said-author', editorial: false });
  }
  // "In a linked editorial, Professor X at Y writes …": the editorial's writer.
  n = 0;
  if (EDITOR_WORD.test(text)) for (let m: RegExpExecArray | null = (EDITORIAL_LEAD.lastIndex = 0, null); (m = nextMatch(EDITORIAL_LEAD, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].length;
    const chunk = text.slice(from, from + 80).split(NAME_STOP)[0] ?? '';
    const name = readName(chunk);
    if (name) out.push({ person: name.person, index: from, strategy: 'authors:editorial-writer', editorial: true });
  }
  // "X is the first author of the paper", "X, M.D., was the senior author".
  n = 0;
  if (text.includes('author')) for (let m: RegExpExecArray | null = (IS_AUTHOR.lastIndex = 0, null); (m = nextMatch(IS_AUTHOR, text)); ) {
    if (++n > MAX_HITS) break;
    // "MSU’s Okonkwo-Berg is the senior author": an office's acronym in the possessive before the name is no part of it.
    const bare = (m[1]!.split(/\s(?:and|said|says)\s|[.;:]\s/).pop() ?? '').replace(OFFICE_POSSESSIVE, '');
    // "Wistar’s Ana Roe, Ph.D., is the first author": a body's name in the possessive, when the rest reads as a name.
    const lead = bare.includes('’s ') || bare.includes("'s ") ? POSSESSIVE_LEAD.exec(bare) : null;
    const last = lead && readName(bare.slice(lead[0].length)) ? bare.slice(lead[0].length) : bare;
    // "The doctoral student Lukas Brändli-Meier is the first author": the name after the job words.
    const job = readName(last) ? null : JOB_THEN_NAME.exec(last);
    const name = readName(job ? job[1]! : last)?.person ?? subjectName(last);
    if (name) out.push({ person: name, index: m.index, strategy: 'authors:is-author', editorial: false });
  }
  // "Jane Doe, the study's lead author, said", "Jane Doe, M.D., co-author of the paper".
  n = 0;
  if (hasAuthor) for (let m: RegExpExecArray | null = (APPOSITION_ROLE.lastIndex = 0, null); (m = nextMatch(APPOSITION_ROLE, text)); ) {
    if (++n > MAX_HITS) break;
    // Not the author of an editorial, of earlier work, or someone "not involved".
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (/^\s+(?:of|on)\s+(?:an?\s+|the\s+)?(?:earlier|previous|prior|separate|another|other|related|(?:19|20)\d{2})\b|\b(?:editorial|commentary|editor['’]s\s+note)\b|not\s+involved/i.test(rest)) continue;
    const back = text.slice(Math.max(0, m.index - 100), m.index).replace(DEGREE_TAIL, '');
    const run = NAME_BEFORE.exec(back);
    // "… at the Harbour Institute, who was a co-author": a place, not the person.
    const place = run ? /\b(?:at|of|from|in|with|for|by|and)\s*$/i.test(back.slice(0, run.index)) : true;
    // "the Forest Service’s Dr. Ana Roe, the study’s co-lead author": the name after an office's possessive and a title.
    const cut = run && (run[1]!.includes('’s ') || run[1]!.includes("'s ")) ? POSSESSIVE_LEAD.exec(run[1]!) : null;
    // "Says Dr. Ana Roe, …, the study's first author:": an inverted verb of saying and a title open no name.
    const said = run ? SAYS_LEAD.exec(run[1]!) : null;
    const head = run ? (cut ? run[1]!.slice(cut[0].length) : said ? run[1]!.slice(said[0].length) : run[1]!) : '';
    let name = run && !place ? readName(head) : null;
    // "Professor Ana Roe of the University of Lyon, a co-author of the paper": the name before the affiliation.
    const affiliated = run && place && INSTITUTION_WORD.test(back) ? NAME_AFFILIATION.exec(back) : null;
    if (affiliated) name = readName(affiliated[1]!);
    if (affiliated && name) out.push({ person: name.person, index: m.index - (back.length - affiliated.index), strategy: 'authors:apposition', editorial: false });
    else if (name) out.push({ person: name.person, index: m.index - (back.length - run!.index) + (cut ? cut[0].length : 0), strategy: 'authors:apposition', editorial: false });
    // "Mori, the study's first author, said": a family name alone opening the sentence; the
    // caller keeps it only when the release prints the full name somewhere.
    else if (run && !place && !run[1]!.includes(' ') && sentenceStart(text, m.index) === m.index - (back.length - run.index)) {
      const p = subjectName(run[1]!);
      if (p) out.push({ person: p, index: m.index - (back.length - run.index), strategy: 'authors:apposition-family', editorial: false });
    }
  }
  // "Jane Roe (first author) and Ken Lim (senior author)".
  n = 0;
  if (hasAuthor && text.includes(' author)')) for (let m: RegExpExecArray | null = (PAREN_ROLE.lastIndex = 0, null); (m = nextMatch(PAREN_ROLE, text)); ) {
    if (++n > MAX_HITS) break;
    // "…on 7 May. Professor Jinwoo Park (corresponding author)": the word ending the sentence before is no part of the name.
    const name = readName(m[1]!) ?? (SENTENCE_BEFORE_NAME.test(m[1]!) ? readName(m[1]!.replace(SENTENCE_BEFORE_NAME, '')) : undefined);
    if (name) out.push({ person: name.person, index: m.index, strategy: 'authors:role-in-brackets', editorial: false });
  }
  // "The paper was co-authored by A, B and C."
  n = 0;
  if (text.includes('authored') || text.includes('written by') || text.includes('ditulis oleh')) for (let m: RegExpExecArray | null = (AUTHORED_BY.lastIndex = 0, null); (m = nextMatch(AUTHORED_BY, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].length;
    // "…, was written by": only when the sentence names a paper before it.
    if (/^(?:was|is)\s/.test(m[0]) && !PAPER_NOUN_BEFORE.test(text.slice(sentenceStart(text, m.index), m.index))) continue;
    let list = text.slice(from, sentenceEnd(text, from));
    const verb = LIST_THEN_VERB.exec(list);
    if (verb) list = list.slice(0, verb.index);
    // "written by senior fellow Dr. X and research associate Y": a job title before each name is no part of it.
    if (/^\p{Ll}/u.test(list) || / (?:and|&) \p{Ll}/u.test(list)) list = list.replace(ROLE_BEFORE_NAME, '$1');
    // "co-authored by UNM Earth and Planetary Sciences professor X": the unit and the job are no part of the name.
    // "A of the Department of Land, Air and Water Resources, and B": a unit named by a comma list is no part of the names.
    list = dropUnitJobs(dropUnitCommaLists(list));
    for (const x of parseNameList(list)) out.push({ person: x.person, index: from, strategy: 'authors:authored-by', editorial: false, listed: true });
  }
  // "The preprint, "Title", by A, B and C, is available on SSRN."
  n = 0;
  if (text.includes(' by ')) for (let m: RegExpExecArray | null = (TITLE_THEN_BY.lastIndex = 0, null); (m = nextMatch(TITLE_THEN_BY, text)); ) {
    if (++n > MAX_HITS) break;
    const from = m.index + m[0].length;
    // "… is by A, B and C (Freshwater Biology, 2037, 82(3), 455-470).": the bracketed citation is no part of the names.
    let list = text.slice(from, sentenceEnd(text, from)).replace(/\s*\((?:[^()]|\([^()]{0,20}\)){0,300}\)/g, '');
    const verb = LIST_THEN_VERB.exec(list);
    if (verb) list = list.slice(0, verb.index);
    const listed = parseNameList(list);
    for (const x of listed) out.push({ person: x.person, index: from, strategy: 'authors:title-by', editorial: false, listed: true });
    // "The paper, "Title," by Whitfield and Amadi, was posted …": family names alone, whose full names the release prints elsewhere.
    if (!listed.length && list.length <= 120) for (const family of familyList(list)) out.push({ person: { given: null, family }, index: from, strategy: 'authors:title-by', editorial: false, listed: true });
  }
  // "O artigo "Title", assinado por A, B e C, foi publicado …", "The paper "Title", written by A and B, was published …",
  // "El artículo "Title", cuyos autores son A, B y C, fue publicado …". "O estudo "Title", de autoria de A, B e C, foi …".
  if (/\s(?:por|par|da|de|von|by|son|são|sont|are)\s/.test(text)) for (const h of findSignedTitles(text)) for (const person of h.authors) out.push({ person, index: h.index, strategy: 'authors:signed-by', editorial: false, listed: true });
  // "The study, "Title", was published in Current Biology by A, B and C."
  if (text.includes(' by ')) out.push(...byListsAfter(text, TITLE_PUBLISHED_BY, 'authors:title-published-by'));
  // "The paper by Ingrid Roe and Mateo Lim runs to 94 pages."
  if (text.includes(' by ')) out.push(...byListsAfter(text, PAPER_BY, 'authors:paper-by'));
  // "… reported in Field Crops Research (Vol. 318, 2036, 109544; doi…) by Ingrid Roe and Mateo Lim."
  if (text.includes(' by ') && BY_AFTER_CITATION.test(text)) out.push(...byListsAfter(text, CITED_THEN_BY, 'authors:cited-by'));
  // "… in which Dr. A and Ph.D. candidate B participated as co-first authors", "… with C as first author".
  if (hasAuthor) for (const h of findAsRoleAuthors(text)) out.push({ person: h.person, index: h.index, strategy: 'authors:as-role', editorial: false, listed: true });
  // "Jane Doe and Ravi Patel are co-first authors of the paper."
  n = 0;
  if (hasAuthor) for (let m: RegExpExecArray | null = (PLURAL_SUBJECT_ROLE.lastIndex = 0, null); (m = nextMatch(PLURAL_SUBJECT_ROLE, text)); ) {
    if (++n > MAX_HITS) break;
    const start = sentenceStart(text, m.index);
    for (const x of parseNameList(text.slice(start, m.index))) out.push({ person: x.person, index: start, strategy: 'authors:subject-author', editorial: false, listed: true });
  }
  // "The study was led by A, PhD, and B, MSc, of X, who are its co-first authors."
  n = 0;
  if (hasAuthor && text.includes(' who')) for (let m: RegExpExecArray | null = (RELATIVE_ROLE.lastIndex = 0, null); (m = nextMatch(RELATIVE_ROLE, text)); ) {
    if (++n > MAX_HITS) break;
    const start = sentenceStart(text, m.index);
    let head = text.slice(start, m.index);
    const by = head.lastIndexOf(' by ');
    if (by >= 0) head = head.slice(by + 4);
    const names = parseNameList(head);
    // "X, who is the senior author": the one person named last.
    const taken = /^,\s\S+\s+(?:is|was)\s/.test(m[0]) ? names.slice(-1) : names;
    for (const x of taken) out.push({ person: x.person, index: start, strategy: 'authors:relative-author', editorial: false, listed: true });
  }
  // "In addition to Jaffe, co-authors include …": the person named first is an author too.
  n = 0;
  if (text.includes('author')) for (let m: RegExpExecArray | null = (IN_ADDITION.lastIndex = 0, null); (m = nextMatch(IN_ADDITION, text)); ) {
    if (++n > MAX_HITS) break;
    const p = subjectName(m[1]!);
    if (p) out.push({ person: p, index: m.index + m[0].indexOf(m[1]!), strategy: 'authors:in-addition-to', editorial: false });
  }
  // "Collaborating with Dr. Pisco were A, B and C": the person and the list.
  n = 0;
  if (text.includes('ollaborating') || text.includes('oining')) for (let m: RegExpExecArray | null = (COLLABORATING.lastIndex = 0, null); (m = nextMatch(COLLABORATING, text)); ) {
    if (++n > MAX_HITS) break;
    const p = subjectName(m[1]!);
    if (!p) continue;
    const from = m.index + m[0].length;
    out.push({ person: p, index: m.index + m[0].indexOf(m[1]!), strategy: 'authors:collaborating', editorial: false });
    for (const x of parseNameList(text.slice(from, sentenceEnd(text, from)))) out.push({ person: x.person, index: from, strategy: 'authors:collaborating', editorial: false, listed: true });
  }
  // "Jaffe led one of the trials and was senior author of the study": the sentence's subject.
  n = 0;
  if (hasAuthor) for (let m: RegExpExecArray | null = (SUBJECT_ROLE.lastIndex = 0, null); (m = nextMatch(SUBJECT_ROLE, text)); ) {
    if (++n > MAX_HITS) break;
    const start = sentenceStart(text, m.index);
    const head = SUBJECT_HEAD.exec(text.slice(start, m.index));
    const p = head ? subjectName(head[1]!) : null;
    if (p) out.push({ person: p, index: start, strategy: 'authors:subject-author', editorial: false });
  }
  // "Halvorsen et al" in prose names the first author by family name.
  n = 0;
  if (ET_AL_WORD.test(text)) for (let m: RegExpExecArray | null = (ET_AL.lastIndex = 0, null); (m = nextMatch(ET_AL, text)); ) {
    if (++n > MAX_HITS) break;
    // "Earlier work by the same group (Smeets et al., 2023)": another paper's author.
    if (EARLIER.test(text.slice(sentenceStart(text, m.index), m.index))) continue;
    const p = splitName(m[1]!);
    if (p) out.push({ person: p, index: m.index, strategy: 'authors:et-al', editorial: false });
  }
  // "A primeira autora do trabalho, a doutoranda Ana Roe": a Portuguese or Spanish role before the name.
  for (const h of findRomanceRoleAuthors(text)) out.push({ person: h.person, index: h.index, strategy: 'authors:romance-role', editorial: false });
  // "Prvním autorem studie je doktorand Ana Roe", "Le premier auteur est Ana Roe": a role and "is" before the name, in another language.
  for (const h of findFirstAuthorsAbroad(text)) out.push({ person: h.person, index: h.index, strategy: 'authors:first-author-abroad', editorial: false });
  // "ergänzt Erstautor Dr. Lukas Roe": a German role before the name.
  for (const h of findGermanRoleAuthors(text)) out.push({ person: h.person, index: h.index, strategy: 'authors:german-role', editorial: false });
  out.push(...after);
  // Two patterns can name one person in one place ("said X, the study's lead author").
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.index - b.index)
    .filter((h) => {
      const key = `${h.person.given ?? ''}|${h.person.family}|${h.editorial}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "Whitfield and Amadi", "Roe, Lim and Ito": two to six capitalised family names alone, the last after "and" or "&". */
const FAMILY_LIST = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?(?:,\s\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?){0,4}),?\s(?:and|&)\s(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?)[.,]?$/u;

/** The family names of a list of family names alone ({@link FAMILY_LIST}), else empty. */
function familyList(list: string): string[] {
  const m = FAMILY_LIST.exec(list.trim());
  if (!m) return [];
  const names = [...m[1]!.split(', '), m[2]!];
  return names.some((n) => NOT_SUBJECT.test(n)) ? [] : names;
}

/** Only spaces since the start of a line (or of the text). */
const LINE_START = /(?:^|\n)[ \t]{0,8}$/;

/**
 * The fullest form of a person's name printed anywhere in `text` ("Halvorsen" → "Karin
 * Halvorsen"), else the person as given.
 */
export function fullest(person: Person, text: string): Person {
  if (person.given && person.given.replace(NOT_LETTER, '').length > 1) return person;
  const family = person.family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Given names with a hyphen keep both parts ("Min-Jae").
  const re = new RegExp(`((?:\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*|\\p{Lu}\\.)(?:\\s(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*|\\p{Lu}\\.)){0,2})\\s${family}\\b`, 'gu');
  let best: Person = person;
  for (const m of text.slice(0, 200_000).matchAll(re)) {
    // "Reference⏎Roe, I., …": a line holding only a label is no given name of the next line's family name.
    if (m[0].includes('\n') && LINE_START.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const given = m[1]!.replace(/^(?:Professors?|Prof\.?|Drs?\.?|Mrs|Mr|Ms|The|By|And|Said|Says|Co-author|Author)(?:\s+|$)/i, '').trim();
    if (!given || /^(?:Drs?|Prof|Professors?|Mr|Mrs|Ms|The|And|Said|Says)$/i.test(given)) continue;
    if (person.given && given.charAt(0).toUpperCase() !== person.given.charAt(0).toUpperCase()) continue;
    if (!best.given || given.length > best.given.length) best = { given, family: person.family };
  }
  return best;
}

/**
 * True when two given names can be one person's: one is initials, or the first name of one
 * starts the other's ("Eric J." and "Eric"; "J." and "Joana"); "João" and "Joana" are two people.
 */
function sameGiven(a: Person, b: Person): boolean {
  const fa = (a.given ?? '').split(/[\s.-]+/)[0]!.toLowerCase();
  const fb = (b.given ?? '').split(/[\s.-]+/)[0]!.toLowerCase();
  if (fa.length <= 1 || fb.length <= 1 || INITIALS_ONLY.test(a.given ?? '') || INITIALS_ONLY.test(b.given ?? '')) return true;
  return fa.startsWith(fb) || fb.startsWith(fa);
}

/** Folds a name for comparison: diacritics ("Nguyễn", "Trần", "Đỗ") and case. */
const foldName = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

/**
 * True when `full`, printed family name first in full ("Nguyễn Thị Thu Hà", read as given
 * "Nguyễn Thị Thu" and family "Hà"), is `cited`, printed as a family name and initials
 * ("Nguyen TTH"), as Vietnamese and East Asian names are cited.
 */
function familyFirstOf(full: Person, cited: Person): boolean {
  const initials = cited.given ?? '';
  if (!full.given || !(INITIALS_ONLY.test(initials) || DOTTED_INITIALS.test(initials))) return false;
  const words = `${full.given} ${full.family}`.split(/\s+/);
  if (words.length < 2 || foldName(words[0]!) !== foldName(cited.family)) return false;
  const cut = foldName(initials.replace(/[^\p{L}]/gu, ''));
  const rest = words.slice(1).map((w) => w.charAt(0)).join('');
  // "Chen Wei-lin" is cited "Chen, W.-L.": each part of a hyphenated given name has its initial.
  const parts = words.slice(1).flatMap((w) => w.split('-')).map((w) => w.charAt(0)).join('');
  return foldName(rest) === cut || foldName(parts) === cut;
}

/**
 * Adds `people` to `list`, skipping anyone already there (same family name and first
 * initial). With `strict`, for names read from a printed list, two different full given
 * names with one initial ("João" and "Joana") are two people.
 */
export function addPeople(list: Person[], people: readonly Person[], strict = false): Person[] {
  for (const p of people) {
    const key = personKey(p);
    const fam = key.split('|')[0];
    const full = fullName(p);
    const same = list.findIndex((q) => {
      const k = personKey(q);
      // "Dr. Sousa Lopes" is "Mariana Sousa Lopes": one printed name ends the other.
      const fq = fullName(q);
      if (fq.endsWith(` ${full}`) || full.endsWith(` ${fq}`)) return true;
      // "Nguyễn Thị Thu Hà" in prose is "Nguyen TTH" of the citation: family name first, initials after.
      if (familyFirstOf(p, q) || familyFirstOf(q, p)) return true;
      return (k === key && (!strict || sameGiven(p, q))) || (k.split('|')[0] === fam && (!q.given || !p.given));
    });
    if (same < 0) list.push(p);
    else if ((!list[same]!.given && p.given) || full.endsWith(` ${fullName(list[same]!)}`)) list[same] = p;
  }
  return list;
}
