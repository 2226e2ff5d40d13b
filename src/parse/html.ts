/**
 * HTML to mdast through rehype-parse and rehype-remark, keeping positions and link targets,
 * plus the page's `<title>` and `<meta>` values.
 * @packageDocumentation
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Root as HastRoot, Element, Nodes as HastNodes } from 'hast';
import type { Root } from 'mdast';
import { separateSpanParts } from './span-parts.js';

const parser = unified().use(rehypeParse).freeze();
// `newlines`: a line break in the source of a paragraph stays a soft line break, as in Markdown. Pages printed
// from Markdown keep a contact block or a reference on lines of their own inside one `<p>`; collapsed to spaces,
// their lines ran together ("Contact: Name Press Office +44 …").
const bridge = unified().use(rehypeRemark, { newlines: true }).freeze();

const textOf = (node: HastNodes): string => {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as HastNodes[]).map(textOf).join('');
  return '';
};

/** Collects `<title>`, `<meta name|property=… content=…>` (the first of each name; every `citation_author`, a line each), `<time datetime>` and an article's JSON-LD headline and date from a page, in document order. */
function readMeta(tree: HastRoot): Record<string, string> {
  const meta: Record<string, string> = {};
  const stack: HastNodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'title' && !meta.title) meta.title = textOf(el).trim();
      if (el.tagName === 'meta') {
        const key = el.properties.name ?? el.properties.property ?? el.properties.itemProp;
        const content = el.properties.content;
        if (typeof key === 'string' && typeof content === 'string') {
          const k = key.toLowerCase();
          if (!(k in meta)) meta[k] = content;
          // A paper's authors are one `citation_author` meta each: every one is kept, a line apiece.
          else if (k === 'citation_author') meta[k] += `\n${content}`;
        }
      }
      if (el.tagName === 'time' && typeof el.properties.dateTime === 'string' && !meta['time']) meta['time'] = el.properties.dateTime;
      if (el.tagName === 'script' && String(el.properties.type ?? '').toLowerCase() === 'application/ld+json') readJsonLd(textOf(el), meta);
    }
    // In document order: the first `<time>` is the article's, not one of a list of related stories below it.
    if ('children' in node) {
      const children = node.children as HastNodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return meta;
}

/** The JSON-LD keys of an article that pr2meta reads, and the meta keys they fill. */
const JSON_LD_KEYS: ReadonlyArray<[string, string]> = [
  ['headline', 'headline'],
  ['datePublished', 'datepublished'],
];

/** Copies an article's `headline` and `datePublished` from a JSON-LD script into `meta` (first value wins; bad JSON is ignored). */
function readJsonLd(json: string, meta: Record<string, string>): void {
  if (json.length > 200_000 || !/"(?:headline|datePublished)"/.test(json)) return;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  for (let n = 0; n < 50 && queue.length; n++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item.slice(0, 20));
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      for (const [from, to] of JSON_LD_KEYS) {
        const v = record[from];
        if (typeof v === 'string' && v.trim() && !(to in meta)) meta[to] = v.trim();
      }
      if (Array.isArray(record['@graph'])) queue.push(record['@graph']);
    }
  }
}

/** Superscript digits, by value. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A reference mark's text: endnote numbers, perhaps a list or range ("1", "2,3", "4–6"). */
const MARK_TEXT = /^\s*\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,5}\s*$/;

/**
 * True when a mark between `before` and `after` ends a sentence, as an endnote's does ("study.<sup>1</sup>",
 * "study<sup>1</sup>."); affiliation numbers after a name ("Tan, J. Y.<sup>1</sup>,", "Chua<sup>1</sup>,") do not.
 */
function endnoteMark(before: HastNodes | undefined, after: HastNodes | undefined): boolean {
  const prev = before ? textOf(before) : '';
  const next = after ? textOf(after) : '';
  return /\p{Ll}[.!?][”"’]?$/u.test(prev) || (/\p{Ll}$/u.test(prev) && /^[.!?]/.test(next));
}

/**
 * Turns each `<sup>` that holds only endnote numbers at a sentence's end into superscript digits
 * ("study.<sup>1</sup>" is "study.¹"), as a Markdown or plain-text release prints its marks, so the mark stays apart from
 * the sentence's words and numbers.
 */
function superscriptMarks(tree: HastRoot): void {
  const stack: HastNodes[] = [tree];
  for (let n = 0; stack.length && n < 200_000; n++) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as HastNodes[];
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.type === 'element' && c.tagName === 'sup' && MARK_TEXT.test(textOf(c)) && endnoteMark(children[i - 1], children[i + 1])) {
        const value = textOf(c).trim().replace(/\d/g, (d) => SUPERSCRIPT_DIGITS.charAt(Number(d)));
        children[i] = { type: 'text', value, ...(c.position ? { position: c.position } : {}) };
      } else stack.push(c);
    }
  }
}

/**
 * Turns each `<cite>` of running text (not of a block quote, where it names the source) into
 * `<em>`, so a paper's title set in it reads as an emphasised title does ("The study,
 * <cite>Title</cite>, is published in …").
 */
function citesAsEmphasis(tree: HastRoot): void {
  const stack: Array<{ node: HastNodes; quoted: boolean }> = [{ node: tree, quoted: false }];
  for (let n = 0; stack.length && n < 200_000; n++) {
    const { node, quoted } = stack.pop()!;
    if (!('children' in node)) continue;
    for (const c of node.children as HastNodes[]) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'cite' && !quoted) c.tagName = 'em';
      stack.push({ node: c, quoted: quoted || c.tagName === 'blockquote' || c.tagName === 'figure' || c.tagName === 'q' });
    }
  }
}

/** ARIA roles of a page's menus, whose links are no part of the release. */
const MENU_ROLES = new Set(['navigation', 'menu', 'menubar']);

/**
 * Removes a page's navigation (`<nav>` and elements with a menu role), whose link texts would
 * otherwise run together into a line read before the headline ("Home News About us").
 */
function dropNavigation(tree: HastRoot): void {
  const stack: HastNodes[] = [tree];
  for (let n = 0; stack.length && n < 200_000; n++) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as HastNodes[];
    const kept = children.filter(
      (c) => c.type !== 'element' || (c.tagName !== 'nav' && !MENU_ROLES.has(String(c.properties.role ?? '').toLowerCase())),
    );
    if (kept.length !== children.length) (node as { children: HastNodes[] }).children = kept;
    for (const c of kept) stack.push(c);
  }
}

/** Parses HTML into the same mdast the Markdown path gives, with the page's metadata. */
export function parseHtml(text: string): { tree: Root; meta: Record<string, string> } {
  const hast = parser.parse(text);
  const meta = readMeta(hast);
  dropNavigation(hast);
  superscriptMarks(hast);
  citesAsEmphasis(hast);
  separateSpanParts(hast);
  const tree = bridge.runSync(hast) as Root;
  return { tree, meta };
}
