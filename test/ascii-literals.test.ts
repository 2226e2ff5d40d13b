import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { asciiLiterals, asciiPattern, asciiTemplate } from '../scripts/ascii-literals.mjs';

const literals = asciiLiterals as (text: string) => string;
const pattern = asciiPattern as (literal: string) => string;
const template = asciiTemplate as (piece: string) => string;

/** Evaluates a JavaScript expression, as the bundle would. */
const evaluate = (source: string): unknown => new Function(`return (${source});`)();

/** The strings each pattern is tried on: typographic quotes, dashes, a middle dot, an emoji. */
const SAMPLES = ['’', "'", '‘x’', '–', '—', '-', '·', '•', 'a·b', 'é', 'É', '😀', '😀😀', '\uD83D', 'x', ''];

describe('the ASCII form of a regular-expression literal', () => {
  const valid: string[] = [
    '/[’\'-]+/',
    '/^[\\s.,;|·•]+/',
    '/\\s?[-‐‑–—]\\s?/g',
    '/a\\’b/',
    '/[😀]/u',
    '/😀+/',
    '/[😀]/',
    '/[^’]+/iu',
    '/(?<=’)s/',
  ];
  it.each(valid)('%s keeps its meaning', (literal) => {
    const rewritten = pattern(literal);
    expect(rewritten).toMatch(/^[\x00-\x7f]*$/);
    const before = evaluate(literal) as RegExp;
    const after = evaluate(rewritten) as RegExp;
    expect(after.flags).toBe(before.flags);
    for (const s of SAMPLES) expect(after.test(s), `${literal} on ${JSON.stringify(s)}`).toBe(before.test(s));
  });

  it('escapes each unit as \\uXXXX and an identity escape without its backslash', () => {
    expect(pattern('/[’·]/')).toBe('/[\\u2019\\u00B7]/');
    expect(pattern('/a\\’/')).toBe('/a\\u2019/');
    expect(pattern('/\\\\’/')).toBe('/\\\\\\u2019/');
  });
});

describe('the ASCII form of a template piece', () => {
  it('turns each non-ASCII unit into a substitution of itself, for String.raw and cooked templates alike', () => {
    expect(template('`’s`')).toBe('`${"\\u2019"}s`');
    for (const source of ['String.raw`^“([^”]+)”\\s`', '`a–b ${1 + 1} ’`', 'String.raw`x${"y"}—\\d`']) {
      const rewritten = literals(source);
      expect(rewritten).toMatch(/^[\x00-\x7f]*$/);
      expect(evaluate(rewritten)).toBe(evaluate(source));
    }
  });

  it('stops at a non-ASCII character after a backslash, where a substitution would change the escape', () => {
    expect(() => template('`\\’`')).toThrow(/Unexpected escaped '’' in a template/);
  });
});

describe('a whole source', () => {
  it('is rewritten only in its literals: strings, comments and code stay as they are', () => {
    const source = 'const a = /[’]/g, b = "’", c = x / y / z; // ’\n';
    expect(literals(source)).toBe('const a = /[\\u2019]/g, b = "’", c = x / y / z; // ’\n');
  });

  it('is returned as it is when it is ASCII already', () => {
    const source = 'const a = /[a-z]/g;';
    expect(literals(source)).toBe(source);
  });
});

// The bundle the bin loads: Node reads an ASCII file as a one-byte string.
const bundle = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
describe.skipIf(!existsSync(join(bundle, 'cli.cjs')))('the built CommonJS scripts', () => {
  it('are ASCII from end to end', () => {
    const files = ['cli.cjs', ...readdirSync(join(bundle, 'lazy')).filter((f) => f.endsWith('.cjs')).map((f) => join('lazy', f))];
    for (const file of files) expect(readFileSync(join(bundle, file), 'latin1'), file).toMatch(/^[\x00-\x7f]*$/);
  });
});
