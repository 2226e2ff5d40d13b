/**
 * Conversion of invented release texts for the tests of each round of rules.
 * @packageDocumentation
 */
import { convert } from '../../src/convert.js';
import type { PressRecord } from '../../src/types.js';

/** The record of an invented release text, converted as a file named `invented.EXT`. */
export const recordOf = (text: string, ext = 'txt'): PressRecord => convert(Buffer.from(text), { path: `invented.${ext}` }).record;

/** Each quote of an invented release as [speaker, the first 24 characters of its text]. */
export const speakersOf = (text: string, ext = 'md'): Array<[string | null, string]> =>
  recordOf(text, ext).quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

/** Each press contact of an invented release as [name, email, phone]. */
export const contactsOf = (text: string, ext = 'md'): Array<[string | null, string | null, string | null]> =>
  recordOf(text, ext).contacts.map((c) => [c.name, c.email, c.phone]);

/** The papers of an invented release text, converted as a file named `invented.EXT`. */
export const articlesOf = (text: string, ext = 'txt'): PressRecord['articles'] => recordOf(text, ext).articles;
