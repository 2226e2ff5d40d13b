/**
 * The Spanish title "Don" before a speaker's name, which GOLD.md drops with the other honorifics.
 * @packageDocumentation
 */

/** "Don" before a given name and at least two more words, none an initial ("Don Teodoro Quispe Huamán"). */
const DON_FULL_NAME = /^Don (\p{Lu}\p{Ll}+) (?:(?:de|del|la|las|los|y|\p{Lu}\p{Ll}[\p{Ll}'’-]*) ){0,3}\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;

/** A sign that a name is Spanish: an accented letter, "ñ", or a particle between its words. */
const SPANISH_SIGN = /[áéíóúñÁÉÍÓÚÑ]| (?:de|del|y|la|los) /u;

/** How often `part` occurs in `text`. */
function count(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/**
 * The speaker's name without a leading Spanish "Don" ("Don Teodoro Quispe Huamán" → "Teodoro
 * Quispe Huamán") when three or more words follow it and the name looks Spanish or the release
 * also calls the person "Don" and the given name alone ("Don Teodoro said"). "Don" before fewer
 * words, or before an English-looking name printed only in full, may be the given name and stays.
 */
export function withoutSpanishDon(name: string, text: string): string {
  if (!name.startsWith('Don ')) return name;
  const m = DON_FULL_NAME.exec(name);
  if (!m || name.split(' ').length < 4) return name;
  const short = `Don ${m[1]!}`;
  return SPANISH_SIGN.test(name) || count(text, short) > count(text, name) ? name.slice(4) : name;
}
