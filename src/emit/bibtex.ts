/**
 * BibTeX through citation-js, from the CSL-JSON hub.
 * @packageDocumentation
 */
import { recordsToCsl, type CslItem, type CslName } from './csl.js';
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
  charset ??= import('./citation-js-modules.js').then(({ bibtexConstants: mod }) => {
    const c = (mod as Partial<typeof mod>).commands ? mod : mod.default;
    return new Set([...Object.values(c.commands), ...Object.values(c.diacritics), ...Object.values(c.ligatures), ...Object.values(c.mathCommands)]);
  });
  return charset;
}

/**
 * True when citation-js's ASCII escaper writes `cluster` (a character and the combining marks
 * after it) as LaTeX: every part of its NFKD form has a LaTeX form, and every combining mark
 * sits on an ASCII letter (a mark on a command or on punctuation would be written as a broken
 * accent such as `\\o{{\\' }}`).
 */
function escapable(cluster: string, known: Set<string>): boolean {
  let prev = '';
  for (const part of cluster.normalize('NFKD')) {
    if (/[\u0300-\u036f]/.test(part)) {
      if (!KNOWN_DIACRITIC.test(part) || !/[A-Za-z\u0300-\u036f]/.test(prev)) return false;
    } else if (!SAFE_ASCII.test(part) && !known.has(part)) return false;
    prev = part;
  }
  return true;
}

/** C0 and C1 control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** LaTeX's special characters as the commands citation-js's escaper writes for them. */
const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters (`\ { } % $ # & _ ~ ^ < >`); other text is kept as is. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}%$#&_~^<>]/g, (c) => LATEX_SPECIAL[c] ?? `\\${c}`);
}

/** The CSL fields citation-js writes verbatim (no escaping), left untouched. */
const VERBATIM = new Set(['id', 'citation-key', 'type', 'DOI', 'URL']);

/**
 * Rewrites citation-js's `\textbraceleft{}` and `\textbraceright{}` as `{\textbraceleft}` and
 * `{\textbraceright}`: the same text, but citation-js's own reader fails on the first form at
 * the start of a name.
 */
export function bracedBraces(bibtex: string): string {
  return bibtex.replace(/\\textbrace(left|right)\{\}/g, '{\\textbrace$1}');
}

/**
 * Prepares items for citation-js's BibTeX writer and gives the function that finishes its text:
 * - a character its escaper would silently drop (CJK, emoji, `≥`) is swapped for an ASCII
 *   placeholder and put back raw (UTF-8) afterwards, so no text is lost;
 * - a `<` gets a zero-width space after it (which the escaper drops), so `<i>` or `<sup>` in a
 *   title is written as text (`\textless{}i\textgreater{}`) instead of an unclosed `\textit{`;
 * - control characters are dropped (TeX rejects them; an escape sequence is not text);
 * - the word `and` inside a name is written braced (`{and}`), so it cannot split one author in two.
 */
export async function protectForBibtex(items: readonly CslItem[]): Promise<{ items: CslItem[]; restore: (text: string) => string }> {
  const known = await loadEscapable();
  const placeholders = new Map<string, string>();
  const tokens = new Map<string, string>();
  /** The placeholder that is put back as `text` after citation-js has written its BibTeX. */
  const tokenFor = (text: string): string => {
    let token = tokens.get(text);
    if (!token) {
      token = `zqxq${placeholders.size}qxqz`;
      tokens.set(text, token);
      placeholders.set(token, text);
    }
    return token;
  };
  // A non-ASCII character, or any character with combining marks after it, is one cluster.
  const protect = (value: string): string =>
    value
      .replace(CONTROL, '')
      .replace(/[^\u0300-\u036f][\u0300-\u036f]+|[^\x00-\x7f]/gu, (cluster) => {
        if (escapable(cluster, known)) return cluster;
        // Keep an ASCII base for the escaper (a brace must be escaped); its marks go back raw.
        const base = String.fromCodePoint(cluster.codePointAt(0)!);
        return base < '\x80' && cluster.length > 1 ? base + tokenFor(cluster.slice(1)) : tokenFor(cluster);
      })
      .replace(/</g, '<\u200b');
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return protect(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  // BibTeX splits a name list at every free-standing `and`: inside a name it becomes `{and}`.
  const protectAnd = (value: string): string => value.replace(/(?<!\S)and(?!\S)/gi, (word) => tokenFor(`{${word}}`));
  // citation-js writes a family-only name as `{family}` without escaping it: escape it here.
  // (decided on the given name as it is passed on: control characters alone leave none).
  const protectName = (name: CslName): CslName => {
    const given = protectAnd(protect(name.given ?? '')).trim();
    return given ? { family: protectAnd(protect(name.family)), given } : { family: protectAnd(escapeLatex(name.family.replace(CONTROL, ''))) };
  };
  const prepared = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([k, v]) => [k, VERBATIM.has(k) ? v : k === 'author' ? (v as CslName[]).map(protectName) : walk(v)]),
    ) as unknown as CslItem,
  );
  const restore = (text: string): string =>
    placeholders.size ? text.replace(/zqxq\d{1,9}qxqz/g, (token) => placeholders.get(token) ?? token) : text;
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
  return restore(bracedBraces(standardMonth(text))).trimEnd() + '\n';
};
