/**
 * An unnamed official who is named in the very next sentence: `"…," said a spokesperson for the
 * X Authority. The spokesperson, Jane Moss, said …`. The quote is that person's.
 * @packageDocumentation
 */

/** The official's role word in the attribution ("a spokeswoman for the X", "a representative of the Y"). */
const OFFICIAL_WORD = /\b(?:an?|the)\s{1,3}(?:[\p{L}'’-]{1,30}\s{1,3}){0,2}?(spokes(?:person|man|woman)|representative)\s{1,3}(?:for|of|at|from)\s/iu;

/** The next sentence opening with "The <role word>," before a name. */
const NAMED_NEXT = /^[\s.!?]{0,4}The\s{1,3}(spokes(?:person|man|woman)|representative),\s{1,3}(?=\p{Lu})/u;

/**
 * Where the name starts in `rest` (the words after the attribution's sentence), when `sentence`
 * attributes a quote to an unnamed spokesperson or representative for a body and `rest` opens with
 * "The spokesperson, " (the same role word) before a name; else -1. The caller checks that a
 * name stands there, followed by a comma.
 */
export function officialNamedNext(sentence: string, rest: string): number {
  const official = OFFICIAL_WORD.exec(sentence);
  if (!official) return -1;
  const next = NAMED_NEXT.exec(rest);
  if (!next || next[1]!.toLowerCase() !== official[1]!.toLowerCase()) return -1;
  return next[0].length;
}
