/**
 * A speaker named by a relation or an office of someone else's ("her deputy", "the institute's
 * director", "the expedition's chief scientist"), whose name the next sentence gives ("…," her
 * deputy said. That deputy, Professor X, studies …): the phrase points forward, never back to
 * the person named before it.
 * @packageDocumentation
 */
import { findMentions, type Mention } from './speakers.js';
import { BACK_REFERENCE } from './verbs.js';

/**
 * A role noun after a possessive ("her", "his", "their", or a body's or a study's name with
 * "'s"), with up to two lower-case words before it ("the team's field leader", "his deputy").
 */
export const ROLE_FORWARD =
  /^(?:(?:her|his|their)|the\s{1,3}[\p{Ll}-]{2,30}['’]s)\s{1,3}(?:[\p{Ll}-]{2,20}\s{1,3}){0,2}(?:director|deputy|head|chief|leader|colleague|co-?author|supervisor|manager|chair|chairman|chairwoman|chairperson|president|dean|curator|founder|coordinator|adviser|advisor|mentor|scientist|researcher|author|investigator|editor)$/iu;

/**
 * True when a subject phrase names someone else's relation or office ({@link ROLE_FORWARD}) and
 * is no back-reference to the person last named ("the study's lead author", with either
 * apostrophe, still points back).
 */
export function pointsForward(phrase: string): boolean {
  return ROLE_FORWARD.test(phrase) && !BACK_REFERENCE.test(phrase.replace(/’/g, "'"));
}

/**
 * The words that may open the naming sentence before the name: the role again after "The",
 * "That" or "This" and a comma ("That deputy, ", "The director, "); nothing else.
 */
const ROLE_AGAIN = /^(?:(?:The|That|This)\s{1,3}(?:[\p{Ll}-]{2,20}\s{1,3}){0,2}[\p{Ll}-]{2,20},\s{1,3})?/u;

/** How many characters an honorific or a title may take before the name ("Associate Professor "). */
const TITLE_ROOM = 24;

/**
 * The person a sentence opens with, as its subject (`text` at offset `start`): the first name
 * printed within {@link TITLE_ROOM} of its start, or of the end of a repeated role ("That
 * deputy, Professor X, …"); not a possessive ("X's lab"). Null when the sentence opens otherwise.
 */
export function openingPerson(text: string, start: number, known?: (word: string) => boolean): Mention | null {
  const lead = text.length - text.trimStart().length;
  const again = ROLE_AGAIN.exec(text.slice(lead))?.[0].length ?? 0;
  const from = lead + again;
  const window = text.slice(from, from + 160);
  const first = findMentions(window, start + from, known)[0];
  if (!first || first.possessive || first.offset - start - from > TITLE_ROOM) return null;
  // Only an honorific or capitalised title words may stand before the name.
  if (!/^(?:\p{Lu}[\p{L}.-]*\s{1,3}){0,3}$/u.test(window.slice(0, first.offset - start - from))) return null;
  return first;
}
