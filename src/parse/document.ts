/**
 * Builds the {@link ReleaseDocument} every extractor reads: decoded text, mdast, blocks, sections.
 * @packageDocumentation
 */
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import type { Block, InputFormat, ReleaseDocument } from '../types.js';
import { flattenBlocks } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { defuseDottedDates } from './dotted-date.js';
import { htmlParser } from './loaders.js';
import { assignSections } from './sections.js';
import { unwrapLines } from './unwrap.js';
import { removePageBreaks } from './page-breaks.js';
import { isSingleSpaced } from './single-spaced.js';
import { plainSpaces, plainText } from '../text/spaces.js';
import { blankTags, defuseBrackets, defuseDeepHtml, defuseDeepMarkdown } from './guard.js';

/** Tells the input format from a file name, or null when the extension says nothing. */
export function formatFromPath(path: string | undefined): InputFormat | null {
  const m = /\.([a-z]+)$/i.exec(path ?? '');
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return null;
}

/** Guesses the format of text without a name: a leading HTML tag means HTML. */
export function sniffFormat(text: string): InputFormat {
  return /^\s*(?:<!doctype\s+html|<html|<head|<body|<(?:div|p|h[1-6]|article|section|meta|title|main|span|table)\b)/i.test(text) ? 'html' : 'md';
}

/** Parses a decoded release held in `file.value` into a {@link ReleaseDocument}. */
export function parseRelease(file: VFile, format?: InputFormat): ReleaseDocument {
  const raw = String(file.value);
  const fmt = format ?? formatFromPath(file.path) ?? sniffFormat(raw);
  // No-break and other Unicode spaces read as spaces, page footers and "-more-" go, and a
  // hard-wrapped plain-text or Markdown release reads as one line per paragraph; every offset stays put. (An HTML page's text is
  // made plain as its blocks are read: src/parse/blocks.ts.)
  const text = fmt === 'html' ? raw : unwrapLines(removePageBreaks(plainSpaces(raw)));
  const { tree, meta } = parseGuarded(text, fmt);
  // Front matter and a page's <meta> values read as the blocks do: plain spaces, whole words.
  for (const key of Object.keys(meta)) meta[key] = plainText(meta[key]!);
  // Paragraphs one to a line, with no blank line between them: each line is a block.
  const blocks = flattenBlocks(tree, text.length, fmt !== 'html' && isSingleSpaced(text) ? text : undefined);
  const sections = assignSections(blocks);
  const loc = location(file);
  const pointAt = (offset: number) => {
    const p = loc.toPoint(Math.max(0, Math.min(offset, text.length)));
    return { line: p?.line ?? 1, column: p?.column ?? 1, offset };
  };
  const locate = (block: Block, needle: string): number => {
    if (!needle) return block.start;
    const at = text.indexOf(needle, block.start);
    return at >= 0 && at < block.end ? at : block.start;
  };
  return { file, text, format: fmt, tree, meta, blocks, sections, pointAt, locate };
}

/**
 * Parses with the nesting guards on; an HTML page that still overflows the converters'
 * recursion is read as plain text with its tags blanked.
 */
function parseGuarded(text: string, fmt: InputFormat): ReturnType<typeof parseMarkdown> {
  if (fmt !== 'html') return parseMarkdown(defuseBrackets(defuseDottedDates(defuseDeepMarkdown(text))));
  try {
    return htmlParser()(defuseDeepHtml(text));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return parseMarkdown(defuseBrackets(defuseDeepMarkdown(blankTags(text))));
  }
}
