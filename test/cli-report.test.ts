import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticRelease, tempDir } from './support/cli-harness.js';

// The setup file has loaded the CLI already; reload it so it sees the mocked conversion.
let runMain: typeof import('./support/cli-harness.js').runMain;
beforeAll(async () => {
  vi.resetModules();
  ({ runMain } = await import('./support/cli-harness.js'));
});

// Extraction is replaced so the test controls which findings a release gets: a file whose
// text says WARN gets a warning, ERROR an error-level finding, CRASH throws.
vi.mock('../src/convert.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/convert.js')>();
  return {
    ...real,
    convertAsync: async (...args: Parameters<typeof real.convertAsync>) => {
      const text = String(args[0]);
      if (text.includes('CRASH')) throw new Error('boom in extraction');
      const result = await real.convertAsync(...args);
      if (text.includes('WARN')) result.file.message('Missing DOI, expected "10." followed by a prefix', { place: { line: 3, column: 1 }, ruleId: 'doi', source: 'pr2meta' }).fatal = false;
      if (text.includes('ERROR')) result.file.message('Embargo \u001b[31mred\u001b[0m passed', { place: { line: 1, column: 1 }, ruleId: 'embargo', source: 'pr2meta' }).fatal = true;
      return result;
    },
  };
});

describe('findings go to stderr through the stylish reporter', () => {
  const dir = tempDir();
  const warn = join(dir, 'warn.md');
  const error = join(dir, 'error.md');
  const crash = join(dir, 'crash.md');
  const fine = join(dir, 'fine.md');
  writeFileSync(warn, syntheticRelease(1) + '\nWARN\n');
  writeFileSync(error, syntheticRelease(2) + '\nERROR\n');
  writeFileSync(crash, syntheticRelease(3) + '\nCRASH\n');
  writeFileSync(fine, syntheticRelease(4));

  it('prints a warning with its place and rule, exit 0', async () => {
    const { code, stdout, stderr } = await runMain([warn, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(warn);
    expect(stderr).toMatch(/3:1\s+warning\s+Missing DOI, expected "10\." followed by a prefix\s+doi\b/);
  });
  it('--quiet hides warnings', async () => {
    const { code, stderr } = await runMain([warn, '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
  it('an error-level finding gives exit 1 and shows under --quiet, control characters stripped', async () => {
    const { code, stdout, stderr } = await runMain([error, fine, '--quiet', '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/1:1\s+error\s+Embargo red passed/);
    expect(stderr).not.toContain('\u001b');
  });
  it('a crash in one input is one line, the others go on, exit 2; the stack only with --debug', async () => {
    const plain = await runMain([crash, fine, '--format', 'ndjson']);
    expect(plain.code).toBe(2);
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toBe(`pr2meta: ${crash}: Internal error: boom in extraction\n`);
    const debug = await runMain([crash, '--debug']);
    expect(debug.stderr).toMatch(/Internal error: boom in extraction\nError: boom in extraction\n\s+at /);
  });
});
