/**
 * DOIs in every printed form: bare, `doi:`, `DOI `, resolver URLs, publisher URLs that
 * embed a DOI, URL-encoded link targets, and DOIs printed with stray spaces.
 * @packageDocumentation
 */
import { cutGluedTail } from './glued-doi-tail.js';
import { nextMatch } from './matches.js';

/** A DOI found in a string, with its index in that string. */
export interface DoiMatch {
  doi: string;
  index: number;
}

/** A DOI printed without spaces: `10.` registrant `/` suffix (CJK punctuation and full-width forms such as 【】 end it). */
const STRICT = /\b10\.\d{4,9}\/[^\s"<>\u3000-\u303f\uff00-\uffef]{1,300}/g;
/**
 * A DOI printed with stray spaces after `10.` or after a slash (`10. 1093/ brain/ awx088`); two
 * where a hard-wrapped line that ended in one was joined to the next (`10.␠␠1093/`).
 */
const SPACED = /\b10\.[ \t]{0,2}\d{4,9}[ \t]{0,2}\/[ \t]{0,2}[^\s"<>/\u3000-\u303f\uff00-\uffef]{1,120}(?:\/[ \t]{0,2}[^\s"<>/\u3000-\u303f\uff00-\uffef]{1,120}){0,8}/g;
/** A DOI that a line wrap (a PDF or Word conversion) broke right after its slash: "10.1029/⏎2031GL101234". */
const BROKEN_AT_SLASH = /\b10\.\d{4,9}\/\n[ \t]{0,8}(?=[\w(])[^\s"<>\u3000-\u303f\uff00-\uffef]{1,300}/g;

const OPENERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * Cuts trailing punctuation from a DOI while keeping balanced brackets:
 * `10.1016/S0140-6736(17)30058-2` stays whole, `10.1000/abc).` loses `).`.
 */
export function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const last = doi.charAt(doi.length - 1);
    if (/[.,;:!?'"’”»*_]/.test(last)) {
      doi = doi.slice(0, -1);
      continue;
    }
    const open = OPENERS[last];
    if (open) {
      const opens = doi.split(open).length - 1;
      const closes = doi.split(last).length - 1;
      if (closes > opens) {
        doi = doi.slice(0, -1);
        continue;
      }
    }
    return doi;
  }
}

/** A text that is only a DOI, perhaps labelled ("DOI: 10.…") or as a resolver link, with a closing full stop: group 1 is the DOI. */
export const DOI_ALONE = /^\s*(?:DOI|doi|Doi)?\s?:?\s?(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+?)[.\s]*$/;

/** True for a string shaped like a DOI (`10.NNNN/suffix`). */
export const isDoi = (s: string): boolean => /^10\.\d{4,9}\/\S{1,300}$/.test(s);

/** At most this many DOIs are read from one text: no release cites more, and hostile input stays fast. */
const MAX = 100;

/** Finds every DOI printed in `text`, in order, spaces removed and trailing punctuation cut. */
export function findDois(text: string): DoiMatch[] {
  const found: DoiMatch[] = [];
  // Both patterns need "10." (most blocks print no DOI).
  if (!text.includes('10.')) return found;
  const seen = new Set<number>();
  for (let m: RegExpExecArray | null = (SPACED.lastIndex = 0, null); (m = nextMatch(SPACED, text)); ) {
    if (found.length >= MAX) break;
    if (!/[ \t]/.test(m[0])) continue;
    const doi = trimDoi(m[0].replace(/[ \t]/g, ''));
    if (isDoi(doi)) {
      found.push({ doi, index: m.index });
      seen.add(m.index);
    }
  }
  for (let m: RegExpExecArray | null = (STRICT.lastIndex = 0, null); (m = nextMatch(STRICT, text)); ) {
    if (found.length >= MAX) break;
    if (seen.has(m.index)) continue;
    const url = inUrl(text, m.index);
    // "[10.1016/j.x.2031.01.002](https://doi.org/10.1016/j.x.2031⏎.01.002)": a Markdown link that a wrap left unparsed; its text ends at "](".
    const link = m[0].indexOf('](');
    const raw = link > 0 ? m[0].slice(0, link) : m[0];
    // A resolver link broken by a line wrap ("https://doi.org/10.1038/s41558-031-⏎02284-7") is joined as a bare DOI is.
    const doi = trimDoi(cutGluedTail(trimDoi(sici(text, m.index, wrapped(text, m.index, url ? urlTail(raw, !url.includes('doi.org')) : raw)))));
    if (isDoi(doi)) found.push({ doi, index: m.index });
  }
  if (text.includes('/\n')) {
    for (let m: RegExpExecArray | null = (BROKEN_AT_SLASH.lastIndex = 0, null); (m = nextMatch(BROKEN_AT_SLASH, text)); ) {
      if (found.length >= MAX) break;
      const doi = trimDoi(m[0].replace(/\s/g, ''));
      if (isDoi(doi)) found.push({ doi, index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A SICI-style DOI cut at its angle bracket: "10.1002/(SICI)1097-4636(199601)30:1" before "<1::AID-JBM1>3.0.CO;2-W". */
const SICI_HEAD = /\(SICI\)[^\s]{0,60}:\d{1,4}$/i;
/** The rest of a SICI-style DOI: "<1::AID-JBM1>3.0.CO;2-W". */
const SICI_REST = /^<[^\s<>"]{1,60}>[^\s<>"]{1,40}/;

/** `doi` (found at `index` of `text`), with the angle-bracket part of a SICI-style DOI that follows it. */
function sici(text: string, index: number, doi: string): string {
  if (!doi.includes('(SICI)') && !doi.includes('(sici)')) return doi;
  const at = text.indexOf(doi, index);
  if (at < 0 || text.charAt(at + doi.length) !== '<' || !SICI_HEAD.test(doi)) return doi;
  const rest = SICI_REST.exec(text.slice(at + doi.length, at + doi.length + 110));
  return rest ? doi + rest[0] : doi;
}

/** The rest of a DOI that a line wrap broke after a hyphen: "10.1038/s41566-027-⏎01488-3". */
const WRAPPED_REST = /^\n[ \t]{0,8}([\w.()\/-]{1,120})/;

/** `doi` (found at `index` of `text`), joined with its continuation when it ends in a hyphen at a line break. */
function wrapped(text: string, index: number, doi: string): string {
  if (doi.endsWith('-')) {
    const rest = WRAPPED_REST.exec(text.slice(index + doi.length, index + doi.length + 130));
    return rest ? doi + rest[1]! : doi;
  }
  // "10.1016/j.biocon.2027.⏎110388": broken after a full stop, the rest alone on its line.
  if (doi.endsWith('.') && text.charAt(index + doi.length) === '\n') {
    const rest = WRAPPED_NUMBER.exec(text.slice(index + doi.length, index + doi.length + 40));
    return rest ? doi + rest[1]! : doi;
  }
  return doi;
}

/** The digits that end a DOI broken after a full stop, alone on the next line. */
const WRAPPED_NUMBER = /^\n[ \t]{0,8}(\d{1,20}[a-z]?)[ \t]*(?:\n|$)/;

/** Path segments publishers append after a DOI in a URL. */
const URL_TAIL = /\/(?:abstract|full|fulltext|pdf|epdf|pdfdirect|meta|html|references|figures|tables|info|suppl(?:emental)?|metrics|article-info|citedby)(?:\/.*)?$/i;

/** A bioRxiv or medRxiv version and page after the DOI in the server's URL ("…/10.1101/2031.03.14.587123v2.full"). */
const PREPRINT_VERSION = /^(10\.1101\/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,9})v\d{1,2}(?:[./-].{0,60})?$/s;

/** A publisher's own article number after the DOI ("…/doi/10.1093/brain/awad412/7581234"). */
const ARTICLE_NUMBER_TAIL = /(\/[^/]{1,200})\/\d{5,12}$/;

/**
 * Cuts a query, fragment or publisher path segment that follows a DOI inside a URL; in a
 * publisher's URL (`publisher`), also an all-digit article number after the DOI.
 */
const urlTail = (s: string, publisher = false): string => {
  const t = s.replace(/[?#&].*$/s, '').replace(URL_TAIL, '').replace(PREPRINT_VERSION, '$1');
  return publisher ? t.replace(ARTICLE_NUMBER_TAIL, '$1') : t;
};

/** The URL that the text at `index` is part of (`https://…/10.…`), up to `index`; null when none. */
function inUrl(text: string, index: number): string | null {
  const lo = Math.max(0, index - 300);
  // The run of non-space characters that ends at `index` (what `/\S*$/` finds, without its backtracking).
  let start = index;
  while (start > lo && !SPACE.test(text.charAt(start - 1))) start--;
  const run = text.slice(start, index);
  return /:\/\/|www\./i.test(run) ? run : null;
}

/** One white-space character, as `\s` reads it. */
const SPACE = /^\s$/;

/** Decodes percent escapes, leaving the input unchanged when it is malformed. */
function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url.replace(/%2F/gi, '/');
  }
}

/**
 * The DOI inside a link target: `https://doi.org/…`, `dx.doi.org`, publisher paths
 * (`/doi/10…`, `/doi/full/10…`, `/article/10…`), query parameters (`?doi=10…`), URL-encoded.
 */
export function doiFromUrl(url: string): string | null {
  const u = decode(url.trim());
  const m = /10\.\d{4,9}\/[^\s"<>?#&]{1,300}/.exec(u);
  if (!m) return null;
  const doi = trimDoi(sici(u, m.index, urlTail(m[0], !u.slice(0, m.index).toLowerCase().includes('doi.org'))));
  return isDoi(doi) ? doi : null;
}

/** A case-insensitive key for deduplicating DOIs. */
export const doiKey = (doi: string): string => doi.toLowerCase();

/**
 * Registrants of data and code repositories (Zenodo, Dryad, figshare, OSF, Harvard Dataverse,
 * PANGAEA, GBIF, Mendeley Data, USGS ScienceBase data releases, NASA EOSDIS, EDI): their DOIs
 * name a data set or code, never a paper.
 */
const DATA_REGISTRANTS: ReadonlySet<string> = new Set(['10.5281', '10.5061', '10.6084', '10.17605', '10.7910', '10.1594', '10.15468', '10.17632', '10.5066', '10.5067', '10.6073']);

/** Crossref's Funder Registry: its DOIs ("https://doi.org/10.13039/501100000780" in a funding note) name a funder, never a paper. */
const FUNDER_REGISTRY = '10.13039';

/** True for the DOI of a data set or code in a repository, or of a funder, rather than of a paper. */
export const isDataDoi = (doi: string): boolean => {
  const prefix = doi.slice(0, doi.indexOf('/'));
  return DATA_REGISTRANTS.has(prefix) || prefix === FUNDER_REGISTRY;
};
