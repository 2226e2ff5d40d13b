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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { CliIO } from './cli/io.js';
import { FEW_INPUTS_FLAGS } from './cli/v8-tuning.js';

/** What the CommonJS bundle exports. */
export interface LoadedCli {
  /** Runs pr2meta with `argv` and returns the exit code (see `main` in `cli.ts`). */
  main: (argv: readonly string[], io: CliIO) => Promise<number>;
  /** Whether V8 accepted the code cache (false when there was none or it was stale). */
  cached: boolean;
  /** The lazy chunks loaded so far (`cite`, `html`, `yaml`, `phone`), in load order. */
  chunks: () => string[];
  /** Writes the code V8 has compiled so far for the bundle and each chunk it loaded to their cache files (used once, by the build). */
  saveCache: () => void;
}

/**
 * The CommonJS wrapper's parameters, as Node's own module loader passes them, plus two loaders
 * the build rewrites the bundle's dynamic imports to call (see `scripts/build.mjs`):
 * `__import` for the one external package (tinypool, for --jobs), since a script compiled from a
 * code cache cannot run `import()` itself on Node 20, and `__chunk` for the modules only some
 * runs need (citation-js, the HTML parser, YAML, the phone library), each a script of its own
 * in `bundle/lazy/` with its own code cache.
 */
type ModuleWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  __import: (specifier: string) => Promise<unknown>,
  __chunk: (name: string) => Promise<unknown>,
) => void;

/** A script compiled with its code cache. */
interface Loaded {
  script: Script;
  cacheFile: string;
  exports: object;
  /** Whether a cache file was there to try. */
  hadCache: boolean;
}

/**
 * The opening of the function each CommonJS script of the bundle is wrapped in: the same
 * parameters as Node's CommonJS loader, so the bundle sees require, module and __filename, and
 * the two loaders of {@link ModuleWrapper}.
 */
export const SCRIPT_HEAD = '(function (exports, require, module, __filename, __dirname, __pr2metaImport, __pr2metaChunk) {';

/** The close of the function {@link SCRIPT_HEAD} opens. */
export const SCRIPT_TAIL = '\n})';

/** Compiles and runs one CommonJS script of the bundle, with its code cache when there is one. */
function runScript(file: string, chunk: (name: string) => Promise<unknown>): Loaded {
  const cacheFile = `${file}.cache`;
  const text = readFileSync(file, 'utf8');
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The build writes each script already wrapped (scripts/build.mjs), so V8 compiles the string
  // as read, without a second copy of the megabyte-long source joined to the wrapper.
  const source = text.startsWith(SCRIPT_HEAD) ? text : `${SCRIPT_HEAD}${text}${SCRIPT_TAIL}`;
  const script = new Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper)(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier), chunk);
  return { script, cacheFile, exports: module.exports, hadCache: cachedData !== undefined };
}

/**
 * Loads `bundle/cli.cjs` next to this module with its code cache, when there is one; its lazy
 * chunks load the same way, from `lazy/` beside it, when first asked for.
 * @param bundle - The bundle's path; by default `bundle/cli.cjs` beside this file.
 */
export function loadCli(bundle: string = fileURLToPath(new URL('./bundle/cli.cjs', import.meta.url))): LoadedCli {
  // Regular expressions compiled once each, straight to machine code, without the optimisation
  // passes that pay off only over a batch (which turns them back on: src/cli/v8-tuning.ts). The
  // flags are part of what the code cache is checked against, so the build's warm-up sets them
  // the same way, here.
  setFlagsFromString(FEW_INPUTS_FLAGS);
  const loaded: Loaded[] = [];
  const chunks = new Map<string, object>();
  const chunk = (name: string): Promise<unknown> => {
    try {
      let mod = chunks.get(name);
      if (!mod) {
        const one = runScript(join(dirname(bundle), 'lazy', `${name}.cjs`), chunk);
        loaded.push(one);
        chunks.set(name, (mod = one.exports));
      }
      return Promise.resolve(mod);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const cli = runScript(bundle, chunk);
  loaded.unshift(cli);
  const main = (cli.exports as { main?: LoadedCli['main'] }).main;
  if (typeof main !== 'function') throw new Error(`Missing main in ${bundle}, expected the CLI bundle's export`);
  return {
    main,
    cached: cli.hadCache && !cli.script.cachedDataRejected,
    chunks: () => [...chunks.keys()],
    saveCache: () => {
      for (const one of loaded) writeFileSync(one.cacheFile, one.script.createCachedData());
    },
  };
}
