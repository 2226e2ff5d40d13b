/**
 * Interviews set as questions and answers ("Q: … ?" then "A: “…”"): where an answer's words
 * begin, and which paragraphs are only an interviewer's question.
 * @packageDocumentation
 */

/**
 * An answer label at the start of a paragraph, after the question on the line before or, where a
 * page lost its line breaks, on the same line ("Q: Why? \n A: ", "Q: Why? A: "), if any.
 */
const ANSWER_LEAD = /^\s{0,3}(?:(?:\*\*|__)?(?:Q|Question)(?:\*\*|__)?\s{0,2}[:.](?:\*\*|__)?[^\n]{1,300}\?(?:\*\*|__)?(?:\s{0,3}\n\s{0,3}|[ \t]{1,3}))?(?:\*\*|__)?(?:A|Answer)(?:\*\*|__)?\s{0,2}:(?:\*\*|__)?\s{0,3}/;

/** A paragraph that is only an interviewer's question ("Q: How did the seeds survive?", "**Question:** Why now?"). */
const QUESTION_ONLY = /^\s{0,3}(?:\*\*|__)?(?:Q|Question)(?:\*\*|__)?\s{0,2}[:.](?:\*\*|__)?[^\n]{1,300}\?(?:\*\*|__)?\s{0,3}$/;

/** Where the words of an answer begin in `text` ("A: “…”" → the mark), or -1 when `text` opens with no answer label. */
export function answerStart(text: string): number {
  if (!text.includes('A') || !text.includes(':')) return -1;
  const m = ANSWER_LEAD.exec(text);
  return m ? m[0].length : -1;
}

/** True when `text` is only an interviewer's question: the answer's speaker goes on after it. */
export const isQuestionOnly = (text: string): boolean => text.length <= 320 && text.includes('?') && QUESTION_ONLY.test(text);

/**
 * True when `text` is an answer with its label ("A: Only if …") that gave no quote: the interviewee
 * answering in plain words, whose next quoted answer is still theirs.
 */
export const isAnswerOnly = (text: string): boolean => text.length <= 1200 && text.charCodeAt(text.search(/\S/)) <= 0x5a && answerStart(text) >= 0;
