/**
 * Attribution patterns: who a quoted span is credited to, read from the narration just
 * after it ("," said X, role), just before it (X said: / according to X, / X, role, noted,),
 * a dash ("— X") or a whole sentence of the paragraph ("X said the trial ...", "X, of Y, said
 * this was …", "X, role, was optimistic:"). A surname printed alone next to the verb ("said Wu",
 * "Wu said") is a speaker too.
 * @packageDocumentation
 */
import { labelRoleLength } from './label-roles.js';
import { memoize } from '../../text/memo.js';
import { bareSurname, findMentions, isStopWord, type Mention } from './speakers.js';
import { ROMANCE_FOR_PERSON } from './romance-for.js';
import { BACK_REFERENCE, BODY_OFFICIAL, isAccordingTo, NO_SPEAKER, NOT_A_SUBJECT, OFFICE_BACK, PRONOUN, THEY, UNNAMED_OFFICIAL, UNNAMED_PERSON, VERB_RE } from './verbs.js';
import { firstSentenceEnd, lastSentenceStart } from './sentences.js';
import { pointsForward } from './role-forward.js';
import { forPersonPreamble } from './for-person.js';
import { officialNamedNext } from './named-official.js';
import { blankPseudonymNotes } from './pseudonym-note.js';
import { SO_LEAD, SO_NAME_CLOSE } from './german-so.js';

/** What the attribution names: a person, a pronoun or back-reference to resolve, or no one. */
export type SubjectKind = 'name' | 'pronoun' | 'none';

/** An attribution found in narration. */
export interface Attribution {
  kind: SubjectKind;
  /** The name as printed (honorifics kept; resolution strips them). */
  name: string | null;
  /** Offset of the name (or pronoun) in the paragraph text. */
  offset: number;
  /** The role or affiliation printed with the name, else null. */
  role: string | null;
  /** Strategy name for provenance: `said-after`, `said-before`, `according-to`, `colon-preamble`, `dash`, `narrative`. */
  strategy: string;
}

/** Knows whether a single word is a name printed in full elsewhere in the release. */
export type Known = (word: string) => boolean;

interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

function verbsIn(text: string): VerbHit[] {
  const out: VerbHit[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m; m = VERB_RE.exec(text)) {
    // Reporting verbs are lower case, except at the start of a sentence.
    const first = m[0].charAt(0);
    // A sentence cut from narration may keep the space after the previous one (" According to X, …").
    if (first !== first.toLowerCase() && m.index > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /\S/.test(text.slice(0, m.index))) continue;
    out.push({ verb: m[0].toLowerCase().replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const DEGREE_SEGMENT = /^(?:[A-Z][A-Za-z]{0,1}\.?){1,6}(?:\s?\([A-Za-z]+\))?$|^(?:Ph\.?\s?D|M\.?\s?D|Dr\.?\s?P\.?\s?H|M\.?\s?Sc|FRCS|FRCP|MBBS|MSCE|MSCR|FASCO|FACP|FACC|FRS|MPH|MBA)\.?$/;

/** Tidies a role: no leading conjunction or preposition, no note markers, no trailing punctuation; none when a quotation opens it. */
function tidyRole(role: string): string | null {
  // Every step below only removes text, and a role under three characters is none.
  if (role.length < 3) return null;
  // A quotation after the name ("X, “…” dedi.") is what they said, not their role.
  if (/^[\s,]*[“"«„‘»]/.test(role)) return null;
  let r = role
    .replace(/\s*\[\d{1,3}\]/g, '')
    // A note on the translation is not part of the role ("(translated)", "speaking through an interpreter").
    .replace(/\s*\((?:translated|translation)\b[^()]{0,40}\)/gi, '')
    .replace(/(?:^|,?\s+)speaking\s+(?:through|via|with)\s+(?:an?\s+|the\s+)?(?:interpreter|translator)\b/gi, '')
    .replace(/\s+(?:who|which|whose)\s.*$/s, '')
    .replace(/^(?:and|of|from|at)\s+/i, '')
    .replace(/(?:^|\s)(?:Dr|Prof|Professor|Mr|Mrs|Ms|Aunty|Auntie|Uncle)\.?$/, '')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/\s+/g, ' ');
  if (/^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?$/i.test(r) || r.length < 3) return null;
  // The particle that closes a Dutch separable verb ("”, vult X aan.") is no role.
  if (/^(?:aan|uit|toe)$/.test(r)) return null;
  if (r.length > 200) r = `${r.slice(0, 197).replace(/\s+\S*$/, '')}…`;
  return r;
}

/** The role printed after a name: appositive segments up to the sentence end, degrees dropped. */
function roleAfter(long: string): string | null {
  const text = long.slice(0, 600);
  const end = firstSentenceEnd(text);
  const rest = text.slice(0, end).replace(/[.\s]+$/, '');
  const segments = rest.split(/,\s*/).map((s) => s.trim());
  while (segments.length && (segments[0] === '' || DEGREE_SEGMENT.test(segments[0]!))) segments.shift();
  const kept: string[] = [];
  for (const s of segments) {
    if (/^(?:who|which|whose|one of|adding|in an?|and who)\b/i.test(s) || startsWithVerb(s)) break;
    if (DEGREE_SEGMENT.test(s)) continue;
    kept.push(s);
  }
  return tidyRole(kept.join(', '));
}

/**
 * True when `s` opens with a reporting verb: {@link VERB_RE}'s first match is at its start. (The
 * same as `^(?:VERB_RE)`, without compiling a second copy of a 5,800-character pattern; VERB_RE's
 * position is kept for the caller's scan.)
 */
function startsWithVerb(s: string): boolean {
  const at = VERB_RE.lastIndex;
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(s);
  VERB_RE.lastIndex = at;
  return m !== null && m.index === 0;
}

/** Where a role noun's qualifier starts: a preposition or a relative pronoun ("… in the Department of X"). */
const ROLE_QUALIFIER = /\s(?:in|at|of|from|with|on|for|near|outside|who|whose|behind)\s/i;

/**
 * Classifies a short phrase that names no one, or points back ("she", "the researcher");
 * remembered, since the same few phrases recur in every release.
 */
const classifyPhrase: (phrase: string) => SubjectKind | null = memoize((phrase) => classifyNew(phrase), Number.POSITIVE_INFINITY);

/** {@link classifyPhrase} without the memory. */
function classifyNew(phrase: string): SubjectKind | null {
  const p = phrase.replace(/^[\s,;:—–-]+|[\s,;:.]+$/g, '');
  if (PRONOUN.test(p) || BACK_REFERENCE.test(p) || OFFICE_BACK.test(p) || THEY.test(p)) return 'pronoun';
  // "her deputy", "the institute's director": someone else's relation or office, named after the quote if anywhere.
  if (pointsForward(p)) return 'pronoun';
  // A role noun with its place or field after it ("the professor in the Department of X").
  const head = ROLE_QUALIFIER.exec(p);
  if (head && BACK_REFERENCE.test(p.slice(0, head.index))) return 'pronoun';
  if (NO_SPEAKER.test(p)) return 'none';
  // One official of a body named in capitals ("a Leeds City Council spokesperson").
  if (BODY_OFFICIAL.test(p)) return 'none';
  // One unnamed person, with or without where they are from ("one mother in the trial").
  if (UNNAMED_PERSON.test(head ? p.slice(0, head.index) : p)) return 'none';
  return null;
}

/** A capitalised portfolio in brackets after a title ("(Research)", "(Academic)", "(Education & Students)"). */
const PORTFOLIO_IN_BRACKETS = /\(\p{Lu}[\p{L}&,' -]{1,40}\)/gu;

/** One to three lower-case role words and an optional honorific between a body's name and a person's ("director ", "operations manager Dr. "). */
const ROLE_GAP = /^\s{1,3}(?:[\p{Ll}][\p{Ll}\-]{1,29}\s{1,3}){1,3}(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s{1,3})?$/u;

/** Small words that make the gap a clause or a list, not a role ("and", "with", "of"). */
const GAP_FUNCTION_WORD = /(?:^|\s)(?:and|or|with|to|of|the|a|an|for|by|in|at|on|from|that|who|was|is|said|says|told|asked)(?=\s)/;

/** A person named at the start of `text` after lower-case role words ("senior author X", "CDC Director X"). */
function leadingMention(text: string, base: number, known: Known): Mention | null {
  const window = text.slice(0, 400);
  const found = findMentions(window, 0, known, base);
  let first = found[0];
  // "Dr. X's coauthor Y": the possessor is not the speaker, the person after the role words is.
  // So is a body's name in the possessive right before a full name ("said UC San Diego’s X").
  const ownerGap = first?.possessive && found[1] ? window.slice(first.end, found[1].offset) : '';
  if (first?.possessive && found[1] && (/^['’]s?\s{1,3}(?:[\p{Ll}\-]{2,30}\s{1,3}){1,3}$/u.test(ownerGap) || (found[1].tokens.length >= 2 && /^['’]s?\s{1,3}(?:(?:Dr|Prof|Professor)\.?\s{1,3})?$/u.test(ownerGap)))) {
    const prefixOk = /^[\s\p{Ll}'’\-,]{0,90}(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?$/u.test(window.slice(0, window.lastIndexOf(' ', first.offset) + 1));
    if (prefixOk) return { ...found[1], offset: found[1].offset + base, end: found[1].end + base };
  }
  // "said Observatory director X", "said Kākāpō Recovery operations manager X": a body's name, then
  // lower-case role words, then the person; the body is not the speaker, the person after the role is.
  if (first && !first.honorific && !first.possessive && found[1] && ROLE_GAP.test(window.slice(first.end, found[1].offset)) && !GAP_FUNCTION_WORD.test(window.slice(first.end, found[1].offset))) {
    const prefixOk = /^[\s\p{Ll}'’\-]{0,40}$/u.test(window.slice(0, first.offset));
    if (prefixOk) first = found[1];
  }
  if (!first || first.possessive) return null;
  const prefix0 = window.slice(0, first.offset);
  // A portfolio in brackets inside the title ("Deputy Vice-Chancellor (Research) X") is part of the role words.
  const prefix = prefix0.includes('(') ? prefix0.replace(PORTFOLIO_IN_BRACKETS, (s) => ' '.repeat(s.length)) : prefix0;
  // Lower-case role words, then capitalised role words or an honorific run into the name.
  // (Lower-case parts of a doctoral title count with the capitalised words: "Dr. techn. X";
  // so does the body the person works for, in the possessive: "said CSIRO's Dr X", "NASA’s X".)
  // The body the person works for may open the words, before the lower-case role ("said CSIRO ecologist Dr X", "said 4-H educator X",
  // "said University of Otago ecologist X", "said the Yale School of Public Health’s X", "said the Harbour Institute’s lead ecologist X"; a spaced ampersand joins its words like "and": "said X College of the Coast & Environment student Y").
  const m = /^(?:the\s+(?=\p{Lu}[\p{L}\-.&]*\s+(?:\p{Lu}|of\s)))?(?:(?:\p{Lu}|\d{1,3}-\p{Lu})[\p{L}\-.&]*(?:['’]s)?\s+(?:(?:of|for|and|&|the|de)\s+){0,2}){0,5}?([\s\p{Ll}'’\-,]{0,90})((?:(?:\p{Lu}[\p{L}\-.&]*(?:['’]s)?|(?:techn|med|rer|nat|phil|habil|hab|dent|vet|jur|oec|sc)\.)\s+){0,6})$/u.exec(prefix);
  if (!m || /[.;:!?]/.test(m[1]!) || CLAUSE_WORD.test(m[1]!)) return null;
  return { ...first, offset: first.offset + base, end: first.end + base };
}

/**
 * Lower-case words that make the words after a verb a clause ("said this was a major
 * advance by showing that the X …"), not role words before a name ("said senior author X").
 */
const CLAUSE_WORD =
  /(?:^|[\s,])(?:that|this|these|those|was|were|is|are|be|been|being|it|they|we|would|could|will|can|might|should|has|have|had|if|when|because|which|there|than|showing|shows|found|finds)(?=[\s,]|$)/;

/** A lone surname opening `text` and ending its clause ("Wu." / "Wu, who …"), as a mention. */
function bareAt(text: string, base: number, known?: Known): Mention | null {
  const m = /^\s*([\p{Lu}][\p{L}\p{M}'’\-]{1,40})(?=\s*(?:[,.;:!?)\u2014\u2013]|$))/u.exec(text);
  if (!m) return null;
  const word = m[1]!;
  const start = m[0].length - word.length;
  return bareSurname(word, base + start, known);
}

/**
 * A possessive and one to three lower-case words of relation or role, then a comma ("her father, ",
 * "his fellow volunteer, "); the possessor may be a body ("the Bureau's chief economist, ",
 * "the agency's director, ", "the university's vice-chancellor, "), or a body named without "the"
 * ("Eastfield's head of herpetology, ", "Harbour Aquarium's curator of fishes, "); a year may stand among the
 * role words ("the Kestrel Prize's 2031 winner, ").
 */
const KIN_THEN_NAME =
  /^(?:her|his|their|its|the\s{1,3}(?:\p{Lu}[\p{L}\-]{0,30}\s{1,3}(?:(?:of|for|and)\s{1,3})?){0,4}[\p{L}\-]{2,30}['’]s?|(?:\p{Lu}[\p{L}\-]{0,30}\s{1,3}(?:(?:of|for|and)\s{1,3})?){0,4}\p{Lu}[\p{L}\-]{1,30}['’]s)\s{1,3}(?:[\p{Ll}\d-]{2,20}\s{1,3}){0,4}[\p{Ll}-]{2,20},\s{1,3}(?=\p{Lu})/u;

/**
 * "The" and an office in capitals, then a comma before the name ("the Minister for Energy, ",
 * "the Energy Minister, ", "the Chief Medical Officer, "): the office is the role, the name speaks.
 */
const OFFICE_THEN_NAME =
  /^[Tt]he\s{1,3}((?:\p{Lu}[\p{L}\-]{0,30}(?:['’]s)?\s{1,3}(?:(?:of|for|and|&)\s{1,3}(?:the\s{1,3})?)?){0,7}\p{Lu}[\p{L}\-]{1,30}),\s{1,3}(?=\p{Lu}|the\s)/u;

/** The head word of an office named in capitals ("Minister", "Officer", "Vice-Chancellor"). */
const OFFICE_HEAD =
  /(?:^|[\s-])(?:Minister|Secretary|Director|Officer|Chancellor|President|Chair|Chairman|Chairwoman|Chairperson|Chief|Head|Commissioner|Governor|Mayor|Premier|Dean|Rector|Provost|Executive|Statistician|Scientist|Economist|Adviser|Advisor|Registrar|Ambassador|Treasurer|Leader|Surgeon|Attorney|Auditor|Ombudsman|Coroner)(?=\s|$)/;

/** The person named after "the" and an office in capitals and a comma ("the Minister for Energy, Hon. X MP"), else null. */
function officeThenName(body: string, base: number, known: Known): { named: Mention; role: string | null } | null {
  const m = OFFICE_THEN_NAME.exec(body);
  if (!m || !OFFICE_HEAD.test(m[1]!)) return null;
  // "the Hon." before the name is an honorific too ("the Minister for Health, the Hon. X MP").
  const skip = m[0].length + (body.startsWith('the Hon', m[0].length) || body.startsWith('The Hon', m[0].length) ? 4 : 0);
  const rest = body.slice(skip);
  const at = base + skip;
  const named = leadingMention(rest, at, known);
  if (!named || named.tokens.length < 2) return null;
  if (named.offset !== at && !/^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Smt|Shri|Mx|Sir|Dame|Hon|Rt\.?\s{1,3}Hon)\.?\s{1,3}){1,2}$/.test(rest.slice(0, named.offset - at))) return null;
  return { named, role: tidyRole(m[1]!) };
}

/**
 * "The" (or "this year's") and lower-case role words, perhaps with the body or prize they belong
 * to in capitals or with a year, then a comma before the name ("the head of the Kestrel
 * Foundation, ", "the winner of the 2031 Kestrel Prize, ", "this year's laureate, ").
 */
const ROLE_OF_BODY_THEN_NAME =
  /^(?:the|this\s{1,3}year['’]s|last\s{1,3}year['’]s)\s{1,3}((?:[\p{Ll}-]{2,20}\s{1,3}){0,3}([\p{Ll}-]{2,20})(?:\s{1,3}(?:of|for|at|in|on)\s{1,3}(?:the\s{1,3})?(?:[\p{Lu}\d][\p{L}\d&'’.-]{0,30}\s{1,3}(?:(?:of|for|and|on|the)\s{1,3}){0,2}){0,6}[\p{Lu}\d][\p{L}\d&'’.-]{0,30})?),\s{1,3}(?=\p{Lu})/u;

/** The person named after "the", role words and the body they belong to, and a comma ("said the head of the X Foundation, Name"), else null. */
function roleOfBodyThenName(body: string, base: number, known: Known): { named: Mention; role: string | null } | null {
  const m = ROLE_OF_BODY_THEN_NAME.exec(body);
  // A group of people ("the authors of the X paper, A and B") is not one speaker.
  if (!m || (m[2]!.endsWith('s') && !m[2]!.endsWith('ss')) || CLAUSE_WORD.test(m[1]!)) return null;
  const rest = body.slice(m[0].length);
  const at = base + m[0].length;
  const named = leadingMention(rest, at, known);
  if (!named || named.tokens.length < 2) return null;
  if (named.offset !== at && !/^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Smt|Shri|Mx|Sir|Dame)\.?\s{1,3}){1,2}$/.test(rest.slice(0, named.offset - at))) return null;
  return { named, role: tidyRole(m[1]!) };
}

/** A label that opens a statement's heading line ("Statement from ", "Comment by ", "Reaction from "). */
const STATEMENT_LABEL = /^\s{0,3}(?:(?:An?|The)\s{1,3})?(?:Statement|Comment|Quote|Response|Reaction|Message)s?\s{1,3}(?:from|by)\s{1,3}/;

/** Nothing after a name but post-nominal letters ("", " MP", ", QC", " MLA"). */
const POST_NOMINALS_ONLY = /^(?:,?\s{1,3}\p{Lu}[\p{Lu}.]{1,8}){0,3}\s{0,3}$/u;

/** Parses the person named after a verb ("said Dr. X, role" / "according to X"). */
function objectOf(text: string, base: number, known: Known, strategy: string): Attribution | null {
  const lead = /^[\s,]*(?:by\s+)?/.exec(text)![0].length;
  const body = text.slice(lead);
  const m = leadingMention(body, base + lead, known);
  if (m) {
    const after = text.slice(m.end - base);
    return { kind: 'name', name: m.name, offset: m.offset, role: roleAfter(after) ?? roleBefore(body.slice(0, m.offset - base - lead)), strategy };
  }
  // An office in capitals after "the", then the name after a comma ("said the Minister for Energy, X"),
  // or role words with their body or prize ("said the head of the X Foundation, Y", "said this year's laureate, Y").
  const office = body.startsWith('the ') ? officeThenName(body, base + lead, known) ?? roleOfBodyThenName(body, base + lead, known) : body.startsWith('this ') || body.startsWith('last ') ? roleOfBodyThenName(body, base + lead, known) : null;
  if (office) return { kind: 'name', name: office.named.name, offset: office.named.offset, role: office.role, strategy };
  // A relation or role in the possessive, then the name after a comma ("said her father, Yusuf.").
  const kin = body.startsWith('h') || body.startsWith('t') || body.startsWith('i') || /^\p{Lu}/u.test(body) ? KIN_THEN_NAME.exec(body) : null;
  if (kin) {
    const rest = body.slice(kin[0].length);
    const at = base + lead + kin[0].length;
    const named = leadingMention(rest, at, known) ?? bareAt(rest, at, known);
    if (named && (named.offset === at || (named.honorific && /^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Smt|Shri|Mx|Sir|Dame)\.?\s{1,3}){1,2}$/.test(rest.slice(0, named.offset - at))))) return { kind: 'name', name: named.name, offset: named.offset, role: tidyRole(kin[0].replace(/,\s*$/, '')), strategy };
  }
  const phrase = body.slice(0, Math.min(body.length, 80)).split(/[,.;:!?]/, 1)[0] ?? '';
  // One unnamed official with the body they speak for ("said a spokesperson for the X Authority."):
  // no one is named, unless the name follows after a comma ("said a spokeswoman for the charity, Jane Moss").
  if (/^(?:the|an?)\s/i.test(phrase) && UNNAMED_OFFICIAL.test(phrase)) {
    const comma = /^\s{0,3},\s{1,3}/.exec(body.slice(phrase.length));
    const at = base + lead + phrase.length + (comma ? comma[0].length : 0);
    const named = comma ? leadingMention(body.slice(phrase.length + comma[0].length), at, known) : null;
    if (named && named.offset === at) return { kind: 'name', name: named.name, offset: named.offset, role: tidyRole(phrase.trim()), strategy };
    return { kind: 'none', name: null, offset: base + lead, role: null, strategy };
  }
  const kind = classifyPhrase(phrase);
  if (kind) return { kind, name: kind === 'pronoun' ? phrase.trim() : null, offset: base + lead, role: null, strategy };
  // A surname printed alone ("said Wu." / "said Wu, who …").
  const bare = bareAt(body, base + lead);
  if (bare) return { kind: 'name', name: bare.name, offset: bare.offset, role: roleAfter(text.slice(bare.end - base)), strategy };
  return null;
}

/** A role printed before the name ("senior author", "CDC Director"). */
function roleBefore(prefix: string): string | null {
  const p = prefix.replace(/^[\s,]+|[\s,]+$/g, '');
  return p.length <= 80 ? tidyRole(p) : null;
}

/** True for a UTF-16 code unit that `\s` matches. */
const SPACE_CHAR = /\s/;
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(String.fromCharCode(c));
}

/** A transcript's speaker label in capitals, two to six words ("DR JANE DOE", "AROHA TE PAREAKE WHAANGA"). */
/** A sentence that is only "In X's (own) words," or "In X's view," before a quote: group 1 is its lead, group 2 the name. */
const IN_WORDS = /^(\s{0,3}In\s+)(\p{Lu}[\p{L}.'’ -]{1,60}?)['’]s?\s+(?:own\s+)?(?:words|view)\s{0,3}[,:]?\s*$/u;

/** The same sentence with a pronoun ("In his view,", "In her own words:"): group 1 is "his" or "her". */
const IN_PRONOUN_WORDS = /^\s{0,3}In\s+(his|her)\s+(?:own\s+)?(?:words|view)\s{0,3}[,:]?\s*$/iu;
const CAPS_LABEL = /^\s{0,3}\p{Lu}[\p{Lu}'’.-]{1,20}(?: \p{Lu}[\p{Lu}'’.-]{0,20}){1,5}$/u;

/** The length of `pre` without its trailing white space, commas and semicolons (`/[\s,;]+$/`). */
function endOfInk(pre: string): number {
  let i = pre.length;
  for (let c = pre.charCodeAt(i - 1); i > 0 && (c === 44 || c === 59 || isSpace(c)); c = pre.charCodeAt(i - 1)) i--;
  return i;
}

/** True when `text` ends with a comma and optional white space (`/,\s*$/`). */
function endsWithCommaSpace(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 44;
}

/** How many words at the end of a subject {@link subjectOf} reads. */
const TAIL_WORDS = 7;

/**
 * The last {@link TAIL_WORDS} pieces of `text.split(/\s+/)`, or all of them when there are no
 * more, without splitting the whole text (a subject is read from its last few words).
 */
function lastWords(text: string): string[] {
  const out: string[] = [];
  let end = text.length;
  let i = end - 1;
  for (;;) {
    while (i >= 0 && !isSpace(text.charCodeAt(i))) i--;
    out.push(text.slice(i + 1, end));
    if (i < 0 || out.length === TAIL_WORDS) break;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    end = i + 1;
  }
  return out.reverse();
}

/** Where written words stand, opening the sentence without a comma ("In the paper", "In their commentary"). */
const OPENING_PLACE = /^(?:in|writing\s+in)\s+(?:the|their|this|its|a)\s+(?:paper|study|article|report|abstract|conclusion|discussion|commentary|editorial|letter|journal)$/i;

/** A body named by its acronym as a subject ("NOAA", "CSIRO", "WHO"). */
const ACRONYM_SUBJECT = /^\p{Lu}{3,7}$/u;

/** A body's name of two to eight capitalised words, "of"/"for"/"and" allowed between them ("the Ministry of Health", "The US Geological Survey"). */
const BODY_SUBJECT = /^(?:[Tt]he\s{1,3})?\p{Lu}[\p{L}&'’.-]{0,30}(?:\s{1,3}(?:(?:of|for|and|on|the|de)\s{1,3}){0,2}\p{Lu}[\p{L}&'’.-]{0,30}){1,7}$/u;

/** Parses the subject printed before a verb ("Okafor explains", "he said", "the authors write"). */
/** An indefinite article opening a phrase ("a student", "an engineer", "one of the authors"). */
const INDEFINITE_OPEN = /^(?:an?|one|another)\s/i;

/** True when the text of `trimmed` before its last `phrase` ends with a person's name of two words or more and a comma ("Jane Moss, "). */
function namedRightBeforeComma(trimmed: string, phrase: string, base: number, known: Known): boolean {
  const before = trimmed.slice(0, trimmed.length - phrase.length).replace(/[\s,]+$/, '');
  if (!before) return false;
  const ms = findMentions(before.slice(-200), base + Math.max(0, before.length - 200), known);
  const last = ms[ms.length - 1];
  return last !== undefined && !last.possessive && last.tokens.length >= 2 && last.end - base === before.length;
}

/** True when the text of `trimmed` before its last `phrase` names a person (not in the possessive) in its last 300 characters. */
function namedBefore(trimmed: string, phrase: string, base: number, known: Known): boolean {
  const before = trimmed.slice(0, trimmed.length - phrase.length);
  const from = Math.max(0, before.length - 300);
  return findMentions(before.slice(from), base + from, known).some((m) => !m.possessive);
}

function subjectOf(pre: string, base: number, known: Known, strategy: string, appositive: boolean): Attribution | null {
  const trimmed = pre.slice(0, endOfInk(pre));
  if (!trimmed) return null;
  const endsWithComma = endsWithCommaSpace(pre);
  // One unnamed official with the body they speak for ("a spokesperson for the X Corporation").
  const tail = trimmed.length > 240 ? trimmed.slice(-240) : trimmed;
  if (/\b(?:spokes|represent|official|minister|administrator|secretary|governor|mayor|commissioner|ambassador|premier)/i.test(tail) && UNNAMED_OFFICIAL.test(tail)) {
    return { kind: 'none', name: null, offset: base + trimmed.length - tail.length, role: null, strategy };
  }
  // One official of a body named in capitals, however long its name ("a Department of Water Resources official").
  if (tail.length <= 120 && BODY_OFFICIAL.test(tail)) return { kind: 'none', name: null, offset: base + trimmed.length - tail.length, role: null, strategy };
  // The last few words as a pronoun or group ("and she", "the authors"), when they open the clause.
  const words = lastWords(trimmed);
  for (let k = 1; k <= Math.min(5, words.length); k++) {
    const phrase = words.slice(-k).join(' ');
    const kind = classifyPhrase(phrase);
    const lead = words[words.length - k - 1];
    if (kind && (lead === undefined || /[,;:]$/.test(lead) || /^(?:and|but|so|then|now|also|as)$/i.test(lead) || (words.length < TAIL_WORDS && OPENING_PLACE.test(words.slice(0, -k).join(' '))))) {
      // "Jane Moss, a student, said": one person's appositive after their name, not an unnamed person.
      if (kind === 'none' && lead !== undefined && lead.endsWith(',') && INDEFINITE_OPEN.test(phrase) && namedRightBeforeComma(trimmed, phrase, base, known)) break;
      // "Dr. X PhD, the paper's first author, said", "X, … and the trial's chief investigator, said": the role is the named person's.
      if (pointsForward(phrase) && namedBefore(trimmed, phrase, base, known)) break;
      return { kind, name: kind === 'pronoun' ? phrase : null, offset: base + trimmed.length - phrase.length, role: null, strategy };
    }
  }
  if (NOT_A_SUBJECT.test(words[words.length - 1] ?? '')) return null;
  const mentions = findMentions(trimmed, base, known).filter((m) => !m.possessive);
  const first = mentions[0];
  if (appositive && endsWithComma && first) {
    const named = nameAfterBody(trimmed, base, mentions);
    if (named) return { ...named, strategy };
    return { kind: 'name', name: first.name, offset: first.offset, role: roleAfter(trimmed.slice(first.end - base) + '.'), strategy };
  }
  const last = mentions[mentions.length - 1];
  if (last && last.end - base === trimmed.length) return { kind: 'name', name: last.name, offset: last.offset, role: null, strategy };
  if (appositive && first) {
    return { kind: 'name', name: first.name, offset: first.offset, role: roleAfter(trimmed.slice(first.end - base) + '.'), strategy };
  }
  // A surname printed alone as the subject ("Wu said"), opening the clause.
  const lastWord = words[words.length - 1] ?? '';
  const lead = words[words.length - 2];
  if (!mentions.length && (lead === undefined || /[,;:]$/.test(lead) || /^(?:and|but|so|then|now|also)$/i.test(lead))) {
    const bare = bareSurname(lastWord, base + trimmed.length - lastWord.length, known);
    if (bare) return { kind: 'name', name: bare.name, offset: bare.offset, role: null, strategy };
    // A body by its acronym ("NOAA said in a statement"): a statement, but no person speaks.
    if (ACRONYM_SUBJECT.test(lastWord)) return { kind: 'none', name: null, offset: base + trimmed.length - lastWord.length, role: null, strategy };
  }
  // A body by its name opening the clause ("In a statement, the Ministry of Health said:"): no person speaks.
  // (A run inside the body's name may read as a person's, "The Atlantic Oceanographic and …": "the" opening the clause tells a body.)
  {
    const cut = Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';'), trimmed.lastIndexOf(':')) + 1;
    const clause = trimmed.slice(cut).trim();
    const bodyOnly = !mentions.length || (/^[Tt]he\s/.test(clause) && mentions.every((m) => !m.honorific && m.offset - base >= cut));
    if (bodyOnly && clause.length <= 120 && BODY_SUBJECT.test(clause)) return { kind: 'none', name: null, offset: base + trimmed.length - clause.length, role: null, strategy };
  }
  return null;
}

/** The end of a lead that names the body someone speaks for ("a spokeswoman for the charity "). */
const BODY_LEAD = /\b(?:spokes(?:person|man|woman)|representative|officer|director|chair|head)\s{1,3}(?:for|of|at|from)\s{1,3}(?:[\p{L}'’-]{1,30}\s{1,3}){0,3}$/iu;

/**
 * The person named in apposition after the body they speak for ("A spokeswoman for the charity
 * Heart Failure Scotland, Morag Innes,"): the last mention, when the first is that body.
 */
function nameAfterBody(trimmed: string, base: number, mentions: readonly Mention[]): Omit<Attribution, 'strategy'> | null {
  if (mentions.length < 2) return null;
  const first = mentions[0]!;
  const last = mentions[mentions.length - 1]!;
  if (last.end - base !== trimmed.length) return null;
  if (!/^\s{0,3},\s{1,3}$/.test(trimmed.slice(first.end - base, last.offset - base))) return null;
  const lead = trimmed.slice(Math.max(0, first.offset - base - 80), first.offset - base);
  if (!lead.includes('for') && !lead.includes('of') && !lead.includes('at') && !lead.includes('from')) return null;
  if (!BODY_LEAD.test(lead)) return null;
  return { kind: 'name', name: last.name, offset: last.offset, role: null };
}

/**
 * The attribution in the narration that follows a quoted span, up to the end of its
 * sentence: `"…," said X, role` / `"…," X said` / `"…" — X`. A verb followed by a colon
 * introduces the next quote and is not taken.
 */
export function attributeAfter(chunk0: string, base: number, known: Known): Attribution | null {
  // Nothing follows the quote (it ends its paragraph). Returning here also spares V8 a second
  // compile of the verb pattern: it compiles a pattern once per string width, and a release
  // with any character past U+00FF is two-byte text while the empty string is one-byte.
  if (!chunk0) return null;
  // A note marker after the quote ("[1]", "¹", "(2)") is blanked: offsets stay, the verb follows.
  const chunk = chunk0.replace(NOTE_MARKER, (m) => ' '.repeat(m.length));
  const sentence = chunk.slice(0, Math.min(chunk.length, firstSentenceEnd(chunk), 600));
  const dash = /^[\s,]*(?:\u2014|\u2013|--|-)\s*/.exec(sentence);
  if (dash && !CITATION_AFTER_DASH.test(sentence.slice(dash[0].length))) {
    const m = leadingMention(sentence.slice(dash[0].length), base + dash[0].length, known);
    if (m) return { kind: 'name', name: m.name, offset: m.offset, role: roleAfter(chunk.slice(m.end - base)), strategy: 'dash' };
  }
  // German „…“, so Professorin X vom Institut Y." / "»…«, so X.": the name follows "so" directly.
  const so = SO_LEAD.exec(sentence);
  if (so) {
    const hit = objectOf(sentence.slice(so[0].length), base + so[0].length, known, 'said-after');
    if (hit?.kind === 'name' && hit.name && SO_NAME_CLOSE.test(chunk.slice(hit.offset - base + hit.name.length))) return hit;
  }
  for (const verb of verbsIn(sentence)) {
    if (verb.start > 90 && !(verb.start <= FAR_VERB && closesAppositive(sentence.slice(0, verb.start), sentence.slice(verb.end), verb.verb))) break;
    const hit = afterVerb(sentence, verb, base, known);
    if (hit) return hit.kind === 'none' ? namedInNextSentence(chunk, sentence, base, known) ?? hit : hit;
  }
  // A quote closed by its own full stop, then "That was the view of X, …" in the next sentence.
  return sentenceHowLine(sentence, base, known);
}

/** {@link howLine} on the sentence that follows a quote, when that sentence opens with a capital ("That was the view of X, role."). */
function sentenceHowLine(sentence: string, base: number, known: Known): Attribution | null {
  const lead = /^\s{1,3}(?=\p{Lu})/u.exec(sentence);
  return lead ? howLine(sentence, known, base) : null;
}

/** The person an unnamed spokesperson turns out to be in the next sentence ("The spokesperson, Jane Moss, said …"), else null. */
function namedInNextSentence(chunk: string, sentence: string, base: number, known: Known): Attribution | null {
  const rest = chunk.slice(sentence.length);
  const at = officialNamedNext(sentence, rest);
  if (at < 0) return null;
  const start = base + sentence.length + at;
  const m = leadingMention(rest.slice(at), start, known);
  if (!m || !/^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Smt|Shri|Mx)\.?\s{1,3})?$/.test(chunk.slice(start - base, m.offset - base)) || !/^\s{0,2},/.test(chunk.slice(m.end - base))) return null;
  return { kind: 'name', name: m.name, offset: m.offset, role: null, strategy: 'said-after' };
}

/** How far after a quote a verb may stand when a name and a long appositive come first ({@link closesAppositive}). */
const FAR_VERB = 240;

/** A name opening the words after a quote, then its appositive set off by commas, with no quotation mark inside ("Jane Moss, M.D., Ph.D., an associate professor of …, "). */
const NAME_THEN_APPOSITIVE = /^[\s,]*\p{Lu}[^,"“”„«»]{1,60},[^"“”„«»]*,\s*$/u;

/**
 * True when the verb after `pre` closes a name and its long appositive and ends the sentence
 * (`"…," Jane Moss, M.D., Ph.D., an associate professor of … at the X School of Medicine, said.`):
 * the verb may then stand past the usual reach, since degrees and a full job title put it there.
 */
function closesAppositive(pre: string, post: string, verb: string): boolean {
  if (!NAME_THEN_APPOSITIVE.test(pre)) return false;
  if (/^\s*(?:[.!?]|$)/.test(post)) return true;
  // "…, tells Northeastern Global News." / "…, told reporters.": who was told, then the sentence ends.
  if ((verb === 'tells' || verb === 'told') && TOLD_WHOM.test(post)) return true;
  // "…, said in a statement.": where the words were given, then the sentence ends.
  return SAID_WHERE.test(post);
}

/** Who was told, closing the sentence after "tells"/"told": an outlet's capitalised name ("Northeastern Global News", "the Globe") or "reporters". */
const TOLD_WHOM = /^\s{1,3}(?:(?:the\s{1,3})?\p{Lu}[\p{L}'’&.-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'’&.-]{0,30}){0,4}|reporters|journalists|us|me)\s{0,3}(?:[.!?]|$)/u;

/** Where the words were given, closing the sentence after the verb ("in a statement", "in an interview"). */
const SAID_WHERE = /^\s{1,3}in\s{1,3}an?\s{1,3}(?:statement|interview|e-?mail)\s{0,3}(?:[.!?]|$)/;

/**
 * A reference after a dash, not a speaker: a family name with initials ("— Lomax-Reid, H. &
 * Ashdown, C. (2031)", "— Okoro AB, Lind C", "— Okoro AB (2031)") or "et al." ("— Okoro et al., Nature"); the quoted
 * words before it are a paper's title.
 */
const CITATION_AFTER_DASH = /^\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:,\s{1,2}\p{Lu}\.|\s\p{Lu}{1,3}(?:,\s{1,2}\p{Lu}[\p{L}\p{M}'’-]{1,40}\s\p{Lu}{1,3}\b|\s\((?:19|20)\d\d\))|\s{1,2}et\s{1,2}al\b)/u;

/** Note markers right after a closing quote, before its attribution: "[1]", "[2,3]", "¹²", "(4)", "(translated from German)". */
const NOTE_MARKER = /^[\s,]{0,3}(?:\[\d{1,3}(?:[,–-]\s?\d{1,3}){0,4}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,4}|\(\d{1,3}\)|\((?:translated|translation)\b[^()]{0,40}\))(?=[\s,.])/i;

/** Reads an attribution around one verb of the sentence after a quote. */
function afterVerb(sentence: string, verb: VerbHit, base: number, known: Known): Attribution | null {
  const pre = blankPseudonymNotes(sentence.slice(0, verb.start));
  const post = blankPseudonymNotes(sentence.slice(verb.end));
  if (/^\s*:/.test(post)) return null;
  const strategy = isAccordingTo(verb.verb) ? 'according-to' : 'said-after';
  // The verb opens the attribution, or follows an inverting "So" / "Thus" ("So says X.").
  if (/^[\s,.;\u2014\u2013-]*(?:(?:so|thus)\s{1,3})?$/i.test(pre)) return objectOf(post, base + verb.end, known, strategy);
  // Initials, honorifics and dotted degrees ("Ph.D.", "Pharm.D.", "Jr.") do not end the sentence.
  if (/[.!?:;]/.test(pre.replace(/\b\p{Lu}\./gu, '').replace(/\b(?:Dr|Prof|Mr|Mrs|Ms|Smt|St|Ph|Pharm|Psy|Jr|Sr)\./g, ''))) return null;
  const lead = pre.length - pre.replace(/^[\s,]+/, '').length;
  // "X said", and "X, who leads the lab, said" (the subject, then an appositive).
  return subjectOf(pre.slice(lead), base + lead, known, strategy, /,\s*$/.test(pre) && /^[^,]{1,60},/.test(pre.slice(lead)));
}

/**
 * The attribution in the sentence that runs up to a quoted span: `X said: "…"`,
 * `X, role, noted, "…"`, `according to X, "…"`, `As noted by X, "…"`, or a colon preamble
 * whose verb is earlier in the sentence (`X says the method is better: "…"`). With
 * `narrative`, a finished sentence (`…, said X, role.`) is read the same way. With `namesOnly`
 * (for a caller that uses only named speakers), a sentence that can name no one gives null
 * without being read, even where it would give a pronoun or no one.
 */
export function attributeBefore(whole: string, wholeBase: number, known: Known, narrative = false, namesOnly = false): Attribution | null {
  // Only the end of the narration matters: a bounded window keeps long paragraphs linear.
  const cut = Math.max(0, whole.length - 600);
  const chunk = whole.slice(cut);
  const base = wholeBase + cut;
  const trimmedEnd = chunk.trimEnd();
  if (!trimmedEnd) return null;
  const last = trimmedEnd.charAt(trimmedEnd.length - 1);
  const full = last === '.' || last === '!' || last === '?';
  if (full !== narrative) return null;
  const from = lastSentenceStart(trimmedEnd);
  const s = trimmedEnd.slice(from);
  const sBase = base + from;
  if (namesOnly && !mayName(s, known)) return null;
  const colon = last === ':';
  const verbs = verbsIn(s);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!;
    const post = s.slice(v.end);
    const verbEnds = nothingAfter(post); // "X said:", "X said, adding that:"
    const strategy = isAccordingTo(v.verb) || v.verb === 'in the words of' ? 'according-to' : colon ? 'colon-preamble' : narrative ? 'narrative' : 'said-before';
    if (verbEnds) {
      let pre = s.slice(0, v.start);
      // "said explains:", "said, adding:" — step back over a chain of verbs.
      const chained = verbsIn(pre).filter((x) => pre.slice(x.end).trim() === '').pop();
      if (chained) pre = pre.slice(0, chained.start);
      const hit = subjectOf(pre, sBase, known, strategy, true);
      if (hit) return hit;
      continue;
    }
    const obj = objectOf(post, sBase + v.end, known, strategy);
    if (obj && obj.kind === 'name') return obj;
    if (strategy === 'said-before' && !colon && !narrative && (!obj || obj.kind === 'none') && !/^\s{0,3}by\b/i.test(post)) {
      // "X said the results "…"" / "X told reporters "…"": the words after the verb are its object, the named subject speaks.
      const hit = subjectOf(s.slice(0, v.start), sBase, known, strategy, opensWithAppositive(s.slice(0, v.start)));
      if (hit && hit.kind === 'name') return hit;
    }
    if (colon || narrative) {
      // "X, of Y, said this was …" / "X explained the findings:": the named subject speaks.
      const pre = s.slice(0, v.start);
      const hit = subjectOf(pre, sBase, known, strategy, opensWithAppositive(pre));
      if (hit && (hit.kind === 'name' || !obj)) return hit;
    }
    if (obj) return obj;
  }
  // "In X's words, "…"" / "In X's own words: "…"": the possessive names the speaker.
  if (!verbs.length && !narrative) {
    const words = IN_WORDS.exec(s);
    if (words) {
      const at = words.index + words[1]!.length;
      const m = findMentions(words[2]!, sBase + at, known).pop();
      if (m && m.offset === sBase + at && m.end === sBase + at + words[2]!.length) {
        return { kind: 'name', name: m.name, offset: m.offset, role: null, strategy: 'according-to' };
      }
    }
    // "Para a investigadora X, «…»" / "Pour X, « … »": the person after "for" speaks.
    const forPerson = ROMANCE_FOR_PERSON.exec(s);
    if (forPerson) {
      const at = forPerson[1]!.length;
      const m = findMentions(forPerson[2]!, sBase + at, known).pop();
      if (m && m.offset === sBase + at && m.end === sBase + at + forPerson[2]!.length) {
        return { kind: 'name', name: m.name, offset: m.offset, role: null, strategy: 'according-to' };
      }
    }
    // "In his view, "…"": the pronoun points back to the person last named, as "he said" does.
    const pronoun = IN_PRONOUN_WORDS.exec(s);
    if (pronoun) {
      return { kind: 'pronoun', name: pronoun[1]!.toLowerCase() === 'his' ? 'he' : 'she', offset: sBase + pronoun.index + s.indexOf(pronoun[1]!), role: null, strategy: 'according-to' };
    }
  }
  // "For X, one of the farmers who took part, the change was plain:": X, known by a given name only, speaks.
  if (colon && !verbs.length) {
    const person = forPersonPreamble(s);
    if (person) return { kind: 'name', name: person.name, offset: sBase + person.at, role: null, strategy: 'colon-preamble' };
  }
  // A colon preamble without a reporting verb: "X, the lead researcher, was optimistic:".
  if (colon) {
    const hit = openingSubject(s, sBase, known);
    if (hit) return hit;
  }
  // An interview-style label: "Jane Doe: "…"".
  // A role in brackets may follow the name: "Dr. Jane Doe (sleep physician, Leiden): "…"".
  if (colon && s.length <= 160 && !verbs.length) {
    const labelled = s.replace(/[\s:]+$/, '');
    const bracket = labelled.endsWith(')') ? /\s{0,3}\(([^()]{2,100})\)$/.exec(labelled) : null;
    const whole = bracket ? labelled.slice(0, bracket.index) : labelled;
    // A show's role before the name ("HOST JANE DOE:") is no part of it.
    const roleLead = labelRoleLength(whole);
    const core = whole.slice(roleLead);
    const lBase = sBase + roleLead;
    // A transcript's label in capitals ("DR JANE DOE: "…"") reads as the same name in title case, of the same length.
    const read = core.length <= 80 && CAPS_LABEL.test(core) ? core.replace(/(\p{Lu})(\p{Lu}+)/gu, (_w: string, a: string, b: string) => a + b.toLowerCase()) : core;
    const m = core.length <= 80 ? findMentions(read, lBase, known).pop() : undefined;
    if (m && m.end - lBase === core.length && /^[\s\p{Lu}.]*$/u.test(core.slice(0, m.offset - lBase).replace(/\p{L}+\.?/gu, 'X'))) {
      return { kind: 'name', name: m.name, offset: m.offset, role: bracket ? tidyRole(bracket[1]!) : null, strategy: 'colon-preamble' };
    }
  }
  // An office, then the name: "Statement from the Minister for Energy, Hon. Jane Doe MP: "…"".
  if (colon && s.length <= 200 && !verbs.length) {
    const lead = STATEMENT_LABEL.exec(s)?.[0].length ?? s.length - s.trimStart().length;
    const core = s.slice(lead).replace(/[\s:]+$/, '');
    const office = core.startsWith('the ') || core.startsWith('The ') ? officeThenName(core, sBase + lead, known) : null;
    if (office && POST_NOMINALS_ONLY.test(core.slice(office.named.end - sBase - lead))) {
      return { kind: 'name', name: office.named.name, offset: office.named.offset, role: office.role, strategy: 'colon-preamble' };
    }
  }
  // A label with the speaker's role after a comma: "Prof. Jane Doe, Director of the Centre: "…"".
  if (colon && s.length <= 200 && !verbs.length) {
    const hit = citeLine(s.replace(/[\s:]+$/, ''), known);
    if (hit && /^\s*,[^,;:.!?]{1,120}(?:,[^,;:.!?]{1,80})?$/.test(s.slice(hit.offset).replace(/^[^,]*/, '').replace(/[\s:]+$/, ''))) {
      return { ...hit, offset: hit.offset + sBase, strategy: 'colon-preamble' };
    }
  }
  return null;
}

/** Characters around the narration after a verb that carry nothing: white space, `,:;`, dashes (and `.` at the end). */
const isFiller = (c: number, end: boolean): boolean =>
  c === 44 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45 || (end && c === 46) || isSpace(c);

/**
 * True when nothing follows a verb but filler and perhaps "that" (or "in the paper that"): the text left when the
 * leading `[\s,:;—–-]` and trailing `[\s,:;.—–-]` runs are removed is empty or "that" (what
 * remains ends in neither a comma nor a space, so only a bare "that" can be the `that\b\s*,?` lead).
 */
function nothingAfter(post: string): boolean {
  let lo = 0;
  while (lo < post.length && isFiller(post.charCodeAt(lo), false)) lo++;
  let hi = post.length;
  while (hi > lo && isFiller(post.charCodeAt(hi - 1), true)) hi--;
  if (hi === lo || (hi - lo === 4 && post.startsWith('that', lo))) return true;
  // "X wrote in the paper that "…"", "X said in a statement that "…"": where the words were set down, then "that".
  return hi - lo < 60 && PLACE_THEN_THAT.test(post.slice(lo, hi));
}

/** "in the paper that", "in their review that": lower-case words naming where something was said, then "that". */
const PLACE_THEN_THAT = /^in\s+(?:the|their|his|her|its|a|an|this|our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+that$/u;

/** One upper-case letter (`\p{Lu}`) where `lastIndex` points. */
const UPPER_AT = /\p{Lu}/uy;

/**
 * The offset of the first upper-case letter (`\p{Lu}`) of `s` at or after `from`, or -1: what
 * `s.slice(from).search(/\p{Lu}/u)` finds (plus `from`), with ASCII tested by its code.
 */
function upperFrom(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) return i;
      continue;
    }
    UPPER_AT.lastIndex = i;
    if (UPPER_AT.test(s)) return i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++; // a surrogate pair is one code point
    }
  }
  return -1;
}

/**
 * True when sentence `s` may name someone. Every name read from a sentence (a mention, a bare
 * surname) opens with a capital letter (`\p{Lu}`), so a sentence without one names no one; nor
 * does one whose only capitals are in an opening stop word ("The", "Their") followed by a space
 * and not known as a name (a lone stop word is never a name, and a run of words needs another capital).
 */
function mayName(s: string, known: Known): boolean {
  const first = upperFrom(s, 0);
  if (first < 0) return false;
  let lead = 0;
  while (lead < s.length && isSpace(s.charCodeAt(lead))) lead++;
  if (first !== lead) return true;
  let end = first;
  while (end < s.length && ((s.charCodeAt(end) | 32) >= 97 && (s.charCodeAt(end) | 32) <= 122)) end++;
  if (s.charCodeAt(end) !== 32) return true;
  const w0 = s.slice(first, end);
  if (!isStopWord(w0) || known(w0)) return true;
  return upperFrom(s, end) >= 0;
}

/** True when `pre` opens with a short phrase and a comma, as a name with an appositive does. */
function opensWithAppositive(pre: string): boolean {
  return /^\s*[^,]{1,60},/.test(pre) && /,\s*$/.test(pre);
}

/** Words that open a clause, not a role: none of them may stand in {@link ROLE_LEAD}. */
const FUNCTION_WORD = '(?:the|a|an|by|with|to|from|of|for|and|or|but|was|were|is|are|be|been|has|had|have|in|on|at|as|that|this|which|when|after|before|said|says|told)';

/**
 * A few role words before the name that opens a sentence ("Facilities engineer X", "Study
 * co-author Dr. X"): no function word among them, so no clause ("was reviewed by X").
 */
const ROLE_LEAD = new RegExp(
  `^(?:the\\s{1,3})?(?:(?!${FUNCTION_WORD}\\s)[\\p{L}'’-]{1,30}\\s{1,3}){1,4}(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\\.?\\s+)?$`,
  'iu',
);

/**
 * The person a sentence opens with, when that person is the only one it names
 * ("Dr. X, the lead researcher, was optimistic:", "Like many of us, X cooks at home:"), for colon preambles without a reporting verb.
 */
function openingSubject(s: string, sBase: number, known: Known): Attribution | null {
  const lead = s.length - s.trimStart().length;
  const people = findMentions(s, sBase, known).filter((m) => !m.possessive);
  const first = people[0];
  if (!first || first.offset - sBase > lead + 90) return null;
  const before = s.slice(lead, first.offset - sBase);
  // An opening adverbial phrase may come first ("Like many researchers, Dr. X takes …:").
  if (!/^(?:[\p{L}'’ -]{2,60},\s{1,3})?(?:(?:Dr|Prof|Professor|Assoc|Asst|Associate|Assistant|Adjunct|Emeritus|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)*$/u.test(before) && !ROLE_LEAD.test(before)) return null;
  const fam = (m: Mention): string => m.tokens[m.tokens.length - 1]!.toLowerCase();
  if (people.some((m) => fam(m) !== fam(first))) return null;
  const rest = s.slice(first.end - sBase);
  // "Journal, Chen et al.: "Title"": a citation of authors, not a speaker.
  if (/^\s{1,3}et\s{1,3}al\b/.test(rest)) return null;
  const appositive = /^\s*,\s*([^,:;]{1,120}),/.exec(rest);
  // A predicate in lower case follows the name ("was optimistic:"), not a label ("Paper 63:").
  if (!/^\s+\p{Ll}/u.test(appositive ? rest.slice(appositive[0].length) : rest)) return null;
  return { kind: 'name', name: first.name, offset: first.offset, role: appositive ? tidyRole(appositive[1]!) : null, strategy: 'colon-preamble' };
}

/**
 * The person a finished sentence of narration opens with, when the quote after it has no
 * attribution of its own: `X, role, pointed to the warm water. "…"`. Only a sentence whose
 * named people are all that person, with a lower-case predicate after the name, counts.
 */
export function narrativeSubject(whole: string, wholeBase: number, known: Known): Attribution | null {
  const cut = Math.max(0, whole.length - 600);
  const trimmedEnd = whole.slice(cut).trimEnd();
  if (!/[.!?]$/.test(trimmedEnd)) return null;
  const from = lastSentenceStart(trimmedEnd);
  const hit = openingSubject(trimmedEnd.slice(from), wholeBase + cut + from, known);
  return hit ? { ...hit, strategy: 'narrative-subject' } : null;
}

/**
 * A line of a block quote that only names its speaker, as a `<cite>` or caption does
 * ("Dr. Jane Roe, University of X"): a name, then nothing or a comma and a role.
 */
export function citeLine(text: string, known: Known): Attribution | null {
  if (text.length > 240) return null;
  const m = leadingMention(text, 0, known);
  if (!m) return null;
  const lead = text.slice(0, m.offset).trimStart();
  if (lead !== '' && !/^(?:(?:Dr|Prof|Professor|Assoc|Asst|Associate|Assistant|Adjunct|Emeritus|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)+$/.test(lead)) return null;
  const rest = text.slice(m.end);
  if (!/^\s*(?:$|,)/.test(rest)) return null;
  return { kind: 'name', name: m.name, offset: m.offset, role: roleAfter(rest), strategy: 'cite' };
}

/** The opening of a paragraph or sentence that names the speaker of the quote before it ("That is how X sums up …", "So says X", "That was the view of X"). */
const HOW_LEAD = /^\s{0,3}(?:(?:that|this)\s{1,3}is\s{1,3}how|so\s{1,3}(?:says|said)|these\s{1,3}are\s{1,3}the\s{1,3}words\s{1,3}of|(?:that|this|such)\s{1,3}(?:is|was)\s{1,3}the\s{1,3}(?:view|verdict|opinion|assessment)\s{1,3}of)\s{1,3}/i;

/** What may stand between {@link HOW_LEAD} and the name: a short lower-case role and honorifics ("consultant cardiologist Dr "). */
const HOW_GAP = /^(?:[a-z][a-z-]{1,24}\s{1,3}){0,3}(?:(?:Dr|Prof|Professor|Assoc|Asst|Associate|Assistant|Adjunct|Emeritus|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s{1,3}){0,3}$/;

/**
 * A paragraph that opens by naming the speaker of the quote before it: "That is how Dr X
 * sums up the findings.", "So says X, role." (a style of releases translated from German).
 */
export function howLine(text: string, known: Known, base = 0): Attribution | null {
  if (!text || text.length > 400) return null;
  const lead = HOW_LEAD.exec(text);
  if (!lead) return null;
  const m = leadingMention(text.slice(lead[0].length), base + lead[0].length, known);
  if (!m || !HOW_GAP.test(text.slice(lead[0].length, m.offset - base))) return null;
  const before = /^(?:[a-z][a-z-]{1,24}\s{1,3}){1,3}/.exec(text.slice(lead[0].length, m.offset - base));
  const role = before ? before[0].trim() : roleAfter(text.slice(m.end - base));
  return { kind: 'name', name: m.name, offset: m.offset, role, strategy: 'how-line' };
}

/** A paragraph that is only a dash attribution ("— Jane Doe, director of X"). */
export function dashLine(text: string, known: Known): Attribution | null {
  if (text.length > 240) return null;
  const dash = /^\s*(?:\u2014|\u2013|--|-)\s*/.exec(text);
  if (!dash || CITATION_AFTER_DASH.test(text.slice(dash[0].length))) return null;
  const m = leadingMention(text.slice(dash[0].length), dash[0].length, known);
  if (!m) return null;
  return { kind: 'name', name: m.name, offset: m.offset, role: roleAfter(text.slice(m.end)), strategy: 'dash' };
}
