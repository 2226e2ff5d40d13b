/**
 * The role word a transcript or interview label may print before the speaker's name
 * ("HOST JANE DOE:", "PRESENTER JANE DOE:"): a show's part, not a given name.
 * @packageDocumentation
 */

/** A show's role before a name in a speaker label, in capitals, with the space after it. */
const LABEL_ROLE = /^\s{0,3}(?:HOST|CO-HOST|PRESENTER|INTERVIEWER|MODERATOR|ANCHOR|REPORTER|GUEST)\s{1,3}(?=\p{Lu})/u;

/** How many characters of a speaker label's opening are a show's role before the name ("HOST " of "HOST JANE DOE"), else 0. */
export function labelRoleLength(label: string): number {
  return LABEL_ROLE.exec(label)?.[0].length ?? 0;
}
