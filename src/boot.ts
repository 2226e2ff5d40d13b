/**
 * Start-up of the bundled CLI with a V8 code cache.
 *
 * Node 20 keeps no compiled code between runs of an ES module, so every `pr2meta release.md`
 * would parse and compile the ≈1 MB bundle again. The build therefore also writes the CLI as
 * one CommonJS script (`bundle/cli.cjs`) and, after a warm-up conversion, the bytecode V8
 * compiled for it (`bundle/cli.cjs.cache`). {@link loadCli} compiles the script with that
 * cache, which V8 checks against the source and its own version and flags: a stale or foreign
 * cache is ignored (the run is only slower), never trusted.
 * @packageDocumentation
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { CliIO } from './cli/io.js';

/** What the CommonJS bundle exports. */
export interface LoadedCli {
  /** Runs pr2meta with `argv` and returns the exit code (see `main` in `cli.ts`). */
  main: (argv: readonly string[], io: CliIO) => Promise<number>;
  /** Whether V8 accepted the code cache (false when there was none or it was stale). */
  cached: boolean;
  /** Writes the code V8 has compiled so far to the cache file (used once, by the build). */
  saveCache: () => void;
}

/**
 * The CommonJS wrapper's parameters, as Node's own module loader passes them, plus `__import`:
 * a script compiled from a code cache cannot run `import()` on Node 20 (the callback it needs is
 * not restored with the cache), so the build rewrites the bundle's one external `import()`
 * (tinypool, for --jobs) to call this function, which imports from this ES module instead.
 */
type ModuleWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  __import: (specifier: string) => Promise<unknown>,
) => void;

/**
 * Loads `bundle/cli.cjs` next to this module with its code cache, when there is one.
 * @param bundle - The bundle's path; by default `bundle/cli.cjs` beside this file.
 */
export function loadCli(bundle: string = fileURLToPath(new URL('./bundle/cli.cjs', import.meta.url))): LoadedCli {
  // V8 first interprets each regular expression, then compiles it to machine code on its second
  // run. A release runs hundreds of expressions a few times each: compiling each once, directly,
  // halves the cold start. The flag is part of what the code cache is checked against, so the
  // build's warm-up sets it the same way, here.
  setFlagsFromString('--no-regexp-tier-up');
  const cacheFile = `${bundle}.cache`;
  const source = readFileSync(bundle, 'utf8');
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The same wrapper as Node's CommonJS loader, so the bundle sees require, module and __filename.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __pr2metaImport) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as { main?: LoadedCli['main'] } };
  (script.runInThisContext() as ModuleWrapper)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (specifier) => import(specifier));
  const main = module.exports.main;
  if (typeof main !== 'function') throw new Error(`Missing main in ${bundle}, expected the CLI bundle's export`);
  return {
    main,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
