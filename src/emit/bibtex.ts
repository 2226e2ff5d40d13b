/**
 * BibTeX through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl, type CslItem } from './csl.js';
import { forCitationJs, loadCitationJs, warnNoPaper } from './citation-js.js';
import type { Emitter } from './types.js';

/**
 * Rewrites citation-js's `month = {mar 15}` (month and day in one field) into the standard
 * BibTeX month macro `month = mar`.
 */
export function standardMonth(bibtex: string): string {
  return bibtex.replace(/^(\s*month = )\{([a-z]{3})[^}\n]{0,20}\},$/gm, '$1$2,');
}

/** Characters citation-js writes as plain ASCII (what its escaper keeps as is). */
const SAFE_ASCII = /^[a-zA-Z0-9\s!"'()*+,\-./:;=?@[\]&%$#_{}]$/;
/** The combining diacritics citation-js writes as accent commands. */
const KNOWN_DIACRITIC = /^[\u0300-\u0308\u030a-\u030c\u0332\u0323\u0327\u0328\u0361\u0326]$/;

let charset: Promise<Set<string>> | undefined;

/** The characters citation-js's BibTeX escaper can write as LaTeX commands, loaded once. */
function loadEscapable(): Promise<Set<string>> {
  charset ??= import('@citation-js/plugin-bibtex/lib/input/constants.js').then((mod) => {
    const c = (mod as Partial<typeof mod>).commands ? mod : mod.default;
    return new Set([...Object.values(c.commands), ...Object.values(c.diacritics), ...Object.values(c.ligatures), ...Object.values(c.mathCommands)]);
  });
  return charset;
}

/** True when citation-js's ASCII escaper writes `char` rather than dropping it. */
function escapable(char: string, known: Set<string>): boolean {
  for (const part of char.normalize('NFKD')) {
    if (!SAFE_ASCII.test(part) && !KNOWN_DIACRITIC.test(part) && !known.has(part)) return false;
  }
  return true;
}

/** The CSL fields citation-js writes verbatim (no escaping), left untouched. */
const VERBATIM = new Set(['id', 'citation-key', 'type', 'DOI', 'URL']);

/**
 * Prepares items for citation-js's BibTeX writer and gives the function that finishes its text:
 * - a character its escaper would silently drop (CJK, emoji, `≥`) is swapped for an ASCII
 *   placeholder and put back raw (UTF-8) afterwards, so no text is lost;
 * - a `<` gets a zero-width space after it (which the escaper drops), so `<i>` or `<sup>` in a
 *   title is written as text (`\textless{}i\textgreater{}`) instead of an unclosed `\textit{`.
 */
export async function protectForBibtex(items: readonly CslItem[]): Promise<{ items: CslItem[]; restore: (text: string) => string }> {
  const known = await loadEscapable();
  const placeholders = new Map<string, string>();
  const byChar = new Map<string, string>();
  const protect = (value: string): string =>
    value.replace(/[^\x00-\x7f]/gu, (char) => {
      if (escapable(char, known)) return char;
      let token = byChar.get(char);
      if (!token) {
        token = `zqxq${char.codePointAt(0)!.toString(36)}qxqz`;
        byChar.set(char, token);
        placeholders.set(token, char);
      }
      return token;
    }).replace(/</g, '<\u200b');
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return protect(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const prepared = items.map((item) =>
    Object.fromEntries(Object.entries(item).map(([k, v]) => [k, VERBATIM.has(k) ? v : walk(v)])) as unknown as CslItem,
  );
  const restore = (text: string): string =>
    placeholders.size ? text.replace(/zqxq[0-9a-z]{1,4}qxqz/g, (token) => placeholders.get(token) ?? token) : text;
  return { items: prepared, restore };
}

/**
 * The papers as BibTeX `@article` entries keyed by their citation keys, special characters
 * escaped by citation-js (characters without a LaTeX form kept as UTF-8); empty with a warning
 * when there is no paper.
 */
export const emitBibtex: Emitter = async (records, options) => {
  warnNoPaper(records, options, 'BibTeX');
  const items = recordsToCsl(records);
  if (!items.length) return '';
  const Cite = await loadCitationJs();
  const { items: prepared, restore } = await protectForBibtex(forCitationJs(items));
  const text = new Cite(prepared).format('bibtex', { format: 'text' });
  return restore(standardMonth(text)).trimEnd() + '\n';
};
