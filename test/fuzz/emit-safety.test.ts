import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emitters } from '../../src/emit/index.js';
import { oneLine } from '../../src/emit/csl.js';
import type { Article, PressRecord } from '../../src/types.js';
import { emptyRecord } from '../support/records.js';
import { hostileText, params, RUNS, timeoutFor, validBibtex, validJsonld, validJsonldHtml, validNdjson, validRis } from './support.js';

// Records whose every field holds hostile text (</script>, <!--, U+2028, braces, @comment{,
// \input{…}, %, line breaks, escapes): no output format can be broken out of.

const text = hostileText(40);
const maybe = fc.option(text, { freq: 5 });
const article: fc.Arbitrary<Article> = fc.record({
  doi: fc.option(fc.tuple(fc.constantFrom('10.5555/', '10.1000/'), text).map(([p, s]) => p + s), { freq: 5 }),
  title: maybe,
  authors: fc.array(fc.record({ given: maybe, family: text }), { maxLength: 3 }),
  journal: maybe,
  volume: maybe,
  issue: maybe,
  pages: maybe,
  year: fc.option(fc.integer({ min: 1000, max: 2100 }), { freq: 5 }),
  url: maybe,
});
const record: fc.Arbitrary<PressRecord> = fc
  .record({ headline: maybe, subheadline: maybe, dateline: maybe, embargo: maybe, articles: fc.array(article, { maxLength: 2 }), quote: text, speaker: text, role: maybe, contact: text })
  .map((r) => {
    const rec = emptyRecord(null);
    Object.assign(rec.release, { headline: r.headline, subheadline: r.subheadline, dateline: r.dateline, embargo: r.embargo });
    rec.articles = r.articles;
    rec.quotes = [{ text: r.quote, speaker: r.speaker, role: r.role }];
    rec.contacts = [{ name: r.contact, role: r.role, email: r.contact, phone: r.speaker, organization: r.headline } as PressRecord['contacts'][number]];
    return rec;
  });

describe(`output safety on hostile records (${RUNS} cases per property)`, () => {
  it(
    'JSON-LD --html: </script>, <!-- and U+2028/2029 are escaped, the JSON is unchanged, the checker passes',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 2 }), async (records) => {
          const plain = await emitters.jsonld(records, {});
          validJsonld(plain);
          validJsonldHtml(await emitters.jsonld(records, { html: true }), plain);
        }),
        params,
      );
    },
    timeoutFor(5),
  );

  it(
    'NDJSON: one line per record, no line break of any kind inside',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 3 }), async (records) => {
          validNdjson(await emitters.ndjson(records, {}), records.length);
        }),
        params,
      );
    },
    timeoutFor(5),
  );

  it(
    'RIS: every line TAG  - value, TY to ER, no raw newline in a field',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 2 }), async (records) => {
          validRis(await emitters.ris(records, {}), records.reduce((n, r) => n + r.articles.length, 0));
        }),
        params,
      );
    },
    timeoutFor(10),
  );

  it(
    'BibTeX: one entry per paper, no injected entry or command, the same DOIs',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 2 }), async (records) => {
          const bib = await emitters.bibtex(records, {});
          await validBibtex(bib, records);
          // Nothing outside the entries, and no entry start or \input other than escaped text.
          expect(bib.match(/^@/gm)?.length ?? 0).toBe(records.reduce((n, r) => n + r.articles.length, 0));
          // `%` (a TeX comment) only escaped, except as percent-encoding in the verbatim doi and url fields.
          const text = bib.split('\n').filter((l) => !/^\t(?:doi|url) = \{[^{}\\]*\},$/.test(l)).join('\n');
          expect(text).not.toMatch(/\\input\{|(?<!\\)%|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        }),
        params,
      );
    },
    timeoutFor(15),
  );
});

// The field comparison: titles and names built from LaTeX/BibTeX syntax and ASCII text come
// back from a citation-js re-parse as written, up to TeX's own ligatures (`--` en dash, `---`
// em dash, `''` closing quote), which are typography, not markup.
const ligatures = (s: string): string => s.replace(/---|--|''/g, (l) => (l === '---' ? '—' : l === '--' ? '–' : '”'));
const INJECT = ['}', '{', '@comment{', '@misc{x,', '\\input{/etc/passwd}', '%', '\\', '#', '~', '^', '$', '&', '_', '"', ' and ', ','];
const latexyOver = (chars: string) =>
  fc.array(fc.oneof(fc.constantFrom(...INJECT), fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 })), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const latexy = latexyOver("abcXYZ019 .-:;!?()[]'*+=/");
// citation-js's name parser (not BibTeX) drops an `=` in a name, so names leave it out.
const latexyName = latexyOver("abcXYZ019 .-:;!?()[]'*+/");

describe(`BibTeX fields keep injected syntax as text (${RUNS} cases)`, () => {
  it(
    'title, journal and family name re-parse to the same text, in one entry',
    async () => {
      await fc.assert(
        fc.asyncProperty(latexy, latexy, latexyName, async (title, journal, family) => {
          fc.pre(/[A-Za-z0-9]/.test(oneLine(title)) && /[A-Za-z0-9]/.test(oneLine(family)) && /[A-Za-z0-9]/.test(oneLine(journal)));
          const rec = emptyRecord();
          rec.articles = [{ doi: '10.5555/x.1', title, authors: [{ given: 'Ada', family }], journal, volume: null, issue: null, pages: null, year: 2024 }];
          const bib = await emitters.bibtex([rec], {});
          const [item] = await validBibtex(bib, [rec]);
          expect(bib.match(/^@/gm)).toHaveLength(1);
          expect(item!['title']).toBe(ligatures(oneLine(title)));
          expect(item!['container-title']).toBe(ligatures(oneLine(journal)));
          const author = (item!['author'] as Array<Record<string, string>>)[0]!;
          // citation-js's name parser reads dashes (as spaces or en dashes) and quote pairs loosely.
          const loose = (n: string): string => n.replace(/[-–—\s]+/g, ' ').replace(/''|”/g, '"').trim();
          expect(loose([author['non-dropping-particle'], author['family']].filter(Boolean).join(' '))).toBe(loose(oneLine(family).replace(/\s*,\s*/g, ' ').trim()));
        }),
        params,
      );
    },
    timeoutFor(15),
  );
});
