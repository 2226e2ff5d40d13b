/**
 * CSL-JSON, the hub that BibTeX and RIS are made from: one `article-journal` item per paper.
 * @packageDocumentation
 */
import type { Article, PressRecord } from '../types.js';
import type { Emitter } from './types.js';

/** A CSL name variable as pr2meta writes it: particles stay in `family`. */
export interface CslName {
  family: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}

/** The CSL-JSON item pr2meta writes for a paper (a subset of the CSL 1.0.2 data schema). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-journal';
  DOI?: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': [[number]] };
  URL?: string;
}

/** Words skipped when the citation key takes the first significant word of the title. */
const STOP_WORDS = new Set(
  'a an the of on in into for and or but to with without at by from as is are was were be its it this that these those than via versus vs do does not no new'.split(' '),
);

/** Particles left out of the family name in a citation key ("van der Berg" → "Berg"). */
const PARTICLES = new Set(
  'van von der den de del della dello di da dos das do du la le ter ten bin binti ibn al el zu af av y'.split(' '),
);

/** How many characters of a name or title the citation key looks at. */
const KEY_SCAN = 300;

/** Collapses runs of white space (newlines included) into one space and trims. */
export const oneLine = (text: string): string =>
  // Replacing is only needed (and costly on huge texts) when there is other white space than single spaces.
  (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** Removes diacritics and keeps ASCII letters and digits only ("Núñez-García" → "NunezGarcia"). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[^A-Za-z0-9]/g, '');
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The family name for a key: particles dropped, ASCII-folded, capitalised ("van der Berg" → "Berg"). */
function keyFamily(family: string): string {
  const words = oneLine(family.slice(0, KEY_SCAN)).split(' ');
  const kept = words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w.toLowerCase()));
  return capitalise(asciiFold(kept.join('')));
}

/** The first title word that is not a stop word, ASCII-folded and capitalised. */
function keyTitleWord(title: string): string {
  for (const raw of oneLine(title.slice(0, KEY_SCAN)).split(/[\s\-–—:/]+/)) {
    const word = asciiFold(raw);
    if (word && !STOP_WORDS.has(word.toLowerCase())) return capitalise(word);
  }
  return '';
}

/**
 * The citation key of a paper in `Bagot2017Ketamine` style: first author's family name
 * (ASCII-folded, particles and spaces removed), year, first significant title word; `paper`
 * when none of the three is known.
 */
export function citationKey(article: Article): string {
  const first = article.authors[0];
  const key = [
    first ? keyFamily(first.family) : article.journal ? capitalise(asciiFold(oneLine(article.journal.slice(0, KEY_SCAN)).split(' ')[0] ?? '')) : '',
    article.year !== null ? String(article.year) : '',
    article.title ? keyTitleWord(article.title) : '',
  ].join('');
  return key || 'paper';
}

/** The text with lone surrogates replaced by U+FFFD (`String#toWellFormed` is ES2024). */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Percent-encodes a run of characters as their UTF-8 bytes. */
const percentEncode = (c: string): string => encodeURIComponent(c);

/** The doi.org link of a DOI, every character outside the URL path set percent-encoded. */
export function doiUrl(doi: string): string {
  // Lone surrogates become U+FFFD first: encodeURIComponent throws on them.
  return 'https://doi.org/' + wellFormed(doi).replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]+/gu, percentEncode);
}

/**
 * A printed link made safe to write in any format: white space, braces, backslashes, quotes,
 * angle brackets and non-ASCII characters percent-encoded (existing `%XX` escapes kept).
 */
export function safeUrl(url: string): string {
  return wellFormed(oneLine(url)).replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]+/gu, percentEncode);
}

/** Makes each key unique within one output by suffixing `b`, `c`, … to repeats. */
function uniqueKeys(keys: string[]): string[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    let candidate = key;
    for (let n = 1; seen.has(candidate); n++) {
      candidate = key + (n < 26 ? String.fromCharCode(97 + n) : String(n + 1));
    }
    seen.add(candidate);
    return candidate;
  });
}

/** One paper as a CSL-JSON item with the given key; absent values are left out, not null. */
export function articleToCsl(article: Article, key: string): CslItem {
  const item: CslItem = { id: key, 'citation-key': key, type: 'article-journal' };
  const text = (value: string | null | undefined): string | undefined => {
    const t = value == null ? '' : oneLine(value);
    return t ? t : undefined;
  };
  const doi = text(article.doi);
  if (doi) item.DOI = doi;
  const title = text(article.title);
  if (title) item.title = title;
  const authors = article.authors
    .map((p): CslName | null => {
      const family = oneLine(p.family);
      if (!family) return null;
      const given = text(p.given);
      return given ? { family, given } : { family };
    })
    .filter((p): p is CslName => p !== null);
  if (authors.length) item.author = authors;
  const journal = text(article.journal);
  if (journal) item['container-title'] = journal;
  const volume = text(article.volume);
  if (volume) item.volume = volume;
  const issue = text(article.issue);
  if (issue) item.issue = issue;
  const page = text(article.pages)?.replace(/\s*[‐‑‒–—―]\s*/g, '-');
  if (page) item.page = page;
  if (article.year !== null && Number.isInteger(article.year)) item.issued = { 'date-parts': [[article.year]] };
  const printed = text(article.url);
  const url = doi ? doiUrl(doi) : printed ? safeUrl(printed) : undefined;
  if (url) item.URL = url;
  return item;
}

/** Every paper of every record as CSL-JSON items, with citation keys unique across them. */
export function recordsToCsl(records: readonly PressRecord[]): CslItem[] {
  const articles = records.flatMap((r) => r.articles);
  const keys = uniqueKeys(articles.map(citationKey));
  return articles.map((a, i) => articleToCsl(a, keys[i]!));
}

/** The papers as a pretty CSL-JSON array (`[]` when there is none). */
export const emitCsl: Emitter = (records) => JSON.stringify(recordsToCsl(records), null, 2) + '\n';
