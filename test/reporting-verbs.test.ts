import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTING_VERBS, VERB_RE } from '../src/extractors/quote/verbs.js';

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The pattern as it was written before it spelled out its case variants: the verbs under /iu. */
const WITH_I_FLAG = new RegExp(`(?<![\\p{L}\\-])(?:${REPORTING_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\-])`, 'giu');

/** Every match of `re` in `text`, with its index. */
function matches(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]);
}

describe('VERB_RE, the reporting verbs in any case without the i flag', () => {
  it('lists verbs of lower-case letters and single spaces only, each letter with a one-letter capital', () => {
    for (const verb of REPORTING_VERBS) {
      expect(verb).toMatch(/^\p{Ll}+(?: \p{Ll}+)*$/u);
      for (const c of verb.replace(/ /g, '')) expect(c.toUpperCase()).toHaveLength(1);
    }
  });

  it.each([
    ['"We were lucky," SAID Dr. Amara Osei.', [[17, 'SAID']]],
    ['"Yes," ſaid she, and Asked again.', [[7, 'ſaid'], [21, 'Asked']]],
    ['He remar\u212Aed that, according  to her, it works.', [[3, 'remar\u212Aed'], [18, 'according  to']]],
    ['The co-said, unsaid and said- forms are no verbs; a\u0345said neither.', []],
    ['Şaid and SAİD are other words.', []],
    ['„Ja“, ERKLÄRT sie; «Oui», a Déclaré X; "Sí", afirmó Y.', [[6, 'ERKLÄRT'], [26, 'a Déclaré'], [45, 'afirmó']]],
  ] as const)('finds the verbs of %j', (text, wanted) => {
    expect(matches(VERB_RE, text)).toEqual(wanted);
    expect(matches(VERB_RE, text)).toEqual(matches(WITH_I_FLAG, text));
  });

  it('finds what the /iu pattern finds in every fixture release', () => {
    const files = walk(join(import.meta.dirname, '..', 'fixtures')).filter((f) => /\.(?:md|txt|html)$/.test(f));
    expect(files.length).toBeGreaterThan(900);
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const mine = matches(VERB_RE, text);
      expect(mine, file).toEqual(matches(WITH_I_FLAG, text));
      found += mine.length;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
