/**
 * The registry of output formats: name → emitter.
 * @packageDocumentation
 */
import type { Emitter } from './types.js';
import { emitJson, emitNdjson } from './json.js';
import { emitJsonld } from './jsonld.js';
import { emitCsl } from './csl.js';
import { emitBibtex } from './bibtex.js';
import { emitRis } from './ris.js';

/** Every output format pr2meta writes. */
export const emitters = {
  json: emitJson,
  ndjson: emitNdjson,
  jsonld: emitJsonld,
  csl: emitCsl,
  bibtex: emitBibtex,
  ris: emitRis,
} as const satisfies Record<string, Emitter>;

/** The name of an output format. */
export type OutputFormat = keyof typeof emitters;

/** True when `name` is a known output format. */
export const isOutputFormat = (name: string): name is OutputFormat => Object.hasOwn(emitters, name);

export type { Emitter, EmitOptions } from './types.js';
