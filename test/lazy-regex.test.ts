import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { lazySource } from '../scripts/lazy-regex.mjs';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { bundleSource } from '../scripts/unicode-classes.mjs';

const lazy = lazySource as (text: string, name?: string) => string;
const bundle = bundleSource as (text: string, name: string) => string;

/** The module `source` compiled to CommonJS and run, with its exports. */
function load(source: string): Record<string, (...args: string[]) => unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, (...args: string[]) => unknown> };
  new Function('module', 'exports', js)(module, module.exports);
  return module.exports;
}

/** Sources the rewrite defers, with what the rewritten module must contain. */
const DEFERRED: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    'a literal used in a function',
    'const DOI = /\\b10\\.\\d{4,9}\\/\\S+/g;\nexport function dois(s: string): string[] { DOI.lastIndex = 0; return s.match(DOI) ?? []; }',
    ['let DOI$lazy; const DOI$make = () => (DOI$lazy = /\\b10\\.\\d{4,9}\\/\\S+/g);', '(DOI$lazy ?? DOI$make()).lastIndex = 0', 's.match((DOI$lazy ?? DOI$make()))'],
  ],
  [
    'a constant with a type annotation',
    'const SAID: RegExp = /\\bsaid\\b/;\nexport const said = (s: string): boolean => SAID.test(s);',
    ['let SAID$lazy; const SAID$make = () => (SAID$lazy = /\\bsaid\\b/);'],
  ],
  [
    'a shorthand property',
    "const EMAIL = /@/;\nexport function rule(): { EMAIL: RegExp } { return { EMAIL }; }",
    ['return { EMAIL: (EMAIL$lazy ?? EMAIL$make()) };'],
  ],
  [
    'a constructed expression reading other constants, one of them deferred too',
    "const WORDS = /said|says/;\nconst PREFIX = 'x';\nconst VERB = new RegExp(`${PREFIX}(?:${WORDS.source})`, 'u');\nexport const verb = (s: string): boolean => VERB.test(s);",
    ["const VERB$make = () => (VERB$lazy = new RegExp(`${PREFIX}(?:${(WORDS$lazy ?? WORDS$make()).source})`, 'u'));"],
  ],
  [
    'a member of the same name elsewhere',
    'const TEL = /tel/;\nexport const o = { TEL: 1 };\nexport const t = (x: { TEL: number }, s: string): boolean => x.TEL > 0 && TEL.test(s);',
    ['export const o = { TEL: 1 };', 'x.TEL > 0 && (TEL$lazy ?? TEL$make()).test(s)'],
  ],
];

/** Sources the rewrite must leave as they are, and why. */
const EAGER: ReadonlyArray<readonly [string, string]> = [
  ['an exported constant', 'export const DOI = /10\\./;\nexport const f = (s: string): boolean => DOI.test(s);'],
  ['a name exported by a list', 'const DOI = /10\\./;\nexport { DOI };'],
  ['a parameter of the same name', 'const DOI = /10\\./;\nexport const f = (DOI: string): boolean => DOI.length > 0;'],
  ['a local of the same name', 'const DOI = /10\\./;\nexport function f(): number { const DOI = 1; return DOI; }'],
  ['a use in a type', 'const DOI = /10\\./;\nexport type D = typeof DOI;'],
  ['a constructed expression reading a variable', "let flags = 'g';\nconst RE = new RegExp('a', flags);\nexport const f = (s: string): boolean => RE.test(s);"],
  ['a constructed expression calling a function', "const RE = new RegExp(['a', 'b'].map((w) => w).join('|'));\nexport const f = (s: string): boolean => RE.test(s);"],
  ['two declarations in one statement', 'const A = /a/, B = /b/;\nexport const f = (s: string): boolean => A.test(s) || B.test(s);'],
  ['a literal inside an array', 'const RULES = [/a/, /b/];\nexport const f = (s: string): boolean => RULES.some((r) => r.test(s));'],
  ['a literal inside a function', 'export const f = (s: string): boolean => /a/.test(s);'],
];

describe('lazy-regex, the build step that creates top-level regular expressions on first use', () => {
  describe('defers', () => {
    it.each(DEFERRED)('%s', (_, source, wanted) => {
      const out = lazy(source);
      for (const piece of wanted) expect(out).toContain(piece);
    });
  });

  describe('leaves eager', () => {
    it.each(EAGER)('%s', (_, source) => {
      expect(lazy(source)).toBe(source);
    });
  });

  it('keeps what a module computes, and creates each expression once, at its first use', () => {
    const source = [
      "const DOI = /\\b10\\.\\d{4,9}\\/[^\\s,;]+/g;",
      "const VERB = new RegExp(`\\\\b(?:${['said', 'says'].join('|')})\\\\b`, 'g');",
      'export function dois(s: string): string[] { return [...s.matchAll(DOI)].map((m) => m[0]); }',
      'export function verbs(s: string): number { let n = 0; VERB.lastIndex = 0; while (VERB.exec(s)) n++; return n; }',
      'export function same(): boolean { return DOI === DOI; }',
    ].join('\n');
    const text = 'See 10.1234/abc.5, 10.5555/xyz; she said, and he says.';
    const before = load(source);
    const after = load(lazy(source));
    expect(lazy(source)).not.toBe(source);
    expect(after.dois(text)).toEqual(['10.1234/abc.5', '10.5555/xyz']);
    expect(after.dois(text)).toEqual(before.dois(text));
    expect(after.verbs(text)).toBe(2);
    expect(after.same()).toBe(true);
  });

  it('turns every module of src/ into TypeScript that parses, as the bundles compile it', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src');
    let deferred = 0;
    for (const file of files) {
      const out = bundle(readFileSync(file, 'utf8'), file);
      deferred += out.match(/\$make = \(\) =>/g)?.length ?? 0;
      const result = ts.transpileModule(out, { fileName: 'module.ts', reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
      expect(result.diagnostics?.map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`) ?? []).toEqual([]);
    }
    expect(deferred).toBeGreaterThan(500);
  }, 120_000);
});
