import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// What the bundled CLI loads before it converts a Markdown release: cli.js and the chunks it
// imports statically. Modules only some formats, inputs or commands need must stay out of it.
const dir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const built = existsSync(join(dir, 'cli.js'));

/** The text of `entry` and of every chunk it reaches through static imports. */
function staticGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const text = readFileSync(join(dir, name), 'utf8');
    seen.set(name, text);
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]{1,80}\.js)"/g)) visit(m[1]!);
  };
  visit(entry);
  return seen;
}

/** A string only each lazily loaded module holds. */
const LAZY: Record<string, string> = {
  'libphonenumber-js metadata': 'country_calling_codes',
  'citation-js BibTeX plugin': '@bibtex/text',
  'citation-js RIS plugin': '@ris/file',
  'the check rules': 'end-mark-missing',
  'the YAML parser': 'YAMLParseError',
};

describe.skipIf(!built)('the bundle loads at start-up only what a Markdown release needs', () => {
  it.each(Object.keys(LAZY))('%s is not reached by static imports from cli.js or worker.js', (what) => {
    for (const entry of ['cli.js', 'worker.js']) {
      const graph = staticGraph(entry);
      expect(graph.size).toBeGreaterThan(0);
      for (const [name, text] of graph) expect(text.includes(LAZY[what]!), `${entry} → ${name}`).toBe(false);
    }
  });

  it('tinypool is imported only dynamically, from node_modules, for --jobs above 1', () => {
    const graph = staticGraph('cli.js');
    for (const [, text] of graph) expect(text).not.toMatch(/(?:from|import)\s*"tinypool"/);
    expect([...graph.values()].some((text) => text.includes('import("tinypool")'))).toBe(true);
  });
});

// The CommonJS bundle the bin loads holds every module in one file; esbuild's lazy wrappers
// keep format-specific ones from running until reached. citation-js's core requires node-fetch
// and sync-fetch (for fetching identifiers, which pr2meta never asks it to do); the bundle gives it
// stand-ins that refuse to fetch (scripts/build.mjs), so no run loads node:http, https or zlib.
const cjs = join(dir, 'cli.cjs');
describe.skipIf(!existsSync(cjs))('the CommonJS bundle runs only what the format needs', () => {
  const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  const run = (format: string, file = fixture('example-release.md')): { code: number; cached: boolean; loaded: string[]; chunks: string[] } => {
    const script = `
      const { loadCli } = require(${JSON.stringify(join(dir, 'boot.cjs'))});
      const { Writable } = require('node:stream');
      const cli = loadCli(${JSON.stringify(cjs)});
      const sink = new Writable({ write(chunk, encoding, done) { done(); } });
      cli.main(['node', 'pr2meta', ${JSON.stringify(file)}, '--format', '${format}', '--quiet'],
        { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: {} })
        .then((code) => process.stdout.write(JSON.stringify({ code, cached: cli.cached, chunks: cli.chunks(),
          loaded: process.moduleLoadList.filter((m) => /^NativeModule (?:http|https|zlib|tty|fs[/]promises|perf_hooks)$/.test(m)) })));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    return JSON.parse(r.stdout) as { code: number; cached: boolean; loaded: string[]; chunks: string[] };
  };

  it('--format json: converts from the code cache with the phone chunk only, and no tty, fs/promises or perf_hooks', () => {
    expect(run('json')).toEqual({ code: 0, cached: true, loaded: [], chunks: ['phone'] });
  });

  it('--format bibtex: loads the citation-js chunk, without node:http, https or zlib', () => {
    const r = run('bibtex');
    expect(r.chunks).toEqual(['phone', 'cite']);
    expect(r.loaded).toEqual([]);
  });

  it('the citation-js chunk refuses to fetch: its fetch stand-ins throw "Missing network access"', () => {
    const script = `
      const { loadCli } = require(${JSON.stringify(join(dir, 'boot.cjs'))});
      const cli = loadCli(${JSON.stringify(cjs)});
      const { Writable } = require('node:stream');
      const sink = new Writable({ write(chunk, encoding, done) { done(); } });
      cli.main(['node', 'pr2meta', ${JSON.stringify(fixture('example-release.md'))}, '--format', 'ris', '--quiet'],
        { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: {} }).then(() => {
        const text = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'lazy', 'cite.cjs'))}, 'utf8');
        process.stdout.write(JSON.stringify({ stub: (text.match(/Missing network access[^"']*/g) || []).length,
          loaded: process.moduleLoadList.filter((m) => /^NativeModule (?:http|https|zlib)$/.test(m)) }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ stub: 2, loaded: [] });
  });

  it('libphonenumber-js is only in its chunk: cli.cjs holds neither its metadata nor its code', () => {
    const text = readFileSync(cjs, 'utf8');
    expect(text.includes(LAZY['libphonenumber-js metadata']!)).toBe(false);
    expect(text).not.toMatch(/validatePhoneNumberLength\s*=\s*function|function validatePhoneNumberLength/);
  });

  it('an HTML page loads the HTML chunk; Markdown with front matter the YAML one', () => {
    expect(run('json', fixture('release/page.html')).chunks).toContain('html');
    expect(run('json', fixture('release/front-matter.md')).chunks).toContain('yaml');
  });
});
