/**
 * Quoted statements and their speakers.
 *
 * Each paragraph's quoted spans are found (straight, curly, « » marks), attributed by the
 * narration around them (after, before, colon preamble, dash, a sentence of the paragraph),
 * carried over house-style multi-paragraph quotes and from a paragraph of indirect speech by
 * one named person, resolved to the fullest form of the speaker's name in the release, and
 * merged per speaker and paragraph. Names that are not people (terms set in quotes, a word
 * that opens a company name, a plural printed in lower case elsewhere) are never speakers.
 * @packageDocumentation
 */
import { initialsAfter } from './quote/initials.js';
import { isPullQuote } from '../text/pull-quote.js';
import type { ExtractContext, Extractor } from '../extract/runner.js';
import type { Block, Quote } from '../types.js';
import { findSingleSpans, findSpans, wordCount, type QuoteSpan } from './quote/spans.js';
import { singlesAreOuter } from './quote/single-outer.js';
import { attributeAfter, attributeBefore, citeLine, dashLine, howLine, narrativeSubject, type Attribution } from './quote/attribution.js';
import { bareSurname, findMentions, isHonorificWord, mentionsOf, NameIndex, TokenizedText, withTokens, type Mention } from './quote/speakers.js';
import { listedTitle, looksLikeTitle, namedRightBefore, titleBetweenCommas } from './quote/titles.js';
import { withoutSpanishDon } from './quote/spanish-don.js';
import { creditLine } from './quote/credit-line.js';
import { gluedCredit } from './quote/glued-credit.js';
import { endsOnSpeechVerb } from './quote/dangling-verb.js';
import { capitaliseLowerTitles } from './quote/lower-titles.js';
import { sentences } from './quote/sentences.js';
import { OFFICE_BACK, THEY, UNNAMED_OPENER } from './quote/verbs.js';
import { QuotedTerms } from './quote/terms.js';
import { CompanyWords } from './quote/companies.js';
import { ShortNames } from './quote/short-names.js';
import { pageListBlocks } from './quote/page-lists.js';
import { answerStart, isAnswerOnly, isQuestionOnly } from './quote/interview.js';
import { isTranslation } from './quote/translation.js';
import { isPhotoBlock, isQuotedCaption } from './quote/photo-lines.js';
import { tableRowSpeaker } from './quote/table-row.js';
import { openingPerson, pointsForward } from './quote/role-forward.js';


/** A one-word nickname in marks, opening on a capital ("Boeta"). */
const NICKNAME_TEXT = /^\p{Lu}[\p{L}\p{M}'’.-]{1,15}$/u;
/** A nickname in marks before a family name, with the family name captured (`"Boeta" Adams`). */
const NICKNAME_IN = /["“]\p{Lu}[\p{L}\p{M}'’.-]{1,15}["”] (\p{Lu}[\p{L}\p{M}'’-]{1,30})/gu;

/** True when `span` is a one-word nickname between a given name and a family name (Johannes "Boeta" Adams). */
function isNickname(text: string, span: QuoteSpan): boolean {
  return (
    span.closed &&
    NICKNAME_TEXT.test(span.text) &&
    /(?:^|\s)\p{Lu}[\p{Ll}\p{M}]{1,20}(?:-\p{Lu}?[\p{Ll}\p{M}]{1,20})? $/u.test(text.slice(Math.max(0, span.open - 45), span.open)) &&
    /^ \p{Lu}\p{Ll}/u.test(text.slice(span.close, span.close + 3))
  );
}

/** `text` with each nickname in marks moved out of its name (`Jo "Bo" Ames,` as `Jo Ames     ,`), offsets kept. */
function withoutNicknames(text: string): string {
  if (!text.includes('"') && !text.includes('“')) return text;
  return text.replace(NICKNAME_IN, (m: string, family: string) => family + ' '.repeat(m.length - family.length));
}

/** The fewest words a quoted statement has. */
const MIN_WORDS = 5;

/** Narration running straight into a quotation mark: a word, then spaces, with no colon, comma or sentence end between ("as a "). */
const IN_SENTENCE = /\p{Ll}\s{1,3}$/u;

/** Sections whose quoted strings are not statements (the headline repeats the body). */
const SKIP_SECTIONS = new Set(['front', 'label', 'headline']);

/** A speaker as decided for one span. */
interface Speaker {
  name: string | null;
  role: string | null;
  /** Attribution strategy for provenance. */
  strategy: string;
  /** How the name was resolved and where its fullest form was found (source offset). */
  how: string;
  nameAt: number | undefined;
}

/** A kept span with its speaker. */
interface Attributed {
  span: QuoteSpan;
  speaker: Speaker;
  direct: boolean;
  /** True for a short phrase set in marks inside the narration: it names the speaker but adds no words to the quote. */
  term?: boolean;
}

/** A merged quote of one paragraph, before it is written to the record. */
interface Draft {
  text: string;
  speaker: Speaker;
  block: Block;
  at: number;
}

/**
 * The source offset of `needle` inside `block`, searched from `hint` (its offset in the
 * block's plain text; markup only makes the source longer) within a bounded window.
 */
function locateIn(ctx: ExtractContext, block: Block, needle: string, hint = 0): number {
  const from = Math.min(block.end, block.start + Math.max(0, hint));
  const at = needle ? ctx.doc.text.slice(from, Math.min(block.end, from + needle.length + 4000)).indexOf(needle) : -1;
  return at >= 0 ? from + at : from;
}

/** The offset just after the last character of `text` that is neither space nor punctuation. */
function lastInkEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /[\s\p{P}]/u.test(text[i - 1]!)) i--;
  return i;
}

/** A last sentence of indirect speech opened by a singular pronoun ("She said the sniffing had never been measured."). */
const PRONOUN_SPEECH = /(?:^|[.!?]\s{1,3})(?:She|He)\s{1,3}(?:said|says|explained|explains|added|adds|noted|notes|recalled|recalls|stressed|stresses)\s[^.!?"“”«»]{0,300}[.!?]\s*$/;

/** Nothing but space or an opening bracket between two quoted spans (`” (“`, `” “`). */
const LEAD_GAP = /^[\s([]{0,4}$/;

/** Beyond this many quotes the pull-quote check (quadratic) is skipped. */
const DEDUPE_LIMIT = 200;

/**
 * A sentence naming the speaker after the quote ("So says Dr. X, …", "That's according to X",
 * "That is the view of X"; capitalised, so it opens a sentence): the person a pronoun with no one before it points forward to.
 */
const NAMED_AFTER = /\b(?:(?:So|Thus)\s{1,3}says|That(?:'s|’s|\s{1,3}is)\s{1,3}(?:according\s{1,3}to|the\s{1,3}(?:view|verdict|word|conclusion)\s{1,3}of))\s{1,3}/g;

/** How much narration before a pronoun is read to find the person it points to. */
const PRONOUN_WINDOW = 1500;

/** "uses they/them pronouns" in a sentence about a person ("X, who uses they/them pronouns, …"). */
const USES_THEY_THEM = /\buses\s{1,3}they\/them(?:\/theirs)?\s{1,3}pronouns\b/g;

/** Pronouns printed in brackets after a name, "(they/them)", with the space before them. */
const THEY_THEM = /\s{0,2}\((?:they\/them|they\/them\/theirs)\)/g;

/**
 * True when `office` ("minister") is printed as a word within 60 characters before a name at
 * `[from, to)` of `text`, or in the words just after it ("X, the state's minister for …").
 */
function officeNear(text: string, from: number, to: number, office: string): boolean {
  const around = text.slice(Math.max(0, from - 60), Math.min(text.length, to + 40)).toLowerCase();
  const at = around.indexOf(office);
  return at >= 0 && !/\p{L}/u.test(around.charAt(at + office.length));
}

/** One capitalised word opening a sentence, then a comma and an appositive ("Bianca, a mother …", "Rosa, whose …"). */
const LONE_APPOSITIVE = /^(\s{0,3})(\p{Lu}[\p{Ll}\p{M}'’-]{1,20}),\s{1,3}(?:a|an|who|whose|now|aged)\s/u;

/** One capitalised word opening a sentence as its subject ("Mateo has his own view."): a person only when the release introduces that word as one. */
const LONE_SUBJECT = /^(\s{0,3})(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})\s(?:has|had|is|was|says|said|adds|added|agrees|agreed|thinks|remembers|recalls|knows|wants)\s/u;

/** A person introduced by one name with an age or a family relation ("9-year-old Mateo", "her son, Tomás"). */
const LONE_PERSON =
  /(?:\b\d{1,3}-(?:year|month)-old|\b(?:son|daughter|father|mother|husband|wife|partner|brother|sister|grandson|granddaughter|grandmother|grandfather|patient)),?\s(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})\b/gu;

/** The preposition before a place's name ("in ", "near "), at the end of the text before a mention. */
const PLACE_BEFORE = /\b(?:in|near)\s$/;

/** The pronoun words of an attribution ("she", "and he"). */
/** How many paragraphs back a quote may be for a pronoun naming no one new to continue its speaker. */
const CONTINUED_SPAN = 3;
const SHE = /\bshe\b/i;
const HE = /\bhe\b/i;

const keyOf = (name: string | null): string => (name ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).pop() ?? '' : '');

/** A journal's name folded for comparison: lower case, no leading "The", no punctuation. */
const foldJournal = (name: string): string =>
  name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when most words of `a` also appear in `b` (a pull quote repeating a body quote). */
function contained(a: string, b: string): boolean {
  const ta = tokens(a);
  const bag = new Map<string, number>();
  for (const t of tokens(b)) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = bag.get(t);
    if (c) {
      common++;
      bag.set(t, c - 1);
    }
  }
  return ta.length > 0 && common / ta.length >= 0.9;
}

/**
 * Collects the short capitalised phrases the release sets in quotation marks; `double` and
 * `single` hold each block's double-quoted and single-quoted spans.
 */
function buildTerms(ctx: ExtractContext, double: readonly (readonly QuoteSpan[])[], single: readonly (readonly QuoteSpan[])[]): QuotedTerms {
  const terms = new QuotedTerms();
  for (const b of ctx.doc.blocks) terms.addText(b.text, double[b.index], single[b.index]);
  return terms;
}

/** Collects the first words of the company names the release prints. */
function buildCompanies(ctx: ExtractContext): CompanyWords {
  const companies = new CompanyWords();
  for (const b of ctx.doc.blocks) companies.addText(b.text);
  return companies;
}

/** Collects the short names the release brackets after a name ("the Orchard Trust (OT)"). */
function buildShortNames(ctx: ExtractContext): ShortNames {
  const names = new ShortNames();
  for (const b of ctx.doc.blocks) names.addText(b.text);
  return names;
}

/**
 * Builds the index of every full name in the release, with article authors; quoted terms are
 * not names. `tokens` holds each block's tokens.
 */
function buildIndex(ctx: ExtractContext, tokens: readonly TokenizedText[], terms: QuotedTerms, printedLower: (word: string) => boolean): NameIndex {
  const index = new NameIndex();
  // A run of title-case words that the release also prints in lower case ("Better Memory" in a
  // headline beside "better" and "memory") is a phrase, not a person.
  const phrase = (m: Mention): boolean => !m.honorific && m.tokens.every((t) => printedLower(t));
  for (const b of ctx.doc.blocks) {
    // Title-case headings are not the discourse: a heading gives a name only with an honorific.
    const heading = b.kind === 'heading' || b.section === 'headline';
    for (const m of mentionsOf(tokens[b.index]!)) {
      // The index keeps names of two words or more, each at its first place.
      if ((heading && !m.honorific) || m.tokens.length < 2 || index.has(m.name) || terms.has(m.name) || phrase(m)) continue;
      index.add({ name: m.name, tokens: m.tokens, offset: locateIn(ctx, b, m.name, m.offset), end: m.end, honorific: m.honorific, possessive: m.possessive });
      const letters = initialsAfter(b.text, m.end, m.tokens);
      if (letters) index.addInitials(letters, m);
    }
  }
  for (const a of ctx.record.articles) {
    for (const p of a.authors) {
      let t = [...(p.given ?? '').split(/\s+/).filter(Boolean), p.family];
      // An honorific left on the given name ("Aunty Maree") is no part of the name a speaker resolves to.
      while (t.length > 2 && isHonorificWord(t[0]!)) t = t.slice(1);
      // "Zhou Wenjing", printed family name first and never given name first: indexed as printed.
      if (t.length === 2 && !ctx.doc.text.includes(t.join(' ')) && ctx.doc.text.includes(`${t[1]!} ${t[0]!}`)) t = [t[1]!, t[0]!];
      index.add({ name: t.join(' '), tokens: t, offset: -1, end: -1, honorific: false, possessive: false });
    }
  }
  return index;
}

/** The narration of a paragraph: its text with the quoted spans blanked out, offsets kept. */
function narrationOf(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.open) + ' '.repeat(s.close - s.open);
    from = s.close;
  }
  return out + text.slice(from);
}

/** The end of an endowed title named for people ("… and Jane B. Doe Professor of …", "the Roe Chair in …"). */
const CHAIR_TITLE = /\p{Lu}[\p{L}'’-]{0,40}\s{1,3}(?:Professor(?:ship)?|Chair|Fellow|Scholar|Chairholder)\s{1,3}(?:of|in|for)\s/gu;

/** An organisation word and "of" right before a title-case run ("Department of ", "School of the "). */
const ORG_OF = /\b(?:Department|Dept\.|School|Division|Institute|College|Cent(?:er|re)|University|Faculty|Society|Academy|Laborator(?:y|ies)|Program(?:me)?|Ministry|Office|Unit|Section)\s{1,3}of\s{1,3}(?:the\s{1,3})?$/;

/**
 * Drops what is not a person of the discourse: title-case words naming a department, and the
 * people named inside endowed titles (mentions after the sentence's first person and before
 * the end of an "X Professor of …" title are the title's namesakes, not speakers).
 */
function outsideChairTitles(text: string, base: number, found: Mention[]): Mention[] {
  // "Department of Urologic Surgery": title-case words after an organisation's "of" are its name.
  const people = found.filter((m) => !ORG_OF.test(text.slice(Math.max(0, m.offset - base - 40), m.offset - base)));
  const first = people[0];
  if (!first || people.length < 2) return people;
  let titleAt = -1;
  CHAIR_TITLE.lastIndex = 0;
  for (let m = CHAIR_TITLE.exec(text); m; m = CHAIR_TITLE.exec(text)) titleAt = base + m.index + m[0].length;
  if (titleAt < 0) return people;
  return people.filter((m) => m === first || m.offset >= titleAt);
}

/** A word of prose printed in lower case: not part of an email address, a link or a longer word. */
const LOWER_WORDS = /(?<![\p{L}\p{N}'’\-.@/_])\p{Ll}[\p{Ll}'’-]{0,40}(?![\p{L}\p{N}@/_]|\.[\p{L}\p{N}])/gu;

/** {@link LOWER_WORDS} anchored where `lastIndex` points. */
const LOWER_WORD_AT = new RegExp(LOWER_WORDS.source, 'uy');

/** How many distinct words {@link Run.printedLower} looks up in the text before it collects every lower-case word. */
const LOWER_LOOKUPS = 48;

/**
 * True for an ASCII character after which {@link LOWER_WORDS} cannot start (its look-behind
 * excludes letters, digits and `'-.@/_`); any other character is left to the expression.
 */
function wordBefore(c: number): boolean {
  if (c >= 128) return false;
  const l = c | 32;
  return (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 46 || c === 64 || c === 47 || c === 95;
}

/**
 * True when {@link LOWER_WORDS}, scanning `text`, matches exactly `lw`. A match can start only
 * where `lw` occurs, and no match starts inside another (the characters of a match are all
 * excluded before a match), so testing the anchored expression at each occurrence is the scan.
 */
function printedAt(text: string, lw: string): boolean {
  if (!lw) return false;
  for (let at = text.indexOf(lw); at >= 0; at = text.indexOf(lw, at + 1)) {
    if (at > 0 && wordBefore(text.charCodeAt(at - 1))) continue; // inside a longer word: no match starts here
    LOWER_WORD_AT.lastIndex = at;
    const m = LOWER_WORD_AT.exec(text);
    if (m && m.index === at && m[0] === lw) return true;
  }
  return false;
}

class Run {
  readonly index: NameIndex;
  readonly known: (w: string) => boolean;
  readonly narration = new Map<number, string>();
  readonly drafts: Draft[] = [];

  readonly terms: QuotedTerms;
  readonly companies: CompanyWords;
  /** The short names the release brackets after a name, a body's unless a person's initials. */
  readonly shortNames: ShortNames;
  /** The journals of the release's articles, folded: a citation line "Journal: "Title", …" names no speaker. */
  readonly journals: Set<string>;

  /** The double-quoted spans of each block, by block index, found once. */
  readonly double: QuoteSpan[][];
  /** The single-quoted spans (‘…’) of each block, by block index, found once. */
  readonly singles: QuoteSpan[][];
  /** The tokens of each block, by block index, found once for every mention in it. */
  readonly tokens: TokenizedText[];

  constructor(readonly ctx: ExtractContext) {
    this.double = ctx.doc.blocks.map((b) => findSpans(b.text));
    this.singles = ctx.doc.blocks.map((b) => findSingleSpans(b.text));
    this.terms = buildTerms(ctx, this.double, this.singles);
    this.companies = buildCompanies(ctx);
    this.shortNames = buildShortNames(ctx);
    this.journals = new Set(ctx.record.articles.map((a) => (a.journal ? foldJournal(a.journal) : '')).filter(Boolean));
    // Names are read with nicknames in marks moved out (Sipho "S.T." Ndlovu is Sipho Ndlovu).
    this.tokens = ctx.doc.blocks.map((b) => new TokenizedText(withoutNicknames(b.text)));
    this.index = buildIndex(ctx, this.tokens, this.terms, (w) => this.printedLower(w));
    this.known = (w) => this.index.knows(w);
  }

  /** The first person named in the sentence that made the latest {@link pronoun} call ambiguous. */
  private firstOfAmbiguous: Mention | null = null;

  /** The person a pronoun or back-reference points to: the one person of the nearest sentence naming anyone. */
  pronoun(block: Block, offset: number, office?: string): Mention | null | 'ambiguous' {
    // Set again below only when this call finds the sentence ambiguous: never a stale earlier one.
    this.firstOfAmbiguous = null;
    const blocks = this.ctx.doc.blocks;
    // Up to three paragraphs back; a paragraph that is only quoted words (a quote run over several
    // paragraphs) names no one and does not count, up to eight paragraphs in all.
    let narrated = 0;
    for (let k = block.index; k >= 0 && k >= block.index - 8 && narrated <= 3; k--) {
      const b = blocks[k]!;
      if (k < block.index && (b.kind === 'heading' || b.kind === 'end')) break;
      const n = this.narration.get(k) ?? b.text;
      if (k === block.index || /[\p{L}\p{N}]/u.test(n)) narrated++;
      const to = k === block.index ? offset : n.length;
      const sents = sentences(n.slice(Math.max(0, to - PRONOUN_WINDOW), to));
      for (let i = sents.length - 1; i >= 0; i--) {
        let people = outsideChairTitles(sents[i]!.text, sents[i]!.start, findMentions(sents[i]!.text, sents[i]!.start, this.known).filter((m) => !m.possessive));
        // A lone capitalised word opening the sentence that the release also prints in lower case
        // ("Fixed rotas …, according to Morimoto") is a common word, not a second person.
        if (people.length > 1) people = people.filter((m) => !this.commonOpener(m, sents[i]!.text, sents[i]!.start));
        // Beside a person, capitalised words right after "in" or "near" are a place ("a roof garden in Bourj Hammoud").
        if (people.length > 1) people = people.filter((m) => !PLACE_BEFORE.test(sents[i]!.text.slice(Math.max(0, m.offset - sents[i]!.start - 6), m.offset - sents[i]!.start)));
        // A person named by one word and an appositive opening the sentence ("Bianca, a mother from …, said …").
        if (!people.length) {
          const lone = this.appositiveOpener(sents[i]!.text, sents[i]!.start) ?? this.subjectOpener(sents[i]!.text, sents[i]!.start);
          if (lone) return lone;
          // "A fisherman from the village said …" — the pronoun points to that unnamed person.
          if (UNNAMED_OPENER.test(sents[i]!.text)) return null;
        }
        const distinct = new Map<string, Mention>();
        for (const m of people) distinct.set(keyOf(this.index.resolve(m.name).name), m);
        if (distinct.size === 1) {
          const one = people[people.length - 1]!;
          // "the minister said" points back only to a person printed with that office ("Minister for X, Name").
          if (office && !officeNear(sents[i]!.text, one.offset - sents[i]!.start, one.end - sents[i]!.start, office)) return null;
          return one;
        }
        if (distinct.size > 1) {
          this.firstOfAmbiguous = people[0]!;
          return 'ambiguous';
        }
      }
    }
    return this.namedAfter(block, offset);
  }

  /**
   * The person a sentence names by one word before an appositive ("Bianca, a mother from the
   * coast, said …"): a capitalised word the release never prints in lower case; else null.
   */
  private appositiveOpener(text: string, start: number): Mention | null {
    if (!text.includes(', ')) return null;
    const m = LONE_APPOSITIVE.exec(text);
    if (!m || this.printedLower(m[2]!)) return null;
    return bareSurname(m[2]!, start + m[1]!.length);
  }

  /** The people the release introduces by one name with an age or a relation ("9-year-old Mateo"); found once. */
  private lonePeople: Set<string> | null = null;

  /**
   * The person a sentence opens with as its subject by one word ("Mateo has his own view."), when
   * the release introduces that word as a person by an age or a relation ("9-year-old Mateo"); else null.
   */
  private subjectOpener(text: string, start: number): Mention | null {
    const m = LONE_SUBJECT.exec(text);
    if (!m) return null;
    if (!this.lonePeople) {
      this.lonePeople = new Set();
      const all = this.ctx.doc.text;
      if (all.includes('-old') || /\b(?:son|daughter|father|mother|husband|wife|partner|brother|sister|grand\w+|patient)\b/.test(all)) {
        for (const p of all.matchAll(LONE_PERSON)) this.lonePeople.add(p[1]!);
      }
    }
    if (!this.lonePeople.has(m[2]!) || this.printedLower(m[2]!)) return null;
    return bareSurname(m[2]!, start + m[1]!.length);
  }

  /** True when `m` is one word opening the sentence `text` (at `start`) that the release also prints in lower case. */
  private commonOpener(m: Mention, text: string, start: number): boolean {
    return m.tokens.length === 1 && m.offset - start === text.search(/\S/) && this.printedLower(m.name);
  }

  /**
   * The one person a later sentence of the same paragraph names as the speaker ("…," she says.
   * "…" So says Dr. X, …), for a pronoun with no one named before it; else null.
   */
  /**
   * The person who opens the sentence after the one at `offset` ("…," her deputy said. That
   * deputy, Professor X, …), in the same paragraph or, when that sentence ends it, as the first
   * words of the next paragraph; else null.
   */
  private nextOpener(block: Block, offset: number): Mention | null {
    const n = this.narration.get(block.index) ?? block.text;
    const next = sentences(n).find((s) => s.start > offset && /\p{L}/u.test(s.text));
    if (next) return openingPerson(next.text, next.start, this.known);
    const following = this.ctx.doc.blocks[block.index + 1];
    if (!following || following.kind !== 'paragraph') return null;
    const first = sentences(following.text)[0];
    // Found in the next paragraph, the offset is that paragraph's; only the name is used.
    return first ? openingPerson(first.text, first.start, this.known) : null;
  }

  private namedAfter(block: Block, offset: number): Mention | null {
    const n = this.narration.get(block.index) ?? block.text;
    if (!n.includes(' says ') && !n.includes('That')) return null;
    NAMED_AFTER.lastIndex = offset;
    const m = NAMED_AFTER.exec(n);
    if (m === null) return null;
    const from = m.index + m[0].length;
    const people = findMentions(n.slice(from, from + 120), from, this.known).filter((p) => !p.possessive);
    // The name opens the sentence's rest (after an honorific or a short role: "So says co-author X").
    const first = people[0];
    return first !== undefined && first.offset - from <= 24 ? first : null;
  }

  /**
   * The attribution, or null when the name it gives is not a person: a term the release sets
   * in quotes (a product), or a lone word that opens a company name printed in the release.
   */
  person(att: Attribution | null, block: Block): Attribution | null {
    if (!att || att.kind !== 'name' || !att.name) return att;
    const name = att.name.replace(/^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+/, '');
    // A journal the release reports on ("Nature Plants: "Title", …") is never a speaker; the
    // sentence that prints it is a citation, not an attribution worth a message.
    if (this.journals.has(foldJournal(name))) return null;
    const lone = !/\s/.test(name) && !this.known(name);
    // A body by the short name the release brackets after its name ("the Orchard Trust (OT)" …
    // "OT explained"): a statement, but no person speaks.
    if (lone && this.shortNames.has(name)) return { kind: 'none', name: null, offset: att.offset, role: null, strategy: att.strategy };
    const what = this.terms.has(name)
      ? 'the quoted term'
      : lone && this.companies.has(name)
        ? 'the company'
        : lone && /s$/.test(name) && this.printedLower(name)
          ? 'the common noun'
          : !lone && /\s/.test(name) && name.split(/\s+/).every((w) => this.printedLower(w))
            ? 'the phrase of common words'
            : null;
    if (!what) return att;
    this.ctx.report(`Missing speaker for a quote, expected a person, found ${what} "${att.name}"`, block.start + att.offset, 'info');
    return null;
  }

  /** Every word of prose the release prints in lower case, built once lookups are many. */
  private lowerWords: Set<string> | null = null;
  /** Answers of {@link printedLower} found by searching the text, before the set is built. */
  private readonly lowerAnswers = new Map<string, boolean>();
  /** The blocks' texts joined by line breaks, which no lower-case word crosses or touches. */
  private allText: string | null = null;

  /**
   * True when the release also prints `word` in lower case ("Residents said" beside
   * "residents"; "Key Findings:" beside "key" and "findings"): a common word, not a name.
   * The first lookups search the text for the word; past {@link LOWER_LOOKUPS} distinct
   * words, every lower-case word is collected once. Both give the same answers.
   */
  printedLower(word: string): boolean {
    const lw = word.toLowerCase();
    if (this.lowerWords) return this.lowerWords.has(lw);
    const known = this.lowerAnswers.get(lw);
    if (known !== undefined) return known;
    if (this.lowerAnswers.size >= LOWER_LOOKUPS) {
      this.lowerWords = new Set(); // words of prose only: not the parts of an email address or a link
      for (const b of this.ctx.doc.blocks) for (const w of b.text.match(LOWER_WORDS) ?? []) this.lowerWords.add(w);
      return this.lowerWords.has(lw);
    }
    this.allText ??= this.ctx.doc.blocks.map((b) => b.text).join('\n');
    const found = printedAt(this.allText, lw);
    this.lowerAnswers.set(lw, found);
    return found;
  }

  /** The pronoun ("she" or "he") each person's quotes have been attributed with so far, by {@link keyOf}. */
  readonly pronounOf = new Map<string, 'she' | 'he'>();

  /**
   * For "she"/"he" resolved to `name`: when the release has already used the other pronoun for
   * that person, the latest earlier speaker it has used this pronoun for ("…," she added, after a
   * quote from a man between two of hers); else null, and the pronoun is noted for `name`.
   */
  agreeing(phrase: string | null, name: string | null): Speaker | null {
    if (!name || !phrase) return null;
    const g = SHE.test(phrase) ? 'she' : HE.test(phrase) ? 'he' : null;
    if (!g) return null;
    const bound = this.pronounOf.get(keyOf(name));
    if (!bound) this.pronounOf.set(keyOf(name), g);
    if (!bound || bound === g) return null;
    for (let i = this.drafts.length - 1; i >= 0 && i >= this.drafts.length - 12; i--) {
      const sp = this.drafts[i]!.speaker;
      if (sp.name && this.pronounOf.get(keyOf(sp.name)) === g) return sp;
    }
    return null;
  }

  /**
   * For "she"/"he" with no one named in the paragraphs before it: the speaker of the latest
   * earlier quote, when that quote is at most {@link CONTINUED_SPAN} paragraphs back and its
   * speaker was already attributed with this pronoun ("…," she said. A paragraph of narration naming
   * no one. "…," she explained.); else null.
   */
  samePronounSpeaker(phrase: string | null, block: Block): Speaker | null {
    const g = phrase ? (SHE.test(phrase) ? 'she' : HE.test(phrase) ? 'he' : null) : null;
    const last = this.drafts[this.drafts.length - 1];
    if (!g || !last?.speaker.name || block.index - last.block.index > CONTINUED_SPAN) return null;
    return this.pronounOf.get(keyOf(last.speaker.name)) === g ? last.speaker : null;
  }

  /**
   * For "she"/"he" whose nearest naming sentence names several people: the speaker of the latest
   * earlier quote, when that quote is at most {@link CONTINUED_SPAN} paragraphs back, its speaker is
   * `first` (the first person that sentence names: "Its first author is X and its senior author is Y.")
   * and the release has not attributed that speaker with the other pronoun; else null.
   */
  firstSpeakerContinued(phrase: string | null, block: Block, first: string | null): Speaker | null {
    const g = phrase ? (SHE.test(phrase) ? 'she' : HE.test(phrase) ? 'he' : null) : null;
    const last = this.drafts[this.drafts.length - 1];
    if (!g || !first || !last?.speaker.name || block.index - last.block.index > CONTINUED_SPAN) return null;
    if (keyOf(last.speaker.name) !== keyOf(first)) return null;
    const bound = this.pronounOf.get(keyOf(first));
    return bound === undefined || bound === g ? last.speaker : null;
  }

  /** The people, by {@link keyOf} of their fullest name, the release prints with "(they/them)"; found once. */
  private theyPeople: Set<string> | null = null;

  /** The people the release prints with "(they/them)" ("Alex Moreau (they/them)"), by {@link keyOf} of their fullest name. */
  private theyThem(): Set<string> {
    if (this.theyPeople) return this.theyPeople;
    const out = new Set<string>();
    for (const b of this.ctx.doc.blocks) {
      if (!b.text.includes('they/them')) continue;
      for (const m of b.text.matchAll(THEY_THEM)) {
        const before = b.text.slice(Math.max(0, m.index - 80), m.index);
        const last = findMentions(before).pop();
        if (last && last.end === before.length) out.add(keyOf(this.index.resolve(last.name).name));
      }
      // "X, a biologist who uses they/them pronouns": the person the sentence opens with.
      for (const m of b.text.matchAll(USES_THEY_THEM)) {
        const head = b.text.slice(0, m.index);
        const opener = findMentions(head.slice(head.search(/[^.!?]*$/)))[0];
        if (opener) out.add(keyOf(this.index.resolve(opener.name).name));
      }
    }
    this.theyPeople = out;
    return out;
  }

  /** Turns an attribution into a speaker: names resolved to their fullest form, pronouns to the last named person. */
  speaker(att: Attribution, block: Block): Speaker | null {
    const near = block.start + att.offset;
    if (att.kind === 'none') return { name: null, role: null, strategy: att.strategy, how: 'no-person', nameAt: undefined };
    if (att.kind === 'pronoun') {
      // "they" names a person only when the release prints that person with "(they/them)"; else the group.
      const they = THEY.test(att.name ?? '');
      const nobody: Speaker = { name: null, role: null, strategy: att.strategy, how: 'no-person', nameAt: undefined };
      if (they && !this.theyThem().size) return nobody;
      // Someone else's relation or office ("her deputy", "the institute's director"): the next sentence may name them, no earlier one.
      if (pointsForward(att.name ?? '')) {
        const next = this.nextOpener(block, att.offset);
        if (!next) return nobody;
        const r = this.index.resolve(next.name, near);
        return { name: r.name, role: null, strategy: `${att.strategy}+named-next`, how: r.how, nameAt: r.offset };
      }
      const who = this.pronoun(block, att.offset, OFFICE_BACK.exec(att.name ?? '')?.[1]);
      if (they && (who === 'ambiguous' || who === null || !this.theyThem().has(keyOf(this.index.resolve(who.name, near).name)))) return nobody;
      if (who === null && !they) {
        const same = this.samePronounSpeaker(att.name, block);
        if (same) return { ...same, strategy: `${att.strategy}+pronoun-continued`, how: 'pronoun-continued' };
      }
      if (who === 'ambiguous' && !they) {
        const first = this.firstOfAmbiguous ? this.index.resolve(this.firstOfAmbiguous.name, near).name : null;
        const same = this.firstSpeakerContinued(att.name, block, first);
        if (same) return { ...same, strategy: `${att.strategy}+pronoun-continued`, how: 'pronoun-continued' };
      }
      if (who === 'ambiguous' || who === null) {
        this.ctx.report(
          `Missing speaker for "${att.name ?? ''}", expected exactly one named person before it, found ${who === 'ambiguous' ? 'several' : 'none'}`,
          near,
          'info',
        );
        return { name: null, role: null, strategy: `${att.strategy}+pronoun`, how: 'unresolved', nameAt: undefined };
      }
      const r = this.index.resolve(who.name, near);
      const agreed = this.agreeing(att.name, r.name);
      if (agreed) return { name: agreed.name, role: null, strategy: `${att.strategy}+pronoun-agreement`, how: 'pronoun-agreement', nameAt: agreed.nameAt };
      return { name: r.name, role: null, strategy: `${att.strategy}+pronoun`, how: r.how, nameAt: r.offset };
    }
    const r = this.index.resolve(att.name ?? '', near);
    if (!r.name) return null;
    return { name: r.name, role: att.role, strategy: att.strategy, how: r.how, nameAt: r.offset ?? locateIn(this.ctx, block, att.name ?? '', att.offset) };
  }

  /** True when the block before `block` is also set as a block quote (one quote going on over both). */
  quotedBefore(block: Block): boolean {
    const prev = this.ctx.doc.blocks[block.index - 1];
    return prev !== undefined && prev.quoteDepth > 0;
  }

  /** Processes one paragraph; `carry` is the speaker a quote opening it continues, if any. */
  paragraph(block: Block, carry: Speaker | null, dash: Attribution | null): Attributed[] {
    const text = block.text;
    const double = this.double[block.index]!;
    // Speech in single marks, with double marks only nested inside it (British style), is read from the single marks.
    const single = double.length === 0 || singlesAreOuter(double, this.singles[block.index]!);
    const all = single ? this.singles[block.index]! : double;
    // A nickname in marks inside a name (Johannes "Boeta" Adams) is part of the narration, not a span.
    const spans = all.length > 1 ? all.filter((sp) => !isNickname(text, sp)) : all;
    const kept: Attributed[] = [];
    if (!spans.length) {
      this.narration.set(block.index, text); // no span to blank out
      return kept;
    }
    this.narration.set(block.index, narrationOf(text, spans));
    // An interview's answer opens after its label ("Q: Why? / A: “…”"): the quote then opens the paragraph.
    const answer = text.charCodeAt(text.search(/\S/)) <= 0x5a ? answerStart(text) : -1;
    const firstInk = answer >= 0 ? answer : text.search(/\S/);
    const lastInk = lastInkEnd(text);
    // The index of a span opening the paragraph that no attribution of its own reached (kept as a continuation or unattributed, or dropped).
    let loose = -1;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const prevClose = i > 0 ? spans[i - 1]!.close : 0;
      const nextOpen = i + 1 < spans.length ? spans[i + 1]!.open : text.length;
      const before = capitaliseLowerTitles(withoutNicknames(text.slice(prevClose, span.open)));
      const after = capitaliseLowerTitles(withoutNicknames(text.slice(span.close, nextOpen)));
      // "according to the study, "Title", published today in …": a title, even after "according to".
      if (titleBetweenCommas(before, after)) continue;
      const attBefore = this.person(attributeBefore(before, prevClose, this.known), block);
      // A title in a listing names its speaker after it ("14 May: "Soils in a warming Arctic" - Dr. X, Room 4"): no speech.
      const att = attBefore ?? (listedTitle(span.text, before) ? null : this.person(attributeAfter(after, span.close, this.known), block));
      const words = wordCount(span.text);
      // An excerpt set as a block quote, unless a dash line names its speaker, a person introduced it ("X said:") or their quote goes on in it.
      if (block.quoteDepth > 0 && !(att && att.kind === 'name') && !(span.open === firstInk && ((dash && dash.kind === 'name') || (carry && (carry.strategy === 'colon-preamble' || this.quotedBefore(block)))))) continue;
      if (!att && words < MIN_WORDS) continue; // a scare quote or a single term
      if (namedRightBefore(before)) continue; // titled "…", a project called "…": a name, not speech
      if (att) {
        const sp = this.speaker(att, block);
        if (sp && sp.name && i > 0 && loose === i - 1 && LEAD_GAP.test(before)) {
          // "“Original.” (“Translation,” says X.)": the quote right before, with no attribution of its own, is X's too.
          const lead = spans[i - 1]!;
          const at = kept.findIndex((k) => k.span === lead);
          if (at >= 0) kept.splice(at, 1);
          kept.push({ span: lead, speaker: sp, direct: false });
        }
        // A short phrase set in marks inside a sentence ('called it "a sobering baseline"') is a term: it gives the speaker, not words of the quote.
        if (sp) kept.push({ span, speaker: sp, direct: true, term: words < MIN_WORDS && IN_SENTENCE.test(before) });
        continue;
      }
      // An answer's label is no colon before a title.
      const prev = kept[kept.length - 1];
      // A bracketed translation of the quote before it ("(“…” Translation: EPFL.)") is that speaker's words, not a title.
      if (looksLikeTitle(span.text, span.open === answer ? '' : before, after) && !isTranslation(prev !== undefined, before, after, span.text)) continue;
      // Single marks mid-sentence are scare quotes, not speech, unless they go on after the attribution of the span before ("'…,' she added. '…'").
      if (single && span.open !== firstInk && !(prev && prev.direct && prev.span === spans[i - 1] && /[.,:;]\s{0,3}$/.test(before))) continue;
      if (prev) {
        kept.push({ span, speaker: prev.speaker, direct: false });
        continue;
      }
      const narrative = this.person(attributeBefore(before, prevClose, this.known, true), block);
      const ns = narrative ? this.speaker(narrative, block) : null;
      if (ns) {
        kept.push({ span, speaker: ns, direct: false });
        continue;
      }
      const opens = span.open === firstInk;
      const standalone = opens && span.close >= lastInk;
      if (!opens && span.close >= lastInk) {
        // A quote that ends the paragraph after a sentence about one named person is theirs.
        const subject = this.person(narrativeSubject(before, prevClose, this.known), block);
        const ss = subject ? this.speaker(subject, block) : null;
        if (ss) {
          kept.push({ span, speaker: ss, direct: false });
          continue;
        }
      }
      if (dash && (opens || standalone)) {
        const ds = this.speaker(dash, block);
        if (ds) {
          kept.push({ span, speaker: ds, direct: true });
          continue;
        }
      }
      if (opens) loose = i;
      if (opens && carry) {
        kept.push({ span, speaker: { ...carry, strategy: 'continuation' }, direct: false });
        continue;
      }
      if (standalone) kept.push({ span, speaker: { name: null, role: null, strategy: 'unattributed', how: 'no-person', nameAt: undefined }, direct: false });
    }
    return kept;
  }

  /** Merges a paragraph's spans per speaker and keeps them as drafts. */
  merge(block: Block, kept: readonly Attributed[]): void {
    const groups = new Map<string, Attributed[]>();
    for (const k of kept) {
      const key = keyOf(k.speaker.name);
      const g = groups.get(key) ?? [];
      g.push(k);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const words = g.filter((k) => !k.term);
      const text = words.map((k) => k.span.text).join(' ').replace(/\s+/g, ' ').trim();
      if (wordCount(text) < MIN_WORDS) continue;
      const first = g.find((k) => k.direct) ?? g[0]!;
      const lead = words[0]!;
      this.drafts.push({ text, speaker: first.speaker, block, at: locateIn(this.ctx, block, lead.span.text.slice(0, 40), lead.span.open) });
    }
  }
}

/**
 * Carries a speaker back over a quote that runs on across paragraphs (house style: each
 * paragraph opens with a mark, only the last closes). `pending` holds the drafts of the
 * unattributed paragraphs before `block`; when `block` opens with a quote attributed to a
 * named person, they take that speaker. Returns the drafts still waiting: those of `block`
 * when it is itself an unattributed or continuing quote left open, else none.
 */
function runOn(pending: readonly Draft[], kept: readonly Attributed[], block: Block, added: readonly Draft[]): Draft[] {
  const first = kept[0]!;
  const opens = first.span.open === block.text.search(/\S/);
  if (opens && first.direct && first.speaker.name) {
    for (const d of pending) d.speaker = { ...first.speaker, strategy: 'run-on' };
    return [];
  }
  const last = kept[kept.length - 1]!;
  // An unclosed paragraph taken as the last speaker's continuation waits too: the mark left open says the quote goes on into the next paragraph, whose attribution names its speaker.
  const open = opens && !last.span.closed && kept.every((k) => (k.speaker.name === null && k.speaker.strategy === 'unattributed') || k.speaker.strategy === 'continuation');
  return open ? [...pending, ...added] : [];
}

/** Fills `record.quotes`. */
export const quotes: Extractor = {
  id: 'quotes',
  description: 'Quoted statements of five words or more, with the speaker and role.',
  run(ctx) {
    const run = new Run(ctx);
    const blocks = ctx.doc.blocks;
    let carry: Speaker | null = null;
    // Drafts of unattributed paragraphs whose quote runs on unclosed: the speaker named where it goes on is theirs.
    let pending: Draft[] = [];
    // Related-news teasers and testimonials quote other stories, not the release.
    const lists = pageListBlocks(blocks);
    for (const block of blocks) {
      // A table row is read only when it sets a quote in one cell and its speaker in the next.
      const row = block.kind === 'tableRow' && !lists.has(block.index) && !SKIP_SECTIONS.has(block.section) ? tableRowSpeaker(block.text, run.known) : null;
      if (lists.has(block.index) || block.kind === 'heading' || block.kind === 'end' || (block.kind === 'tableRow' && !row) || (SKIP_SECTIONS.has(block.section) && !isPullQuote(block.text) && !(block.section === 'front' && isQuotedCaption(block.text)))) {
        carry = null;
        pending = [];
        // A subheading that is only a person's name with an honorific or a role, over a paragraph that is wholly one quote, names its speaker.
        const below = blocks[block.index + 1];
        if (block.kind === 'heading' && below && below.kind !== 'heading' && block.text.trimEnd().endsWith(':')) {
          // A subheading that introduces the comment under it ("Prof X, role, University, said:"), as an expert-reaction roundup sets each expert.
          const sp = withTokens(run.tokens[block.index]!, () => {
            const att = run.person(attributeBefore(block.text, 0, run.known), block);
            return att ? run.speaker(att, block) : null;
          });
          if (sp && sp.name) carry = { ...sp, strategy: 'colon-preamble' };
        } else if (block.kind === 'heading' && below && below.kind !== 'heading') {
          const sp = withTokens(run.tokens[block.index]!, () => {
            const att = creditLine(below.text, block.text, run.known);
            return att ? run.speaker(att, block) : null;
          });
          if (sp && sp.name) carry = { ...sp, strategy: 'heading-name' };
        }
        continue;
      }
      const next = blocks[block.index + 1];
      // The speaker named by a credit glued on after a pull quote, or by the next paragraph: a dash line, a name line closing a block quote (a <cite>), "That is how X …", or a credit under a pull quote.
      const glued = block.kind === 'paragraph' ? gluedCredit(block.text, run.known) : null;
      // A paragraph cut after its speech verb ("“…,” said"): the name opens the next text paragraph, past a photo between them.
      const cut = block.kind === 'paragraph' && endsOnSpeechVerb(block.text) ? blocks.slice(block.index + 1, block.index + 3).find((b) => !isPhotoBlock(b)) : undefined;
      const resumed = cut && cut.kind === 'paragraph' ? withTokens(run.tokens[cut.index]!, () => citeLine(cut.text, run.known)) : null;
      const dash =
        row ?? glued ?? resumed ??
        (next
          ? withTokens(
            run.tokens[next.index]!,
            () => dashLine(next.text, run.known) ?? (block.quoteDepth > 0 && next.quoteDepth > 0 ? citeLine(next.text, run.known) : howLine(next.text, run.known) ?? (next.kind === 'heading' ? null : creditLine(block.text, next.text, run.known))),
          )
          : null);
      const tokens = run.tokens[block.index]!;
      const found = withTokens(tokens, () => run.paragraph(block, carry, dash));
      // A subheadline that is only a quote, with no one named, is a display line like the headline.
      const kept =
        block.section === 'subheadline' ? found.filter((k) => k.speaker.strategy !== 'unattributed' || k.span.open !== block.text.search(/\S/)) : found;
      if (kept.length) {
        const from = run.drafts.length;
        run.merge(block, kept);
        pending = runOn(pending, kept, block, run.drafts.slice(from));
        carry = kept[kept.length - 1]!.speaker.name ? kept[kept.length - 1]!.speaker : null;
        continue;
      }
      // An interviewer's question between two answers, or an answer in plain words: the next answer is still the interviewee's.
      if (carry && (isQuestionOnly(block.text) || isAnswerOnly(block.text))) continue;
      // A photo set between two paragraphs of one quote (the image, its caption and credit) does not end the quote.
      if ((carry || pending.length) && isPhotoBlock(block)) continue;
      // A paragraph without quotes: a colon preamble hands its speaker to the next paragraph.
      carry = null;
      pending = [];
      if (block.text.trimEnd().endsWith(':')) {
        const sp = withTokens(tokens, () => {
          const att = run.person(attributeBefore(block.text, 0, run.known), block);
          return att ? run.speaker(att, block) : null;
        });
        if (sp && sp.name) carry = { ...sp, strategy: 'colon-preamble' };
      } else if (block.kind === 'paragraph' && /[.!?]$/.test(block.text.trimEnd())) {
        // Indirect speech by one named person ("Wu said the dose was safe.") hands them an unattributed quote opening the next paragraph.
        const sp = withTokens(tokens, () => {
          // A singular pronoun that opens the last sentence ("She said the behaviour …") is read too: only then may the sentence name no one.
          const tail = block.text.slice(-400);
          const pronoun = (tail.includes('She ') || tail.includes('He ')) && PRONOUN_SPEECH.test(tail);
          const att = run.person(attributeBefore(block.text, 0, run.known, true, !pronoun), block);
          return att && (att.kind === 'name' || (pronoun && att.kind === 'pronoun')) ? run.speaker(att, block) : null;
        });
        if (sp && sp.name) carry = { ...sp, strategy: 'narrative-before' };
      }
    }
    // Drop a quote repeated inside a longer one (pull quotes, subheadlines), or repeated word for word after it.
    const all = run.drafts;
    const drafts = all.length > DEDUPE_LIMIT ? all : all.filter((d, i) => !all.some((o, j) => j !== i && (o.text.length > d.text.length || (j < i && o.text.length === d.text.length)) && contained(d.text, o.text)));
    const out: Quote[] = [];
    for (const d of drafts) {
      const i = out.length;
      out.push({ text: d.text, speaker: d.speaker.name === null ? null : withoutSpanishDon(d.speaker.name, ctx.doc.text), role: d.speaker.name ? d.speaker.role : null });
      ctx.prove(`quotes[${i}].text`, `quotes:${d.speaker.strategy}`, d.at);
      if (d.speaker.name) ctx.prove(`quotes[${i}].speaker`, `quotes:${d.speaker.strategy}+${d.speaker.how}`, d.speaker.nameAt ?? d.at);
      if (d.speaker.name && d.speaker.role) ctx.prove(`quotes[${i}].role`, `quotes:${d.speaker.strategy}`, d.at);
    }
    ctx.record.quotes = out;
  },
};
