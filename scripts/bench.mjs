#!/usr/bin/env node
// pr2meta's benchmark: one run, one machine, a table of medians.
//   npm run bench            (BENCH_QUICK=1 for a smaller, faster run)
// Start-up as a ratio to `node -e 0`; batch throughput next to remark-parse alone; 1 vs 2
// workers; peak RSS over 10,000 releases; the slowest hostile 1 MB inputs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { release } from './gen-releases.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'pr2meta.js');
const work = join(root, '.bench');
const quick = process.env.BENCH_QUICK === '1';
const fixture = join(root, 'fixtures', 'example-release.md');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
/** Runs a command and returns wall seconds, exit status and peak RSS (KiB, via /usr/bin/time when present). */
function timed(cmd, args, opts = {}) {
  // A timeout must kill node itself, not /usr/bin/time (which would leave node running).
  const useTime = existsSync('/usr/bin/time') && opts.timeout === undefined;
  const t0 = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...opts, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = useTime ? (r.stderr.trim().split('\n').pop() ?? '').trim().split(/\s+/).map(Number) : [];
  const rssKb = last[0] || null;
  // CPU seconds (user + system): on a loaded machine, wall time alone hides whether workers help.
  const cpu = last.length === 3 ? (last[1] ?? 0) + (last[2] ?? 0) : null;
  return { seconds, status: r.status, rssKb, cpu, stderr: r.stderr };
}
const runs = (n, cmd, args) => median(Array.from({ length: n }, () => timed(cmd, args).seconds));

function generate(dir, n) {
  if (existsSync(dir) && readdirSync(dir).length === n) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `release-${String(i).padStart(5, '0')}.md`), release(i));
}
const sizeOf = (dir) => readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);

const rows = [];
const row = (what, value, target = '') => { rows.push([what, value, target]); console.error(`  ${what}: ${value}`); };

// ---- start-up
const N = quick ? 5 : 15;
console.error('start-up…');
const base = runs(N, process.execPath, ['-e', '0']);
row('node -e 0 (median)', `${(base * 1000).toFixed(0)} ms`);
for (const [fmt, target] of [['json', 1.6], ['jsonld', 1.6], ['bibtex', 1.9]]) {
  const t = runs(N, process.execPath, [bin, fixture, '--format', fmt, '--quiet']);
  row(`pr2meta --format ${fmt}`, `${(t * 1000).toFixed(0)} ms = ${(t / base).toFixed(2)}× node`, `≤ ${target}×`);
}

// ---- throughput
const SET = quick ? 400 : 2000;
const setDir = join(work, `set-${SET}`);
generate(setDir, SET);
const mb = sizeOf(setDir) / 1e6;
console.error(`throughput over ${SET} releases (${mb.toFixed(1)} MB)…`);
const remarkScript = `import {unified} from 'unified';import remarkParse from 'remark-parse';import {readdirSync,readFileSync} from 'node:fs';
const p=unified().use(remarkParse).freeze();const d=process.argv[1];for(const f of readdirSync(d).sort())p.parse(readFileSync(d+'/'+f,'utf8'));`;
const remarkT = median([1, 2, 3].map(() => timed(process.execPath, ['--input-type=module', '-e', remarkScript, setDir], { cwd: root }).seconds));
// A build without --jobs (before the pool) runs the batch in one thread, and 2 workers is n/a.
const hasJobs = timed(process.execPath, [bin, '--help'], {}).status === 0 &&
  spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout.includes('--jobs');
const batch = (jobs) => {
  const args = [bin, setDir, '--format', 'ndjson', '--quiet', ...(hasJobs ? ['--jobs', String(jobs)] : [])];
  const rs = [1, 2, 3].map(() => {
    const r = timed(process.execPath, args);
    if (r.status !== 0) throw new Error(`pr2meta exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return r;
  });
  return { seconds: median(rs.map((r) => r.seconds)), cpu: median(rs.map((r) => r.cpu ?? 0)) };
};
const load = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'n/a');
const b1 = batch(1);
const one = b1.seconds;
row('remark-parse alone', `${(SET / remarkT).toFixed(0)} releases/s, ${(mb / remarkT).toFixed(2)} MB/s`);
row('pr2meta, 1 worker', `${(SET / one).toFixed(0)} releases/s, ${(mb / one).toFixed(2)} MB/s = ${(one > 0 ? remarkT / one : 0).toFixed(2)}× remark-parse (CPU ${b1.cpu.toFixed(1)} s)`, '≥ 0.6×');
if (hasJobs) {
  const b2 = batch(2);
  const two = b2.seconds;
  row('pr2meta, 2 workers', `${(SET / two).toFixed(0)} releases/s, ${(mb / two).toFixed(2)} MB/s = ${(one / two).toFixed(2)}× 1 worker (CPU ${b2.cpu.toFixed(1)} s)`, '≥ 1.6×');
} else row('pr2meta, 2 workers', 'n/a (no --jobs)', '≥ 1.6×');
row('load average (other work on the machine)', load());

// ---- memory
const BIG = quick ? 2000 : 10000;
const bigDir = join(work, `set-${BIG}`);
generate(bigDir, BIG);
console.error(`peak RSS over ${BIG} releases…`);
const mem = timed(process.execPath, [bin, bigDir, '--format', 'ndjson', '--quiet']);
row(`peak RSS, ${BIG} releases`, mem.rssKb ? `${(mem.rssKb / 1024).toFixed(0)} MB` : 'n/a', '< 200 MB');

// ---- hostile inputs
const hostile = {
  '"1234." line': '1234.'.repeat(200_000),
  '200,000 "': '"'.repeat(200_000),
  '( DOI )': '('.repeat(50_000) + '10.1000/abc' + ')'.repeat(50_000),
  '10.1000/ ×100k': '10.1000/'.repeat(100_000),
  'Dr. ×100k': 'Dr. '.repeat(100_000),
  '"1234. " spaced': '1234. '.repeat(170_000),
  'Contact: spaces -': 'Contact: a' + ' '.repeat(300_000) + '-',
};
mkdirSync(join(work, 'hostile'), { recursive: true });
let slowest = ['', 0];
for (const [name, text] of Object.entries(hostile)) {
  const file = join(work, 'hostile', name.replace(/\W+/g, '_') + '.txt');
  writeFileSync(file, text);
  const r = timed(process.execPath, [bin, file, '--format', 'json', '--quiet'], { timeout: 120_000 });
  const t = r.seconds;
  const note = r.status === null ? ' (killed after 120 s)' : r.status > 1 ? ` (exit ${r.status})` : '';
  row(`hostile: ${name}`, `${(t * 1000).toFixed(0)} ms${note}`, '< 1 s');
  if (t > slowest[1]) slowest = [name, t];
}
row('slowest hostile input', `${slowest[0]} (${(slowest[1] * 1000).toFixed(0)} ms)`, '< 1 s');

// ---- the table
const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\npr2meta bench — node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}\n`);
console.log(`${'measure'.padEnd(w0)}  ${'median'.padEnd(w1)}  target`);
console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ------`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
