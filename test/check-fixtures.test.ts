import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../src/check/run.js';
import { captureIO } from './helpers/check-io.js';

const dir = fileURLToPath(new URL('../fixtures/check/', import.meta.url));
const flawed = dir + 'flawed.md';
const bare = dir + 'bare.txt';
const clean = dir + 'clean.md';
const NOW = ['--now', '2026-01-01T00:00:00Z'];

/** The expected findings of each fixture: rule id, severity and line:column of the evidence. */
const EXPECTED: Record<string, Array<[string, 1 | 2, number, number]>> = {
  [flawed]: [
    ['embargo-zone-missing', 1, 1, 17],
    ['embargo-weekday', 2, 1, 26],
    ['embargo-after-publication', 1, 1, 35],
    ['embargo-passed', 1, 1, 35],
    ['quote-unbalanced', 1, 7, 1],
    ['quote-unbalanced', 1, 11, 27],
    ['doi-malformed', 2, 15, 26],
    ['doi-conflict', 2, 15, 75],
    // The link and the printed DOI disagree: one paper, reported once; it prints no title.
    ['title-missing', 1, 15, 75],
    ['contact-phone-malformed', 2, 21, 1],
    ['contact-email-malformed', 2, 22, 1],
    ['end-mark-missing', 1, 22, 30],
  ],
  [bare]: [
    ['date-missing', 1, 3, 1],
    ['dateline-missing', 1, 3, 1],
    // At the journal the articles extractor read the paper from; it prints no title either.
    ['doi-missing', 1, 3, 135],
    ['title-missing', 1, 3, 135],
    ['contact-missing', 1, 7, 1],
    ['end-mark-missing', 1, 7, 81],
  ],
  [clean]: [],
};

interface JsonOut {
  filePath: string;
  messages: Array<{ ruleId: string; severity: 1 | 2; message: string; line: number; column: number }>;
  errorCount: number;
  warningCount: number;
}

async function check(args: string[], env: Record<string, string> = {}) {
  const io = captureIO(env);
  const code = await runCheck([], args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('check on the fixtures', () => {
  it('json reporter: the expected rule ids at the expected positions', async () => {
    const { code, out } = await check([...NOW, '--reporter', 'json', flawed, bare, clean]);
    expect(code).toBe(1);
    const results = JSON.parse(out) as JsonOut[];
    expect(results.map((r) => r.filePath)).toEqual([flawed, bare, clean]);
    for (const r of results) {
      expect(r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual(EXPECTED[r.filePath]);
      expect(r.errorCount).toBe(EXPECTED[r.filePath]!.filter((e) => e[1] === 2).length);
      expect(r.warningCount).toBe(EXPECTED[r.filePath]!.filter((e) => e[1] === 1).length);
    }
    const messages = results[0]!.messages;
    expect(messages.find((m) => m.ruleId === 'doi-malformed')?.message).toContain('"10.123/acr.2023.55"');
    expect(messages.find((m) => m.ruleId === 'doi-conflict')?.message).toContain('10.5555/acr.2023.0056 but the text prints 10.5555/acr.2023.0055');
    expect(messages.find((m) => m.ruleId === 'embargo-weekday')?.message).toContain('"Tuesday" does not match the date 2023-03-15, expected Wednesday');
    expect(messages.find((m) => m.ruleId === 'contact-email-malformed')?.message).toContain('"miguel.ortega@desert-research"');
    expect(messages.find((m) => m.ruleId === 'contact-phone-malformed')?.message).toContain('"+1 520 555 014"');
  });

  it('stylish reporter: every finding as line:column, severity, rule id', async () => {
    const { code, out } = await check([...NOW, '--reporter', 'stylish', flawed, bare, clean]);
    expect(code).toBe(1);
    for (const file of [flawed, bare]) {
      for (const [rule, sev, line, col] of EXPECTED[file]!) {
        expect(out).toMatch(new RegExp(`${line}:${col}\\s+${sev === 2 ? 'error' : 'warning'}\\s.*${rule}`));
      }
    }
    expect(out).not.toContain('clean.md'); // files without findings are not listed
    expect(out).toContain('✖ 18 problems (5 errors, 13 warnings)');
    expect(out).not.toMatch(/\u001b\[/); // no colour when stdout is not a TTY
  });

  it('github reporter: one workflow command per finding, errors first, warnings capped at 10', async () => {
    const { code, out } = await check([...NOW, '--reporter', 'github', flawed, bare, clean]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    const expected = [flawed, bare].flatMap((f) => EXPECTED[f]!.map((e) => ({ f, e })));
    const escaped = (f: string): string => f.replace(/:/g, '%3A').replace(/,/g, '%2C');
    const annotated = lines.filter((l) => l.startsWith('::'));
    // 5 errors and 13 warnings: every error, the first 10 warnings; the last 3 are plain lines, counted at the end.
    expect(annotated.filter((l) => l.startsWith('::error '))).toHaveLength(5);
    expect(annotated.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    const errors = expected.filter(({ e }) => e[1] === 2);
    const warnings = expected.filter(({ e }) => e[1] === 1);
    for (const { f, e } of [...errors, ...warnings.slice(0, 10)]) {
      const [rule, sev, line, col] = e;
      const prefix = `::${sev === 2 ? 'error' : 'warning'} file=${escaped(f)},line=${line},col=${col},title=pr2meta ${rule}::`;
      expect(annotated.some((l) => l.startsWith(prefix))).toBe(true);
    }
    expect(lines.at(-2)).toBe(`pr2meta: ${bare}:7:81: warning: Missing end mark, expected "###", "-30-", "ENDS" or "-end-" after the release text [end-mark-missing]`);
    expect(lines.filter((l) => l.startsWith(`pr2meta: ${bare}:`))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^pr2meta check: 3 more warnings not shown as annotations \(GitHub shows 10 per level per step\)/);
    const firstWarning = lines.findIndex((l) => l.startsWith('::warning'));
    expect(lines.slice(firstWarning).some((l) => l.startsWith('::error'))).toBe(false);
  });

  it('sarif reporter: the results at the expected regions', async () => {
    const { code, out } = await check([...NOW, '--reporter', 'sarif', flawed, bare, clean]);
    expect(code).toBe(1);
    const log = JSON.parse(out);
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
    const got = results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn]);
    const want = [flawed, bare].flatMap((f) => EXPECTED[f]!.map(([rule, sev, line, col]) => [`file://${f}`, rule, sev === 2 ? 'error' : 'warning', line, col]));
    expect(got).toEqual(want);
  });

  it('the clean fixture passes, and fails embargo-passed once the embargo has lifted', async () => {
    expect((await check([...NOW, clean])).code).toBe(0);
    expect((await check([...NOW, clean])).out).toBe('');
    const later = await check(['--now', '2031-01-01', '--reporter', 'json', clean]);
    expect(later.code).toBe(0); // a warning only
    const [result] = JSON.parse(later.out) as JsonOut[];
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['embargo-passed', 3, 40]]);
    expect(result!.messages[0]!.message).toContain('Embargo 2030-06-06T10:00-04:00 has passed');
  });

  it('reads a directory recursively, in sorted order, and stdin with "-"', async () => {
    const { out } = await check([...NOW, '--reporter', 'json', dir]);
    expect((JSON.parse(out) as JsonOut[]).map((r) => r.filePath.slice(dir.length))).toEqual(['bare.txt', 'clean.md', 'flawed.md']);
    const io = captureIO({}, '# A headline\n\nJust text.\n');
    await runCheck([], [...NOW, '--reporter', 'json', '-'], io);
    const [stdin] = JSON.parse(io.out()) as JsonOut[];
    expect(stdin!.filePath).toBe('<stdin>');
    expect(stdin!.messages.map((m) => m.ruleId)).toContain('end-mark-missing');
  });

  it('checks HTML inputs (the HTML parser is loaded on demand) and trusts the extracted record', async () => {
    const page = '<html><head><title>Ponds | Pond Institute</title></head><body><h1>Small Ponds Hold More Insects</h1>' +
      '<p>BOSTON, May 2, 2024 – Small ponds hold more insects than lakes, a study shows.</p>' +
      '<p>Media contact: Jo Smith, jo.smith@pond-institute.example.org</p><p>###</p></body></html>';
    const io = captureIO({}, page);
    const code = await runCheck([], [...NOW, '--reporter', 'json', '-'], io);
    const [result] = JSON.parse(io.out()) as JsonOut[];
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const ids = result!.messages.map((m) => m.ruleId);
    for (const id of ['date-missing', 'dateline-missing', 'contact-missing', 'end-mark-missing']) expect(ids).not.toContain(id);
  });

  it('an unreadable input is an error in the report, the others are still checked', async () => {
    const { code, out } = await check([...NOW, '--reporter', 'json', dir + 'no-such-release.md', clean]);
    expect(code).toBe(1);
    const [missing, ok] = JSON.parse(out) as JsonOut[];
    expect(missing!.messages).toEqual([expect.objectContaining({ ruleId: 'read', severity: 2, message: expect.stringContaining('No such file') })]);
    expect(ok!.messages).toEqual([]);
  });

  it('defaults to github on GitHub Actions and to stylish elsewhere', async () => {
    expect((await check([...NOW, bare], { GITHUB_ACTIONS: 'true' })).out).toMatch(/^::warning file=/);
    expect((await check([...NOW, bare], {})).out).toMatch(/^\S*bare\.txt\n\s*3:1\s+warning/);
    expect((await check([...NOW, bare], { FORCE_COLOR: '1' })).out).toMatch(/\u001b\[/);
  });
});

describe('exit codes', () => {
  it('--max-warnings: exit 1 only when warnings exceed the limit', async () => {
    expect((await check([...NOW, '--max-warnings', '6', bare])).code).toBe(0);
    const over = await check([...NOW, '--max-warnings', '5', bare]);
    expect(over.code).toBe(1);
    expect(over.err).toBe('pr2meta check: too many warnings (6, maximum 5)\n');
    expect((await check([...NOW, '--max-warnings', '-1', bare])).code).toBe(0);
    expect((await check([...NOW, '--max-warnings', '0', '--quiet', bare])).code).toBe(0); // --quiet drops warnings
  });
  it('usage errors exit 2 with one line on stderr', async () => {
    const unknown = await check(['--rule', 'doi-mising=off', clean]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^pr2meta check: Unknown rule "doi-mising" in --rule, expected one of: doi-missing, /);
    expect(unknown.out).toBe('');
    expect((await check(['--rule', 'doi-missing=loud', clean])).code).toBe(2);
    expect((await check(['--rule', 'doi-missing', clean])).code).toBe(2);
    expect((await check(['--reporter', 'xml', clean])).code).toBe(2);
    expect((await check(['--max-warnings', 'many', clean])).code).toBe(2);
    expect((await check(['--now', 'yesterday', clean])).code).toBe(2);
    expect((await check(['--config', dir + 'missing.json', clean])).code).toBe(2);
    expect((await check(['--bogus', clean])).code).toBe(2);
  });
  it('errors exit 1 and turning them off exits 0', async () => {
    const args = [...NOW, flawed];
    expect((await check(args)).code).toBe(1);
    const off = ['doi-malformed', 'doi-conflict', 'embargo-weekday', 'contact-email-malformed', 'contact-phone-malformed'].flatMap((id) => ['--rule', `${id}=warn`]);
    expect((await check([...off, ...args])).code).toBe(0);
  });
});
