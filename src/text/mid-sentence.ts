/**
 * Whether a line break falls inside a sentence, for the passes that decide whether two lines
 * are one paragraph (single-spaced text, page breaks).
 * @packageDocumentation
 */

/** A last word no sentence ends on ("the", "of", "and", "which"; a few French and German ones too). */
const OPEN_END = /(?:^|\s)(?:a|an|the|at|of|in|on|to|for|from|with|by|as|and|or|but|that|which|who|its|their|our|his|her|into|via|than|de|la|le|der|die|das|und|von)$/i;

/** Whether `line` stops where no sentence ends: on a comma or a semicolon, or on a word such as "the" ({@link OPEN_END}). */
export function endsMidSentence(line: string): boolean {
  const end = line.trimEnd();
  return end.endsWith(',') || end.endsWith(';') || endsOnOpenWord(end);
}

/** Whether `line` stops on a word no sentence ends on, such as "at", "or" or "the" ({@link OPEN_END}). */
export function endsOnOpenWord(line: string): boolean {
  return OPEN_END.test(line.trimEnd().slice(-12));
}
