/**
 * The release facts (headline, date, dateline, embargo) of an invented text, for the release tests.
 * @packageDocumentation
 */
import { convert } from '../../src/convert.js';

/** The four scored release fields of `text` converted as the file `path`. */
export function releaseFacts(text: string, path = 'x.txt'): { headline: string | null; datePublished: string | null; dateline: string | null; embargo: string | null } {
  const r = convert(text, { path }).record.release;
  return { headline: r.headline, datePublished: r.datePublished, dateline: r.dateline, embargo: r.embargo };
}
