/**
 * The full name of a journal that a reference line abbreviates ("Nat Hum Behav"), printed
 * anywhere else in the release ("Nature Human Behaviour publishes Registered Reports …").
 */

import { sameJournal } from './journal.js';

/** An abbreviated journal name as a Vancouver reference prints it: two or more short capitalised words, no full stops ("Nat Hum Behav", "J Appl Ecol"). */
const ABBREVIATED = /^(?:\p{Lu}\p{Ll}{0,5}\s){1,6}\p{Lu}\p{Ll}{0,5}$/u;
/** A run of capitalised words, with "of", "and", "&", "in", "the" between them: a candidate full name. */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’-]+(?:\s(?:(?:of|and|&|in|the|for)\s)*\p{Lu}[\p{L}'’-]+){1,8}/gu;

/**
 * Returns the full name that `text` prints for the abbreviated journal `journal`, or null
 * when `journal` is not abbreviated or no longer name in `text` matches it.
 */
export function printedFullJournal(text: string, journal: string): string | null {
  if (!ABBREVIATED.test(journal)) return null;
  const words = journal.split(' ').length;
  let best: string | null = null;
  for (const m of text.slice(0, 20000).matchAll(CAPITALISED_RUN)) {
    const run = m[0];
    if (run.length <= journal.length) continue;
    // The run may start before the journal's first word ("Today Nature Human Behaviour"): try each start.
    const parts = run.split(' ');
    for (let i = 0; i + words <= parts.length; i++) {
      const candidate = parts.slice(i).join(' ');
      if (candidate.length <= journal.length || !/^\p{Lu}/u.test(candidate)) continue;
      if (sameJournal(journal, candidate) && (!best || candidate.length > best.length)) best = candidate;
    }
  }
  return best;
}
