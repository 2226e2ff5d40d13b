/**
 * The emitter contract: records in, text out.
 * @packageDocumentation
 */
import type { PressRecord } from '../types.js';

/** Options every emitter accepts. */
export interface EmitOptions {
  /** JSON-LD only: wrap in `<script type="application/ld+json">`. */
  html?: boolean;
  /** Include provenance in JSON output (default true). */
  provenance?: boolean;
  /** Add a warning for the user (for example "no paper to cite"). */
  warn?: (message: string) => void;
}

/** Turns records into one output text. */
export type Emitter = (records: readonly PressRecord[], options: EmitOptions) => string | Promise<string>;
