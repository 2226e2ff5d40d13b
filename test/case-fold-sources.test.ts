import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { foldPattern } from '../scripts/case-fold.mjs';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { regexLiterals } from '../scripts/source-edits.mjs';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { rewriteSource } from '../scripts/unicode-classes.mjs';

const fold = foldPattern as (body: string, flags: string) => string | null;
const rewrite = rewriteSource as (text: string, name?: string) => string;
const literalsOf = regexLiterals as (text: string, name?: string) => Array<{ body: string; flags: string }>;

const root = join(import.meta.dirname, '..');

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A case-insensitive regular-expression literal of the bundle's source, as the build sees it. */
interface Literal {
  file: string;
  body: string;
  flags: string;
}

/** The /i literals (not /v) of every source file, after the build's Unicode-class rewrite. */
function caseInsensitiveLiterals(): Literal[] {
  return walk(join(root, 'src'))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => literalsOf(rewrite(readFileSync(file, 'utf8'), file), file).map(({ body, flags }) => ({ file, body, flags })))
    .filter(({ flags }) => flags.includes('i') && !flags.includes('v'));
}

/** Every match of `re` (made global) in `text`, with its index and groups. */
function matches(re: RegExp, text: string): string {
  return JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m]));
}

// The project's own releases, and a line of the characters whose case mappings are irregular.
const TEXTS = [
  ...walk(join(root, 'fixtures')).filter((f) => /\.(?:md|txt|html)$/.test(f)).map((f) => readFileSync(f, 'utf8')),
  'Said Dr. SMITH ſ K ı İ Ä ä É é ÿ Ÿ µ Μ ß ẞ ǅ ǆ Ω ω Å å ﬀ ﬁ İstanbul ΣΑΪ ϐ ϑ ϕ ϖ ϰ ϱ ϵ ẛ ι ͅ',
];

describe('case-fold over the source: every /i literal the build rewrites matches what it matched', () => {
  const literals = caseInsensitiveLiterals();

  it('finds the source’s case-insensitive literals, and rewrites most of them', () => {
    const folded = literals.filter(({ body, flags }) => fold(body, flags) !== null);
    expect(literals.length).toBeGreaterThan(300);
    expect(folded.length / literals.length).toBeGreaterThan(0.9);
  });

  // Every literal over every fixture (1,300 releases and growing): a few seconds alone, over 30 s on a loaded machine.
  it('gives the same matches, at the same places with the same groups, on every fixture release', { timeout: 180_000 }, () => {
    const differing: string[] = [];
    for (const { file, body, flags } of literals) {
      const folded = fold(body, flags);
      if (folded === null) continue;
      const global = flags.includes('g') ? flags.replace('y', '') : `${flags.replace('y', '')}g`;
      const original = new RegExp(body, global);
      const rewritten = new RegExp(folded, global.replace('i', ''));
      const text = TEXTS.find((t) => matches(original, t) !== matches(rewritten, t));
      if (text !== undefined) differing.push(`${file.slice(root.length)}: /${body.slice(0, 60)}/${flags}`);
    }
    expect(differing).toEqual([]);
  });
});
