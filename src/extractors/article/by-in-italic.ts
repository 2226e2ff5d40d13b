/**
 * A paper cited as its quoted title, its authors after "by" and its journal in italics after
 * "in", with no verb of publication: "‘Title’ by A, B and C in *Journal* [open access]".
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { readJournalName } from './journal.js';
import type { Mention } from './mention.js';

/** A closing quotation mark, "by", the authors and " in ", ending the text before the journal. */
const QUOTED_BY_IN = /[’”"],?\sby\s\p{Lu}[^\n“”"‘’]{2,300}\sin\s$/u;

/**
 * The journals of one block set in italics or bold right after "‘Title’ by A, B and C in", as
 * published mentions; each span must read whole as a journal's name.
 */
export function byInItalicMentions(block: Block): Mention[] {
  const out: Mention[] = [];
  const text = block.text;
  for (const e of block.emphasis.slice(0, 20)) {
    if (e.length < 3 || e.length > 150) continue;
    const i = text.indexOf(e);
    if (i < 5 || !text.startsWith(' in ', i - 4) || !QUOTED_BY_IN.test(text.slice(Math.max(0, i - 330), i))) continue;
    const read = readJournalName(e);
    if (read && read.length >= e.trim().length - 1) out.push({ journal: read.name, kind: 'published', count: 1, year: null, today: false, weak: false, block, index: i });
  }
  return out;
}
