/**
 * Whether a Markdown page's front-matter title, not its first body heading, is the release's headline.
 * @packageDocumentation
 */

/** The lower-cased words of a line, letters and digits only. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The share of words two lines have in common (token F1). */
function shared(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * True when a front matter's `title` is headline-shaped (four to forty words) and the body's first
 * heading shares under half its words: the site renders the title as the page's headline, and the
 * differing heading ("# Greenhouse study: the bees keep working after dark") is a kicker or a
 * section heading beneath it. A heading that repeats the title, with or without a label, still wins.
 */
export function frontMatterTitleWins(title: string, heading: string): boolean {
  const t = wordsOf(title);
  if (t.length < 4 || t.length > 40) return false;
  return shared(wordsOf(heading), t) < 0.5;
}
