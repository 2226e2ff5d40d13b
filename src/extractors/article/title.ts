/**
 * Paper titles printed in prose: a quoted title after "the article", "the paper", "the
 * commentary"; a quoted title that opens a sentence before "published"; "titled X",
 * "entitled X"; an "Editorial: X" label line.
 * @packageDocumentation
 */
import { SAID_IN } from '../../text/said-in-work.js';
import { nextMatch, splitBy } from './matches.js';
import { PUBLISHED_AFTER_COMMA, publishedAfter } from '../../text/published-after.js';
import { findSignedTitles } from './signed-by.js';
/** Separators for {@link splitBy} (global copies of split patterns). */
const SPACE_RUNS = /\s+/g;

const CAPITAL_START = /^[\p{Lu}\d“"‘(]/u;

/** A title found in prose, with its index in the block text. */
export interface TitleHit {
  title: string;
  index: number;
  /** True for an editorial, commentary or editor's note rather than the reported paper. */
  editorial: boolean;
  strategy: string;
  /** The text after the title, where "by A, B and C" may follow. */
  after: string;
}

const QUOTED =
  /^([Aa]rticle|[Aa]rtikel(?:n|en)?|[Aa]rtiklen|[Aa]rtikkelen|[Ss]tudien|[Pp]aper|[Ss]tudy|report|[Cc]ommentary|[Ee]ditorial|[Vv]iewpoint|[Pp]erspective|review|letter|note|[Aa]bstract|presentation|[Rr]esearch(?=,\s?[“"])|work(?=,\s?[“"])|findings(?=,\s?[“"][A-Z]))\b(?!\s+(?:session|sessions|track|symposium|prize|award|category|slam|competition)\b)[^“"«\n.]{0,40}?(?:[“"]|«\s?)((?:[^“”"«»\n]|\n(?=[^\n“”"«»]))(?:[^“”"«»\n]|\n(?=[^\n“”"«»])){9,299}?)[,.]?(?:[”"]|\s?»)/;

const TITLED =
  /^(?:entitled|titled|under\s+the\s+title|with\s+the\s+title(?=\s*:?\s+[“"])|dengan\s+judul(?=\s*:?\s+[“"])|berjudul(?=\s*:?\s+[“"])|bertajuk(?=\s*:?\s+[“"])|pod\s+naslovom(?=\s*:?\s+[„“"])|(?:s|pod)\s+n[áa]zvem(?=\s*:?\s+[„“"]))\s*:?\s+[„“"]?([^\n„“”"]{10,300}?)[”"“]?(?=,\s+(?:is|was|has|have|which|published|appears?|will|in)\b|,[”"]\s+(?:is|was|has|have|which|published|appears?|will|in)\b|\s+(?:is|was|has\s+been|have\s+been|will\s+be|are|were)\s+(?:published|available|out|due|now|to\s+be)\b|\s+objavljen[aoi]?\s|\s+(?:(?:byl[aoiy]?|je|jsou)\s+)?(?:vy[šs]l[aoiy]?|vy[šs]el|publikov[áa]n[aoiy]?)\s|\s+(?:in|by)\s+the\s+journal\b|\s+(?:telah\s+)?(?:diterbitkan|dimuat|diterbit)\b|\s+\(|\.\s|(?<=[.?!][”"“])\s|\.?$)/i;

/**
 * The whole of a title that opens right after a quotation mark at `start`, up to its closing mark
 * on the same line ("titled “Light at night (Egretta garzetta) in a harbour”": a parenthesis inside
 * the marks stays in the title), or null when no closing mark follows within 300 characters.
 */
function quotedWhole(text: string, start: number): string | null {
  if (!/[„“"]/.test(text.charAt(start - 1))) return null;
  const close = /[\n„“”"]/.exec(text.slice(start, start + 301));
  if (!close || close[0] === '\n' || close.index < 10) return null;
  return text.slice(start, start + close.index).trim().replace(/[,.]$/, '');
}

/** The same in British single quotes: "the paper, ‘Title’, is published …". */
const QUOTED_SINGLE =
  /^([Aa]rticle|[Pp]aper|[Ss]tudy|report|[Cc]ommentary|[Ee]ditorial|[Vv]iewpoint|[Pp]erspective|review|letter|note|[Aa]bstract|presentation)\b(?!\s+(?:session|sessions|track|symposium|prize|award|category|slam|competition)\b)[^“"‘'\n.]{0,40}?(?:‘((?:[^‘’\n]|’(?=\p{L})){10,300}?)[,.]?’|'((?:[^'\n]|'(?=\p{Ll})){10,300}?)[,.]?'(?=[\s,.;:)]))/u;

/** Where the quoted-title and titled patterns can start ("The work, "Title"" and "The findings, "Title"" only after "The" and before a comma and a quotation mark). */
const QUOTED_KEY = /\b(?:[Aa]rticle|[Aa]rtikel(?:n|en)?|[Aa]rtiklen|[Aa]rtikkelen|[Ss]tudien|[Pp]aper|[Ss]tudy|report|[Cc]ommentary|[Ee]ditorial|[Vv]iewpoint|[Pp]erspective|review|letter|note|[Aa]bstract|presentation|[Rr]esearch(?=,\s?[“"])|(?<=\b[Tt]he\s)(?:work(?=,\s?[“"])|findings(?=,\s?[“"][A-Z])))\b(?!\s+(?:session|sessions|track|symposium|prize|award|category|slam|competition)\b)/g;
// "with the title" only before a quotation mark ("with the title “X”"; not "with the title of professor"); so the Indonesian "dengan judul", "berjudul" and the Malay "bertajuk" (whose title may end before "(telah) diterbitkan"),
// the Croatian "pod naslovom" ("Rad pod naslovom „X” objavljen je …") and the Czech "s/pod názvem" ("Studie s názvem „X“ vyšla …").
const TITLED_KEY = /\b(?:entitled|titled|under\s+the\s+title|with\s+the\s+title(?=\s*:?\s+[“"])|dengan\s+judul(?=\s*:?\s+[“"])|berjudul(?=\s*:?\s+[“"])|bertajuk(?=\s*:?\s+[“"])|pod\s+naslovom(?=\s*:?\s+[„“"])|(?:s|pod)\s+n[áa]zvem(?=\s*:?\s+[„“"]))\b/gi;
/** The word every {@link TITLED_KEY} match holds. */
const TITLE_WORD = /title|judul|tajuk|naslov|n[áa]zvem/i;

/**
 * Runs `pattern` (sticky) at the first 40 places `key` matches, on a bounded window, so a
 * text made of nothing but the keyword stays linear.
 */
function scan(text: string, key: RegExp, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let n = 0;
  for (let k: RegExpExecArray | null = (key.lastIndex = 0, null); (k = nextMatch(key, text)); ) {
    if (++n > 40) break;
    const window = text.slice(k.index, k.index + 400);
    pattern.lastIndex = 0;
    const m = pattern.exec(window);
    if (m && m.index === 0) {
      m.index = k.index;
      out.push(m);
    }
  }
  return out;
}

/** A verb of publication right after a quoted title ("'Title', published today in …"). */
const PUBLISHED_AFTER = String.raw`[,.]?\s*(?:(?:which\s+|that\s+)?(?:was|is|has\s+been|have\s+been|will\s+be|were|are)\s+)?(?:recently\s+|just\s+|now\s+|newly\s+|being\s+|first\s+)?(?:published|appears?|appearing|appeared|out\s+(?:now|today)|available|reported|presented)\b`;

/** A quoted title that opens a sentence, by its opening mark; the title is group 1. */
/**
 * What follows a quoted title that opens a sentence: a verb of publication, or the authors'
 * sentence RSNA prints after it ("Title." Collaborating with Dr. X were …).
 */
const AFTER_OPENING = String.raw`(?:${PUBLISHED_AFTER}|(?<authors>\s+)(?=(?:Collaborating\s+with|Co-?authors|Other\s+co-?authors|Joining)\b))`;

const OPENING: Record<string, RegExp> = {
  '“': new RegExp(String.raw`^“([^“”\n]{15,300}?)[,.]?”${AFTER_OPENING}`, 'u'),
  '"': new RegExp(String.raw`^"([^"\n]{15,300}?)[,.]?"${AFTER_OPENING}`, 'u'),
  '‘': new RegExp(String.raw`^‘((?:[^‘’\n]|’(?=\p{L})){15,300}?)[,.]?’${AFTER_OPENING}`, 'u'),
  "'": new RegExp(String.raw`^'((?:[^'\n]|'(?=\p{Ll})){15,300}?)[,.]?'${AFTER_OPENING}`, 'u'),
};

/** An opening quotation mark at the start of a block or a sentence. */
const OPENING_KEY = /(?:^|[.!?]["”’]?\s+|\n)([“"‘'])/g;

/** "X published it: "Title"": a quoted title after a colon that follows the verb of publication. */
const PUBLISHED_COLON_KEY = /\bpublish(?:ed|es)\s(?:(?:it|them|the\s(?:study|paper|findings|results|article|report|research))\s?)?:\s?([“"‘])/g;
/** A quoted title in the given marks, up to its closing mark; group 1 is the title. */
const QUOTED_BODY: Record<string, RegExp> = {
  '“': /^([^“”\n]{15,300}?)[,.]?”/,
  '"': /^([^"\n]{15,300}?)[,.]?"/,
  '‘': /^((?:[^‘’\n]|’(?=\p{L})){15,300}?)[,.]?’/u,
};

/** A verb of speech between the keyword and the quote: the quote is speech, not a title. */
const SAID = /\b(?:said|says|say|writes?|wrote|adds?|added|explains?|explained|notes?|noted|comments?|commented|stated|states|told|tells|remarked|according)\b/i;

/** Words between a paper's noun and a colon that speak rather than label: ", highlighted the angle:". */
const SPEAKER_COLON = /^\S+,?\s(?:\S+\s){1,6}?\S*:\s?[“"‘']$/;
/** Words that tie a colon to the publication: "the study in Cell:", "the paper, published today:". */
const PUBLICATION_WORD = /\b(?:in|publish\w*|titled|entitled|appear\w*|journal|called|named)\b/i;

/** A sentence's end: a full stop, not one of a short honorific ("Dr.", "Prof."), and a space. */
const SENTENCE_END = /(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Jr|Sr|Assoc|Asst|[A-Z]))[.!?]["”’]?\s/g;

/** A paper's noun with only a colon or a comma before the quotation mark ("study: \"", "Research, \""). */
const NOUN_COLON = /^\S+[:,]\s?[“"‘']$/;

/**
 * True when the quote after a paper's noun at `at` of `text` opens with just a colon or a
 * comma (`lead`) and the sentence before the noun has a reporting verb ("Added Dr. X, a
 * co-author of the study: "…""; "According to Prof. X, an ecologist at the Centre for Wildlife
 * Research, "…""): the quote is that person's speech, not the paper's title.
 */
function speakerBeforeNoun(text: string, at: number, lead: string): boolean {
  if (!NOUN_COLON.test(lead)) return false;
  const before = text.slice(Math.max(0, at - 200), at);
  let cut = before.lastIndexOf('\n') + 1;
  for (const e of before.matchAll(SENTENCE_END)) cut = Math.max(cut, e.index + e[0].length);
  const sentence = before.slice(cut);
  return SAID.test(sentence) && !PUBLICATION_WORD.test(sentence);
}

/**
 * A quoted clause that opens in lower case with a word that starts a question or a clause
 * ("will next study "whether people who …"", "to report "how often …""): speech or a plan, not a title.
 */
const CLAUSE_OPENING = /^(?:whether|how|what|why|when|where|which|who|whom|whose|if|that|to|is|are|was|were|we|our|it|its|they|their|there|these|those|this|i|you|and|but|so)\s/;

/** Legal and marketing phrases that are quoted without being titles. */
const NOT_A_TITLE = /\bforward-looking\b|\bsafe\s+harbor\b|\bsecurities\b|\btrademarks?\b/i;

/** An "Editorial: Title" or "Editor's Note: Title" line. */
const LABEL = /^(?:(?:invited\s+|related\s+)?(?:editorial|commentary|editor['’]s\s+note|viewpoint|perspective))\s*:\s*(.{8,250})$/i;

/** True when a line reads as a title: short, mostly capitalised words or a question. */
export function looksLikeTitle(s: string): boolean {
  const words = splitBy(s, SPACE_RUNS).filter(Boolean);
  if (words.length < 2 || words.length > 30) return false;
  if (/^(?:please|the\s+author|authors|see|for|this|to|a\s+|an\s+|in\s+)/i.test(s)) return false;
  if (/[.;]\s+\S/.test(s)) return false;
  const content = words.filter((w) => !/^(?:a|an|the|of|and|or|in|on|for|to|with|vs\.?|by|at|as|is|it|from)$/i.test(w));
  const caps = content.filter((w) => CAPITAL_START.test(w)).length;
  return s.trim().endsWith('?') || caps / Math.max(1, content.length) >= 0.7;
}

/** An opening or straight double quotation mark or a French guillemet (a single one below). */
const DOUBLE_MARK = /[“"«]/;
const SINGLE_MARK = /[‘']/;

/** A title that a line wrap (a PDF or Word conversion) broke, joined again: "puzzle-⏎box" is "puzzle-box". */
const unwrap = (s: string): string => (s.includes('\n') ? s.replace(/-[ \t]{0,8}\n[ \t]{0,8}/g, '-').replace(/[ \t]{0,8}\n[ \t]{0,8}/g, ' ') : s);

/** The noun and comma before a title set off in italics or bold: "The study, *Title*, was published …". */
const SET_OFF_BEFORE = /\b(?:[Ss]tudy|[Pp]aper|[Aa]rticle|[Rr]esearch|[Rr]eport),\s?$/;
/** The noun with its article and no comma before a set-off title: "The article *Title* was published …". */
const BARE_BEFORE = /\b(?:[Tt]he|[Tt]his|[Tt]heir)\s(?:study|paper|article)\s$/;
/** The paper's noun with its article before a set-off title in another language: "O artigo *Título* pode ser lido em …". */
const BARE_BEFORE_ABROAD = /(?:^|[\s(])(?:[Oo]|[Ee]l|[Ll]e|[Ll]['’]|[Dd]er|[Dd]ie)\s?(?:artigo|estudo|artículo|estudio|trabajo|article|étude|Artikel|Studie)\s$/;
/** A verb of publication or of reading after a set-off title in Portuguese, Spanish, French or German. */
const PUBLISHED_ABROAD =
  /^\s(?:pode\sser\s(?:lido|acessado|consultado)|foi\spublicado|está\sdisponível|puede\s(?:leerse|consultarse)|fue\spublicado|se\spublicó|está\sdisponible|est\s(?:paru|publié|disponible)|a\sété\spublié|ist\s(?:erschienen|verfügbar)|wurde\s(?:veröffentlicht|publiziert)|erschien)\b/;
/** A report's noun before a set-off title ("The report, *Title*, …"). */
const REPORT_BEFORE = /\b[Rr]eport,\s?$/;
/** A verb of publication or of authorship right after a title set off in italics or bold (src/text/published-after.ts). */
const SET_OFF_AFTER = PUBLISHED_AFTER_COMMA;

/**
 * A title set off in italics or bold between "The study," and a verb of publication
 * ("The study, *Sleep loss impairs route memory*, was published today in …"), or without the
 * commas after "The article" ("The article *Title* was published …"); `emphasis` holds
 * the block's italic and bold spans. "O artigo *Título* pode ser lido em …" reads the same in
 * Portuguese, Spanish, French and German.
 */
function setOffTitles(text: string, emphasis: readonly string[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const e of emphasis.slice(0, 20)) {
    if (e.length < 15 || e.length > 300 || splitBy(e, SPACE_RUNS).length < 4) continue;
    const i = text.indexOf(e);
    if (i < 0) continue;
    const before = text.slice(Math.max(0, i - 12), i);
    // "The article *Title* was published …": with no comma before the title, none after it either.
    const bare = !SET_OFF_BEFORE.test(before) && BARE_BEFORE.test(before);
    // "O artigo *Título* pode ser lido em …": the same in another language, the verb right after the title.
    if (!bare && !SET_OFF_BEFORE.test(before) && BARE_BEFORE_ABROAD.test(before) && PUBLISHED_ABROAD.test(text.slice(i + e.length, i + e.length + 40))) {
      out.push({ title: e.replace(/[,.]$/, ''), index: i, editorial: false, strategy: 'set-off-title', after: '' });
      continue;
    }
    if (!bare && !SET_OFF_BEFORE.test(before)) continue;
    const after = SET_OFF_AFTER.exec(bare ? `,${text.slice(i + e.length, i + e.length + 60)}` : text.slice(i + e.length, i + e.length + 60));
    if (bare && !/^\s(?:was|is|has\s+been|will\s+be|appears|appeared)\b/.test(text.slice(i + e.length, i + e.length + 20))) continue;
    if (!after) continue;
    // "The report, *Title*, is available at …": a report of its own, no paper in a journal.
    if (after[0].endsWith('available') && REPORT_BEFORE.test(text.slice(Math.max(0, i - 12), i))) continue;
    out.push({ title: e.replace(/[,.]$/, ''), index: i, editorial: false, strategy: 'set-off-title', after: '' });
  }
  return out;
}

/**
 * A title in plain type set off by commas between "The paper," and a verb of publication
 * ("The paper, Signal-timed road crossing by foxes, is published in …"): group 1 the title,
 * capitalised, of four words or more, with no comma of its own.
 */
const PLAIN_SET_OFF = /\b(?:[Tt]he|[Tt]his|[Tt]heir)\s(?:study|paper|article),\s(\p{Lu}[^,.;:()“”"\n]{10,250}?),\s(?:which\s|that\s)?(?:(?:is|was|has\sbeen|will\sbe)\s(?:now\s|just\s|recently\s)?(?:published|appearing)|appears|appeared)\s(?:(?:online\s)?(?:today\s|this\sweek\s)?in)\b/u;
/** A name with an honorific or "et al.", a reporting verb: a person or a clause set off by the commas, no title. */
const PLAIN_NOT_TITLE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\b|\bet\sal\b|\b(?:report(?:s|ed)?|found|finds|show(?:s|ed)?|suggests?|led|co-?authored)\b/;

/**
 * The same with no commas at all, as a sentence of its own ("The article Iron sheets for fuel
 * synthesis has been published in Nature Catalysis."): group 1 the title, capitalised, of five
 * words or more, right after the noun and right before the verb of publication.
 */
const PLAIN_BARE = /(?:^|[.!?]\s|\n)\s?(?:The|This)\s(?:(?:scientific|research)\s)?(?:study|paper|article)\s(\p{Lu}[^,.;:()“”"\n]{20,250}?)\s(?:is|was|has\sbeen|will\sbe)\s(?:now\s|just\s|recently\s)?published\s(?:(?:online\s)?(?:today\s|this\sweek\s)?in)\s(?:the\s(?:scientific\s)?journal\s)?\p{Lu}/u;
/** Words of a clause, not of a title, between the noun and the verb ("The study Dr X and her team ran"). */
const BARE_NOT_TITLE = /\b(?:he|she|they|we|his|her|their|our|wrote|ran|conducted|describ\w*|mentioned|above|below|cited)\b/i;

/** A title in plain type set off by commas after "The paper," before "is published in" ({@link PLAIN_SET_OFF}), or bare ({@link PLAIN_BARE}). */
function plainSetOffTitle(text: string): TitleHit | null {
  if (!text.includes('publish') && !text.includes('appear')) return null;
  const bare = PLAIN_BARE.exec(text);
  if (bare) {
    const title = bare[1]!.trim();
    if (splitBy(title, SPACE_RUNS).length >= 5 && !BARE_NOT_TITLE.test(title) && !SAID.test(title) && !PLAIN_NOT_TITLE.test(title) && !NOT_A_TITLE.test(title)) {
      return { title, index: bare.index + bare[0].indexOf(title), editorial: false, strategy: 'plain-bare-title', after: '' };
    }
  }
  const m = PLAIN_SET_OFF.exec(text);
  if (!m) return null;
  const title = m[1]!.trim();
  if (splitBy(title, SPACE_RUNS).length < 4 || SAID.test(title) || PLAIN_NOT_TITLE.test(title) || NOT_A_TITLE.test(title)) return null;
  return { title, index: m.index + m[0].indexOf(title), editorial: false, strategy: 'plain-set-off-title', after: '' };
}

/**
 * Finds titles in one block of prose; `emphasis` holds the block's italic and bold spans and
 * `links` its links' texts (a linked title is read as the link's text, not here).
 */
export function findTitles(text: string, emphasis: readonly string[] = [], links: readonly string[] = []): TitleHit[] {
  const out: TitleHit[] = [];
  if (!text) return out;
  const nl = text.indexOf('\n');
  const label = LABEL.exec((nl < 0 ? text : text.slice(0, nl)).trim());
  if (label && looksLikeTitle(label[1]!.trim())) {
    out.push({ title: label[1]!.trim(), index: text.indexOf(label[1]!), editorial: true, strategy: 'editorial-label', after: '' });
  }
  // Every pattern below but "titled" needs a quotation mark; most blocks have none.
  // (One pattern each: `includes` of a non-Latin-1 mark is slow on two-byte text.)
  const double = DOUBLE_MARK.test(text);
  const single = SINGLE_MARK.test(text);
  const quoted = double ? scan(text, QUOTED_KEY, QUOTED) : [];
  if (single) for (const m of scan(text, QUOTED_KEY, QUOTED_SINGLE)) {
    const inner = m[2] ?? m[3];
    if (inner === undefined || quoted.some((q) => q.index === m.index)) continue;
    m[2] = inner;
    quoted.push(m);
  }
  for (const m of quoted) {
    // "…, lead author on the paper, said, "…"": a quote attributed to a person is not a title.
    const lead = m[0].slice(0, m[0].indexOf(m[2]!));
    if (SAID.test(lead)) continue;
    // "The authors wrote in the paper that "…"": speech set in the paper, not its title.
    if (SAID_IN.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "… of the study, highlighted the risk: "…"": a speaker's colon before the quote, not a title's label.
    if (lead.includes(':') && SPEAKER_COLON.test(lead) && !PUBLICATION_WORD.test(lead)) continue;
    // "Added Dr. X, a co-author of the study: "…"": the paper's noun ends a speaker's apposition.
    // "… according to the study, "Title", published today in …": a verb of publication after the marks keeps it a title.
    if (speakerBeforeNoun(text, m.index, lead) && !publishedAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const title = unwrap(m[2]!).trim().replace(/[,.]$/, '');
    if (splitBy(title, SPACE_RUNS).length < 4 || NOT_A_TITLE.test(title) || CLAUSE_OPENING.test(title)) continue;
    const editorial = /^(?:commentary|editorial|viewpoint|perspective|note)$/i.test(m[1]!);
    out.push({ title, index: m.index + m[0].indexOf(m[2]!), editorial, strategy: 'quoted-citation', after: text.slice(m.index + m[0].length, m.index + m[0].length + 600) });
  }
  let n = 0;
  if (double || single) for (let k: RegExpExecArray | null = (OPENING_KEY.lastIndex = 0, null); (k = nextMatch(OPENING_KEY, text)); ) {
    if (++n > 40) break;
    const q = k.index + k[0].length - 1;
    const m = OPENING[k[1]!]!.exec(text.slice(q, q + 450));
    if (!m) continue;
    const title = m[1]!.trim().replace(/[,.]$/, '');
    if (splitBy(title, SPACE_RUNS).length < 4 || NOT_A_TITLE.test(title)) continue;
    // Before the authors' sentence (no verb of publication) only a title-case title, never speech.
    if (m.groups?.['authors'] !== undefined && !looksLikeTitle(title)) continue;
    out.push({ title, index: q + 1, editorial: false, strategy: 'quoted-opening', after: '' });
  }
  n = 0;
  if ((double || single) && text.includes('publish')) for (let k: RegExpExecArray | null = (PUBLISHED_COLON_KEY.lastIndex = 0, null); (k = nextMatch(PUBLISHED_COLON_KEY, text)); ) {
    if (++n > 40) break;
    const q = k.index + k[0].length;
    const m = QUOTED_BODY[k[1]!]!.exec(text.slice(q, q + 400));
    if (!m) continue;
    const title = m[1]!.trim().replace(/[,.]$/, '');
    if (splitBy(title, SPACE_RUNS).length < 4 || NOT_A_TITLE.test(title)) continue;
    out.push({ title, index: q, editorial: false, strategy: 'published-colon', after: '' });
  }
  if (TITLE_WORD.test(text)) for (const m of scan(text, TITLED_KEY, TITLED)) {
    const title = quotedWhole(text, m.index + m[0].indexOf(m[1]!)) ?? m[1]!.trim().replace(/[,.]$/, '');
    if (splitBy(title, SPACE_RUNS).length < 3) continue;
    out.push({ title, index: m.index + m[0].indexOf(m[1]!), editorial: false, strategy: /^entitled/i.test(m[0]) ? 'entitled' : 'titled', after: '' });
  }
  // "O artigo "Title", assinado por A e B, foi publicado …": a quoted title after a paper's noun in another language.
  if (double || text.includes('«')) for (const h of findSignedTitles(text)) {
    if (!out.some((o) => o.title === h.title)) out.push({ title: h.title, index: h.index, editorial: false, strategy: 'quoted-abroad', after: '' });
  }
  if (emphasis.length) out.push(...setOffTitles(text, emphasis));
  // Only where no marks, italics or link give the title already.
  const plain = out.length ? null : plainSetOffTitle(text);
  if (plain && !links.some((l) => l.trim() === plain.title)) out.push(plain);
  return out.sort((a, b) => a.index - b.index);
}
