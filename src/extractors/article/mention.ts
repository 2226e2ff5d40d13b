/**
 * Sentences that report a publication or a presentation: "published today in X", "appears
 * in X", "in the October 11 issue of X", "presented at the X Meeting", "a related paper to be
 * published in the journal X".
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { looksLikeJournal, readJournalName, withSection } from './journal.js';
import { nextMatch, splitBy } from './matches.js';
import { isPlaceName } from './place-name.js';
import { publishedToday } from './today.js';
import { europeanMentions } from './european-mention.js';
import { byInItalicMentions } from './by-in-italic.js';
/** Separators for {@link splitBy} (global copies of split patterns). */
const SPACE_RUNS = /\s+/g;

const SENTENCE_END = /[.!?](?:\s+[“"]?\p{Lu}|\s*$)/u;
/** " in " before a capitalised word, where a meeting's place may start. */
const IN_CAPITAL = /\s+in\s+(?=\p{Lu})/gu;
/** Words of a topic, not a place, after " in " inside a meeting's name ("Human Factors in Computing Systems"). */
const TOPIC_WORD =
  /\b(?:Systems?|Computing|Computation|Engineering|Design|Practice|Education|Learning|Health|Care|Robotics|Graphics|Vision|Processing|Technology|Technologies|Networks?|Materials|Imaging|Data|Software|Intelligence|Informatics|Medicine|Science|Sciences|Research|Biology|Chemistry|Physics|Surgery|Oncology|Cardiology|Psychiatry|Neurology|Pediatrics|Nursing|Cancer)\b/;

/**
 * A meeting's name without its place ("… Meeting in Lisbon"): cut at the first " in " whose
 * words, up to the next " in ", name no topic (so "Human Factors in Computing Systems" stays).
 */
function withoutPlace(name: string): string {
  if (!name.includes(' in ')) return name;
  for (const m of name.matchAll(IN_CAPITAL)) {
    const rest = name.slice(m.index + m[0].length);
    const next = rest.search(/\s+in\s/);
    const words = next >= 0 ? rest.slice(0, next) : rest;
    if (!TOPIC_WORD.test(words)) return name.slice(0, m.index);
  }
  return name;
}
/** A run of capitalised words and connectors that ends the text. */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|and|for|in|the)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|and|for|in|the)){0,8})$/u;
const CAPITAL = /^\p{Lu}/u;

/** One publication (or presentation) reported in a sentence. */
export interface Mention {
  journal: string;
  /** `published`: the reported paper; `related`: another paper; `presented`: a meeting. */
  kind: 'published' | 'related' | 'presented' | 'background';
  /** How many papers the sentence reports ("two reports published in …"). */
  count: number;
  /** A year printed in the sentence before the name, else null. */
  year: number | null;
  /** True when the sentence says the paper is out "today" or "this week". */
  today: boolean;
  /** True when only a noun cued the name ("a study in JAMA"), not a verb of publication. */
  weak: boolean;
  block: Block;
  /** Offset of the journal name in the block text. */
  index: number;
}

/**
 * Verbs that report publication, followed within a short span by "in/by X". Every alternative
 * opens with one of the letters in the look-ahead: without it V8 tries all of them at each word
 * start (a third of the pattern's time over a batch, nine tenths on a megabyte of "1234.").
 * "Read the full paper, 'Title', in X": a quoted title may stand between "read the paper" and "in".
 */
const TRIGGER =
  /\b(?=[adfiloprstw])(?:publish(?:ed|es|ing)?|publication(?=\s+(?:in|by)\b)|(?<=\bannounce[sd]?\s(?:the\s)?)publication(?=\sof\s)|accepted(?=\s+(?:for\s+publication\s+)?(?:in|by|at)\b)|in\s+press(?=\s+(?:in|at)\b)|forthcoming(?=\s+in\b)|appear(?:s|ed|ing)?|report(?:ed|s|ing)?(?:\s(?:the|their|its|these)\s(?:work|findings?|results|study|discovery))?(?=\s+(?:(?:today|this\s+week|online|recently)\s+)?in\b)|released|printed|featured|writ(?:e|es|ing|ten)(?=\s+(?:(?:today|this\s+week)\s+)?in\b)|available(?:\s+to\s+(?:view|read))?(?:\s+online)?(?=\s+in\b)|(?:read|see)\s+the\s+(?:full\s+)?(?:paper|study|article)(?=(?:,?\s[‘'“"][^‘’'“”"\n]{10,250}[’'”"],?)?\s+in\b)|(?:described|detailed|outlined|online)(?=\s+(?:today\s+|this\s+week\s+)?in\b)|describes?\s(?:the|their|its|these)\s[a-z-]{3,20}(?=\s+in\b)|ahead\s+of\s+print(?=\s+(?:today\s+|this\s+week\s+)?in\b)|(?<!\b(?:carried|carry|carries|carrying|worked|laid|set|spelled|pointed|found|figured|sorted|played|ruled|singled|left|reached|branched|spread|stand|stands|stood|went|came|headed|ventured|moved|rolled)\s)out(?:\s+(?:today|now|online))?(?=\s+in\b)|presented|present(?:s|ing)?(?=\s+(?:the|their|a|its|this|our|his|her)\s+(?:new\s+)?(?:paper|study|work|findings|research|results)\b)|(?:reported|(?<=\bwill\s)report)(?:\s+(?:today|(?:this|next)\s+(?:week|month)))?(?=\s+(?:at|during)\b)|(?:paper|study|article|research)(?=\s+in\s+the\s+journal\b)|(?<=\b[Tt]he\s)(?:first|second|third|other|latter)(?:\s+(?:study|paper|article|report))?(?=,\s+in\s)|(?:study|paper|article)\s+(?:one|two|three|[123])(?=,\s+in\s))\b/gi;

/**
 * Nouns for a paper followed by "in" and a name ("a new study in JAMA Pediatrics", "a study
 * from IIT Bombay in Nature Cities"): a weaker cue, so the name must read as a journal's.
 */
const WEAK_TRIGGER = /\b(?:[Pp]apers?|[Ss]tud(?:y|ies)|[Aa]rticles?|[Rr]eports?|[Ff]indings?|[Cc]onfirmed|[Aa]nalys[ie]s|[Rr]eview|[Tt]rials?|[Rr]esults|[Ll]etter|[Rr]esearch)(?=,?\s+(?:in|from|by)\s|\s+of\s)/g;

/** The words before a capitalised paper noun inside an organisation's name ("Institute for Research", "Centre of Studies"). */
const ORG_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s(?:for|of|and|on)\s|\p{Lu}[\p{L}\p{M}'’-]*\s)$/u;

/** "from IIT Bombay ", "by the University of Tokyo ", "by Ana Roe and colleagues ": an institution or a team between a paper noun and "in". */
const ORG_GAP = /^\s{1,3}(?:from|by)\s(?:the\s)?\p{Lu}[\p{L}\p{M}'’.&-]{0,30}(?:\s(?:\p{Lu}[\p{L}\p{M}'’.&-]{0,30}|of|and|for|the)){0,6}(?:\s(?:and|&)\s(?:colleagues|co-?workers|collaborators)|\set\.?\sal\.?)?\s{0,3}$/u;

/** "a study of 1,900 children ", "a study of more than 300 lakes ": what the paper studied, in lower case, between a paper noun and "in". */
const STUDIED_GAP = /^\s{1,3}of\s(?:(?:more\s+than|over|nearly|almost|about|around|some)\s)?(?:\d[\d,.]*\s)?(?:[a-z][a-z-]{1,24}\s){1,3}\s{0,2}$/;

/** A new clause between the verb and the preposition ("…, show that …", "…, which …"). */
const CLAUSE = /,\s(?:\p{L}+\s){0,2}?(?:show|shows|showed|find|finds|found|suggest|suggests|reveal|reveals|that|which|who)\b/u;

/** "… in Nature last year": a time after the name that makes the paper earlier work. */
const EARLIER_AFTER = /^,?\s(?:last|the\s+previous|a\s+year\s+ago|in\s+an?\s+earlier)\b|^,?\s(?:\w+\s)?(?:years?|months?)\s+ago\b/;

/** Words between the verb and the name that date the paper well before the release ("appeared earlier this year in"), not "last month" or "earlier this week". */
const EARLIER_GAP = /\b(?:earlier\s+this\s+year|last\s+year|(?:a\s+few|several|two|three)\s+years\s+ago)\s*$/i;

/** A preposition that can introduce the journal or meeting, with "the (international) journal". */
/** " in “A quoted title,” " right after a verb, up to the "in" that names the journal. */
/** The object of "present" and its quoted title, before the meeting's "at": " the paper, "Title,"". */
const PRESENT_OBJECT = /^\s+(?:the|their|a|its|this|our|his|her)\s+(?:new\s+)?(?:paper|study|work|findings|research|results)(?:,?\s[“"][^“”"\n]{10,250}[”"],?)?/u;
/** " 'A quoted title', " after "read the (full) paper", up to the "in" that names the journal (single or double marks). */
const READ_TITLE_IN = /^,?\s{1,3}[‘'“"][^‘’'“”"\n]{10,250}[’'”"],?\s{1,3}(?=in\s)/u;
const QUOTED_TITLE_IN = /^\s{1,3}in\s{1,3}[“"][^“”"\n]{10,250}[”"],?\s{1,3}(?=in\s)/u;

/**
 * " a research article titled “A quoted title” " right after a verb, up to the "in" that names the
 * journal ("published a research article titled “…” in Cell").
 */
const TITLED_NOUN_IN = /^\s{1,3}(?:an?|the|their|its)\s(?:[a-z][a-z-]{1,20}\s){0,2}(?:article|paper|study|letter|report)\s(?:titled|entitled|called)[,:]?\s{1,3}[“"][^“”"\n]{10,250}[”"],?\s{1,3}(?=in\s)/u;

const PREP = /\b(?:[Ii]n|[Bb]y|at|during|of)\s+(?:the\s+)?(?:(?:[a-z][a-z-]{1,24}\s+){0,3}journal\s+)?/g;

/** Words before "of" that make the name after it the journal ("the online version of X"). */
const OF_HEAD = /\b(?:issue|issues|edition|editions|release|volume|number|pages|version|supplement|copy|website|site|cover)\s*$/i;

/** Full stops that do not end a sentence: abbreviated months, initials, titles. */
const ABBREV_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Dr|Prof|No|Vol|Nos|St|[A-Z])\./g;

/** The subject of a sentence about the release itself ("This news release is available in French"). */
const SELF =
  /\b(?:this|the\s+present)\s+(?:news\s+|press\s+|media\s+)?(?:release|story|statement|announcement|page|post|blog|website|newsletter|summary|video|podcast)\b/i;

/** Words before the verb that make a paper background ("an earlier study", "another study from this group"). */
const BACKGROUND =
  /\b(?:earlier|previous|prior|past|former|older)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|paper|papers|work|research|results|findings|trials?|reports?|analys[ie]s)\b|(?<!\bthan\s{1,3})\bpreviously\b(?!\s{1,3}(?:thought|believed|assumed|estimated|expected|suspected|understood|known|recogni[sz]ed|appreciated|predicted|reali[sz]ed|measured)\b(?!\s{1,3}(?:in|by)\b))|\blast\s+year\b|\b(?:another|other|separate)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|paper|papers|work|report|analysis)\s+(?:from|by)\s+(?:this|the\s+same|our|his|her|their|the)\s+(?:[\w-]+\s+)?(?:group|team|lab|laboratory|researchers?|authors?|investigators?)\b|\b(?:that|those)\s+(?:earlier\s+)?(?:study|studies|trial|trials|paper|work)\b/i;

/** "new research", "a new study": the paper the release reports. */
const NEW_WORK = /\b(?:new|newly|latest|recent)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|research|paper|findings|analysis|work|report|results)\b/i;

/**
 * True when the words before the verb make the paper background ("an earlier study"), unless
 * "new research" comes after them ("as previously estimated, according to new research published in").
 */
function background(near: string): boolean {
  const bg = BACKGROUND.exec(near);
  if (!bg) return false;
  const fresh = NEW_WORK.exec(near);
  return !(fresh && fresh.index > bg.index);
}

/** Words before the verb that name another reported paper ("a related paper", "also published", "The second, published in"). */
const RELATED =
  /\b(?:related|companion|accompanying|second|another|separate)\s+(?:[\w-]+\s+){0,2}?(?:study|paper|article|report|trial|editorial|commentary|analysis)\b|\balso\s+(?:published|appears?|in)\b|\b[Tt]he\s+(?:second|other|latter)(?:\s+(?:study|paper|article|report))?,|\b(?:[Ss]tudy|[Pp]aper|[Aa]rticle)\s+(?:two|three|[23]),/i;

/** Months, for dates printed after the journal's name. */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/**
 * A date (or a year) right after the journal's name: "on April 3, 2016", "on 3 April 2016",
 * "in March 2016", "in 2009", "in its January 2031 issue", or a year opening the brackets before
 * the volume or issue words ("(2036, volume 39, issue 5)"); the year is group 1, 2, 3, 4 or 5.
 */
const DATE_AFTER = new RegExp(
  String.raw`^(?:[^.;]{0,40}?\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2}))|,?\s+(?:online\s+)?in\s+(?:(?:its|the)\s+(?=(?:${MONTH}\s+)?(?:19|20)\d{2}\s+(?:issue|edition|number)\b))?(?:(?:early|mid|late)[\s-]+)?(?:${MONTH}\s+)?((?:19|20)\d{2})|,?\s+(?:online\s+)?(?:on\s+)?${MONTH}\s+((?:19|20)\d{2})|[*_]{0,2}\s?\(((?:19|20)\d{2}),\s(?:vol(?:ume|\.)|issue|no\.)\s?\d{1,5})\b`,
  'i',
);

/** A date that belongs to a company's accounts, never to a paper ("fiscal year ended December 31, 2017"). */
const ACCOUNTS = /\b(?:fiscal|financial|quarter|quarterly|period|year|months)\s+(?:ended|ending|end)\b|\bfiscal\b/i;

/** A paper named by its year right before the trigger ("a 2019 paper", "the 2021 study published"). */
const DATED_WORK = /\b((?:19|20)\d{2})\s+(?:[\w-]+\s+)?(?:study|studies|paper|papers|article|report|analysis|trial|review)(?:\s+published)?$/i;

/** "a 2025 study" ending the words between a verb and its "in" (group 1 is the year). */
const DATED_BEFORE_PREP = /\b((?:19|20)\d{2})\s+(?:[\w-]+\s+)?(?:study|studies|paper|papers|article|report|analysis|trial|review)\s*$/i;

/** A full date printed before a presentation's verb (a dateline); group 1 or 2 is the year. */
const HEAD_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2}))\b`, 'i');

const WORDS_N: Record<string, number> = { two: 2, three: 3, both: 2, twin: 2, 2: 2, 3: 3 };

/** The sentence around `index` in `text` (bounded to 600 characters each way). */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  const lo = Math.max(0, index - 600);
  const before = text.slice(lo, index);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const start = stop >= 0 ? lo + stop + 2 : lo;
  const after = text.slice(index, index + 600);
  const e = after.search(SENTENCE_END);
  return { start, end: e >= 0 ? index + e + 1 : Math.min(text.length, index + 600) };
}

/** Options for {@link findMentions}. */
export interface MentionOptions {
  /** The release's year, when known: a paper printed as published years before it is background. */
  releaseYear?: number | null;
}

/** Cited names right before the verb, with the year in brackets: "Roe et al. (2031)", "Roe and Lim (2031)"; group 1 is the year. */
const CITED_NAMES_YEAR = /\p{Lu}[\p{L}'’-]{1,30}(?:\s(?:et\.?\s?al\.?|(?:and|&)\s\p{Lu}[\p{L}'’-]{1,30}))\s\(((?:19|20)\d{2})[a-z]?\)\s*$/u;

/** The year of a paper cited by its names and year right before the verb ("Roe et al. (2031) report in Nature"), else null. */
function citedYear(head: string): number | null {
  const m = head.includes('(') ? CITED_NAMES_YEAR.exec(head) : null;
  return m ? Number(m[1]) : null;
}

/** The year printed in the sentence for the publication, before or right after the journal's name. */
function yearOf(text: string, from: number, at: number, nameEnd: number): number | null {
  const before = text.slice(from, at);
  // Before the name, or inside it ("the 2024 Annual Meeting").
  const yearM = /\b((?:19|20)\d{2})\b/.exec(text.slice(from, nameEnd));
  if (yearM && !ACCOUNTS.test(before)) return Number(yearM[1]);
  const tail = text.slice(nameEnd, nameEnd + 80);
  // The pattern needs a year after a word ("in 2031"); a shorter tail (often one-byte, see attributeAfter) skips it.
  const after = tail.length > 2 ? DATE_AFTER.exec(tail) : null;
  if (after && !ACCOUNTS.test(tail.slice(0, after[0].length))) {
    const y = after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5];
    if (y) return Number(y);
  }
  const shortDate = /\b\d{1,2}\/\d{1,2}\/(\d{2})\b/.exec(before);
  return shortDate ? 2000 + Number(shortDate[1]) : null;
}

/** "Plant, Cell & Environment": capitalised words, a comma, and a last word after "&". */
const COMMA_AMPERSAND = /^\p{Lu}[\p{L}-]{1,20},\s\p{Lu}[\p{L}-]{1,20}(?:,\s\p{Lu}[\p{L}-]{1,20}){0,2},?\s(?:&|and)\s\p{Lu}[\p{L}-]{1,20}/u;

/** What follows the first part of a journal's name that holds a comma or a dash ("…, Risk & Society", " – Americas"). */
const NAME_GOES_ON = /^(?:,|\s[–—-]\s)/;

/** Three capitalised words joined by commas that close the clause ("Plants, People, Planet (…"). */
const COMMA_TRIPLE = /^\p{Lu}\p{Ll}{1,20}, \p{Lu}\p{Ll}{1,20}, \p{Lu}\p{Ll}{1,20}(?=\s?[(.;]|$)/u;

/**
 * A section's name after a spaced dash that ends the clause ("… Regional Health – Western
 * Pacific."): one to three capitalised words; group 1 is the section.
 */
const DASH_SECTION = /^\s[–—-]\s(\p{Lu}[\p{L}'’-]{1,24}(?:\s\p{Lu}[\p{L}'’-]{1,24}){0,2})(?=\s{0,3}$|[.,;:)]|\s(?:on|in|this|today|online|and|with|by|earlier|last)\b)/u;

/** Words that open a date or a new clause after a dash, never a journal's section. */
const NOT_DASH_SECTION = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|These|That|They|We|It|He|She|I|Our|Their|Researchers?|Scientists?|Authors?|Read|See|Dr|Prof|Professor|Mr|Ms|Mrs)$/;

/**
 * The full name of a journal whose name holds a comma or a dash ("Health, Risk & Society",
 * "The Lancet Regional Health – Americas"), when the block sets it in italics or it ends in
 * "& Word"; else `read` as it was.
 */
function commaName(block: Block, at: number, read: { name: string; length: number }): { name: string; length: number } {
  const rest = block.text.slice(at, at + 120);
  const em = block.emphasis.find((e) => e.length <= 100 && e.length > read.name.length + 2 && NAME_GOES_ON.test(e.slice(read.name.length)) && e.startsWith(read.name) && rest.startsWith(e));
  if (em) return { name: em.trim(), length: em.length };
  // "The Lancet Regional Health – Europe." in plain text: a journal's name, a dash and a section that ends the clause.
  const dash = rest.charAt(read.length) === ' ' && looksLikeJournal(read.name) ? DASH_SECTION.exec(rest.slice(read.length, read.length + 90)) : null;
  if (dash && !NOT_DASH_SECTION.test(dash[1]!.split(' ')[0]!)) {
    const length = read.length + dash[0].length;
    return { name: `${read.name} ${rest.slice(read.length, length).trim()}`.replace(/\s+/g, ' '), length };
  }
  // Only a name with "&" is taken, so a text without one never needs the pattern.
  const amp = rest.includes('&') ? COMMA_AMPERSAND.exec(rest) : null;
  return amp && amp[0].includes('&') ? { name: amp[0], length: amp[0].length } : read;
}

/** After "X's": a lower-case meeting, then its own name ("annual meeting, AGU27"); group 1 is the name. */
const OWNED_MEETING = /^\s(?:\d{4}\s)?(?:annual\s|yearly\s|biennial\s|scientific\s|fall\s|spring\s){0,3}(?:meeting|congress|conference|symposium|convention|sessions?),\s((?:\p{Lu}[\p{L}\d.&-]*)(?:\s(?:\p{Lu}[\p{L}\d.&-]*|\d{4})){0,5})/u;

/** An acronym's year and comma before the meeting's full name in apposition (" 2031, the "); group 1 the year. */
const APPOSED_MEETING = /^(?:\s((?:19|20)\d{2}))?,\s(?:the\s)?(?=\p{Lu})/u;
/** A society's acronym in brackets inside a meeting's name, before the rest of the name ("… Society (ERS) International Congress"). */
const BRACKETED_ACRONYM = /^\s\(\p{Lu}[\p{Lu}\p{Ll}&-]{0,9}\)\s(?=\p{Lu})/u;

/** A meeting's kind, which its name must hold. */
const MEETING_WORD = /\b(?:meeting|congress|conference|symposium|summit|sessions?|forum|workshop|convention|colloquium)\b/i;

/** One capitalised word that does not end as a Latin genus does (-a, -us, -um, -is, -es, -ae, -i, -o, -on, -x, -ops). */
const ENGLISH_WORD = /^\p{Lu}\p{Ll}{3,20}(?<!a|us|um|is|es|ae|i|o|on|x|ops)$/u;
/** One word with a capital after a lower-case letter ("GeoHealth", "iScience", "PeerJ") or an acronym ("JACS"). */
const INNER_CAPITAL = /^(?:\p{Lu}{2,8}|[\p{L}]{0,20}\p{Ll}\p{Lu}[\p{L}]{0,20})$/u;

/** True for three words or more of which two or more are capitalised ("Method to Track PFAS"). */
function titleCaseObject(gap: string): boolean {
  const words = splitBy(gap.trim(), SPACE_RUNS);
  return words.length >= 3 && words.filter((w) => CAPITAL.test(w)).length >= 2;
}

/** Lower-case joining words a journal's name may hold inside ("in the", "of", "and"). */
const INNER_WORDS = /^(?:\s(?:in|of|and|for|on|the|de|&))+\s\p{Lu}/u;

/** The name set in italics from `at`, when it runs on past the name read so far through lower-case joining words. */
function italicName(block: Block, at: number, read: { name: string; length: number }): { name: string; length: number } {
  if (!INNER_WORDS.test(block.text.slice(at + read.length, at + read.length + 24))) return read;
  for (const e of block.emphasis) {
    const name = e.trim();
    if (name.length > read.length && name.length <= 120 && name.startsWith(read.name) && block.text.startsWith(name, at) && !/[.;:!?]/.test(name)) {
      return { name, length: name.length };
    }
  }
  return read;
}

/** Verbs that need not mean publication ("described in", "describe the stream in", "reported in", "available in"), unlike "published" or "appears". */
const LOOSE_VERB = /^(?:report|describ|detailed|outlined|writ|out\b|available|released|featured|printed|online)/i;

/** An abstract as the subject of the verb: "the abstract will be published in", "abstracts are published in". */
const ABSTRACT_PUBLISHED = /\babstracts?\s(?:will\sbe|is|are|was|were|has\sbeen|have\sbeen)\s(?:also\s|simultaneously\s)?published\s/i;

/** A time between "appeared" and "in" that makes the verb an event's, not a paper's ("appeared up to 40 minutes before outbreaks in"). */
const APPEARED_WHEN = /\b(?:before|after|up\s+to\s+\d|\d+\s+(?:seconds|minutes|hours|days|weeks))\b/i;

/** Verbs of acceptance that take a journal after "at" ("in press at X", "accepted at X"). */
const PRESS_AT = /^(?:in\s+press|accepted)$/i;

/** Reads the mention a trigger at `index` (ending at `from`) introduces, if any. */
function mentionAt(block: Block, index: number, verbEnd: number, verb: string, weak: boolean, opts: MentionOptions): Mention | null {
  const text = block.text;
  // "described in “Title” in Water Resources Research", "published a paper titled “Title” in Cell": the paper's
  // quoted title between the verb and the journal's "in" is passed over, so the journal is read after it.
  // "will present the paper, "Title," at the X Conference": the object and its quoted title are passed over too.
  const titled = QUOTED_TITLE_IN.exec(text.slice(verbEnd)) ?? (/^(?:read|see)\s/i.test(verb) ? READ_TITLE_IN.exec(text.slice(verbEnd, verbEnd + 280)) : null) ?? TITLED_NOUN_IN.exec(text.slice(verbEnd)) ?? (verb.length <= 10 && /^present/i.test(verb) && verb.toLowerCase() !== 'presented' ? PRESENT_OBJECT.exec(text.slice(verbEnd, verbEnd + 320)) : null);
  const from = titled ? verbEnd + titled[0].length : verbEnd;
  const presented = /^present/i.test(verb) || (/^report/i.test(verb) && /^\s+(?:at|during)\b/.test(text.slice(from)));
  const window = text.slice(from, from + 90);
  for (let p: RegExpExecArray | null = (PREP.lastIndex = 0, null); (p = nextMatch(PREP, window)); ) {
    const prep = splitBy(p[0].trim(), SPACE_RUNS)[0]!.toLowerCase();
    const gap = window.slice(0, p.index);
    if (/[.;!?]\s/.test(gap.replace(ABBREV_DOT, (m) => m.slice(0, -1) + '_')) || /[“"]/.test(gap)) break;
    // "published this week, show that turtle numbers in the Basin …": a new clause ends the verb's reach.
    if (CLAUSE.test(gap)) break;
    // "a pattern that appeared up to 40 minutes before outbreaks in the Plains": "appear" in time, not in print.
    if (/^appear/i.test(verb) && APPEARED_WHEN.test(gap)) break;
    if (weak) {
      // "a study from IIT Bombay in Nature Cities": the noun, whose authors' institution, then "in".
      // "a study of 2,300 lakes in Global Change Biology": what was studied, then "in".
      // "The findings, in Current Biology, rest on …": the journal set off by commas after the noun.
      const apposed = /^,\s{1,2}$/.test(gap);
      const org = !gap.trim() || ORG_GAP.test(gap) || STUDIED_GAP.test(gap) || apposed;
      if (prep !== 'in') {
        if (org && prep !== 'at') continue;
        break;
      }
      if (!org) break;
    }
    if (prep === 'of' && !OF_HEAD.test(gap) && !/journal/i.test(p[0])) continue;
    // "in press at Child Development", "accepted at Nature": a journal after "at".
    if ((prep === 'at' || prep === 'during') && !presented && !(prep === 'at' && PRESS_AT.test(verb) && !gap.trim())) continue;
    let at = from + p.index + p[0].length;
    let read = readJournalName(text.slice(at, at + 200));
    if (!read) continue;
    // "Health, Risk & Society", "… Health – Americas": a name with a comma or a dash, as the italics or an ampersand show it.
    if (NAME_GOES_ON.test(text.slice(at + read.length, at + read.length + 3))) {
      const whole = commaName(block, at, read);
      // "the journal Plants, People, Planet (DOI …)": three single words joined by commas after "the journal".
      const triple = whole === read && /journal/i.test(p[0]) ? COMMA_TRIPLE.exec(text.slice(at, at + 80)) : null;
      read = triple ? { name: triple[0], length: triple[0].length } : whole;
    }
    // "*Digital Scholarship in the Humanities*": the italics hold the whole name, lower-case words and all.
    else if (text.charAt(at + read.length) === ' ') read = italicName(block, at, read);
    // "JACC: Heart Failure", "Journal of Geophysical Research: Solid Earth": a section's name after a colon.
    // "*Physical Review Letters*: Matsudaira, K., …": a colon after the italics ends the name.
    if (text.charAt(at + read.length) === ':' && !block.emphasis.includes(read.name)) {
      const full = withSection(read.name, text.slice(at + read.length, at + read.length + 160));
      if (full) read = { name: full.name, length: read.length + full.length };
    }
    // "the American Heart Association journal Circulation": the society's journal, not the society.
    const owner = /^\s+journal\s+/.exec(text.slice(at + read.length, at + read.length + 20));
    if (owner) {
      const own = readJournalName(text.slice(at + read.length + owner[0].length, at + read.length + owner[0].length + 200));
      if (own) {
        at += read.length + owner[0].length;
        read = own;
      }
    }
    const said = /journal/i.test(p[0]) || Boolean(owner);
    // "Publish Method to Track PFAS in Rainwater" (a headline): a capitalised object of three
    // words or more before "in" ends the verb's reach, unless the name reads as a journal's or is in italics.
    if (!said && !presented && titleCaseObject(gap) && !looksLikeJournal(read.name) && !block.emphasis.includes(read.name)) continue;
    const { start, end } = sentenceAround(text, index);
    const head = text.slice(start, index);
    // A name of several words set in italics is a publication's even when no word says
    // "journal" (one italic word after "a study in" may be a genus: "Drosophila").
    // One italic word with a capital inside ("GeoHealth", "iScience") or an acronym is a journal's, never a genus's.
    // One italic English word ("a study in *Language*", "*Antiquity*") is a journal's: a genus ends as Latin does ("Drosophila", "Mus").
    // The journal set off by commas after a paper noun closes with its own comma ("The findings, in Current Biology, rest on").
    if (weak && /^,\s{1,2}$/.test(gap) && text.charAt(at + read.length) !== ',') break;
    if (weak && !said && !looksLikeJournal(read.name) && !((read.name.includes(' ') || INNER_CAPITAL.test(read.name) || ENGLISH_WORD.test(read.name)) && block.emphasis.includes(read.name))) break;
    // "published by the CDC" is an agency's report; "the findings, published by European Urology" are a paper.
    if (prep === 'by' && !said && !/^(?:The\s|[A-Z]{2,})/.test(read.name) && !looksLikeJournal(read.name)) continue;
    if (prep === 'by' && /^[A-Z]{2,6}$/.test(read.name) && !/\b(?:study|paper|article|research|findings|results|trial|analysis|work)\b/i.test(head)) continue;
    // "This news release is available in French": the release, not a paper.
    if (SELF.test(head) && !said) break;
    // "have rarely been described in Britain": a place, never a journal, unless the release says "the journal" or sets it in italics.
    if (!said && isPlaceName(read.name) && !block.emphasis.includes(read.name)) continue;
    // "described in Somerset": one capitalised word that reads as no journal's after a verb that
    // need not mean publication is a doubtful cue; a better-supported journal wins over it.
    const doubtful =
      !said && LOOSE_VERB.test(verb) && !read.name.includes(' ') && !looksLikeJournal(read.name) && !INNER_CAPITAL.test(read.name) && !block.emphasis.includes(read.name);
    // "describe the outbreak in Somerset": with an object between, a doubtful name is no journal at all.
    if (doubtful && /^describes?\s/i.test(verb)) continue;
    const sentence = text.slice(start, end);
    // Only the words just before the verb say whose paper it is ("a related paper to be published in").
    const near = text.slice(Math.max(start, index - 80), at);
    let kind: Mention['kind'] = presented ? 'presented' : background(near) ? 'background' : RELATED.test(near) ? 'related' : 'published';
    if (kind !== 'presented' && EARLIER_AFTER.test(text.slice(at + read.length, at + read.length + 30))) kind = 'background';
    // "A related study … appeared earlier this year in Heart": dated before the release between the verb and the name.
    if (kind !== 'presented' && EARLIER_GAP.test(gap)) kind = 'background';
    // "The abstract will be published in the European Heart Journal supplement": a meeting's abstract book, not the paper's journal.
    if (kind === 'published' && near.includes('bstract') && ABSTRACT_PUBLISHED.test(near)) continue;
    // "AGU's annual meeting, AGU27": the meeting's own name after the comma.
    let owned = false;
    if (presented && /['’]s$/.test(read.name)) {
      const own = OWNED_MEETING.exec(text.slice(at + read.length, at + read.length + 120));
      if (own) (read = { name: own[1]!.replace(/\.$/, ''), length: read.length + own[0].length }), (owned = true);
    }
    // "the American Society of Clinical Oncology (ASCO) Annual Meeting": the society's acronym is a gloss inside the name.
    if (presented && !owned && !MEETING_WORD.test(read.name) && text.charAt(at + read.length + 1) === '(') {
      const gloss = BRACKETED_ACRONYM.exec(text.slice(at + read.length, at + read.length + 20));
      const rest = gloss ? readJournalName(text.slice(at + read.length + gloss[0].length, at + read.length + gloss[0].length + 200)) : null;
      if (gloss && rest && MEETING_WORD.test(rest.name)) read = { name: `${read.name} ${rest.name}`, length: read.length + gloss[0].length + rest.length };
    }
    // "presented at NeurIPS 2031, the Conference on Neural Information Processing Systems": the meeting's full name in apposition.
    let ownYear: number | null = null;
    if (presented && !owned && !MEETING_WORD.test(read.name)) {
      const apposed = APPOSED_MEETING.exec(text.slice(at + read.length, at + read.length + 14));
      const full = apposed ? readJournalName(text.slice(at + read.length + apposed[0].length, at + read.length + apposed[0].length + 200)) : null;
      if (apposed && full && MEETING_WORD.test(full.name)) {
        read = { name: full.name, length: read.length + apposed[0].length + full.length };
        ownYear = apposed[1] ? Number(apposed[1]) : null;
      }
    }
    if (presented && !owned && !MEETING_WORD.test(read.name)) continue;
    // A meeting's place is not part of its name ("… Meeting in Lisbon").
    if (presented) read.name = withoutPlace(read.name);
    const n = /\b(two|three|both|twin|2|3)\s+(?:new\s+|separate\s+|related\s+|companion\s+)?(?:reports|papers|studies|articles|publications)\b/i.exec(head);
    let year = ownYear ?? yearOf(text, index, at, at + read.length) ?? citedYear(text.slice(Math.max(0, index - 80), index));
    // "the ESMO Congress 2027": a meeting's year printed right after its name.
    if (!year && presented) {
      const own = /^\s((?:19|20)\d{2})\b/.exec(text.slice(at + read.length, at + read.length + 6));
      if (own) year = Number(own[1]);
      // "WASHINGTON (March 18, 2027) -- Three studies presented at …": a year earlier in the sentence.
      // A few characters before the sentence's start: an abbreviated month ("Jan. 9") ends no sentence.
      const earlier = year ? null : HEAD_DATE.exec(text.slice(Math.max(0, start - 12), index));
      if (earlier && !ACCOUNTS.test(head)) year = Number(earlier[1] ?? earlier[2]);
    }
    const today = publishedToday(sentence);
    // A paper printed as published years before the release, and not "today" or "new", is background.
    const fresh = today || /\b(?:new|newly|latest|current|this\s+month|forthcoming|upcoming|will\s+be)\b/i.test(sentence);
    // "A 2019 paper in X": the year names that paper, whatever else the sentence calls new.
    const dated = DATED_WORK.exec(text.slice(Math.max(start, index - 40), index + verb.length));
    const datedYear = dated ? Number(dated[1]) : null;
    if (kind !== 'presented' && datedYear && opts.releaseYear && datedYear <= opts.releaseYear - 2) kind = 'background';
    // "research published by …, including a 2025 study in X": the dated paper between the verb and the name.
    const gapDated = gap.includes('20') || gap.includes('19') ? DATED_BEFORE_PREP.exec(gap) : null;
    if (kind !== 'presented' && gapDated && opts.releaseYear && Number(gapDated[1]) <= opts.releaseYear - 2) kind = 'background';
    if (kind !== 'presented' && year && opts.releaseYear && year <= opts.releaseYear - 2 && !fresh) kind = 'background';
    return {
      journal: read.name,
      kind,
      count: n ? (WORDS_N[n[1]!.toLowerCase()] ?? 1) : 1,
      year,
      today,
      weak: weak || doubtful,
      block,
      index: at,
    };
  }
  return null;
}

/** "the (international) journal X" anywhere: a fallback when no sentence reports the publication. */
const THE_JOURNAL = /\b[Tt]he\s+(?:[a-z][a-z-]{1,24}\s+){0,3}journal\s+(?=\p{Lu}|e[A-Z]|[a-z]+[A-Z]|npj\s)/gu;

/**
 * "X published the study", "X reports this week": the journal as the subject; the name ends
 * right before the verb.
 */
const SUBJECT_VERB = /\s(?:reports|reported)\s+(?:this\s+week|today)\b|\s(?=[hwp])(?:has\s+|have\s+|will\s+)?(?:published|publishes|publish)\s+(?:the|their|a|an|this|these|his|her)\s+(?:new\s+|latest\s+)?(?:study|paper|findings|results|research|report|article|trial)\b|\s(?:has\s+|have\s+)?published\s+(?:it|them)\s?:/g;

/** "In X, researchers …": a sentence that opens with "In" and a name (AIP's "In Physics of Fluids, by AIP Publishing, …"). */
const IN_OPENING = /(?:^|[.!?]\s{1,3})In\s(?=\p{Lu}|e[A-Z]|npj\s)/gu;
/** The clause after such a name: a comma, then within a few words a verb that reports the work. */
const REPORTS_AFTER =
  /^,\s(?:[^.;:]{0,90}?\s)?(?:show|shows|showed|report|reports|reported|find|finds|found|describe|describes|demonstrate|demonstrates|present|presents|reveal|reveals|propose|proposes|explain|explains)\b/;

/** Finds "the journal X", "X published the study" and "In X, researchers show" mentions in one block; weaker than {@link findMentions}. */
export function findJournalNames(block: Block, opts: MentionOptions = {}): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  let tries = 0;
  for (let t: RegExpExecArray | null = (THE_JOURNAL.lastIndex = 0, null); (t = nextMatch(THE_JOURNAL, text)); ) {
    if (++tries > 40) break;
    const at = t.index + t[0].length;
    const read = readJournalName(text.slice(at, at + 200));
    if (!read) continue;
    const { start, end } = sentenceAround(text, t.index);
    if (SELF.test(text.slice(start, t.index))) continue;
    const near = text.slice(Math.max(start, t.index - 80), at);
    const kind: Mention['kind'] = BACKGROUND.test(near) ? 'background' : 'published';
    const year = yearOf(text, t.index, at, at + read.length);
    const stale = year && opts.releaseYear && year <= opts.releaseYear - 2;
    out.push({ journal: read.name, kind: stale ? 'background' : kind, count: 1, year, today: /\b(?:today|this\s+week)\b/i.test(text.slice(start, end)), weak: true, block, index: at });
  }
  tries = 0;
  for (let t: RegExpExecArray | null = (SUBJECT_VERB.lastIndex = 0, null); (t = nextMatch(SUBJECT_VERB, text)); ) {
    if (++tries > 40) break;
    const back = text.slice(Math.max(0, t.index - 80), t.index);
    const run = NAME_BEFORE.exec(back);
    if (!run) continue;
    const words = splitBy(run[1]!, SPACE_RUNS);
    while (words.length && !CAPITAL.test(words[0]!)) words.shift();
    const read = readJournalName(words.join(' '));
    if (!read || !looksLikeJournal(read.name) || read.length < words.join(' ').length - 1) continue;
    const index = t.index - words.join(' ').length;
    const { start, end } = sentenceAround(text, t.index);
    out.push({ journal: read.name, kind: 'published', count: 1, year: null, today: /\b(?:today|this\s+week)\b/i.test(text.slice(start, end)), weak: true, block, index });
  }
  tries = 0;
  if (text.includes('In ')) {
    for (let t: RegExpExecArray | null = (IN_OPENING.lastIndex = 0, null); (t = nextMatch(IN_OPENING, text)); ) {
      if (++tries > 40) break;
      const at = t.index + t[0].length;
      const read = readJournalName(text.slice(at, at + 200));
      if (!read || !looksLikeJournal(read.name) || !REPORTS_AFTER.test(text.slice(at + read.length, at + read.length + 200))) continue;
      const { start, end } = sentenceAround(text, at);
      out.push({ journal: read.name, kind: 'published', count: 1, year: null, today: /\b(?:today|this\s+week)\b/i.test(text.slice(start, end)), weak: true, block, index: at });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** After a journal's name: "and, separately, in", "and also in", "as well as in" before a second journal's name. */
const AND_SEPARATELY_IN = /^,?\s(?:and|as\swell\sas)\s?,?\s(?:(?:separately|also|simultaneously|in\sparallel|in\sa\scompanion\spaper)\s?,?\s)?in\s(?:the\s(?:journal\s)?)?/;

/** The second journal of "in Nature and, separately, in Science Advances": a mention of the same kind, when printed. */
function secondJournal(text: string, m: Mention): Mention | null {
  if (m.kind === 'presented') return null;
  const end = m.index + m.journal.length;
  if (text.slice(m.index, end) !== m.journal) return null;
  const rest = text.slice(end, end + 60);
  const gap = rest.length > 2 ? AND_SEPARATELY_IN.exec(rest) : null;
  if (!gap) return null;
  const at = end + gap[0].length;
  const read = readJournalName(text.slice(at, at + 200));
  if (!read) return null;
  return { ...m, journal: read.name, index: at, count: 1 };
}

/** Finds the publication and presentation mentions in one block of prose. */
export function findMentions(block: Block, opts: MentionOptions = {}): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  if (!text) return out;
  let tries = 0;
  for (let t: RegExpExecArray | null = (TRIGGER.lastIndex = 0, null); (t = nextMatch(TRIGGER, text)); ) {
    if (++tries > 200 || out.length >= 20) break;
    const m = mentionAt(block, t.index, t.index + t[0].length, t[0], false, opts);
    // "accepted for publication in X", "published online in X": two cues, one mention.
    if (m && !out.some((o) => o.index === m.index)) {
      out.push(m);
      const second = secondJournal(text, m);
      if (second && !out.some((o) => o.index === second.index)) out.push(second);
    }
  }
  tries = 0;
  for (let t: RegExpExecArray | null = (WEAK_TRIGGER.lastIndex = 0, null); (t = nextMatch(WEAK_TRIGGER, text)); ) {
    if (++tries > 100 || out.length >= 20) break;
    // "Cooperative Institute for Research in Environmental Sciences": a capitalised noun inside an organisation's name.
    if (CAPITAL.test(t[0]) && ORG_BEFORE.test(text.slice(Math.max(0, t.index - 30), t.index))) continue;
    const m = mentionAt(block, t.index, t.index + t[0].length, t[0], true, opts);
    if (m && !out.some((o) => o.index === m.index)) out.push(m);
  }
  // "parue dans la revue X", "in der Fachzeitschrift X", "publicado en la revista X": European releases' own phrases.
  for (const m of europeanMentions(block)) if (!out.some((o) => o.index === m.index)) out.push(m);
  // "‘Title’ by A, B and C in *Journal*": a citation with no verb, the journal in italics.
  if (!out.length && block.emphasis.length) out.push(...byInItalicMentions(block));
  return out.sort((a, b) => a.index - b.index);
}

/** A preprint server named as where the paper was posted: "posted to the preprint server arXiv", "described in a preprint on arXiv". */
const PREPRINT =
  /\b(?:preprint\s+(?:server|repository|site|platform|archive)|preprint\s+(?:(?:posted|deposited|uploaded|shared|published|released|available)\s+)?(?:on|to|in|via|at)|(?:posted|deposited|uploaded|shared|published|released|available)\s+(?:online\s+)?(?:on|to|in|via|at))\s+(?:the\s+)?(?:(?:open-access\s+)?preprint\s+(?:server|repository|site|platform|archive)\s+)?(arXiv|bioRxiv|medRxiv|ChemRxiv|chemRxiv|PsyArXiv|EarthArXiv|SocArXiv|engrXiv|TechRxiv|SSRN|Research\s+Square|Preprints\.org|OSF\s+Preprints)\b/g;

/** Words that make a posted version earlier work ("an earlier version was posted on bioRxiv"). */
const EARLIER_VERSION = /\b(?:earlier|previous(?:ly)?|prior|past|former|older|last\s+year)\b/i;

/** Words that date a posting to the release's own day or week. */
const POSTED_TODAY = /\b(?:today|this\s+week)\b/i;

/** The preprint servers named as where the reported paper was posted; read only when no sentence names a journal. */
export function findPreprintServers(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  // Every server's name holds "rxiv", "SSRN", "Square" or "Preprints".
  if (!/rxiv|SSRN|Square|Preprints/i.test(text)) return out;
  for (let m: RegExpExecArray | null = (PREPRINT.lastIndex = 0, null); (m = nextMatch(PREPRINT, text)); ) {
    if (out.length >= 5) break;
    const { start, end } = sentenceAround(text, m.index);
    if (EARLIER_VERSION.test(text.slice(Math.max(start, m.index - 80), m.index))) continue;
    const index = m.index + m[0].length - m[1]!.length;
    // "posted to the preprint server medRxiv this week": the release's own week.
    const today = POSTED_TODAY.test(text.slice(Math.max(start, m.index - 120), Math.min(end, index + 160)));
    out.push({ journal: m[1]!.replace(/\s+/g, ' '), kind: 'published', count: 1, year: null, today, weak: true, block, index });
  }
  return out;
}
