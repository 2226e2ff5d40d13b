/**
 * Iterating the matches of a global pattern without `String.prototype.matchAll`, which
 * copies the pattern on every call (a cost that dominates for long patterns run on short
 * blocks).
 * @packageDocumentation
 */

/**
 * The next match of the global (or sticky) `re` in `text` from `re.lastIndex`, advancing
 * past an empty match as `matchAll` does. Set `re.lastIndex = 0` before the first call; the
 * loop must not run `re` elsewhere until it ends (`re` is shared, not copied).
 */
export function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m && m[0] === '') {
    const i = re.lastIndex;
    const c = re.unicode ? text.codePointAt(i) : undefined;
    re.lastIndex = i + (c !== undefined && c > 0xffff ? 2 : 1);
  }
  return m;
}

/** A white-space character other than a space, or two spaces in a row. */
const NOT_SINGLE_SPACE = /[^\S ]| {2}/;
const SPACE_RUN = /\s+/g;

/**
 * `s.replace(/\s+/g, ' ')`, without building a new string when every run of white space is
 * already a single space (the common case).
 */
export const squeezeSpaces = (s: string): string => (NOT_SINGLE_SPACE.test(s) ? s.replace(SPACE_RUN, ' ') : s);

/**
 * `text.split(re)` for a global pattern `re` that never matches the empty string and has no
 * capture groups, without the copy of the pattern `split` makes on every call. Quicker still
 * when the caller knows the text cannot hold a separator.
 */
export function splitBy(text: string, re: RegExp): string[] {
  const out: string[] = [];
  let p = 0;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; p < text.length && (m = re.exec(text)); ) {
    if (m.index >= text.length) break;
    out.push(text.slice(p, m.index));
    p = re.lastIndex;
  }
  out.push(text.slice(p));
  return out;
}
