/**
 * Sentence boundaries in narration, aware of initials ("J."), honorifics ("Dr.", "Smt.") and common
 * abbreviations (with the Malaysian "Ts." of a registered technologist), found by linear scans.
 * @packageDocumentation
 */

const ABBREVIATION =
  /^(?:dr|drs|prof|profs|mr|mrs|ms|mx|smt|st|mt|jr|sr|inc|co|corp|ltd|vs|etc|e\.g|i\.e|no|nos|fig|figs|vol|approx|dept|univ|ave|gen|gov|sen|rep|rev|fr|lt|atty|supt|cllr|sgt|cmdr|capt|col|maj|hon|amb|adm|det|insp|cpl|cdr|brig|rt|asst|assoc|ph|m\.d|ph\.d|u\.s|u\.k|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|md|pa|ca|ny|tx|fla|mass|calif|ill|mich|wash|dipl|ing|techn|rer|nat|habil|doz|ir|izv|doc|dra|lic|licda|lcda|mtro|mtra|ts)$/i;

/**
 * The lower-case parts of a German or Austrian doctoral title ("Dr. med.", "Dr. phil.", "Dr. vet.") and
 * of a Polish habilitation ("dr hab."), printed in lower case only: "Phil." or "Vet." in capitals may end
 * a sentence.
 */
const LOWER_TITLE_PART = /^(?:med|phil|dent|vet|jur|oec|sc|mult|hab)$/;

/**
 * A Latin American master's title before a name ("la M.Sc. Ana Mora", "el M. Sc. Juan Solís"): its
 * "Sc." ends no sentence after "M." (the spaced form), nor does the unspaced "M.Sc." itself.
 */
const MASTER_OF_SCIENCE = /^(?:M\.)?Sc$/;

const LETTER_UNIT = /[\p{L}.]/u;

/** True when the UTF-16 unit `c` matches `/[\p{L}.]/u` on its own (ASCII tested by its code). */
function letterOrPeriod(c: number): boolean {
  if (c < 128) return c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_UNIT.test(String.fromCharCode(c));
}

/** True when the period at `i` ends a sentence rather than an initial or an abbreviation. */
function periodEnds(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 24 && letterOrPeriod(text.charCodeAt(j))) j--;
  const word = text.slice(j + 1, i);
  if (!word) return true;
  if (/^(?:\p{Lu}\.){0,3}\p{Lu}$/u.test(word)) return false; // an initial, or initials printed without a space ("J.K.")
  if (MASTER_OF_SCIENCE.test(word) && /M\.\s?$/.test(text.slice(Math.max(0, j - 2), j + 1))) return false;
  return !ABBREVIATION.test(word) && !LOWER_TITLE_PART.test(word) && !MASTER_OF_SCIENCE.test(word);
}

/** True when position `i` (a `.`, `!` or `?`) ends a sentence. */
function endsAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33 && code !== 63) return false; // not `.`, `!` or `?`
  const c = text[i];
  const next = text[i + 1];
  if (next !== undefined && !/[\s"”’)\]]/.test(next)) return false;
  return c !== '.' || periodEnds(text, i);
}

/** The offset just after the first sentence end in `text`, or its length when there is none. */
export function firstSentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) if (endsAt(text, i)) return i + 1;
  return text.length;
}

/** The offset where the last sentence of `text` starts (after the last sentence end that is followed by more text). */
export function lastSentenceStart(text: string): number {
  let end = text.length - 1;
  while (end >= 0 && /[\s.!?]/.test(text[end]!)) end--;
  for (let i = end; i >= 0; i--) if (endsAt(text, i)) return i + 1;
  return 0;
}

/** Splits `text` into sentences, each with its offset. */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (endsAt(text, i)) {
      out.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}
