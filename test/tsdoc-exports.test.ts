import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** Every TypeScript file under `dir`, relative to src/. */
function sourcesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.ts') ? [`${prefix}${e.name}`] : [],
  );
}

/** A declaration this module exports (re-exports of types, `export type { … } from`, are documented where they are declared). */
const DECLARATION = /^export (?:async )?(?:function|const|let|class|interface|type|enum) /;

/** The exported declarations of a source that have no TSDoc comment right above them (decorator-free TypeScript). */
function undocumented(text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    if (!DECLARATION.test(line) || /^export type (?:\{|\*)/.test(line)) return [];
    let j = i - 1;
    while (j >= 0 && /^\s*\/\/ eslint-disable/.test(lines[j]!)) j--;
    return j >= 0 && lines[j]!.trimEnd().endsWith('*/') ? [] : [`${i + 1}: ${line.slice(0, 70)}`];
  });
}

describe('TSDoc', () => {
  const files = sourcesUnder(SRC);

  it('finds the sources', () => {
    expect(files).toContain('convert.ts');
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files)('%s opens with a package comment and documents every export', (file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    expect(text.startsWith('/**'), 'Missing package comment, expected the file to open with /**').toBe(true);
    expect(undocumented(text)).toEqual([]);
  });

  it.each([
    ['/** Doc. */\nexport function f(): void {}', []],
    ['/** Doc. */\n// eslint-disable-next-line no-control-regex\nexport const r = /\\u0000/;', []],
    ['export type { A } from "./a.js";', []],
    ['export type * from "./types.js";', []],
    ['/** Doc. */\nconst x = 1;\n\nexport class E extends Error {}', ['4: export class E extends Error {}']],
  ] as const)('checks %j', (text, expected) => {
    expect(undocumented(text)).toEqual(expected);
  });
});
