/**
 * Shared pieces of the property tests: the run count, generators of hostile releases mutated
 * from the project's own fixtures, and one validator per output format.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { emitters, type OutputFormat } from '../../src/emit/index.js';
import { loadCitationJs, verbatimDoi } from '../../src/emit/citation-js.js';
import { recordsToCsl } from '../../src/emit/csl.js';
import type { PressRecord } from '../../src/types.js';
import { checkJsonld, LOCAL_VOCABULARY, sharedVocabulary } from '../support/check-jsonld.js';

/** Cases per property: `FUZZ_RUNS` (`npm run fuzz` sets 100,000), else 2,000. */
export const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? '') || 2000);
/** A fixed seed unless `FUZZ_SEED` is given, so `npm test` is reproducible. */
export const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : 20261127;
/** A test timeout that grows with the run count (about 25 ms a case, at least 60 s). */
export const timeoutFor = (perCaseMs: number): number => Math.max(60_000, Math.ceil(RUNS * perCaseMs));
/** fast-check parameters for one property. */
export const params = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The project's own fixture releases: path and text. */
export const FIXTURES: ReadonlyArray<{ path: string; text: string }> = globSync(['fixtures/**/*.{md,txt,html}'], { cwd: root })
  .sort()
  .map((path) => ({ path, text: readFileSync(`${root}${path}`, 'utf8') }));

/** What the mutations insert: the characters and prefixes the extractors key on. */
export const TOKENS = ['"', '(', 'doi:', '10.', '@', '<', '“', '”', ')', '>', '\n', '\n\n', 'DOI: 10.5555/', '> ', '# ', '</div>', '<p>', 'said Dr. ', '[', ']('];

/** One edit of a release's lines or characters. */
type Mutation = (text: string) => string;

const lineOp = (op: (lines: string[], i: number, j: number) => void) =>
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const lines = text.split('\n');
    op(lines, a % lines.length, b % lines.length);
    return lines.join('\n');
  });

/** Mutations: lines deleted, duplicated, swapped; quote marks swapped; tokens inserted. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineOp((lines, i) => void lines.splice(i, 1)),
  lineOp((lines, i) => void lines.splice(i, 0, lines[i] ?? '')),
  lineOp((lines, i, j) => {
    const a = lines[i] ?? '';
    lines[i] = lines[j] ?? '';
    lines[j] = a;
  }),
  fc.constantFrom<Mutation>(
    (t) => t.replace(/["“”]/g, (q) => (q === '"' ? '“' : '"')),
    (t) => t.replace(/['‘’]/g, (q) => (q === "'" ? '’' : "'")),
    (t) => t.replace(/"/g, "'"),
    (t) => t.replace(/[“”]/g, '"'),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 3 })).map(([at, token, n]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + token.repeat(n) + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8, unit: 'binary' })).map(([at, s]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + s + text.slice(i);
  }),
);

/** A fixture mutated 1–4 times, as bytes truncated at any byte (or whole), with its path. */
export const mutatedRelease = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(), { freq: 4 }))
  .map(([fixture, edits, cut]) => {
    const text = edits.reduce((t, edit) => edit(t), fixture.text);
    const bytes = new TextEncoder().encode(text);
    return { path: fixture.path, bytes: cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1)) };
  });

/** Short arbitrary text over all of Unicode, lone surrogates included, biased to tokens. */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) }, { weight: 2, arbitrary: fc.constantFrom(...TOKENS) }, {
      weight: 1,
      arbitrary: fc.constantFrom('\u2028', '\u2029', '</script>', '<!--', '}', '{', '\\', '%', '@comment{', '@misc{x,', '\\input{/etc/passwd}', '\r', '\u0085', '\x1b[31m', '\ud800'),
    }), { maxLength: Math.ceil(maxLength / 4) })
    .map((parts) => parts.join('').slice(0, maxLength));

// ---------------------------------------------------------------- validators

const vocab = sharedVocabulary() ?? LOCAL_VOCABULARY;
const sharedCslPath = fileURLToPath(new URL('../../../shared/schemas/csl-data.json', import.meta.url));
const cslSchemas: object[] = [JSON.parse(readFileSync(new URL('../support/csl-subset.schema.json', import.meta.url), 'utf8')) as object];
if (existsSync(sharedCslPath)) cslSchemas.push(JSON.parse(readFileSync(sharedCslPath, 'utf8')) as object);
const cslValidators = cslSchemas.map((s) => new Ajv({ allErrors: true, strict: false }).compile(s));

/** Throws with a description when `ok` is false (fast-check reports the throw). */
function must(ok: boolean, what: string, output: string): void {
  if (!ok) throw new Error(`${what}\n--- output ---\n${output.slice(0, 2000)}`);
}

/** JSON: parses, and holds the record. */
export function validJson(text: string): void {
  must(text.endsWith('\n'), 'JSON must end with a newline', text);
  JSON.parse(text);
}

/** NDJSON: one line per record, each line a JSON object. */
export function validNdjson(text: string, records: number): void {
  const lines = text.split('\n');
  must(lines.pop() === '' && lines.length === records, `NDJSON must be ${records} lines`, text);
  for (const line of lines) must(/^\{.*\}$/.test(line) && !/[\r\u0085\u2028\u2029]/.test(line), 'NDJSON line must be one JSON object without line breaks', text);
  for (const line of lines) JSON.parse(line);
}

/** JSON-LD: parses, and passes the checker's rules (schema.org types, properties, ranges). */
export function validJsonld(text: string): void {
  const problems = checkJsonld(JSON.parse(text), vocab);
  must(problems.length === 0, `JSON-LD problems: ${problems.join('; ')}`, text);
}

/** The `--html` wrapper: one script element, nothing that ends it or opens a comment, same JSON. */
export function validJsonldHtml(html: string, plain: string): void {
  const open = '<script type="application/ld+json">\n';
  must(html.startsWith(open) && html.endsWith('\n</script>\n'), 'not one script element', html);
  const body = html.slice(open.length, -'\n</script>\n'.length);
  must(!/<\/script|<!--|<script|[<>\u2028\u2029]/i.test(body), 'script body can break out', html);
  must(JSON.stringify(JSON.parse(body)) === JSON.stringify(JSON.parse(plain)), 'the escaped JSON means something else', html);
}

/** CSL-JSON: parses, and validates against the CSL schema(s). */
export function validCsl(text: string): unknown[] {
  const items = JSON.parse(text) as unknown[];
  for (const check of cslValidators) {
    must(check(items) === true, `CSL invalid: ${JSON.stringify(check.errors?.slice(0, 3))}`, text);
  }
  return items;
}

/** RIS: every line `XX  - value` or blank, each entry from TY to ER, no other line. */
export function validRis(text: string, entries: number): void {
  if (entries === 0) return must(text === '', 'RIS must be empty without papers', text);
  const lines = text.split('\n');
  must(lines.pop() === '', 'RIS must end with a newline', text);
  let open = false;
  let count = 0;
  for (const line of lines) {
    if (line === '') {
      must(!open, 'blank line inside an RIS entry', text);
      continue;
    }
    must(/^[A-Z][A-Z0-9]  - [^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/.test(line), `malformed RIS line ${JSON.stringify(line)}`, text);
    const tag = line.slice(0, 2);
    if (tag === 'TY') {
      must(!open, 'TY inside an entry', text);
      open = true;
      count++;
    } else if (tag === 'ER') {
      must(open, 'ER outside an entry', text);
      open = false;
    } else must(open, `${tag} outside an entry`, text);
  }
  must(!open && count === entries, `RIS must hold ${entries} closed entries`, text);
}

/** BibTeX: re-parses with citation-js to as many entries, with the same DOIs. */
export async function validBibtex(text: string, records: readonly PressRecord[]): Promise<Array<Record<string, unknown>>> {
  const items = recordsToCsl(records);
  if (items.length === 0) {
    must(text === '', 'BibTeX must be empty without papers', text);
    return [];
  }
  const Cite = await loadCitationJs();
  let parsed: Array<Record<string, unknown>>;
  try {
    parsed = new Cite(text).data as Array<Record<string, unknown>>;
  } catch (error) {
    // FUZZ_DUMP=FILE keeps the failing BibTeX whole, for a look at the counterexample.
    if (process.env['FUZZ_DUMP']) (await import('node:fs')).writeFileSync(process.env['FUZZ_DUMP'], text);
    throw new Error(`BibTeX does not re-parse: ${String(error).split('\n')[0]}\n--- output ---\n${text.slice(0, 3000)}`);
  }
  must(parsed.length === items.length, `BibTeX re-parses to ${parsed.length} entries, expected ${items.length}`, text);
  const norm = (doi: unknown): string => (typeof doi === 'string' ? doi.toLowerCase() : '');
  const want = items.map((i) => norm(i.DOI === undefined ? undefined : verbatimDoi(i.DOI)));
  must(JSON.stringify(parsed.map((p) => norm(p['DOI']))) === JSON.stringify(want), `BibTeX DOIs ${JSON.stringify(parsed.map((p) => p['DOI']))}, expected ${JSON.stringify(want)}`, text);
  return parsed;
}

/** Emits `records` in every format (and JSON-LD with --html) and validates each. */
export async function validAllFormats(records: readonly PressRecord[], formats: readonly OutputFormat[] = ['json', 'ndjson', 'jsonld', 'csl', 'bibtex', 'ris']): Promise<void> {
  const papers = records.reduce((n, r) => n + r.articles.length, 0);
  for (const format of formats) {
    const text = await emitters[format](records, {});
    if (format === 'json') validJson(text);
    else if (format === 'ndjson') validNdjson(text, records.length);
    else if (format === 'jsonld') {
      validJsonld(text);
      validJsonldHtml(await emitters.jsonld(records, { html: true }), text);
    } else if (format === 'csl') validCsl(text);
    else if (format === 'ris') validRis(text, papers);
    else await validBibtex(text, records);
  }
}
