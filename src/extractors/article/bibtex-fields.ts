/**
 * A reference pasted as a BibTeX entry ("@article{key, author = {Roe, Jane and Lim, Ken},
 * title = {…}, journal = {…}, …}"), read as labelled citation fields.
 * @packageDocumentation
 */
import type { FieldKind, FieldLine } from './labelled-fields.js';

/** The opening of a BibTeX entry of a paper. */
const ENTRY_OPEN = /@(?:article|inproceedings|incollection|misc|unpublished)\s*\{/i;

/** One "key = {value}" or "key = "value"" or "key = 2037" field; group 1 the key, 2–4 the value. */
const FIELD = /^\s{0,8}([a-z]+)\s{0,8}=\s{0,8}(?:\{((?:[^{}\n]|\{[^{}\n]*\})*)\}|"([^"\n]*)"|(\d{1,6}))\s{0,4},?\s*$/i;

/** BibTeX keys and the field each gives. */
const KEYS: Record<string, { kind: FieldKind; label: string }> = {
  title: { kind: 'title', label: 'title' },
  author: { kind: 'authors', label: 'author' },
  journal: { kind: 'journal', label: 'journal' },
  booktitle: { kind: 'journal', label: 'journal' },
  doi: { kind: 'doi', label: 'doi' },
  volume: { kind: 'numbers', label: 'volume' },
  number: { kind: 'numbers', label: 'issue' },
  pages: { kind: 'numbers', label: 'pages' },
  year: { kind: 'numbers', label: 'year' },
};

/** A value without its protecting braces and TeX escapes ("{DNA}", "\&", "--"). */
function plain(value: string): string {
  return value
    .replace(/[{}]/g, '')
    .replace(/\\([&%$#_])/g, '$1')
    .replace(/\s*---?\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Roe, Jane and Lim, Ken and Ana Ruiz": each person in natural order, joined by commas. */
function authorsOf(value: string): string {
  return value
    .split(/\s+and\s+/)
    .map((p) => p.trim().replace(/^([^,]{1,60}),\s*([^,]{1,60})$/, '$2 $1'))
    .filter((p) => p && !/^others$/i.test(p))
    .join(', ');
}

/**
 * The fields of a BibTeX entry printed one a line in `text`, in order; empty when the text
 * holds no "@article{" opening or fewer than two known fields.
 */
export function readBibtexLines(text: string): FieldLine[] {
  const open = ENTRY_OPEN.exec(text);
  if (!open) return [];
  const out: FieldLine[] = [];
  for (const line of text.slice(open.index).split('\n', 40)) {
    const m = FIELD.exec(line);
    if (!m) continue;
    const key = KEYS[m[1]!.toLowerCase()];
    if (!key) continue;
    const raw = plain(m[2] ?? m[3] ?? m[4] ?? '');
    if (!raw) continue;
    const value = key.kind === 'authors' ? authorsOf(raw) : raw;
    out.push({ kind: key.kind, explicit: key.kind === 'title', label: key.label, value });
  }
  return out.length >= 2 ? out : [];
}
