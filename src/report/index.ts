/**
 * The registry of reporters for `pr2meta check`: name → reporter.
 * @packageDocumentation
 */
import type { Reporter } from './types.js';
import { reportStylish } from './stylish.js';
import { reportJson } from './json.js';
import { reportGithub } from './github.js';
import { reportSarif } from './sarif.js';

/** Every reporter `--reporter` accepts. */
export const reporters = {
  stylish: reportStylish,
  json: reportJson,
  github: reportGithub,
  sarif: reportSarif,
} as const satisfies Record<string, Reporter>;

/** The name of a reporter. */
export type ReporterName = keyof typeof reporters;

/** True when `name` is a known reporter. */
export const isReporterName = (name: string): name is ReporterName => Object.hasOwn(reporters, name);

/**
 * The reporter to use when `--reporter` is not given: `github` when `GITHUB_ACTIONS=true`,
 * else `stylish` (coloured only on a TTY).
 */
export function defaultReporter(env: Record<string, string | undefined>): ReporterName {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

export type { Reporter, ReportOptions, RuleMeta } from './types.js';
