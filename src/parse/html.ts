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

const parser = unified().use(rehypeParse).freeze();
const bridge = unified().use(rehypeRemark).freeze();

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

/** Parses HTML into the same mdast the Markdown path gives, with the page's metadata. */
export function parseHtml(text: string): { tree: Root; meta: Record<string, string> } {
  const hast = parser.parse(text);
  const meta = readMeta(hast);
  const tree = bridge.runSync(hast) as Root;
  return { tree, meta };
}
