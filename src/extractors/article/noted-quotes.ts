/**
 * Speakers whose quotes a note marks as the authors' own: a release that prints "[2] Quote
 * direct from author and cannot be found in the text of the Article" and then attributes a
 * quote with "… says Dr Jane Roe, University of X [2]" names Jane Roe as an author.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import type { AuthorHit } from './authors.js';
import { readName } from './name-list.js';
import { nextMatch } from './matches.js';

/** A note line that says quotes come from the paper's authors; group 1 is its marker. */
const AUTHOR_QUOTE_NOTE =
  /^\s*\[(\d{1,2})\]\s*(?:all\s+|the\s+)?quotes?\s+(?:are\s+|is\s+)?(?:taken\s+)?(?:direct(?:ly)?\s+)?from\s+(?:the\s+)?(?:study['’]s\s+|paper['’]s\s+|article['’]s\s+)?(?:co-?)?authors?\b/i;

/** A note marker printed in prose ("[2]"). */
const MARKER = /\[(\d{1,2})\]/g;

/** A verb of saying, then the speaker's name (group 1), up to a comma, bracket or full stop. */
const SAID_THEN_NAME =
  /\b(?:said|says|adds|added|explains|explained|notes|noted|comments|commented|concludes|concluded)\s*:?\s+(?:Dr\.?\s+|Prof\.?\s+|Professor\s+|Associate\s+Professor\s+)?(\p{Lu}[\p{L}\p{M}'’. -]{1,50}?)(?=\s*(?:[,;([]|\.(?:\s|$)|$))/gu;

/** The speaker's name (group 1), then a verb of saying. */
const NAME_THEN_SAID =
  /(?:^|[”"]\s*|[,.]\s+)(?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})\s*(?:,[^,;“”"]{1,120},\s*)?\s+(?:said|says|adds|added|explains|explained|notes|noted)\b/gu;

/** A quotation mark: a block without one attributes no quote. */
const QUOTE_MARK = /[“”"]/;

/**
 * The markers of the notes in `blocks` that say quotes come from the authors ("[4] Quotes
 * direct from authors …"); empty when there is no such note.
 */
export function authorQuoteMarkers(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    if (!b.text.includes('[') || !/quote/i.test(b.text)) continue;
    for (const line of b.text.split('\n')) {
      const m = AUTHOR_QUOTE_NOTE.exec(line);
      if (m) out.add(m[1]!);
    }
  }
  return out;
}

/**
 * The speakers of the quotes in one block that carries a marker from `markers`, read from
 * "says X" or "X said", as author hits in printed order.
 */
export function findNotedSpeakers(text: string, markers: ReadonlySet<string>): AuthorHit[] {
  const out: AuthorHit[] = [];
  if (!markers.size || !text.includes('[') || !QUOTE_MARK.test(text)) return out;
  let marked = false;
  for (let m: RegExpExecArray | null = (MARKER.lastIndex = 0, null); (m = nextMatch(MARKER, text)); ) {
    if (markers.has(m[1]!)) marked = true;
  }
  // A note line itself ("[4] Quotes direct from authors") names nobody.
  if (!marked || AUTHOR_QUOTE_NOTE.test(text)) return out;
  for (const re of [SAID_THEN_NAME, NAME_THEN_SAID]) {
    let n = 0;
    for (let m: RegExpExecArray | null = (re.lastIndex = 0, null); (m = nextMatch(re, text)); ) {
      if (++n > 20) break;
      const name = readName(m[1]!.trim());
      if (name && name.person.given) out.push({ person: name.person, index: m.index + m[0].indexOf(m[1]!), strategy: 'authors:noted-quote', editorial: false });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
