import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { Ajv } from 'ajv';
import { emitters, isOutputFormat } from '../src/emit/index.js';
import { convert } from '../src/convert.js';
import { main } from '../src/cli.js';
import { loadCitationJs } from '../src/emit/citation-js.js';
import { checkJsonld, LOCAL_VOCABULARY } from './support/check-jsonld.js';
import { emptyRecord, seagrassRecord } from './support/records.js';
import type { PressRecord } from '../src/types.js';

const fixturePath = new URL('../fixtures/example-release.md', import.meta.url);
const cslSubset = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(new URL('./support/csl-subset.schema.json', import.meta.url), 'utf8')) as object);

/** Runs the CLI on `argv` and collects its output. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(['node', 'pr2meta', ...argv], { stdin: new PassThrough(), stdout, stderr, env: {} });
  return { code, stdout: out, stderr: err };
}

describe('the registry', () => {
  it('has every format, json and ndjson kept', () => {
    expect(Object.keys(emitters)).toEqual(['json', 'ndjson', 'jsonld', 'csl', 'bibtex', 'ris']);
    expect(isOutputFormat('ris')).toBe(true);
    expect(isOutputFormat('toString')).toBe(false);
  });
  it('loads citation-js only through the lazy loader (static imports only in citation-js-modules.ts, which only the loader imports)', () => {
    const dir = new URL('../src/emit/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n !== 'citation-js-modules.ts')) {
      const source = readFileSync(new URL(name, dir), 'utf8');
      expect([name, /^import\s+(?!type\b)[^;]*['"]@citation-js\//m.test(source)]).toEqual([name, false]);
      expect([name, /^import\s+(?!type\b)[^;]*['"]\.\/citation-js-modules\.js['"]/m.test(source)]).toEqual([name, false]);
    }
    expect(readFileSync(new URL('citation-js.ts', dir), 'utf8')).toContain("await import('./citation-js-modules.js')");
  });
  it('the loader resolves once to the Cite class with BibTeX and RIS registered', async () => {
    const [a, b] = await Promise.all([loadCitationJs(), loadCitationJs()]);
    expect(a).toBe(b);
    expect(new a('TY  - JOUR\nTI  - X\nER  - \n').data[0]!.title).toBe('X');
  });
});

describe('every format on one record and on none', () => {
  it.each(['json', 'ndjson', 'jsonld', 'csl', 'bibtex', 'ris'] as const)('%s: a release with no paper', async (format) => {
    const warnings: string[] = [];
    const out = await emitters[format]([emptyRecord()], { warn: (m) => warnings.push(m) });
    if (format === 'bibtex' || format === 'ris') {
      expect(out).toBe('');
      expect(warnings).toEqual([`No paper found, expected a DOI or a citation; ${format === 'bibtex' ? 'BibTeX' : 'RIS'} is empty`]);
    } else {
      expect(warnings).toEqual([]);
      if (format === 'csl') expect(out).toBe('[]\n');
      if (format === 'jsonld') expect(JSON.parse(out)['@graph']).toEqual([{ '@type': 'NewsArticle' }]);
      if (format === 'json') expect(JSON.parse(out).articles).toEqual([]);
    }
  });
  it('json keeps the record and its provenance; --no-provenance drops it', async () => {
    const rec: PressRecord = seagrassRecord();
    expect(JSON.parse(await emitters.json([rec], {})).articles[0].doi).toBe('10.5555/jme.2023.0142');
    expect(JSON.parse(await emitters.json([rec], {})).provenance['articles[0].doi'].strategy).toBe('doi:link');
    expect(JSON.parse(await emitters.json([rec], { provenance: false })).provenance).toBeUndefined();
  });
});

describe('the bundled example release through every format', async () => {
  const { record } = convert(readFileSync(fixturePath), { path: 'fixtures/example-release.md' });
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const out = {
    jsonld: await emitters.jsonld([record], { warn }),
    csl: await emitters.csl([record], { warn }),
    bibtex: await emitters.bibtex([record], { warn }),
    ris: await emitters.ris([record], { warn }),
  };
  const hasPaper = record.articles.length > 0;

  it('JSON-LD checks clean', () => {
    expect(checkJsonld(JSON.parse(out.jsonld), LOCAL_VOCABULARY)).toEqual([]);
  });
  it('CSL-JSON is valid, one item per paper', () => {
    const items = JSON.parse(out.csl) as unknown[];
    expect(items).toHaveLength(record.articles.length);
    expect(cslSubset(items)).toBe(true);
  });
  it('BibTeX and RIS have one entry per paper, or warn', async () => {
    const Cite = await loadCitationJs();
    expect(hasPaper ? new Cite(out.bibtex).data.length : out.bibtex).toBe(hasPaper ? record.articles.length : '');
    expect((out.ris.match(/^TY {2}- /gm) ?? []).length).toBe(record.articles.length);
    expect(warnings).toHaveLength(hasPaper ? 0 : 2);
  });
  // The value checks run once the extractors find the example's paper.
  it.runIf(hasPaper)('carries the example paper into every format', async () => {
    const Cite = await loadCitationJs();
    const [bib] = new Cite(out.bibtex).data;
    expect(bib!.DOI).toBe('10.5555/jme.2023.0142');
    expect(JSON.parse(out.csl)[0].DOI).toBe('10.5555/jme.2023.0142');
    expect(JSON.parse(out.jsonld)['@graph'][0].citation[0]['@id']).toBe('https://doi.org/10.5555/jme.2023.0142');
    expect(out.ris).toContain('DO  - 10.5555/jme.2023.0142');
    // Whatever names the extractor finds come out whole, particles included.
    const authors = record.articles[0]!.authors.map((p) => `AU  - ${p.family}${p.given ? `, ${p.given}` : ''}`);
    expect(out.ris.split('\n').filter((l) => l.startsWith('AU  - ')).slice(0, authors.length)).toEqual(authors);
    if (record.articles[0]!.volume) expect(out.ris).toContain(`VL  - ${record.articles[0]!.volume}`);
  });
});

describe('the CLI', () => {
  it('--format jsonld --html prints one script element', async () => {
    const { code, stdout } = await run([fixturePath.pathname, '--format', 'jsonld', '--html']);
    expect(code).toBe(0);
    expect(stdout.startsWith('<script type="application/ld+json">\n{')).toBe(true);
    expect(stdout.endsWith('\n</script>\n')).toBe(true);
    expect(JSON.parse(stdout.slice(stdout.indexOf('\n') + 1, stdout.lastIndexOf('\n</script>')))['@graph'][0]['@type']).toBe('NewsArticle');
  });
  it('--format csl prints a JSON array', async () => {
    const { code, stdout } = await run([fixturePath.pathname, '--format', 'csl']);
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);
  });
});

describe('hostile sizes', () => {
  // About 1 MB in all: 50 kB in each of the twenty fields.
  const big = (unit: string): string => unit.repeat(Math.ceil(50_000 / unit.length));
  it.each(['1234. ', '"', 'Dr. ', ' at ', 'van ', 'a_b{}%\\ ', ' \n\t'])('50 kB of %j in each field stays fast and well-formed', async (unit) => {
    const s = big(unit);
    const rec: PressRecord = {
      ...emptyRecord(),
      release: { headline: s, subheadline: s, datePublished: null, dateline: s, embargo: s },
      articles: [{ doi: '10.1/' + s, title: s, authors: [{ given: s, family: s }], journal: s, volume: s, issue: s, pages: s, year: 2020 }],
      quotes: [{ text: s, speaker: s, role: s }],
      contacts: [{ name: s, role: s, organization: s, email: s, phone: s }],
    };
    let t0 = performance.now();
    const jsonld = await emitters.jsonld([rec], { html: true });
    const csl = await emitters.csl([rec], {});
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(jsonld.match(/<\/script/g)).toHaveLength(1);
    expect(JSON.parse(csl)).toHaveLength(1);
    t0 = performance.now();
    const bib = await emitters.bibtex([rec], {});
    const ris = await emitters.ris([rec], {});
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(bib.match(/^@/gm)).toHaveLength(1);
    for (const line of ris.replace(/\n+$/, '').split('\n')) expect(line.slice(0, 6)).toMatch(/^[A-Z][A-Z0-9] {2}- $/);
  });
});
