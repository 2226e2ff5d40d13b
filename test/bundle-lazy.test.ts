import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('worker threads are loaded only dynamically, for --jobs above 1', () => {
    const graph = staticGraph('cli.js');
    for (const [, text] of graph) expect(text).not.toMatch(/from\s*"(?:node:)?worker_threads"/);
    expect([...graph.values()].some((text) => text.includes('import("node:worker_threads")'))).toBe(true);
  });
});
