/**
 * Whether a Markdown page's front-matter title, not its first body heading, is the release's headline.
 * @packageDocumentation
 */
import { wordOverlap, wordsOf } from '../../text/word-overlap.js';

/**
 * True when a front matter's `title` is headline-shaped (four to forty words) and the body's first
 * heading shares under half its words: the site renders the title as the page's headline, and the
 * differing heading ("# Greenhouse study: the bees keep working after dark") is a kicker or a
 * section heading beneath it. A heading that repeats the title, with or without a label, still wins.
 */
export function frontMatterTitleWins(title: string, heading: string): boolean {
  const t = wordsOf(title);
  if (t.length < 4 || t.length > 40) return false;
  return wordOverlap(wordsOf(heading), t) < 0.5;
}
