/**
 * Expands command-line inputs into a stable, sorted list: files, directories, glob patterns, stdin.
 * @packageDocumentation
 */
import { stat } from './fs-async.js';
import { isAbsolute, join, resolve } from 'node:path';

/** tinyglobby, loaded only for a folder or a pattern (one named file never needs it). */
const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

/** The extensions a directory is searched for. */
export const RELEASE_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'] as const;

/** One input to convert: a path, standard input, or an argument that already failed to expand. */
export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

/** Orders paths by code unit, the same on every machine and locale. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The releases under `dir`, recursively, sorted; hidden files and folders are skipped. */
async function releasesIn(dir: string, cwd: string): Promise<string[]> {
  const { glob } = await globber();
  const found = await glob([`**/*.{${RELEASE_EXTENSIONS.join(',')}}`], {
    cwd: resolve(cwd, dir),
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
  });
  return found.sort(byCodeUnit).map((rel) => join(dir, rel));
}

/** The files a glob pattern matches, sorted. */
async function matches(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await globber();
  const found = await glob([pattern], { cwd, absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false });
  return found.sort(byCodeUnit);
}

/**
 * Expands `args` in order: `-` is standard input, a directory gives its releases
 * (`.md .markdown .txt .html .htm`, sorted), a pattern that names no existing path is
 * expanded as a glob (sorted), anything else is kept as a file path (a missing one fails
 * when read). No arguments means standard input. The same file named twice is kept once.
 */
export async function expandInputs(args: readonly string[], cwd: string = process.cwd()): Promise<Input[]> {
  if (args.length === 0) return [{ kind: 'stdin', path: '-' }];
  const out: Input[] = [];
  const seen = new Set<string>();
  const addFile = (path: string): void => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let isDir = false;
    let exists = false;
    try {
      const st = await stat(resolve(cwd, arg));
      exists = true;
      isDir = st.isDirectory();
    } catch {
      exists = false;
    }
    if (isDir) {
      const files = await releasesIn(arg, cwd);
      if (files.length === 0) {
        out.push({ kind: 'error', path: arg, reason: `Directory has no releases, expected files ending in .${RELEASE_EXTENSIONS.join(', .')}` });
      }
      for (const f of files) addFile(f);
    } else if (!exists && (await globber()).isDynamicPattern(arg)) {
      const files = await matches(arg, cwd);
      if (files.length === 0) out.push({ kind: 'error', path: arg, reason: 'No files match the pattern' });
      for (const f of files) addFile(f);
    } else {
      addFile(arg);
    }
  }
  return out;
}
