import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { RANGES, rewritePattern, rewriteSource } from '../scripts/unicode-classes.mjs';

const ranges = RANGES as Record<'L' | 'Lu' | 'Ll' | 'M' | 'N', string>;
const rewrite = rewritePattern as (body: string) => string;
const rewriteTs = rewriteSource as (text: string, name?: string) => string;

/** The code points in [lo, hi] where the explicit class and the property class disagree. */
function differences(prop: keyof typeof ranges, lo: number, hi: number): number[] {
  const exact = new RegExp(`^\\p{${prop}}$`, 'u');
  const explicit = new RegExp(`^[${ranges[prop]}]$`, 'u');
  const out: number[] = [];
  for (let c = lo; c <= hi; c++) {
    const s = String.fromCharCode(c);
    if (exact.test(s) !== explicit.test(s)) out.push(c);
  }
  return out;
}

// The blocks where capitals and small letters alternate, taken whole by both case classes.
const MIXED: ReadonlyArray<readonly [number, number]> = [
  [0x0180, 0x024f],
  [0x03d8, 0x03ef],
  [0x0460, 0x052f],
  [0x1e00, 0x1eff],
];
const inMixed = (c: number): boolean => MIXED.some(([a, b]) => c >= a && c <= b);

describe('the explicit ranges the bundle uses for Unicode property classes', () => {
  it.each(['L', 'M', 'N'] as const)('\\p{%s} is exact over Latin, Greek and Cyrillic (U+0000–U+052F)', (prop) => {
    expect(differences(prop, 0, 0x052f)).toEqual([]);
  });

  it('\\p{L} is exact over Latin Extended Additional and Greek Extended', () => {
    expect(differences('L', 0x1e00, 0x1fff)).toEqual([]);
  });

  it.each(['Lu', 'Ll'] as const)('\\p{%s} is exact outside the blocks that alternate case', (prop) => {
    const off = differences(prop, 0, 0x052f).concat(differences(prop, 0x1f00, 0x1fff));
    expect(off.filter((c) => !inMixed(c))).toEqual([]);
    // Inside them the class takes the whole block: a small ƀ (U+0180) counts as a capital too.
    expect(new RegExp(`^[${ranges.Lu}]$`, 'u').test('ƀ')).toBe(true);
  });

  it.each(['Lu', 'Ll'] as const)('\\p{%s} is exact over Latin Extended-A (U+0100–U+017F)', (prop) => {
    expect(differences(prop, 0x0100, 0x017f)).toEqual([]);
  });

  it('reads a family name opening with a Latin Extended-A capital as capitalised, not small', () => {
    const small = new RegExp(`^[${ranges.Ll}]`, 'u');
    const capital = new RegExp(`^[${ranges.Lu}]`, 'u');
    for (const name of ['Šimek', 'Čapek', 'Řezníček', 'Łukasiewicz', 'Żak', 'Őry']) {
      expect([small.test(name), capital.test(name)], name).toEqual([false, true]);
    }
    // Small letters of the block stay small: "ł", "ř", "ş".
    for (const c of ['ł', 'ř', 'ş']) expect([small.test(c), capital.test(c)], c).toEqual([true, false]);
  });

  it('names in other scripts still count as letters', () => {
    const letters = new RegExp(`^[${ranges.L}${ranges.M}]+$`, 'u');
    for (const name of ['Zoë', 'Łukasz', 'Ngô', 'Δημήτρης', 'Светлана', 'Արամ', 'דוד', 'سارة', 'प्रिया', 'สมชาย', '김민준', '山田', 'さくら']) {
      expect(letters.test(name), name).toBe(true);
    }
  });
});

describe('rewriting regular-expression literals', () => {
  it('brackets a class outside brackets and splices one inside', () => {
    expect(rewrite('\\p{Lu}x')).toBe(`[${ranges.Lu}]x`);
    expect(rewrite('[^\\p{L}\\d]')).toBe(`[^${ranges.L}\\d]`);
  });

  it('leaves escapes, \\P and other properties alone', () => {
    expect(rewrite('\\\\p{L}\\P{L}\\p{P}\\[\\p{N}')).toBe(`\\\\p{L}\\P{L}\\p{P}\\[[${ranges.N}]`);
  });

  it('rewrites only u-flagged literals, not strings or comments', () => {
    const src = "const a = /\\p{Lu}/u; const b = '\\\\p{Lu}'; // /\\p{Lu}/u\nconst c = /x/g;";
    const out = rewriteTs(src);
    expect(out).toContain(`const a = /[${ranges.Lu}]/u;`);
    expect(out).toContain("const b = '\\\\p{Lu}'; // /\\p{Lu}/u");
    expect(out).toContain('const c = /x/g;');
  });

  it('rewrites the literal pieces of new RegExp(…, "u"): strings, templates and String.raw', () => {
    const cooked = ranges.L.replaceAll('\\', '\\\\');
    const src = String.raw`const a = new RegExp(${'`'}(?<![\\p{L}])${'${w}'}\\p{N}${'`'}, 'u');` + '\n' +
      String.raw`const b = new RegExp(String.raw${'`'}^‘(?=\p{L})${'`'}, 'u');` + '\n' +
      String.raw`const c = new RegExp('\\p{L}', 'g');`;
    const out = rewriteTs(src).split('\n');
    expect(out[0]).toBe(String.raw`const a = new RegExp(${'`'}(?<![${cooked}])${'${w}'}[${ranges.N.replaceAll('\\', '\\\\')}]${'`'}, 'u');`);
    expect(out[1]).toBe(String.raw`const b = new RegExp(String.raw${'`'}^‘(?=[${ranges.L}])${'`'}, 'u');`);
    expect(out[2]).toBe(String.raw`const c = new RegExp('\\p{L}', 'g');`);
  });

  it('a rewritten new RegExp matches what the original matched', () => {
    // eslint-disable-next-line no-new-func
    const build = (source: string): RegExp => new Function('w', `return ${source};`)('Okonkwo') as RegExp;
    const src = String.raw`new RegExp(${'`'}(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)\\s${'${w}'}\\b${'`'}, 'gu')`;
    const text = 'Dr. Amara Okonkwo and Zoë Okonkwo met Ngozi-Okonkwo.';
    expect(text.match(build(rewriteTs(src)))).toEqual(text.match(build(src)));
    expect(text.match(build(rewriteTs(src)))).toEqual(['Amara Okonkwo', 'Zoë Okonkwo']);
  });

  it('keeps what the expression matches on Latin text', () => {
    const body = '(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}\\p{Ll}+)?';
    const before = new RegExp(body, 'gu');
    const after = new RegExp(rewrite(body), 'gu');
    const text = 'Dr. Amara Okonkwo-Núñez met Élodie Grünewald and Søren Ødegård in São Paulo.';
    expect(text.match(after)).toEqual(text.match(before));
  });
});
