/**
 * Working-paper series named as where the reported paper was released: "released as NBER
 * Working Paper 34512", "CEPR Discussion Paper DP18234", "IZA Discussion Paper No. 16789".
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { sentenceAround, type Mention } from './mention.js';
import { nextMatch } from './matches.js';

/**
 * A series' name, an acronym or a short name with two capitals ("NBER", "CEPR", "CESifo"),
 * then "Working Paper" or "Discussion Paper" and its number; group 1 is the series as printed.
 */
const SERIES = /\b((?=[\p{L}]{0,10}\p{Lu}[\p{L}]{0,10}\p{Lu})\p{Lu}[\p{L}]{1,10}\s(?:Working|Discussion)\sPaper)(?:\sSeries)?,?\s(?:No\.\s?|no\.\s?|#\s?)?(?:[A-Z]{1,3}\s?|w)?\d{2,6}\b/gu;

/** Words that date the release of the paper to the release's own day or week. */
const RELEASED_NOW = /\b(?:today|this\s+week)\b/i;

/** Words that make the numbered paper earlier work ("an earlier NBER Working Paper 31012"). */
const EARLIER = /\b(?:earlier|previous(?:ly)?|prior|last\s+year)\b/i;

/** The working-paper series named in `block`; read only when no sentence names a journal. */
export function findPaperSeries(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  // Every series name holds "Paper" after "Working" or "Discussion".
  if (!text.includes(' Paper')) return out;
  for (let m: RegExpExecArray | null = (SERIES.lastIndex = 0, null); (m = nextMatch(SERIES, text)); ) {
    if (out.length >= 3) break;
    const { start, end } = sentenceAround(text, m.index);
    if (EARLIER.test(text.slice(Math.max(start, m.index - 80), m.index))) continue;
    const today = RELEASED_NOW.test(text.slice(start, end));
    out.push({ journal: m[1]!, kind: 'published', count: 1, year: null, today, weak: true, block, index: m.index });
  }
  return out;
}
