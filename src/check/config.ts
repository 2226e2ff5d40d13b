/**
 * Rule severities: the defaults, then `.pr2metarc.json` (found upward from each input, or
 * `--config FILE`), then `--rule id=level` flags, each overriding the one before.
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { RuleLevel } from './rule.js';
import { isRuleId, ruleIds, rules, type RuleId } from './registry.js';

/** The configuration file's name, looked for in the input's directory and every parent. */
export const CONFIG_NAME = '.pr2metarc.json';

/** A severity for every rule. */
export type Severities = Record<RuleId, RuleLevel>;

/** A mistake in how `check` was called or configured: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The severities every rule has when nothing configures it. */
export function defaultSeverities(): Severities {
  return Object.fromEntries(ruleIds.map((id) => [id, rules[id].severity])) as Severities;
}

/** Reads a level as ESLint spells them: `off`/`warn`/`error`, `0`/`1`/`2`, or `warning`; null otherwise. */
export function parseLevel(value: unknown): RuleLevel | null {
  if (value === 'off' || value === 0 || value === '0') return 'off';
  if (value === 'warn' || value === 'warning' || value === 1 || value === '1') return 'warn';
  if (value === 'error' || value === 2 || value === '2') return 'error';
  return null;
}

const known = (): string => ruleIds.join(', ');

/** Returns `base` with the `entries` (rule id → level) applied; unknown ids and levels throw a {@link UsageError} naming `origin`. */
export function applyRules(base: Severities, entries: Record<string, unknown>, origin: string): Severities {
  const out = { ...base };
  for (const [id, raw] of Object.entries(entries)) {
    if (!isRuleId(id)) throw new UsageError(`Unknown rule "${id}" in ${origin}, expected one of: ${known()}`);
    const level = parseLevel(Array.isArray(raw) ? raw[0] : raw);
    if (!level) throw new UsageError(`Invalid level ${JSON.stringify(raw)} for rule "${id}" in ${origin}, expected off, warn or error`);
    out[id] = level;
  }
  return out;
}

/** Parses `--rule id=level` flags into entries; a flag without `=` throws a {@link UsageError}. */
export function parseRuleFlags(flags: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`Invalid --rule "${flag}", expected id=off|warn|error`);
    entries[flag.slice(0, eq).trim()] = flag.slice(eq + 1).trim();
  }
  return entries;
}

/** Reads a configuration file's `rules`; unreadable files and bad JSON throw a {@link UsageError}. */
export async function loadConfigFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read config ${path}: ${code === 'ENOENT' ? 'No such file' : (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Invalid JSON in config ${path}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`Invalid config ${path}: expected an object with "rules"`);
  const rulesField = (data as { rules?: unknown }).rules ?? {};
  if (typeof rulesField !== 'object' || rulesField === null || Array.isArray(rulesField)) throw new UsageError(`Invalid config ${path}: "rules" must map rule ids to off, warn or error`);
  return rulesField as Record<string, unknown>;
}

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

/** The nearest `.pr2metarc.json` in `dir` or a parent directory, or null. */
export async function findConfigFile(dir: string): Promise<string | null> {
  let here = resolve(dir);
  for (;;) {
    const candidate = join(here, CONFIG_NAME);
    if (await isFile(candidate)) return candidate;
    const up = dirname(here);
    if (up === here) return null;
    here = up;
  }
}

/** Options for {@link severityResolver}. */
export interface ResolverOptions {
  /** `--config FILE`: used for every input instead of searching. */
  configFile?: string;
  /** `--rule id=level` flags, applied last. */
  ruleFlags?: readonly string[];
  /** Where standard input's search starts. */
  cwd?: string;
}

/**
 * Makes a function that gives the severities for an input path (null for standard input);
 * configuration files are read once each. Throws a {@link UsageError} for bad flags at once.
 */
export function severityResolver(options: ResolverOptions = {}): (input: string | null) => Promise<Severities> {
  const flags = parseRuleFlags(options.ruleFlags ?? []);
  applyRules(defaultSeverities(), flags, '--rule');
  const byFile = new Map<string | null, Promise<Severities>>();
  const forFile = (path: string | null): Promise<Severities> => {
    let hit = byFile.get(path);
    if (!hit) {
      hit = (async () => {
        const fromFile = path ? applyRules(defaultSeverities(), await loadConfigFile(path), path) : defaultSeverities();
        return applyRules(fromFile, flags, '--rule');
      })();
      byFile.set(path, hit);
    }
    return hit;
  };
  return async (input) => {
    if (options.configFile) return forFile(resolve(options.configFile));
    const dir = input ? dirname(resolve(input)) : resolve(options.cwd ?? '.');
    return forFile(await findConfigFile(dir));
  };
}
