/**
 * Conversion of invented release texts for the tests of each round of rules.
 * @packageDocumentation
 */
import { convert } from '../../src/convert.js';
import type { PressRecord } from '../../src/types.js';

/** The record of an invented release text, converted as a file named `invented.EXT`. */
export const recordOf = (text: string, ext = 'txt'): PressRecord => convert(Buffer.from(text), { path: `invented.${ext}` }).record;
