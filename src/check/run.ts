/**
 * `pr2meta check`: the seam the checker plugs into (a stub until the rules land).
 * @packageDocumentation
 */
import type { CliIO } from '../cli/io.js';

/**
 * Runs `pr2meta check` and returns its exit code. `inputs` are the arguments after `check`
 * that do not start with `-` (a first guess); `argv` are all raw arguments after `check`,
 * so the checker parses its own options.
 */
export async function runCheck(inputs: string[], argv: string[], io: CliIO): Promise<number> {
  void inputs;
  void argv;
  void io;
  return 0;
}
