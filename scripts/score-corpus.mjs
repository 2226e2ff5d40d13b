#!/usr/bin/env node
// Scores pr2meta on the shared corpus (../shared/corpus/dev) and, with --check, fails when a
// field drops below its floor in scripts/score-floors.json. Floors only go up.
//   node scripts/score-corpus.mjs [--check] [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const corpus = join(shared, 'corpus', 'dev');
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.log('score-corpus: ../shared/corpus/dev not found; nothing to score');
  process.exit(0);
}
const check = process.argv.includes('--check');
const verbose = process.argv.includes('--verbose');
const cmd = `node ${join(root, 'bin', 'pr2meta.js')} --format json --quiet`;
if (verbose) spawnSync(process.execPath, [scorer, '--cmd', cmd, corpus, '--verbose'], { stdio: 'inherit' });
const run = spawnSync(process.execPath, [scorer, '--cmd', cmd, corpus, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(1);
}
const result = JSON.parse(run.stdout);
const floors = JSON.parse(readFileSync(join(root, 'scripts', 'score-floors.json'), 'utf8'));
let failed = 0;
console.log(`${result.releases} releases, ${result.failures} runs failed`);
console.log('field            F1     floor');
for (const row of result.fields) {
  const floor = floors[row.field] ?? 0;
  const bad = row.f1 + 1e-9 < floor;
  if (bad) failed++;
  console.log(`${row.field.padEnd(16)} ${row.f1.toFixed(3)}  ${floor.toFixed(3)}${bad ? '  BELOW FLOOR' : ''}`);
}
const macroFloor = floors.macroF1 ?? 0;
const macroBad = result.macroF1 + 1e-9 < macroFloor;
console.log(`macro-F1         ${result.macroF1.toFixed(3)}  ${macroFloor.toFixed(3)}${macroBad ? '  BELOW FLOOR' : ''}`);
if (result.failures) console.log(`${result.failures} runs failed`);
if (check && (failed || macroBad || result.failures)) {
  console.error('score-corpus: below the floor; see scripts/score-floors.json');
  process.exit(1);
}
