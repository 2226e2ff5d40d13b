import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { emitters } from '../../src/emit/index.js';
import { risValue } from '../../src/emit/ris.js';
import { framer } from '../../src/cli/frame.js';
import { emptyRecord } from '../support/records.js';
import type { Article, PressRecord } from '../../src/types.js';
import { validAllFormats, validBibtex, validNdjson, validRis } from './support.js';

// Counterexamples the property tests found, kept as regular tests.
describe('fuzz regressions', () => {
  it('a DOI holding U+0085 (NEL) stays on one RIS line and one NDJSON line', async () => {
    // Found by "arbitrary strings": "DOI: 10.5555/\u0085…(" read as text.
    const { record } = convert('DOI: 10.5555/\u0085abc\u2028def(', { format: 'txt' });
    expect(record.articles[0]?.doi).toMatch(/^10\.5555\//);
    const ris = await emitters.ris([record], {});
    validRis(ris, 1);
    expect(ris).toContain('DO  - 10.5555/%C2%85abc');
    const nd = await emitters.ndjson([record], {});
    validNdjson(nd, 1);
    expect(nd).toContain('\\u0085abc');
    expect(JSON.parse(nd).articles[0].doi).toBe(record.articles[0]!.doi);
    await validAllFormats([record]);
  });

  it('RIS values drop control characters and collapse every line break', () => {
    expect(risValue('a\u001cb\u001dc\u001ed\u000be\u000cf\u0085g\u2028h\u2029i')).toBe('a b c d e f g h i');
    expect(risValue('x\u0000\u001b[31my\u009b')).toBe('x[31my');
  });

  it('JSON-LD one document per line escapes NEL (U+0085)', async () => {
    const record = emptyRecord();
    record.release.headline = 'Head\u0085line';
    const frame = framer('jsonld', 'many', { html: false, provenance: true });
    const line = await frame.item(record, () => {});
    expect(line.split('\n')).toEqual([expect.any(String), '']);
    expect(line).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(JSON.parse(line)['@graph'][0].headline).toBe('Head\u0085line');
  });

  describe('BibTeX', () => {
    const withAuthors = (authors: Array<{ given: string | null; family: string }>, over: Partial<Article> = {}): PressRecord => {
      const rec = emptyRecord();
      rec.articles = [{ doi: '10.5555/x.1', title: 'A study', authors, journal: 'J', volume: null, issue: null, pages: null, year: 2024, ...over }];
      return rec;
    };
    const reparsed = async (rec: PressRecord): Promise<{ bib: string; item: Record<string, unknown> }> => {
      const bib = await emitters.bibtex([rec], {});
      const items = await validBibtex(bib, [rec]);
      expect(items).toHaveLength(1);
      expect(bib.match(/^@/gm)).toHaveLength(1);
      return { bib, item: items[0]! };
    };
    const families = (item: Record<string, unknown>): string[] =>
      (item['author'] as Array<Record<string, string>>).map((a) => [a['non-dropping-particle'], a['family']].filter(Boolean).join(' '));

    it('escapes a family-only name (citation-js writes it raw)', async () => {
      // Found by "no injected entry": a family-only name holding `{` broke the entry.
      const { bib, item } = await reparsed(withAuthors([{ given: null, family: 'Evil}, @misc{x, \\input{a} 100%' }]));
      expect(bib).toContain('author = {{Evil{\\textbraceright} @misc{\\textbraceleft}x \\textbackslash{}input{\\textbraceleft}a{\\textbraceright} 100\\%}}');
      // Commas in a name part become spaces (BibTeX reads a comma as the family/given separator).
      expect(families(item)).toEqual(['Evil} @misc{x \\input{a} 100%']);
    });

    it('a given name of control characters only counts as no given name', async () => {
      const { item } = await reparsed(withAuthors([{ given: '\u001b', family: 'x{y' }]));
      expect(families(item)).toEqual(['x{y']);
    });

    it('`and` inside a name does not split it into two authors', async () => {
      const { bib, item } = await reparsed(withAuthors([{ given: 'Ada', family: 'Smith and Jones' }, { given: 'Ben and Cy', family: 'Lee' }]));
      expect(bib).toContain('Smith {and} Jones, Ada and Lee, Ben {and} Cy');
      expect(families(item)).toEqual(['Smith and Jones', 'Lee']);
    });

    it('`%` and control characters in a DOI are percent-encoded', async () => {
      const { bib } = await reparsed(withAuthors([{ given: 'Ada', family: 'Lee' }], { doi: '10.5555/a%b\u001b[31m' }));
      expect(bib).toContain('doi = {10.5555/a%25b%1B[31m}');
      expect(bib).not.toMatch(/\u001b/);
    });

    it('a brace or command at the start of a name part re-parses', async () => {
      // Found by "no injected entry": citation-js's reader fails on `\textbraceright{},`.
      const { bib, item } = await reparsed(withAuthors([{ given: 'Ada', family: '}' }]));
      expect(bib).toContain('author = {{\\textbraceright}, Ada}');
      expect(families(item)).toEqual(['}']);
    });

    it('a combining mark after a command or punctuation is kept raw, not written as a broken accent', async () => {
      // Found by "no injected entry": `ø` + U+0301 was written `\o{{\' }}`, which does not re-parse.
      const title = 'Cafe\u0301 \u00f8\u0301 {\u0301 x';
      const { bib, item } = await reparsed(withAuthors([{ given: 'Ada', family: 'Lee' }], { title }));
      expect(bib).not.toContain("{\\' }");
      expect(String(item['title']).normalize('NFC')).toBe(title.normalize('NFC'));
    });

    it('adjacent placeholders are put back one by one', async () => {
      const title = '中文\u{1F600}\u{1F601}';
      const { bib, item } = await reparsed(withAuthors([{ given: 'Ada', family: 'Lee' }], { title }));
      expect(bib).not.toMatch(/zqxq/);
      expect(item['title']).toBe(title);
    });
  });
});
