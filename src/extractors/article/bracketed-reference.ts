/**
 * A reference printed in brackets inside a sentence: "The results are out (Roe K, Lim S, Ito A.
 * Title. J Name. 2037;12(3):45-67. doi:…)", "… published in X (Roe, K., Lim, S. and Ito, A. (2037)
 * Title. X, 12(3), e101. doi:…)". The brackets' content is the reference, not the sentence
 * around it.
 * @packageDocumentation
 */

/**
 * Names opening the brackets' content: a Vancouver family name and capital initials ("Roe K, "),
 * or a Harvard or APA family name, a comma and dotted initials ("Roe, K., ", "Ferreira-Lund, C. and").
 */
const OPENS_WITH_NAMES =
  /^(?:(?:van|von|de|der|den|del|da|di|du|dos|la|le|ter)\s)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:\s\p{Lu}{1,3}[,.]\s|,\s(?:\p{Lu}\.\s?){1,3}(?:,\s|\s(?:and|&)\s|\s?\())/u;
/** A reference's numbers somewhere in the content: Vancouver "2037;12" or "12(3):45", Harvard and APA "12(3), e101" or a bracketed year. */
const VANCOUVER_NUMBERS = /(?:19|20)\d{2}\s?;\s?\d|\d\(\d{1,4}\):\s?\d|\d\s?\(\d{1,4}\),\s?[A-Za-z]{0,4}\d|\s\((?:19|20)\d{2}[a-z]?\)[.:]?\s/;
/** How far back from the DOI an opening bracket is looked for. */
const MAX_BACK = 600;

/**
 * The bracketed reference that holds the DOI at `doiIndex` of `text`, with where it starts; null
 * when the DOI is in no bracket or the bracket's content does not open with names and print a
 * reference's numbers.
 */
export function bracketedReference(text: string, doiIndex: number): { text: string; index: number } | null {
  let depth = 0;
  let open = -1;
  for (let i = doiIndex - 1; i >= Math.max(0, doiIndex - MAX_BACK); i--) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */) depth++;
    else if (c === 40 /* ( */) {
      if (depth === 0) { open = i; break; }
      depth--;
    }
  }
  if (open < 0) return null;
  depth = 0;
  let close = -1;
  for (let i = open + 1; i < Math.min(text.length, open + MAX_BACK + 300); i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) { close = i; break; }
      depth--;
    }
  }
  if (close < doiIndex) return null;
  const inner = text.slice(open + 1, close);
  if (!OPENS_WITH_NAMES.test(inner) || !VANCOUVER_NUMBERS.test(inner)) return null;
  return { text: inner, index: open + 1 };
}

/** A Vancouver or Lancet source's numbers closing the brackets: "2040; 28: e512–21", "2037;12(3):45-67". */
const CLOSING_NUMBERS = /(?:19|20)\d{2}(?:\s\p{Lu}\p{Ll}{2}(?:\s\d{1,2})?)?\s?;\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?[A-Za-z]?\d{1,6}(?:[-–][A-Za-z]?\d{1,6})?\.?$/u;

/**
 * A whole reference printed in brackets in prose without a DOI: "… published in X (Roe K, Lim S,
 * et al. Title. J Name 2037; 12: 45–67)". The brackets' content, with where it starts, when it
 * opens with names, holds a full stop before its title and ends with a Vancouver or Lancet
 * year, volume and pages; else null.
 */
export function bracketedReferenceWithoutDoi(text: string): { text: string; index: number } | null {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    let depth = 0;
    let close = -1;
    for (let i = open + 1; i < Math.min(text.length, open + 602); i++) {
      const c = text.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) { close = i; break; }
        depth--;
      }
    }
    if (close < 0) continue;
    const inner = text.slice(open + 1, close).trim();
    if (inner.length < 40) continue;
    if (OPENS_WITH_NAMES.test(inner) && CLOSING_NUMBERS.test(inner) && /\.\s\p{Lu}/u.test(inner)) return { text: inner, index: open + 1 };
  }
  return null;
}
