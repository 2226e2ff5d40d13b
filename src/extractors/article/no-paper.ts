/**
 * News that reports no paper: a headline announcing an award, a grant, an appointment, a death,
 * a statement or a new building, where a bio may still name the person's earlier papers.
 * @packageDocumentation
 */
import type { ReleaseDocument } from '../../types.js';

/**
 * A headline about an occasion rather than a finding: "X awarded the Y Prize", "named Pew
 * Scholars", "wins $2.4 million", "appointed director", "In memoriam", "Statement from …",
 * "new centre opens".
 */
const OCCASION =
  /\b(?:award(?:s|ed)?\b|prizes?\b|medals?\b|fellowships?\b|honou?r(?:s|ed)\s(?:with|by|as)\b|honorary\s(?:degree|doctorate|fellow)|elected\s.{0,60}\b(?:fellows?|members?|president|academy|society)\b|named\s.{0,60}\b(?:scholars?|fellows?|laureates?|director|dean|chair|president|provost|head|chief)\b|appoint(?:s|ed)\b|(?:wins?|secures?|receives?|awarded|lands?)\s.{0,40}(?:\$|£|€|million|grant|funding)|(?:grant|funding)\s(?:to|for)\b|in\smemoriam\b|obituary\b|remembering\b|tribute\sto\b|passe[sd]\saway\b|(?:dies|died)\s(?:at|aged)\s\d|dies,\s|statement\s(?:from|by|on|in\sresponse)\b|responds?\sto\s(?:the\s)?(?:news|report|announcement|decision|government|budget|ruling|consultation|review|spending)\b|(?:centre|center|institute|facility|building|hospital|clinic|laborator(?:y|ies))\s(?:opens|opened)\b|opens\s(?:its\s|a\s|the\s)?(?:new\s)?(?:[\p{L}$\d-]{1,20}\s){0,4}(?:centre|center|institute|facility|building|hospital|clinic|laboratory)\b|breaks\sground\b)/iu;

/** A headline word naming a paper itself (not the verb of "grant to study X"). */
const PAPER_WORD = /(?<!\bto\s)\b(?:paper|papers|study|studies|findings|article|publication|preprint)\b/i;

/**
 * A sentence that reports a paper as new: "published today", "a new study in", "the findings
 * appear in the current issue", "will be presented at".
 */
const FRESH =
  /\b(?:(?:published|publishes|appears?|appeared|reported|described|detailed|online)\b.{0,80}?\b(?:today|this\sweek|this\smonth|current\sissue|latest\sissue|yesterday)\b|(?:today|this\sweek)\b.{0,60}?\b(?:published|publishes|appears?|reported)\b|new\s(?:study|paper|research\spaper|findings|analysis|trial)\b|(?:study|paper|findings|results|research|article|trial|analysis)\s(?:is|are|was|were|has\sbeen|have\sbeen)\s(?:published|accepted)\b|(?:is|are)\spublished\sin\b|(?:study|paper|findings|results|research|abstract|poster|data)\s(?:will\sbe|was|were|is|are)\spresented\b|according\sto\s(?:a|the)\s(?:new\s|recent\s)?(?:study|paper|analysis)\b|(?:researchers|scientists|the\sstudy|the\sfindings)\s(?:found|find|show|shows|showed|suggest|suggests|reveal|reveals|report)\b)/iu;

/**
 * True when the release's headline announces an occasion (award, grant, appointment, death,
 * statement, opening), no sentence reports a paper as new and no reference line of its own
 * (`referenced`: a citation block or list entry, not a bio's sentence) cites one: its papers are a bio's background.
 */
export function reportsNoPaper(doc: ReleaseDocument, referenced: boolean): boolean {
  if (referenced) return false;
  const at = doc.blocks.findIndex((b) => b.section === 'headline');
  if (at < 0) return false;
  const head = doc.blocks[at]!;
  if (!OCCASION.test(head.text.slice(0, 300))) return false;
  // "Statement on a corrected paper", "Prize for a study of …": the headline's occasion is a paper.
  if (PAPER_WORD.test(head.text.slice(0, 300))) return false;
  for (const b of doc.blocks) {
    if (b.section === 'headline' || b.section === 'boilerplate') continue;
    if (FRESH.test(b.text.slice(0, 4000))) return false;
  }
  return true;
}

/** Words of a sentence about a person or a finding, which a reference line never holds outside its quoted title. */
const PROSE_WORD = /\b(?:is|was|were|has|had|his|her|their|which|who|whose)\b/i;
/** A quoted title, whose words may be anything. */
const QUOTED = /["“][^"“”]{0,300}["”]/g;

/** True when `text` reads as a sentence of prose (a bio naming a paper), not as a reference line. */
export function bioSentence(text: string): boolean {
  return PROSE_WORD.test(text.slice(0, 1000).replace(QUOTED, ''));
}
