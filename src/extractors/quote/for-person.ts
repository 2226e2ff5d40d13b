/**
 * A colon preamble that opens with "For" and a person known by a given name only, set off by
 * an appositive that says who they are ("For Tendai, one of the farmers who took part, the
 * change was plain: "…"", "For Maria, 54, a nurse in the trial, it came down to sleep: "…""):
 * the quote that follows is that person's.
 * @packageDocumentation
 */

/** Words for the ordinary people a release quotes by a given name: participants, patients, farmers. */
const PERSON_NOUN =
  '(?:participant|patient|farmer|grower|herder|fisher|fisherman|fisherwoman|resident|villager|volunteer|parent|mother|father|nurse|student|pupil|teacher|worker|survivor|carer|caregiver|user|smallholder|family|families|member|trader|vendor)s?';

/**
 * "For" and one or two capitalised words, a comma, perhaps an age and a comma, then "one of the
 * …", "a …" or "an …" with a person noun, a comma, a clause without quotation marks, and the colon.
 */
const FOR_PERSON = new RegExp(
  `^\\s{0,3}For\\s(\\p{Lu}[\\p{Ll}\\p{M}'’-]{1,20}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]{1,30})?),\\s{1,3}(?:\\d{1,3},\\s{1,3})?` +
    `(?:one\\s{1,3}of\\s{1,3}the|another|an?)\\s{1,3}(?:[\\p{Ll}'’-]{2,20}\\s{1,3}){0,3}${PERSON_NOUN}\\b[^,:;"“”]{0,80},\\s{1,3}[^:;"“”]{1,160}:\\s*$`,
  'u',
);

/** The person a "For X, one of the …, …:" preamble names, with the name's offset in `s`; else null. */
export function forPersonPreamble(s: string): { name: string; at: number } | null {
  const m = FOR_PERSON.exec(s);
  if (!m) return null;
  return { name: m[1]!, at: s.indexOf(m[1]!, m.index) };
}
