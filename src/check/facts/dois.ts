/**
 * DOIs as a release prints them and as its links carry them, each with its place and,
 * when it cannot be a DOI, the reason.
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import { proseBlocks, sourceOffset } from '../locate.js';

/** A DOI found in the release: in the text, or in a link's target. */
export interface DoiMention {
  /** The DOI as read, stray spaces removed, lower-cased for comparison in `key`. */
  doi: string;
  /** Lower-cased DOI for comparison. */
  key: string;
  /** Source offset of the evidence. */
  offset: number;
  kind: 'text' | 'link';
  block: Block;
  /** Why the printed string is not a well-formed DOI, or null. */
  problem: string | null;
  /** The printed string, as it stands in the text (text mentions) or the URL (links). */
  raw: string;
  /** For link mentions: the DOI printed in the link's text, if any. */
  linkTextDoi?: string;
}

// "10." + registrant code (dotted subdivisions allowed) + "/", spaces tolerated around each part.
const PREFIX = /(?<![\w.])10[ \t]{0,2}\.[ \t]{0,2}(\d{1,9}(?:\.\d{1,9}){0,3})[ \t]{0,2}\/[ \t]{0,2}/g;
const ILLEGAL = /[^\x21-\x7e]|["<>{}|\\^`]/u;
const TRAILING = /[.,;:!?'"’”»\]}]+$/;
const MAX_SUFFIX = 300;

/** Cuts a DOI suffix that runs on into prose: trailing punctuation and an unbalanced `)`. */
function trimSuffix(s: string): string {
  let out = s.replace(TRAILING, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1).replace(TRAILING, '');
  return out;
}

/** Reads the suffix after a DOI prefix ending at `from`: non-space characters, bounded. */
function readSuffix(text: string, from: number): { suffix: string; end: number; spaced: boolean } {
  let end = from;
  let spaced = false;
  const limit = Math.min(text.length, from + MAX_SUFFIX);
  while (end < limit) {
    const c = text[end]!;
    if (c === ' ' && text[end - 1] === '/' && end + 1 < limit && /[A-Za-z0-9]/.test(text[end + 1]!)) {
      // "brain/ awx088": a stray space after a slash inside the suffix.
      spaced = true;
      end++;
      continue;
    }
    if (/\s/.test(c)) break;
    end++;
  }
  const raw = text.slice(from, end);
  const suffix = trimSuffix(raw);
  return { suffix, end: from + suffix.length, spaced };
}

/** Checks a DOI string, returning why it is malformed or null when it is well formed. */
export function doiProblem(doi: string): string | null {
  const m = /^10\.(\d+(?:\.\d+)*)\/(.*)$/s.exec(doi);
  if (!m) return 'it does not start with "10.", a registrant code and "/"';
  const registrant = m[1]!.split('.')[0]!;
  if (registrant.length < 4) return `its prefix "10.${m[1]}" is too short (a registrant code has at least 4 digits)`;
  const suffix = m[2]!;
  if (!suffix) return 'its suffix after "/" is empty';
  if (/\s/.test(suffix)) return 'it contains spaces';
  const bad = ILLEGAL.exec(suffix);
  if (bad) return `it contains the character ${JSON.stringify(bad[0])}`;
  return null;
}

/** The DOIs printed in `text`, with their index and length in `text`. */
export function scanDois(text: string): Array<{ doi: string; raw: string; index: number; length: number; problem: string | null }> {
  const out: Array<{ doi: string; raw: string; index: number; length: number; problem: string | null }> = [];
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(text); m; m = PREFIX.exec(text)) {
    const prefixEnd = m.index + m[0].length;
    const { suffix, end, spaced } = readSuffix(text, prefixEnd);
    const raw = text.slice(m.index, end);
    const doi = `10.${m[1]}/${suffix}`.replace(/ /g, '');
    let problem = doiProblem(doi);
    if (!problem && (spaced || /\s/.test(m[0]))) problem = 'it contains spaces';
    out.push({ doi, raw, index: m.index, length: raw.length, problem });
    PREFIX.lastIndex = Math.max(end, prefixEnd);
  }
  return out;
}

const PUBLISHER_TAIL = /(?:\/(?:full|abstract|pdf|epdf|fulltext|full-text|meta|html|summary|figures|references|suppl(?:ementary)?)(?:\/.*)?|\.(?:pdf|html?|full|abstract))$/i;

/** The DOI carried by a link target (doi.org or a publisher URL that contains one), or null. */
export function doiFromUrl(url: string): string | null {
  let u = url;
  try {
    u = decodeURIComponent(url);
  } catch {
    /* keep it encoded */
  }
  const m = /(?:^|[/=:])(10\.\d{4,9}(?:\.\d{1,9}){0,3}\/[^\s?#&]{1,300})/.exec(u);
  if (!m) return null;
  return trimSuffix(m[1]!.replace(PUBLISHER_TAIL, ''));
}

/** True when two DOIs name the same paper: equal ignoring case, or one is the other plus a path. */
export function sameDoi(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && /^[/.]/.test(long.slice(short.length));
}

const cache = new WeakMap<ReleaseDocument, DoiMention[]>();

/** Every DOI in the release, in document order: printed ones and link targets. */
export function doiMentions(doc: ReleaseDocument): DoiMention[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: DoiMention[] = [];
  for (const block of proseBlocks(doc)) {
    for (const d of scanDois(block.text)) {
      out.push({ doi: d.doi, key: d.doi.toLowerCase(), offset: sourceOffset(doc, block, d.index, d.length), kind: 'text', block, problem: d.problem, raw: d.raw });
    }
    for (const link of block.links) {
      const doi = doiFromUrl(link.url);
      if (!doi) continue;
      const inText = scanDois(link.text)[0];
      out.push({
        doi,
        key: doi.toLowerCase(),
        offset: link.offset >= 0 ? link.offset : block.start,
        kind: 'link',
        block,
        problem: doiProblem(doi),
        raw: link.url,
        ...(inText ? { linkTextDoi: inText.doi } : {}),
      });
    }
  }
  cache.set(doc, out);
  return out;
}

/** A link whose DOI disagrees with the DOI printed with it: one paper, two DOIs. */
export interface DoiConflict {
  /** The DOI the link goes to. */
  linked: string;
  /** The DOI the text prints. */
  printed: string;
  /** Source offset of the link. */
  offset: number;
}

const conflictCache = new WeakMap<ReleaseDocument, DoiConflict[]>();

/**
 * The links whose DOI disagrees with the DOI printed with them: the DOI in the link's own
 * text, else the one DOI printed in the same paragraph when the paragraph links one DOI only.
 */
export function doiConflicts(doc: ReleaseDocument): DoiConflict[] {
  const hit = conflictCache.get(doc);
  if (hit) return hit;
  const out: DoiConflict[] = [];
  const mentions = doiMentions(doc);
  for (const block of new Set(mentions.map((m) => m.block))) {
    const here = mentions.filter((m) => m.block === block && !m.problem);
    const links = here.filter((m) => m.kind === 'link');
    const printed = [...new Map(here.filter((m) => m.kind === 'text').map((t) => [t.key, t])).values()];
    const linkKeys = new Set(links.map((l) => l.key));
    for (const link of links) {
      if (link.linkTextDoi) {
        if (!doiProblem(link.linkTextDoi) && !sameDoi(link.linkTextDoi, link.doi)) out.push({ linked: link.doi, printed: link.linkTextDoi, offset: link.offset });
        continue;
      }
      // A bare link next to one printed DOI: the two should be the same paper.
      if (printed.length === 1 && linkKeys.size === 1 && !sameDoi(printed[0]!.doi, link.doi)) out.push({ linked: link.doi, printed: printed[0]!.doi, offset: link.offset });
    }
  }
  conflictCache.set(doc, out);
  return out;
}
