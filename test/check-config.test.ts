import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../src/check/run.js';
import { applyRules, defaultSeverities, findConfigFile, parseLevel, severityResolver, UsageError } from '../src/check/config.js';
import { captureIO } from './helpers/check-io.js';

const fixtures = fileURLToPath(new URL('../fixtures/check/', import.meta.url));
let root: string;
let nested: string;

beforeAll(() => {
  // root/.pr2metarc.json turns end-mark-missing off and doi-missing into an error;
  // root/a/b/bare.txt finds it two directories up.
  root = mkdtempSync(join(tmpdir(), 'pr2meta-check-'));
  nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  writeFileSync(join(root, '.pr2metarc.json'), JSON.stringify({ rules: { 'doi-missing': 'error', 'end-mark-missing': 'off' } }));
  copyFileSync(join(fixtures, 'bare.txt'), join(nested, 'bare.txt'));
  writeFileSync(join(root, 'other.json'), JSON.stringify({ rules: { 'date-missing': 0, 'dateline-missing': 'off' } }));
  writeFileSync(join(root, 'unknown.json'), JSON.stringify({ rules: { 'doi-gone': 'off' } }));
  writeFileSync(join(root, 'broken.json'), '{ "rules": ');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function findings(args: string[]): Promise<{ code: number; found: Array<[string, number]>; err: string }> {
  const io = captureIO();
  const code = await runCheck([], ['--reporter', 'json', ...args], io);
  const out = io.out() ? (JSON.parse(io.out()) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>) : [];
  return { code, found: out.flatMap((r) => r.messages.map((m) => [m.ruleId, m.severity] as [string, number])), err: io.err() };
}

describe('configuration', () => {
  it('reads levels as ESLint spells them', () => {
    expect([parseLevel('off'), parseLevel(0), parseLevel('warn'), parseLevel(1), parseLevel('warning'), parseLevel('error'), parseLevel(2)]).toEqual(['off', 'off', 'warn', 'warn', 'warn', 'error', 'error']);
    expect([parseLevel('loud'), parseLevel(3), parseLevel(null)]).toEqual([null, null, null]);
  });
  it('rejects unknown rule ids and levels with a usage error naming the origin', () => {
    expect(() => applyRules(defaultSeverities(), { 'doi-gone': 'off' }, 'x.json')).toThrow(UsageError);
    expect(() => applyRules(defaultSeverities(), { 'doi-gone': 'off' }, 'x.json')).toThrow(/Unknown rule "doi-gone" in x.json/);
    expect(() => applyRules(defaultSeverities(), { 'doi-missing': 'loud' }, 'x.json')).toThrow(/Invalid level "loud" for rule "doi-missing"/);
  });
  it('finds .pr2metarc.json upward from the input', async () => {
    expect(await findConfigFile(nested)).toBe(join(root, '.pr2metarc.json'));
    const severities = await severityResolver()(join(nested, 'bare.txt'));
    expect(severities['doi-missing']).toBe('error');
    expect(severities['end-mark-missing']).toBe('off');
    expect(severities['date-missing']).toBe('warn');
  });
  it('applies the found config: doi-missing becomes an error, end-mark-missing is off', async () => {
    const { code, found } = await findings([join(nested, 'bare.txt')]);
    expect(found).toEqual([['date-missing', 1], ['dateline-missing', 1], ['doi-missing', 2], ['title-missing', 1], ['contact-missing', 1]]);
    expect(code).toBe(1);
  });
  it('--rule wins over the config file (file < --rule)', async () => {
    const { code, found } = await findings(['--rule', 'doi-missing=warn', '--rule', 'end-mark-missing=error', '--rule', 'contact-missing=off', join(nested, 'bare.txt')]);
    expect(found).toEqual([['date-missing', 1], ['dateline-missing', 1], ['doi-missing', 1], ['title-missing', 1], ['end-mark-missing', 2]]);
    expect(code).toBe(1);
  });
  it('--config replaces the search; the last --rule for an id wins', async () => {
    const { found } = await findings(['--config', join(root, 'other.json'), '--rule', 'doi-missing=off', '--rule', 'doi-missing=error', join(nested, 'bare.txt')]);
    expect(found).toEqual([['doi-missing', 2], ['title-missing', 1], ['contact-missing', 1], ['end-mark-missing', 1]]);
  });
  it('an unknown rule id in a config file or a broken file is a usage error: exit 2', async () => {
    const unknown = await findings(['--config', join(root, 'unknown.json'), join(nested, 'bare.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`Unknown rule "doi-gone" in ${join(root, 'unknown.json')}`);
    const broken = await findings(['--config', join(root, 'broken.json'), join(nested, 'bare.txt')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^pr2meta check: Invalid JSON in config /);
  });
});
