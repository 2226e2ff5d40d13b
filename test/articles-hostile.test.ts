import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { convert } from '../src/convert.js';
import { parseRelease } from '../src/parse/document.js';
import { assembleArticles } from '../src/extractors/article/assemble.js';
import { findProseAuthors } from '../src/extractors/article/authors.js';
import { findTitles } from '../src/extractors/article/title.js';
import { findJournalNames, findMentions } from '../src/extractors/article/mention.js';
import type { Block } from '../src/types.js';

const block = (text: string): Block => ({ index: 0, kind: 'paragraph', depth: 0, text, start: 0, end: text.length, section: 'body', links: [], emphasis: [], quoteDepth: 0, inList: false, node: { type: 'text', value: text } });

/** Milliseconds `fn` takes. */
const time = (fn: () => unknown): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

describe('the articles extractor on hostile input', () => {
  // The cases the rules name, each run through the whole pipeline as text and as Markdown.
  it.each([
    ['1 MB of "1234."', '1234.'.repeat(200_000)],
    ['200,000 straight quotes', '"'.repeat(200_000)],
    ['200,000 apostrophes', "'".repeat(200_000)],
    ['curly quotes', '“'.repeat(100_000) + '‘'.repeat(100_000)],
    ['50,000 "(" + DOI + 50,000 ")"', '('.repeat(50_000) + '10.1000/x' + ')'.repeat(50_000)],
    ['"10.1000/" x 100,000', '10.1000/'.repeat(100_000)],
    ['"Dr. " x 100,000', 'Dr. '.repeat(100_000)],
  ])('%s: the extractor stays well under a second; the pipeline does not throw', (_name, text) => {
    for (const path of ['x.txt', 'x.md']) {
      const doc = parseRelease(new VFile({ path, value: text }));
      expect(time(() => assembleArticles(doc, null))).toBeLessThan(4000);
      expect(() => convert(text, { path })).not.toThrow();
    }
  });

  // The new author, title and journal patterns, each fed its own keyword many times.
  it.each([
    ['In addition to', 'In addition to Smith, '.repeat(30_000)],
    ['Collaborating with', 'Collaborating with Dr. Smith were '.repeat(20_000)],
    ['apposition', "Jane Doe, the study's lead author, ".repeat(20_000)],
    ['co-authored by', 'co-authored by Jane Doe '.repeat(30_000)],
    ['plural subject', ' are co-first authors '.repeat(30_000)],
    ['sentence subject', ' and was senior author '.repeat(30_000)],
    ['journal adjectives', 'published in the international journal '.repeat(20_000)],
    ['the journal', 'the journal '.repeat(60_000)],
    ['journal as subject', 'Nature Medicine published the study '.repeat(20_000)],
    ['a study in', 'a study in '.repeat(60_000)],
    ['opening quotes', '. "aaaa bbbb cccc dddd '.repeat(30_000)],
    ['accounting dates', 'fiscal year ended December 31, 2017 '.repeat(20_000)],
    ['abbreviated months', 'published Sept. '.repeat(40_000)],
    ['footnote marks', 'Lancet.1 '.repeat(100_000)],
    ['single-quoted titles', "the paper, ‘aaaa bbbb ’s 'cccc ".repeat(30_000)],
  ])('the %s pattern stays linear', (_name, text) => {
    expect(time(() => convert(text, { path: 'x.txt' }))).toBeLessThan(9000);
    expect(time(() => findProseAuthors(text))).toBeLessThan(4000);
    expect(time(() => findTitles(text))).toBeLessThan(4000);
    expect(time(() => findMentions(block(text), { releaseYear: 2020 }))).toBeLessThan(4000);
    expect(time(() => findJournalNames(block(text), { releaseYear: 2020 }))).toBeLessThan(4000);
  });

  it('never throws on arbitrary text built from the words the patterns look for', () => {
    const word = fc.constantFrom('published', 'in', 'the', 'journal', 'Journal', 'of', 'Nature', 'Dr.', 'Jane', 'Doe', ',', '.', '"', "'", '‘', '’', '“', '”', '(', ')', '10.1000/x', 'co-authors', 'include', 'In addition to', 'and was senior author', 'Collaborating with', 'were', 'on', 'April 3, 2016', 'in 2009', 'today', 'fiscal year ended', '\n\n', '1.', 'et al.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), (words) => {
        const text = words.join(' ');
        const { record } = convert(text, { path: 'x.txt' });
        expect(Array.isArray(record.articles)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expect(() => convert(text, { path: 'x.md' })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
