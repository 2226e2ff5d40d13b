/**
 * Flattens an mdast tree into paragraph-level {@link Block}s with plain text, links and emphasis.
 * @packageDocumentation
 */
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Block, Link } from '../types.js';
import { plainText } from '../text/spaces.js';
import { letterBars } from '../text/letter-bars.js';
import { endsMidSentence } from '../text/mid-sentence.js';
import { yearFirstDate } from './year-item.js';
import { dayFirstDate } from './day-item.js';

const END_MARK = /^\s*(?:#{3}|-{1,3}\s*30\s*-{1,3}|ENDS?|-{1,3}\s*end\s*-{1,3}|-end-|\*{3}|=+\s*END\s*=+)\s*$/i;

/** True when a line is an end mark (`###`, `-30-`, `ENDS`, `-end-`). */
export function isEndMark(text: string): boolean {
  return END_MARK.test(text);
}

interface InlineAcc {
  parts: string[];
  links: Link[];
  emphasis: string[];
}

/** The URLs of the link definitions ("[1]: https://…") of the tree being flattened, by identifier. */
let definitions = new Map<string, string>();

/** The link definitions of `tree`, read from its block containers (where Markdown puts them). */
function readDefinitions(tree: Root): Map<string, string> {
  const out = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') out.set(node.identifier, node.url);
    else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') for (const child of node.children as Nodes[]) stack.push(child);
  }
  return out;
}

function inlineText(node: Nodes, acc: InlineAcc): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // "Journal of&nbsp;Neuroscience", "neuro&shy;science": plain spaces, whole words.
      acc.parts.push(plainText(node.value));
      return;
    case 'break':
      acc.parts.push('\n');
      return;
    case 'image':
      acc.parts.push(node.alt ?? '');
      return;
    case 'html':
      return;
    case 'link':
    case 'linkReference': {
      const sub: InlineAcc = { parts: [], links: acc.links, emphasis: acc.emphasis };
      for (const child of node.children) inlineText(child, sub);
      const text = sub.parts.join('');
      acc.parts.push(text);
      // "[the paper][1]" with "[1]: https://…" below: the URL of its definition.
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      // A soft hyphen or zero-width space pasted into an address is no part of it.
      if (url !== undefined) acc.links.push({ text, url: plainText(url), offset: node.position?.start.offset ?? -1 });
      return;
    }
    case 'emphasis':
    case 'strong': {
      const sub: InlineAcc = { parts: [], links: acc.links, emphasis: acc.emphasis };
      for (const child of node.children) inlineText(child, sub);
      const text = sub.parts.join('');
      acc.parts.push(text);
      if (text.trim()) acc.emphasis.push(text.trim());
      return;
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) inlineText(child, acc);
  }
}

const stripTags = (html: string): string =>
  plainText(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]{0,2000}>/g, '').replace(/&nbsp;/g, ' '));

/** Trims spaces around every line break, line by line (linear on any input). */
function trimLines(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00a0]+/, '').trimEnd())
    .join('\n')
    .trim();
}

/** Whether an inline node prints nothing but white space (between two line breaks). */
const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';

/**
 * A paragraph that two line breaks in a row cut into parts, as paragraphs of their own: a page
 * that separates its paragraphs with `<br><br>` inside one `<div>`, or Markdown hard breaks with
 * nothing between them. Null when nothing cuts it.
 */
function splitAtBlankLines(node: Paragraph): Paragraph[] | null {
  const groups: PhrasingContent[][] = [[]];
  let breaks = 0;
  for (const child of node.children) {
    if (child.type === 'break') {
      breaks++;
      groups[groups.length - 1]!.push(child);
      continue;
    }
    if (isBlank(child)) {
      groups[groups.length - 1]!.push(child);
      continue;
    }
    if (breaks >= 2) groups.push([]);
    breaks = 0;
    groups[groups.length - 1]!.push(child);
  }
  if (groups.length < 2) return null;
  return groups.map((children) => {
    const first = children[0]?.position;
    const last = children[children.length - 1]?.position;
    return { type: 'paragraph', children, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
  });
}

/**
 * The lines of a paragraph as separate pieces, with their offsets in `source`, when the
 * paragraph's text has as many lines as its source does (inline markup never spans a line
 * break); null otherwise, or when it has one line.
 */
function paragraphLines(node: Nodes, text: string, source: string): Array<{ text: string; start: number; end: number }> | null {
  if (!text.includes('\n')) return null;
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const lines = text.split('\n');
  const raw = source.slice(from, to).split('\n');
  if (raw.length !== lines.length) return null;
  const out: Array<{ text: string; start: number; end: number }> = [];
  let at = from;
  for (let i = 0; i < lines.length; i++) {
    const end = at + raw[i]!.length;
    const last = out[out.length - 1];
    // A sentence that runs on over the break (around a link or a bold phrase that a page's
    // converter put on a line of its own) stays one block.
    if (last && runsOn(last.text, lines[i]!)) {
      last.text += `\n${lines[i]!}`;
      last.end = end;
    } else out.push({ text: lines[i]!, start: at, end });
    at = end + 1;
  }
  return out.length > 1 ? out : null;
}

/** Whether `next` goes on with the sentence `line` leaves open: it opens in lower case or with punctuation, or `line` ends on a comma or a word such as "at". */
function runsOn(line: string, next: string): boolean {
  const a = line.trimEnd();
  const b = next.trimStart();
  if (!a || !b) return false;
  return /^[\p{Ll},.;:)\]–—]/u.test(b) || endsMidSentence(a);
}

/**
 * Flattens `tree` into blocks in document order; `sourceLength` bounds positionless nodes.
 * With `lineSource` (the text the tree was parsed from, when its paragraphs are separated by
 * single line breaks: `src/parse/single-spaced.ts`), each line of a paragraph is a block of its own.
 */
export function flattenBlocks(tree: Root, sourceLength: number, lineSource?: string): Block[] {
  definitions = readDefinitions(tree);
  const blocks: Block[] = [];
  let lastEnd = 0;
  const push = (node: Nodes, kind: Block['kind'], depth: number, text: string, acc: InlineAcc | null, quoteDepth: number, inList: boolean, ordinal?: number): void => {
    const start = node.position?.start.offset ?? lastEnd;
    const end = node.position?.end.offset ?? Math.min(sourceLength, start + text.length);
    lastEnd = end;
    const clean = letterBars(trimLines(text));
    if (!clean && !(kind === 'heading' && depth === 3)) return;
    const endKind = (kind === 'heading' && !clean) || (kind !== 'code' && isEndMark(clean)) ? 'end' : kind;
    blocks.push({
      index: blocks.length,
      kind: endKind,
      depth,
      text: clean,
      start,
      end,
      section: 'body',
      links: acc?.links ?? [],
      emphasis: acc?.emphasis ?? [],
      quoteDepth,
      inList,
      ...(ordinal !== undefined ? { ordinal } : {}),
      node,
    });
  };
  // An explicit stack instead of recursion: 20,000 nested block quotes must not overflow.
  // `ordinal`: the number of the ordered-list item whose first block the node opens.
  const stack: Array<{ node: Nodes; quoteDepth: number; inList: boolean; ordinal?: number }> = [{ node: tree, quoteDepth: 0, inList: false }];
  while (stack.length) {
    const { node, quoteDepth, inList, ordinal } = stack.pop()!;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const parts = node.type === 'paragraph' ? splitAtBlankLines(node) : null;
        if (parts) {
          for (let i = parts.length - 1; i >= 0; i--) stack.push({ node: parts[i]!, quoteDepth, inList, ...(i === 0 && ordinal !== undefined ? { ordinal } : {}) });
          break;
        }
        const acc: InlineAcc = { parts: [], links: [], emphasis: [] };
        for (const child of node.children) inlineText(child, acc);
        const text = acc.parts.join('');
        const lines = lineSource !== undefined && node.type === 'paragraph' ? paragraphLines(node, text, lineSource) : null;
        if (lines) {
          for (const line of lines) {
            const own: InlineAcc = {
              parts: [line.text],
              links: acc.links.filter((l) => l.offset >= line.start && l.offset < line.end),
              emphasis: acc.emphasis.filter((e) => line.text.includes(e)),
            };
            // Each line's own position, so that provenance and the block's offsets point at it.
            const at = { start: { line: 0, column: 0, offset: line.start }, end: { line: 0, column: 0, offset: line.end } };
            push({ ...node, position: at }, 'paragraph', 0, line.text, own, quoteDepth, inList);
          }
          break;
        }
        // "2037. március 12.": a year-first date line, not a list item numbered 2037; "10. März 2038": a day-first one, not item 10.
        const dated = node.type === 'paragraph' && inList ? (yearFirstDate(ordinal, text) ?? dayFirstDate(ordinal, text)) : null;
        if (dated !== null) {
          const at = node.position ? { ...node.position, start: { ...node.position.start, offset: Math.max(0, (node.position.start.offset ?? 0) - (dated.length - text.trim().length)) } } : undefined;
          push(at ? { ...node, position: at } : node, 'paragraph', 0, dated, acc, quoteDepth, false);
          break;
        }
        push(node, node.type, node.type === 'heading' ? node.depth : 0, text, acc, quoteDepth, inList, ordinal);
        break;
      }
      case 'code':
        push(node, 'code', 0, plainText(node.value), null, quoteDepth, inList);
        break;
      case 'html':
        push(node, 'html', 0, stripTags(node.value), null, quoteDepth, inList);
        break;
      case 'tableRow': {
        const cells = node.children.map((cell) => {
          const acc: InlineAcc = { parts: [], links: [], emphasis: [] };
          inlineText(cell, acc);
          return acc;
        });
        const acc: InlineAcc = {
          parts: [cells.map((c) => c.parts.join('').trim()).join('\t')],
          links: cells.flatMap((c) => c.links),
          emphasis: cells.flatMap((c) => c.emphasis),
        };
        push(node, 'tableRow', 0, acc.parts[0]!, acc, quoteDepth, inList);
        break;
      }
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        break;
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          const q = node.type === 'blockquote' ? quoteDepth + 1 : quoteDepth;
          const l = inList || node.type === 'list' || node.type === 'listItem';
          // An ordered list's items are numbered from its start; an item's number goes to its first block.
          const number = (i: number): number | undefined =>
            node.type === 'list' && node.ordered ? (node.start ?? 1) + i : node.type === 'listItem' && i === 0 ? ordinal : undefined;
          for (let i = children.length - 1; i >= 0; i--) {
            const n = number(i);
            stack.push({ node: children[i]!, quoteDepth: q, inList: l, ...(n !== undefined ? { ordinal: n } : {}) });
          }
        }
    }
  }
  return blocks;
}
