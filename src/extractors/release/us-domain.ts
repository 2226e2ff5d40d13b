/**
 * Releases whose email addresses are all on US-only domains (".edu", ".gov"): a US office,
 * whose numeric dates are printed month first even when no dateline names the state.
 * @packageDocumentation
 */

/** An email address; group 1 is its top-level domain. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.([a-z]{2,6})\b/gi;

/** The top-level domains only US institutions use (".edu.au" ends in ".au" and is no match). */
const US_ONLY = new Set(['edu', 'gov', 'mil']);

/**
 * True when `texts` print at least one email address and every one is on ".edu", ".gov" or
 * ".mil" ("media@tcsu.edu", "press@agency.gov"); false for none or any other ending
 * ("news@uni.edu.au", "press@ox.ac.uk").
 */
export function usOnlyEmails(texts: readonly string[]): boolean {
  let seen = 0;
  for (const text of texts) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
      if (!US_ONLY.has(m[1]!.toLowerCase())) return false;
      seen++;
    }
  }
  return seen > 0;
}
