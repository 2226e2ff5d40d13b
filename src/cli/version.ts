/**
 * The version `--version` prints, kept equal to package.json's by a test.
 * @packageDocumentation
 */

/** The version printed by `--version`; `test/cli-version.test.ts` checks it against package.json. */
export const VERSION = '0.1.0';
