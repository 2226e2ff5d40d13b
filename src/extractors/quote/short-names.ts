/**
 * Short names a release defines for a body by bracketing its capitals right after the body's
 * name ("the Orchard Trust (OT)"), then uses alone as the subject of a reporting verb ("OT
 * explained"): a body's statement, not a person's surname.
 */

/** Two to five capitals in brackets right after a capitalised word (the end of a name). */
const BRACKETED_AFTER_NAME = /\p{Lu}[\p{L}\p{M}'’-]*\s?\((\p{Lu}{2,5})\)/gu;

/**
 * Collects the bracketed short names of a release; a person's bracketed initials are among
 * them too, so a caller asks only about a word it does not already know as a person's.
 */
export class ShortNames {
  private readonly names = new Set<string>();

  /** Records the short names bracketed in `text`. */
  addText(text: string): void {
    if (!text.includes('(')) return;
    for (const m of text.matchAll(BRACKETED_AFTER_NAME)) this.names.add(m[1]!);
  }

  /** True when `word` is a short name the release bracketed after a name. */
  has(word: string): boolean {
    return this.names.has(word);
  }
}
