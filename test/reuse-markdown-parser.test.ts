import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { reuseMarkdownParser, reuseParts } from '../scripts/reuse-markdown-parser.mjs';

type FromMarkdown = typeof fromMarkdown;
const root = fileURLToPath(new URL('..', import.meta.url));
const rewrite = reuseParts as (source: string) => string;

/** The options remark-parse passes for pr2meta's processor: the same two arrays on every call. */
const options = { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] };

/** Every Markdown file under fixtures/, in a fixed order. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

/** Documents that leave state behind in a parser or a compiler, each followed by one that would show it. */
const TRAPS = [
  '[ref]: https://example.org/paper\n\n# Kelp study\n',
  'Read [ref] and [Ref] for the details.\n',
  '> A quote in a block\nwith a lazy line\n',
  'Plain text\n===\n',
  'A line ending in a hard break  \n',
  'A line ending in a backslash\\\n',
  '[unfinished](https://example.org\n',
  '3. third\n4. fourth\n',
  '- item\n\n  more\n- next\n',
  '```js\nconst a = 1;\n',
  '---\ntitle: Front matter\n---\n\n# After it\n',
  '[ref]\n',
];

describe('the bundle reuses one Markdown parser and compiler (scripts/reuse-markdown-parser.mjs)', () => {
  let reused: FromMarkdown;
  beforeAll(async () => {
    // Bundle mdast-util-from-markdown as the build does, and load it as CommonJS.
    const out = await build({
      stdin: { contents: "export { fromMarkdown } from 'mdast-util-from-markdown';", resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      logLevel: 'silent',
      plugins: [reuseMarkdownParser],
    });
    const module = { exports: {} as { fromMarkdown?: FromMarkdown } };
    new Function('module', 'exports', 'require', out.outputFiles[0]!.text)(module, module.exports, createRequire(import.meta.url));
    reused = module.exports.fromMarkdown!;
  });

  it('gives the same tree as the published module, document after document', () => {
    const texts = [...TRAPS, ...markdownFiles(join(root, 'fixtures')).map((file) => readFileSync(file, 'utf8')), ...TRAPS];
    expect(texts.length).toBeGreaterThan(100);
    for (const [i, text] of texts.entries()) {
      expect(reused(text, options), `document ${i}: ${JSON.stringify(text.slice(0, 40))}`).toEqual(fromMarkdown(text, options));
    }
  });

  it('keeps no link definition from an earlier document', () => {
    reused(TRAPS[0]!, options);
    const tree: Root = reused('See [ref] here.\n', options);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'See [ref] here.' }] });
  });

  it('still parses a call without extension arrays, building its own parts', () => {
    const tree: Root = reused('# Title\n');
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Title' }] });
  });

  it('refuses a module it does not know, naming what is missing', () => {
    expect(() => rewrite('export function fromMarkdown() {}\n')).toThrow(/^Missing "return compiler\(options\).*expected it once \(found 0\)/);
  });
});
