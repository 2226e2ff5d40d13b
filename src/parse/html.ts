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

/** Collects `<title>`, `<meta name|property=… content=…>` and `<time datetime>` from a page. */
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
        if (typeof key === 'string' && typeof content === 'string' && !(key.toLowerCase() in meta)) meta[key.toLowerCase()] = content;
      }
      if (el.tagName === 'time' && typeof el.properties.dateTime === 'string' && !meta['time']) meta['time'] = el.properties.dateTime;
    }
    if ('children' in node) for (const child of node.children as HastNodes[]) stack.push(child);
  }
  return meta;
}

/** Parses HTML into the same mdast the Markdown path gives, with the page's metadata. */
export function parseHtml(text: string): { tree: Root; meta: Record<string, string> } {
  const hast = parser.parse(text);
  const meta = readMeta(hast);
  const tree = bridge.runSync(hast) as Root;
  return { tree, meta };
}
