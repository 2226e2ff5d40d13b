/**
 * The SARIF reporter: a SARIF 2.1.0 log with one run, the rules as tool.driver metadata, and a
 * result per finding with its physical location and a partial fingerprint.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import type { ReportOptions, RuleMeta } from './types.js';
import { levelOf } from './types.js';

// node:crypto is loaded on the first SARIF fingerprint, not at start-up of every run.
const load = createRequire(import.meta.url);
let sha256: ((basis: string) => string) | undefined;
/** The hex SHA-256 of `basis`. */
function hashOf(basis: string): string {
  sha256 ??= (text) => (load('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex');
  return sha256(basis);
}

/** The schema a SARIF 2.1.0 log names. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Where pr2meta is described (the tool's informationUri). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/pr2meta';

type SarifLevel = 'error' | 'warning' | 'note';

/** A SARIF reportingDescriptor for a rule. */
export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  helpUri?: string;
}

/** A SARIF result. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
  partialFingerprints: Record<string, string>;
}

/** The SARIF 2.1.0 log pr2meta writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

/** The artifact URI of a path: relative paths as relative URI references with `/`, absolute ones as `file:` URLs. */
export function artifactUri(path: string): string {
  if (!path) return 'stdin';
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

const camel = (id: string): string => id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());

/** The SARIF log of `files`, as an object. */
export function sarifLog(files: readonly VFile[], options: ReportOptions = {}): SarifLog {
  const meta: RuleMeta[] = [...(options.rules ?? [])];
  const index = new Map(meta.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = meta.length;
      meta.push({ id, severity: 'error', doc: `pr2meta ${id}` });
      index.set(id, i);
    }
    return i;
  };
  const results: SarifResult[] = [];
  for (const file of files) {
    const lines = String(file.value ?? '').split('\n');
    const uri = artifactUri(file.path ?? '');
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const level = levelOf(m);
      if (options.quiet && level !== 'error') continue;
      const ruleId = m.ruleId ?? 'pr2meta';
      const line = m.line ?? 1;
      const column = m.column ?? 1;
      // Stable when lines move: the rule, the file and the text around the finding (bounded, so a
      // 1 MB line is not hashed once per finding), plus an occurrence count.
      const text = lines[line - 1] ?? '';
      const basis = `${ruleId}\0${uri}\0${text.slice(Math.max(0, column - 1 - 100), column - 1 + 100).trim()}`;
      const n = (seen.get(basis) ?? 0) + 1;
      seen.set(basis, n);
      const hash = hashOf(basis).slice(0, 32);
      results.push({
        ruleId,
        ruleIndex: ruleIndex(ruleId),
        level: level === 'info' ? 'note' : level,
        message: { text: m.reason },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: column } } }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pr2meta',
            version: options.version ?? '0.0.0',
            informationUri: INFORMATION_URI,
            rules: meta.map((r) => ({
              id: r.id,
              name: camel(r.id),
              shortDescription: { text: r.doc },
              defaultConfiguration: { level: r.severity === 'warn' ? 'warning' : 'error' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Renders `files` as a SARIF 2.1.0 log (pretty-printed JSON). */
export function reportSarif(files: readonly VFile[], options: ReportOptions = {}): string {
  return JSON.stringify(sarifLog(files, options), null, 2) + '\n';
}
