/**
 * Academic titles printed in lower case before a name, as Dutch, Flemish and Polish offices do
 * ("zegt dr. Femke de Wolf", "prof. dr. ir. Jan Smit", "mówi dr hab. Anna Nowak", "sako dr. G. Vaitkutė"), and Croatian ones
 * ("izjavila je izv. prof. dr. sc. Ana Jurić", "dodao je doc. dr. sc. Ivan Perić").
 * @packageDocumentation
 */

/**
 * A run of lower-case titles ("dr.", "prof.", "ir.", "drs.", "mr.", "ing.", "dr hab.", "izv.", "doc.", "dr. sc.") right after
 * a lower-case word or a comma and right before a capitalised word or an initial and a family name
 * ("sako dr. G. Vaitkutė", as Lithuanian offices print a speaker already named): the place a title
 * takes before a speaker's name.
 */
const LOWER_TITLE_RUN = /(?<=(?:^|[\p{Ll},;]\s{1,3}))(?:(?:(?:dr|prof|ir|drs|mr|ing)\.?|(?:izv|doc)\.)(?:\s{1,3}(?:hab|sc)\.)?\s{1,3}){1,4}(?=\p{Lu}(?:\p{Ll}|\.\s{1,2}\p{Lu}\p{Ll}))/gu;

/**
 * `text` with each lower-case title before a name capitalised ("dr. Femke" → "Dr. Femke"), so the
 * attribution reader knows it as the honorific it is. The length never changes, so offsets hold.
 */
export function capitaliseLowerTitles(text: string): string {
  if (!/\b(?:dr|prof|ir|drs|mr|ing|doc)\b/.test(text)) return text;
  return text.replace(LOWER_TITLE_RUN, (run) => run.replace(/\b(dr|prof|ir|drs|mr|ing|izv|doc)\b/g, (w) => w.charAt(0).toUpperCase() + w.slice(1)));
}
