/**
 * Markdown and plain text to mdast with remark-parse, YAML front matter included.
 * @packageDocumentation
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

/** The one frozen Markdown parser, reused for every input. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown (or plain text) into mdast and reads its front matter as strings. */
export function parseMarkdown(text: string): { tree: Root; meta: Record<string, string> } {
  const tree = processor.parse(text);
  const meta: Record<string, string> = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    try {
      const data: unknown = parseYaml(first.value);
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
