#!/usr/bin/env node
// Checks every format's output on the shared corpus (../shared/corpus/dev), when it exists:
// JSON-LD with ../shared/eval/check-jsonld.mjs, CSL-JSON with ajv against
// ../shared/schemas/csl-data.json, BibTeX re-parsed by citation-js to the same DOIs.
//   node scripts/check-formats.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'dev');
if (!existsSync(corpus)) {
  console.log('check-formats: ../shared/corpus/dev not found; nothing to check');
  process.exit(0);
}
const { convert, emitters } = await import(join(root, 'dist', 'index.js'));
const { Cite } = await import('@citation-js/core').then((m) => m.default ?? m);
await import('@citation-js/plugin-bibtex');
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(shared, 'schemas', 'csl-data.json'), 'utf8')));
const out = mkdtempSync(join(tmpdir(), 'pr2meta-formats-'));
let problems = 0;
let files = 0;
let papers = 0;
for (const name of readdirSync(corpus).filter((n) => /\.(md|txt|html)$/.test(n)).sort()) {
  const { record } = convert(readFileSync(join(corpus, name)), { path: name });
  files++;
  writeFileSync(join(out, `${name}.jsonld`), await emitters.jsonld([record], {}));
  const csl = JSON.parse(await emitters.csl([record], {}));
  papers += csl.length;
  if (!validate(csl)) {
    problems++;
    console.log(`${name}: CSL-JSON invalid: ${JSON.stringify(validate.errors).slice(0, 300)}`);
  }
  if (record.articles.length) {
    const bib = await emitters.bibtex([record], { warn: () => {} });
    const back = new Cite(bib).data.map((d) => String(d.DOI ?? '').toLowerCase()).sort();
    const want = csl.map((d) => String(d.DOI ?? '').toLowerCase()).sort();
    if (JSON.stringify(back) !== JSON.stringify(want)) {
      problems++;
      console.log(`${name}: BibTeX re-parses to ${JSON.stringify(back)}, expected ${JSON.stringify(want)}`);
    }
  }
}
const jsonld = spawnSync(process.execPath, [join(shared, 'eval', 'check-jsonld.mjs'), ...readdirSync(out).map((f) => join(out, f))], { encoding: 'utf8' });
if (jsonld.status !== 0) {
  problems++;
  process.stdout.write(jsonld.stdout);
}
rmSync(out, { recursive: true, force: true });
console.log(`check-formats: ${files} releases, ${papers} papers: JSON-LD ${jsonld.status === 0 ? 'clean' : 'PROBLEMS'}, CSL-JSON and BibTeX ${problems ? problems + ' problem(s)' : 'clean'}`);
process.exit(problems ? 1 : 0);
