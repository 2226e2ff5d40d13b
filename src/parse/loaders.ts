/**
 * Parsers that only some inputs need (HTML, YAML front matter), loaded on first use so that
 * a Markdown release never pays for them.
 * @packageDocumentation
 */
import type { Root } from 'mdast';

/** Parses HTML into mdast plus the page's metadata. */
export type HtmlParser = (text: string) => { tree: Root; meta: Record<string, string> };
/** Parses YAML text into a value. */
export type YamlParser = (text: string) => unknown;

const loaded: { html?: HtmlParser; yaml?: YamlParser } = {};

/** Makes parsers available synchronously (the library entry registers all of them). */
export function registerParsers(parsers: { html?: HtmlParser; yaml?: YamlParser }): void {
  if (parsers.html) loaded.html = parsers.html;
  if (parsers.yaml) loaded.yaml = parsers.yaml;
}

/** Loads the parsers `text` in `format` will need; resolves at once when they are there. */
export async function loadParsersFor(text: string, format: 'md' | 'html' | 'txt'): Promise<void> {
  if (format === 'html' && !loaded.html) loaded.html = (await import('./html.js')).parseHtml;
  if (format !== 'html' && !loaded.yaml && /^---[ \t]*\n/.test(text)) loaded.yaml = (await import('yaml')).parse;
}

/** The HTML parser, or an error saying how to load it. */
export function htmlParser(): HtmlParser {
  if (!loaded.html) throw new Error('Missing HTML parser, expected loadParsersFor() or the library entry to load it first');
  return loaded.html;
}

/** The YAML parser when loaded, else null (front matter is then read line by line). */
export function yamlParser(): YamlParser | null {
  return loaded.yaml ?? null;
}
