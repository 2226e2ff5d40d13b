/**
 * A Brazilian ABNT (NBR 6023) reference: family names in capitals, each followed by a comma and its initials or given
 * names, the authors joined by semicolons, then the title, the journal and "v. 318, n. 2, p. 45-60, 2040":
 * "SOUZA, L.; RAMOS, J. P.; KATO, M. Title of the paper. Journal Name, v. 318, p. 109455, 2040."
 *
 * @packageDocumentation
 */

import type { Person } from '../../types.js';
import type { Numbers } from './volume-issue.js';

/** One ABNT author: a family name in capitals (hyphens, spaces and particles allowed), a comma, then initials or given names. */
const AUTHOR = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s(?:DE|DA|DO|DOS|DAS|E\s)?\p{Lu}[\p{Lu}\p{M}'’-]+)*,\s(?:\p{Lu}[\p{L}\p{M}]*\.?(?:\s|-)?)+?`;

/** The whole shape: two or more authors joined by semicolons (or one before "et al."), a full stop, the title and journal, then "v. N". */
const ABNT = new RegExp(
  String.raw`^((?:${AUTHOR};\s)+${AUTHOR}|${AUTHOR}\set\sal)\.\s+(.+?),\s+v\.\s?([\w-]+)(?:,\s+n\.\s?([\w/-]+))?(?:,\s+p\.\s?([\w–-]+))?(?:,\s+(?:\p{L}+\.?\s)?((?:19|20)\d{2}))?`,
  'u',
);

/** One author of {@link AUTHOR}, split into family and given parts. */
const SPLIT_AUTHOR = /^(.+?),\s(.+)$/u;

/** What an ABNT reference gives. */
export interface AbntReference extends Numbers {
  title: string;
  journal: string;
  authors: Person[];
}

/** "ALBUQUERQUE-TEIXEIRA" as "Albuquerque-Teixeira"; particles ("DE", "DA") in lower case. */
function unshout(family: string): string {
  return family
    .split(' ')
    .map((word) => (/^(?:DE|DA|DO|DOS|DAS|E)$/.test(word) ? word.toLowerCase() : word.split('-').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join('-')))
    .join(' ');
}

/** The parts of an ABNT reference line ({@link ABNT}); null when the line is not one. */
export function abntReference(text: string): AbntReference | null {
  const m = ABNT.exec(text);
  if (!m) return null;
  const body = m[2]!.trim();
  // The title ends at the last full stop before the journal; a journal with abbreviations is not read.
  const cut = body.lastIndexOf('. ');
  if (cut <= 0) return null;
  const title = body.slice(0, cut).trim();
  const journal = body.slice(cut + 2).trim();
  if (!title || !journal || /\.\s/.test(journal)) return null;
  const authors: Person[] = [];
  for (const item of m[1]!.replace(/\set\sal$/, '').split(/;\s/)) {
    const a = SPLIT_AUTHOR.exec(item.trim());
    if (!a) return null;
    authors.push({ given: a[2]!.trim().replace(/^(\p{Lu})\.$/u, '$1'), family: unshout(a[1]!) });
  }
  return { title, journal, authors, volume: m[3]!, issue: m[4] ?? null, pages: m[5] ?? null, year: m[6] ? Number(m[6]) : null };
}
