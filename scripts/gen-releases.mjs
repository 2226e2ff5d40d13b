#!/usr/bin/env node
// Writes N synthetic press releases (Markdown) into DIR, varied in names, journals, DOIs,
// datelines, quotes and contacts, for benchmarks and batch tests.
//   node scripts/gen-releases.mjs DIR N
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Amara', 'Lukas', 'Mei-Ling', 'José', 'Ingrid', 'Tomasz', 'Priya', 'Kwame', 'Sofia', 'Hiroshi', 'Elena', 'Oluwaseun'];
const LAST = ['Okonkwo', 'van der Berg', 'Chen', 'Núñez-García', 'Lindqvist', 'Kowalski', 'Raman', 'Mensah', 'Rossi', 'Tanaka', 'Petrova', 'Adeyemi'];
const JOURNALS = ['Journal of Marine Ecology', 'Annals of Applied Neuroscience', 'Plant Systems Biology', 'Clinical Sleep Research', 'Quantum Materials Letters'];
const PLACES = ['Halifax, NS', 'Leeds, UK', 'AUSTIN, Texas', 'Uppsala, Sweden', 'Kyoto, Japan', 'Accra, Ghana'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['seagrass carbon burial', 'sleep spindles in older adults', 'drought signalling in roots', 'spin liquids in thin films', 'memory consolidation in mice'];

/** A deterministic pseudo-random generator (mulberry32), so runs are comparable. */
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic release, numbered `i`. */
export function release(i) {
  const r = rng(i + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const people = Array.from({ length: 3 + Math.floor(r() * 5) }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const lead = people[0];
  const journal = pick(JOURNALS);
  const topic = pick(TOPICS);
  const year = 2015 + Math.floor(r() * 10);
  const month = pick(MONTHS);
  const day = 1 + Math.floor(r() * 28);
  const doi = `10.${5000 + Math.floor(r() * 4000)}/bench.${year}.${String(i).padStart(5, '0')}`;
  const filler = Array.from({ length: 3 + Math.floor(r() * 4) }, (_, k) =>
    `The team measured ${topic} across ${10 + k * 7} sites over ${2 + k} years, comparing the results with earlier surveys and with models that assumed steady conditions. ` +
    `Their analysis, which combined field samples with laboratory work, suggests that the effect is larger than previously reported and varies with season and depth.`).join('\n\n');
  return `# New Findings on ${topic[0].toUpperCase()}${topic.slice(1)} (Study ${i})

${pick(PLACES)}, ${month} ${day}, ${year} – Researchers report new results on ${topic} in a study published today in the *${journal}*.

${filler}

"We were surprised by how consistent the signal was across very different places," said Dr. ${lead.split(' ').slice(-1)[0]}. "It changes how we should plan the next round of measurements."

## Notes for editors

The article is "Consistent Patterns of ${topic} Across Sites," by ${people.slice(0, -1).join(', ')}, and ${people[people.length - 1]} (doi: ${doi}). It appears in the *${journal}*, volume ${10 + (i % 50)}, issue ${1 + (i % 12)} (${year}).

## Media contact

Press Office
+1 555 010 ${String(1000 + (i % 9000)).slice(0, 4)}
press${i % 7}@institute.example.org

###
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = [process.argv[2], Number(process.argv[3] ?? 100)];
  if (!dir) { console.error('usage: gen-releases.mjs DIR N'); process.exit(2); }
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `release-${String(i).padStart(5, '0')}.md`), release(i));
}
