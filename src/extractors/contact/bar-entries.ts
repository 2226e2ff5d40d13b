/**
 * A contact line that lists several people or desks parted by vertical bars ("A, phone,
 * a@… | B, phone, b@… | Press office, phone, desk@…"), split into one line per entry.
 * @packageDocumentation
 */

/** A vertical bar with spaces on both sides, as printed between entries. */
const BAR = /\s\|\s/;

/** An e-mail address. */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g;

/** Text before a part's first email or phone that holds a word of two letters or more (a name or a desk). */
const LEADING_WORDS = /^[^@\d+]*\p{L}{2,}/u;

/**
 * The parts of a contact line parted by " | " when each part is an entry of its own: every
 * part opens with words (a name or a desk) and holds exactly one e-mail address. Any other
 * line, a table row ("Name | Email | Phone") or an office and a mobile number side by side
 * included, is returned whole.
 */
export function barEntries(line: string): string[] {
  if (!BAR.test(line)) return [line];
  const parts = line.split(BAR);
  const entries = parts.every((p) => (p.match(EMAIL)?.length ?? 0) === 1 && LEADING_WORDS.test(p.trim()));
  return entries ? parts : [line];
}
