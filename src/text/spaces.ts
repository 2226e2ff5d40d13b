/**
 * Unicode spaces and invisible characters, read as a release's writer meant them.
 *
 * Web pages and word processors put no-break spaces (`&nbsp;`), narrow no-break spaces and thin
 * spaces between words, inside journal names ("Journal of&nbsp;Neuroscience") and between a
 * given name and an initial; soft hyphens and zero-width spaces sit inside long words. The
 * extractors' patterns expect plain spaces and whole words.
 * @packageDocumentation
 */

/** Every Unicode space that separates words but is not an ASCII space or a line break. */
const WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Characters that print nothing inside a word: soft hyphen, zero-width space, word joiner, a BOM after the start. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Either of the above, to test for before rewriting anything. */
const ANY = /[\u00a0\u00ad\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * `text` with every Unicode space ({@link WIDE_SPACE}) as an ASCII space; the length and every
 * offset stay the same, so positions in the result are positions in the source.
 */
export function plainSpaces(text: string): string {
  return ANY.test(text) ? text.replace(WIDE_SPACE, ' ') : text;
}

/**
 * `text` with Unicode spaces as ASCII spaces and without soft hyphens, zero-width spaces, word
 * joiners and stray BOMs (zero-width joiners and non-joiners stay: they change how some scripts
 * and emoji read). Shorter than `text` when it drops anything.
 */
export function plainText(text: string): string {
  return ANY.test(text) ? text.replace(WIDE_SPACE, ' ').replace(INVISIBLE, '') : text;
}
