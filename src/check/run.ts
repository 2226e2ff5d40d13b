/**
 * `pr2meta check`: the seam the checker plugs into (a stub until the rules land).
 * @packageDocumentation
 */
import type { CliIO } from '../cli/io.js';

/**
 * Runs `pr2meta check` and returns its exit code. `argv` are all raw arguments after `check`
 * (the checker parses its own options and inputs); `inputs`, when not empty, are inputs a
 * caller already resolved (the CLI passes none).
 */
export async function runCheck(inputs: string[], argv: string[], io: CliIO): Promise<number> {
  void inputs;
  void argv;
  void io;
  return 0;
}
