/**
 * A sentence naming the journal, then a colon and a Vancouver reference after it
 * ("The research appears in the Journal of X: Roe J, Lim KA. Title. J X. 2031;…").
 */

import { looksLikeJournal } from './journal.js';

/**
 * The sentence up to its colon, then the first Vancouver name ("Roe J, ", "Albuquerque Sørensen T, ")
 * or Harvard name ("Aberdeen-Sithole, L., "); the journal's own name may hold a colon ("Proceedings of
 * the Royal Society B: Biological Sciences: Roe, J., …"), the last one before the name being the lead's.
 */
const LEAD = /^([^\n]{3,160}?):\s+(?=\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?(?:\s\p{Lu}{1,3}(?:\.,?|,)\s|,\s\p{Lu}\.(?:\s?\p{Lu}\.)?,?\s))/u;
/** What comes before the journal's name in the sentence: "… appears in the", "… is published in". */
const BEFORE_JOURNAL = /^.*?\b(?:appears?|appeared|published|publishes|reported|described|out)\s+(?:today\s+|this\s+week\s+)?in\s+(?:the\s+)?/i;
/**
 * The same in a Swedish, Danish, Norwegian, Dutch, Icelandic, Spanish, Portuguese, French or German
 * sentence: "… har publicerats i tidskriften", "… se publicó en", "… birtist í tímaritinu", the Finnish "… julkaistiin X -lehdessä".
 */
const BEFORE_JOURNAL_ABROAD =
  /^.*?(?:\b(?:publicera(?:d|de|ts|s)|publiceret|publisert)\s+i\s+tidn?s?skrift(?:en|et)|\bgepubliceerd\s+in\s+(?:het\s+)?(?:vak)?tijdschrift|\b(?:se\s+)?public[óo]\s+en(?:\s+la\s+revista)?|\bpublicad[oa]s?\s+(?:en|na|no)(?:\s+(?:la\s+)?revista)?|\bbirtist\s+í\s+tímaritinu|\b(?:parue?s?|publiée?s?)\s+dans(?:\s+la\s+revue)?|\b(?:ver(?:ö|oe)ffentlicht|erschienen)\s+in(?:\s+der\s+(?:Fach)?[Zz]eitschrift)?|\bjulkaist(?:iin|u|aan|tiin))\s+/iu;
/** The Finnish word for "in the journal" after its name ("Urban Climate -lehdessä", "Nature-lehdessä"). */
const FINNISH_JOURNAL_WORD = /\s?[-–]\s?(?:tiede|aikakaus)?lehde(?:ssä|n)$/u;
/** A lead that names no journal but says the paper was published or described ("The method was published last year"). */
const PUBLISHED_LEAD = /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:first\s+)?(?:published|described|reported)\b(?!\s+(?:today\s+|this\s+week\s+)?in\s)[^:]*$/i;
/**
 * A title-case name of two to eight words with no journal word ("Building and Environment",
 * "Water Resources and Industry", "Annali di Botanica"): read as the journal only before a reference's names.
 */
const TITLE_CASE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:and|of|the|for|in|on|&|di|de|del|della|der|des|du|für|et|y|e)\s)?\p{Lu}[\p{L}\p{M}'’-]+){1,7}$/u;
/** Words that make a title-case name an institution or a place rather than a journal. */
const NOT_TITLE_JOURNAL = /\b(?:University|Institute|Hospital|Centre|Center|School|College|Department|Laboratory|Ministry|Agency|Foundation|Trust|Council|Company|Press|Times|Post|News)\b/u;

/** Where a journal-naming lead ends and which journal it names. */
export interface JournalLead {
  /** The offset where the reference starts, after the colon. */
  cut: number;
  /** The journal's name as the sentence prints it, or null when the sentence only says the paper was published ("… was published last year:"). */
  journal: string | null;
}

/**
 * Reads a lead sentence that names the journal in full before a Vancouver reference.
 * Returns null when the text opens with no such sentence, or the name before the colon
 * does not look like a journal's.
 */
export function journalLead(text: string): JournalLead | null {
  const m = LEAD.exec(text);
  if (!m) return null;
  const sentence = m[1]!;
  const before = BEFORE_JOURNAL.exec(sentence);
  // "Studien har publicerats i tidskriften Urban Climate: Hallberg, V. …": the lead ends at the colon, whatever the name's shape.
  const abroad = before ? null : BEFORE_JOURNAL_ABROAD.exec(sentence);
  if (abroad) {
    // "… julkaistiin Urban Climate -lehdessä": a Finnish name before its word for "in the journal".
    const named = sentence.slice(abroad[0].length).replace(FINNISH_JOURNAL_WORD, '').replace(/^[*_]+|[*_]+$/g, '').trim();
    return { cut: m[0].length, journal: named && (looksLikeJournal(named) || TITLE_CASE_NAME.test(named)) ? named : null };
  }
  if (!before) return PUBLISHED_LEAD.test(sentence) ? { cut: m[0].length, journal: null } : null;
  const journal = sentence.slice(before[0].length).replace(/^[*_]+|[*_]+$/g, '').trim();
  if (!journal || !(looksLikeJournal(journal) || (TITLE_CASE_NAME.test(journal) && !NOT_TITLE_JOURNAL.test(journal)))) return null;
  return { cut: m[0].length, journal };
}
