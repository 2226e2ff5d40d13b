/**
 * An address a contact sentence gives for reaching an author ("…, or email x (at) y (dot) ac (dot) uk to
 * reach the lead author"): a window of its own, named by the author whose family name the address holds.
 * @packageDocumentation
 */
import type { Article } from '../../types.js';

/**
 * ", or email ADDRESS to reach the (lead) author": group 1 opens the part that is the author's. The address
 * is any run without spaces or with "(at)"/"(dot)" words, up to "to reach" or "to contact".
 */
const OR_AUTHOR_ADDRESS =
  /,?\s(?:or|and)\s+(?=(?:e-?mail|write\s+to)\s+\S[^,;]{0,80}?\s+to\s+(?:reach|contact)\s+(?:the\s+)?(?:study'?s\s+)?(?:lead|first|senior|corresponding|principal)\s+(?:author|investigator|researcher)\b)/i;

/**
 * Where in a contact window the part for an author begins (after ", or" in "…, +44 …, or email x@… to
 * reach the lead author"), or -1 when the window holds no such part.
 */
export function authorPartAt(window: string): number {
  const m = OR_AUTHOR_ADDRESS.exec(window);
  return m ? m.index + m[0].length : -1;
}

/** Letters of a name or address part, folded to lower case without marks ("Marchetti-Byrne" → "marchettibyrne"). */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

/**
 * The full name of the one author of the release's papers whose family name the local part of
 * `email` holds ("o.marchetti-byrne@…" → "Oluwaseun Marchetti-Byrne"), or null when none or several do.
 */
export function authorOfAddress(email: string, articles: readonly Article[]): string | null {
  const local = fold(email.split('@')[0] ?? '');
  const found = new Set<string>();
  for (const a of articles) {
    for (const p of a.authors) {
      const family = fold(p.family);
      if (family.length >= 4 && local.includes(family)) found.add(p.given ? `${p.given} ${p.family}` : p.family);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
