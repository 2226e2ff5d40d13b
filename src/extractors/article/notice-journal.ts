/**
 * A journal named as the subject of its notice about a paper ("The European Heart Journal has
 * placed an expression of concern on …", "The Journal of X has retracted the article …"):
 * releases about retractions and corrections often name the journal nowhere else.
 * @packageDocumentation
 */
import { looksLikeJournal } from './journal.js';

/** Words every such sentence holds, checked before {@link NOTICE_SUBJECT}. */
const NOTICE_WORD = /retract|concern|correct|errat|withdr/i;

/**
 * "The X Journal has retracted / withdrawn / placed an expression of concern on / issued a
 * correction to …": group 1 is the name, capitalised words with "of", "and", "&" between them.
 */
const NOTICE_SUBJECT =
  /(?:^|[.!?]["”]?\s+|[—–]\s)(?:The\s+)?(\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’-]{0,30}|of|and|for|in|on|&)){0,8})\s(?:has|have|had)\s(?:now\s|formally\s|also\s)?(?:retracted|withdrawn|corrected|(?:placed|issued|published|attached|added)\s(?:an?\s|its\s)?(?:(?:editorial|formal)\s)?(?:expression\s+of\s+concern|retraction|correction|erratum|corrigendum))\b/u;

/** Names of bodies that retract papers without being a journal. */
const NOT_JOURNAL = /\b(?:University|Universit[éà]|Institute|Institut|Hospital|College|School|Centre|Center|Council|Foundation|Agency|Ministry|Department|Office|Authors?|Researchers?|Publisher|Press)\b/;

/** The journal a sentence names as the subject of its notice about a paper, else null. */
export function noticeJournal(text: string): { name: string; index: number } | null {
  if (!NOTICE_WORD.test(text)) return null;
  const m = NOTICE_SUBJECT.exec(text.length > 4000 ? text.slice(0, 4000) : text);
  if (!m) return null;
  const name = m[1]!.replace(/^The\s/, '');
  if (!looksLikeJournal(name) || NOT_JOURNAL.test(name)) return null;
  return { name, index: m.index + m[0].indexOf(m[1]!) };
}
