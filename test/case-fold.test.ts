import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { foldPattern, foldSource } from '../scripts/case-fold.mjs';

const fold = foldPattern as (body: string, flags: string) => string | null;
const foldTs = foldSource as (text: string, name?: string) => string;

/** Every match of `re` in `text`, with its index and groups, for comparing two expressions. */
function matches(re: RegExp, text: string): string {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return JSON.stringify([...text.matchAll(all)].map((m) => [m.index, ...m]));
}

const SAMPLES = [
  'Said Dr. SMITH, who SAYS the Study was PUBLISHED in Nature. ſ K ı İ Ä ä É é ÿ Ÿ µ Μ',
  'for immediate RELEASE — Embargoed until Monday, 3 March 2025; Kelvin K and long ſ',
  'Media Contacts: press@uni.edu, UNIVERSITÄT Zürich, Universität, department of physics',
];

const PATTERNS: ReadonlyArray<readonly [string, string]> = [
  ['\\b(?:said|says|added)\\b', 'gi'],
  ['^(?:media|press)\\s+contacts?\\s*:', 'im'],
  ['universit[\\u00E4\\u00E0]t?|zürich', 'gi'],
  ['[^a-z\\s]{2,}', 'gi'],
  ['[a-zäé]+', 'gi'],
  ['(?<![a-z])k|ſ|\\u00FF|\\x41', 'gi'],
  ['(?<label>study|paper)(?=\\s)', 'gi'],
];

describe('case-fold, the build step that drops /i where that is exact', () => {
  it('matches what the /i original matches, at the same places with the same groups', () => {
    for (const [body, flags] of PATTERNS) {
      const folded = fold(body, flags);
      expect(folded, body).not.toBeNull();
      const plain = new RegExp(folded!, flags.replace('i', ''));
      for (const text of SAMPLES) expect(matches(plain, text), `${body} on ${text}`).toBe(matches(new RegExp(body, flags), text));
    }
  });

  it('turns a cased letter into its case variants and leaves the rest alone', () => {
    expect(fold('said:\\s\\d', 'i')).toBe('[Ss][Aa][Ii][Dd]:\\s\\d');
    // Outside Unicode mode, "s" does not match the long s, nor "k" the Kelvin sign.
    expect(new RegExp(fold('sk', 'i')!).test('\u017F\u212A')).toBe(false);
  });

  it('leaves an expression with a backreference alone, since /i compares what it repeats', () => {
    expect(fold('(a)\\1', 'i')).toBeNull();
    expect(foldTs('const r = /(a)\\1/i;')).toBe('const r = /(a)\\1/i;');
  });

  it('in Unicode mode, adds the long s and the Kelvin sign, to \\w and the word characters \\b and \\B look at too', () => {
    expect(fold('sk', 'iu')).toBe('[Ss\\u{17F}][Kk\\u{212A}]');
    const word = '[0-9A-Z\\u{5F}a-z\\u{17F}\\u{212A}]';
    expect(fold('\\w+', 'iu')).toBe(`${word}+`);
    expect(fold('\\bsaid', 'iu')).toBe(`(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))[Ss\\u{17F}][Aa][Ii][Dd]`);
    expect(fold('\\p{Lu}', 'iu')).toBeNull();
    for (const body of ['\\bsaid\\b', '\\w+\\B', '\\W\\w{2}', '[\\w-]k\\b']) {
      const text = 'SAID ſaid Said, \u212Aid kk-K said_x xsaid ſ \u212A';
      expect(matches(new RegExp(fold(body, 'giu')!, 'gu'), text), body).toBe(matches(new RegExp(body, 'giu'), text));
    }
    const body = '(?<![a-z\\u00C0-\\u00D6])(?:said|k[^a-z]|\\u{1F600}|\\u00E4)';
    const plain = new RegExp(fold(body, 'giu')!, 'gu');
    for (const text of [...SAMPLES, 'KEY: \u{1F600} \u212A9 \u017Fa\u00C4 ok']) expect(matches(plain, text), text).toBe(matches(new RegExp(body, 'giu'), text));
  });

  it('rewrites /i and /iu literals, not /iv ones nor case-sensitive ones', () => {
    expect(foldTs('const a = /ab/gi; const b = /ab/iu; const c = /ab/; const d = /ab/iv;')).toBe(
      'const a = /[Aa][Bb]/g; const b = /[Aa][Bb]/u; const c = /ab/; const d = /ab/iv;',
    );
  });
});
