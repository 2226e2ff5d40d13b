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
      // Front matter that is not YAML is left out; the body still parses.
    }
  }
  return { tree, meta };
}

/** Reads `key: value` lines, for front matter when the YAML parser is not loaded. */
function simpleYaml(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w-]{0,60})\s*:\s*(.*)$/.exec(line);
    if (m && m[2]) out[m[1]!] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}
