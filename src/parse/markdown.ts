/**
 * Markdown and plain text to mdast with remark-parse, YAML front matter included.
 * @packageDocumentation
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { yamlParser } from './loaders.js';
import type { Root } from 'mdast';

/**
 * A remark plugin that turns off indented code: in a release, a line indented by a tab or four
 * spaces is a paragraph's first line (typewriter and newswire style) or text pasted from a word
 * processor, never a program listing. Fenced code still parses.
 */
function remarkNoIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/** The one frozen Markdown parser, reused for every input. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkNoIndentedCode).freeze();

/** Parses Markdown (or plain text) into mdast and reads its front matter as strings. */
export function parseMarkdown(text: string): { tree: Root; meta: Record<string, string> } {
  const tree = processor.parse(text);
  const meta: Record<string, string> = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    try {
      const data: unknown = (yamlParser() ?? simpleYaml)(first.value);
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
          if (value instanceof Date) meta[key.toLowerCase()] = value.toISOString().slice(0, 10);
          else if (value !== null && typeof value !== 'object') meta[key.toLowerCase()] = String(value);
        }
      }
    } catch {
      // Front matter that is not valid YAML (a title wrapped onto an unindented line, a stray
      // colon) is read line by line instead, so its date and title are not lost.
      for (const [key, value] of Object.entries(simpleYaml(first.value))) meta[key.toLowerCase()] = value;
    }
  }
  return { tree, meta };
}

/**
 * Reads `key: value` lines, for front matter when the YAML parser is not loaded or the text is
 * not valid YAML: a line that names no key continues the value above it, as a wrapped title does.
 */
export function simpleYaml(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let last: string | null = null;
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w-]{0,60})\s*:\s*(.*)$/.exec(line);
    if (m) {
      last = m[2] ? m[1]! : null;
      if (m[2]) out[m[1]!] = m[2];
    } else if (last !== null && line.trim() !== '' && !/^\s*(?:-\s|#)/.test(line)) {
      out[last] += ` ${line.trim()}`;
    } else last = null;
  }
  for (const key of Object.keys(out)) out[key] = out[key]!.trim().replace(/^(["'])(.*)\1$/s, '$2');
  return out;
}
