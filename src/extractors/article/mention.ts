/**
 * Sentences that report a publication or a presentation: "published today in X", "appears
 * in X", "in the October 11 issue of X", "presented at the X Meeting", "a related paper to be
 * published in the journal X".
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { readJournalName } from './journal.js';

/** One publication (or presentation) reported in a sentence. */
export interface Mention {
  journal: string;
  /** `published`: the reported paper; `related`: another paper; `presented`: a meeting. */
  kind: 'published' | 'related' | 'presented' | 'background';
  /** How many papers the sentence reports ("two reports published in …"). */
  count: number;
  /** A year printed in the sentence before the name, else null. */
  year: number | null;
  /** True when the sentence says the paper is out "today" or "this week". */
  today: boolean;
  block: Block;
  /** Offset of the journal name in the block text. */
  index: number;
}

/** Verbs that report publication, followed within a short span by "in/by X". */
const TRIGGER =
  /\b(?:publish(?:ed|es|ing)?|appear(?:s|ed|ing)?|report(?:ed|s)?(?=\s+in\b)|released|printed|featured|writing(?=\s+in\b)|available(?:\s+to\s+(?:view|read))?(?:\s+online)?(?=\s+in\b)|(?:read|see)\s+the\s+(?:full\s+)?(?:paper|study|article)(?=\s+in\b)|described(?=\s+in\b)|out(?:\s+today)?(?=\s+in\b)|presented|reported(?:\s+today)?(?=\s+(?:at|during)\b)|(?:paper|study|article|research)(?=\s+in\s+the\s+journal\b))\b/gi;

/** A preposition that can introduce the journal or meeting. */
const PREP = /\b(?:[Ii]n|[Bb]y|at|during|of)\s+(?:the\s+)?(?:(?:scientific\s+|medical\s+|peer-reviewed\s+|online\s+)?journal\s+)?/g;

const WORDS_N: Record<string, number> = { two: 2, three: 3, both: 2, twin: 2, 2: 2, 3: 3 };

/** The sentence around `index` in `text` (bounded to 600 characters each way). */
function sentenceAround(text: string, index: number): { start: number; end: number } {
  const lo = Math.max(0, index - 600);
  const before = text.slice(lo, index);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const start = stop >= 0 ? lo + stop + 2 : lo;
  const after = text.slice(index, index + 600);
  const e = after.search(/[.!?](?:\s+[“"]?\p{Lu}|\s*$)/u);
  return { start, end: e >= 0 ? index + e + 1 : Math.min(text.length, index + 600) };
}

/** Finds the publication and presentation mentions in one block of prose. */
export function findMentions(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  let tries = 0;
  for (const t of text.matchAll(TRIGGER)) {
    if (++tries > 200 || out.length >= 20) break;
    const from = t.index + t[0].length;
    const presented = /^presented/i.test(t[0]) || (/^reported/i.test(t[0]) && /^\s+(?:at|during)\b/.test(text.slice(from)));
    const window = text.slice(from, from + 90);
    PREP.lastIndex = 0;
    for (const p of window.matchAll(PREP)) {
      const prep = p[0].trim().split(/\s+/)[0]!.toLowerCase();
      const gap = window.slice(0, p.index);
      if (/[.;!?]\s/.test(gap) || /[“"]/.test(gap)) break;
      if (prep === 'of' && !/\b(?:issue|edition|release|volume|number|pages)\s*$/i.test(gap + ' ') && !/journal/i.test(p[0])) continue;
      if ((prep === 'at' || prep === 'during') && !presented) continue;
      const at = from + p.index + p[0].length;
      const read = readJournalName(text.slice(at, at + 200));
      if (!read) continue;
      if (prep === 'by' && !/^(?:[A-Z]{2,}|The\s|.*\b(?:Journal|Review|Letters|Reports|Medicine|Science|Nature)\b)/.test(read.name)) continue;
      const { start, end } = sentenceAround(text, t.index);
      // "published by the CDC" is an agency's report; "the study … is published by PNAS" is a paper.
      if (prep === 'by' && /^[A-Z]{2,6}$/.test(read.name) && !/\b(?:study|paper|article|research|findings|results|trial|analysis|work)\b/i.test(text.slice(start, t.index))) continue;
      const sentence = text.slice(start, end);
      const head = text.slice(start, at);
      // Only the words just before the verb say whose paper it is ("a related paper to be published in").
      const near = text.slice(Math.max(start, t.index - 60), at);
      const kind: Mention['kind'] = presented
        ? 'presented'
        : /\b(?:earlier|previous|prior|past|former)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|paper|papers|work|research|results|findings|trials?|reports?|analys[ie]s)\b|\bpreviously\b|\blast\s+year\b/i.test(near)
          ? 'background'
          : /\b(?:related|companion|accompanying|second|another|separate)\s+(?:[\w-]+\s+){0,2}?(?:study|paper|article|report|trial|editorial|commentary|analysis)\b|\balso\s+(?:published|appears?|in)\b/i.test(near)
            ? 'related'
            : 'published';
      if (presented && !/\b(?:meeting|congress|conference|symposium|summit|sessions?|forum|workshop|convention|colloquium)\b/i.test(read.name)) continue;
      // A meeting's place is not part of its name ("… Meeting in Lisbon").
      if (presented) read.name = read.name.replace(/\s+in\s+\p{Lu}.*$/u, '');
      const n = /\b(two|three|both|twin|2|3)\s+(?:new\s+|separate\s+|related\s+|companion\s+)?(?:reports|papers|studies|articles|publications)\b/i.exec(head);
      const yearM = /\b((?:19|20)\d{2})\b/.exec(text.slice(t.index, at + read.length));
      const after = /^[^.;]{0,40}?\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)((?:19|20)\d{2})\b/i.exec(text.slice(at + read.length, at + read.length + 80));
      const shortDate = /\b\d{1,2}\/\d{1,2}\/(\d{2})\b/.exec(text.slice(t.index, at));
      out.push({
        journal: read.name,
        kind,
        count: n ? (WORDS_N[n[1]!.toLowerCase()] ?? 1) : 1,
        year: yearM ? Number(yearM[1]) : after ? Number(after[1]) : shortDate ? 2000 + Number(shortDate[1]) : null,
        today: /\b(?:today|this\s+week|tonight)\b/i.test(sentence),
        block,
        index: at,
      });
      break;
    }
  }
  return out;
}
