/**
 * A contact line that gives a person's details in a short first sentence and then asks, in
 * prose, to be reached some other way ("Jo Bell, Press Officer, Institute. Journalists are asked
 * to use the online form at …"): the first sentence is still a line of the contact block.
 * @packageDocumentation
 */

/** A full stop after a word of three letters or more, before a capital: a sentence end, not an initial. */
const LEAD_END = /(?<=\p{L}{3})\.\s{1,3}(?=\p{Lu})/u;
/** A title or suffix abbreviated with a stop, which ends no sentence ("Prof.", "Assoc.", "Jr."). */
const ABBREVIATION = /\b(?:Prof|Assoc|Asst|Mrs|Sra|Srta|Hon|Rev|Gen|Col|Capt|Sgt|Lt|Jr|Sr|Esq|Dept|Univ|Inst)$/;

/**
 * The first sentence of a prose `line` that holds no email or phone, when that sentence alone
 * is no prose and holds a comma (a name with its title or desk: "Jo Bell, Press Officer, Institute");
 * else null. `isProse` and `hasData` are the contact reader's own tests.
 */
export function leadDetails(line: string, isProse: (s: string) => boolean, hasData: (s: string) => boolean): string | null {
  if (line.length > 600 || hasData(line)) return null;
  const m = LEAD_END.exec(line);
  if (!m) return null;
  const head = line.slice(0, m.index);
  if (!head.includes(',') || ABBREVIATION.test(head) || isProse(head) || !isProse(line.slice(m.index + m[0].length))) return null;
  return head;
}
