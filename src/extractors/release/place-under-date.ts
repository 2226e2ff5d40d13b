/**
 * A dateline printed as a line of its own under the release's date line ("Mar 10, 2037" over
 * "Atlanta, GA"), as some offices set the date and the town in separate head lines.
 * @packageDocumentation
 */
import { isPlace } from '../../text/place.js';

/** Degrees and role words after a comma: a name with its degree or role ("Jane Roe, PhD") is no town. */
const NOT_REGION = /,\s{0,3}(?:Ph\.?\s?D\.?|M\.?D\.?|MPH|MSc|BSc|MBA|RN|Jr\.?|Sr\.?|Writer|Editor|Staff|Reporter|Correspondent|Contributor)\b/i;

/**
 * The place when `line` is a town and its region on its own ("Atlanta, GA", "Durham, N.C."),
 * printed in a block just under a date line that names no place; null otherwise.
 */
export function readPlaceUnderDate(line: string): string | null {
  const t = line.trim();
  if (t.includes('\n') || t.length > 50 || !/^[^,]+,\s{0,3}\p{Lu}[^,]*$/u.test(t) || NOT_REGION.test(t)) return null;
  return isPlace(t, false) ? t.replace(/[\s,]+$/, '') : null;
}
