/**
 * Initials a release defines for a person right after the full name ("Professor Hendrika
 * Vos-Amankwah (HVA)") and then uses alone as the speaker ("HVA explained").
 */

/** Two to five capitals in brackets right after a name. */
const BRACKETED = /^\s?\((\p{Lu}{2,5})\)/u;

/** Initials as a word: two to five capitals and nothing else. */
export const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * The initials bracketed right after a name whose words are `tokens` (at `end` of `text`),
 * when they are the first letters of those words, a hyphenated word giving one letter or one
 * per part ("Vos-Amankwah" gives "V" or "VA"); else null.
 */
export function initialsAfter(text: string, end: number, tokens: readonly string[]): string | null {
  const m = BRACKETED.exec(text.slice(end, end + 10));
  if (!m) return null;
  const wanted = m[1]!;
  let forms = [''];
  for (const t of tokens) {
    const parts = t.split('-').filter(Boolean);
    const one = (parts[0] ?? '').charAt(0).toUpperCase();
    const each = parts.map((p) => p.charAt(0).toUpperCase()).join('');
    forms = forms.flatMap((f) => (each === one ? [f + one] : [f + one, f + each]));
  }
  return forms.includes(wanted) ? wanted : null;
}
