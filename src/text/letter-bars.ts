/**
 * A letter printed where a vertical bar was meant. Some press offices part the fields of a date
 * line or a contact line with a lone capital I or small l ("COMMUNIQUÉ DE PRESSE I PARIS I 4 MARS
 * 2037", "Presse l Jo Roe l T +33 1 … l jo@…"), a bar their typeface draws alike; read as bars, such
 * lines go to the readers of bar-parted fields.
 * @packageDocumentation
 */

/** A lone small l between spaces, and the word after it. */
const SMALL_L = /(?<=\S) l (?=(\S+))/g;

/** A lone capital I between spaces. */
const CAPITAL_I = /(?<=\S) I (?=\S)/g;

/** A four-digit year from 1900 to 2099. */
const YEAR = /\b(?:19|20)\d\d\b/;

/** A word that may follow a bar: a capital, a digit, a "+" or an e-mail address. */
const FIELD_START = /^(?:[\p{Lu}\p{N}+]|[^\s@]+@)/u;

/**
 * `line` with a lone small l or capital I read as a bar, where it parts fields: two or more
 * small l's each followed by a capital, a digit, a "+" or an e-mail address ("2 l of water" stays),
 * or two or more capital I's in a line of capitals only that holds a year ("PHASE I TRIAL" and
 * "What I saw" stay). The length and every offset stay the same.
 */
export function letterBars(line: string): string {
  if (!line.includes(' l ') && !line.includes(' I ')) return line;
  return line
    .split('\n')
    .map((l) => {
      const smalls = [...l.matchAll(SMALL_L)];
      if (smalls.length >= 2 && smalls.every((m) => FIELD_START.test(m[1]!))) return l.replace(SMALL_L, ' | ');
      const capitals = l.match(CAPITAL_I)?.length ?? 0;
      if (capitals >= 2 && !/\p{Ll}/u.test(l) && YEAR.test(l)) return l.replace(CAPITAL_I, ' | ');
      return l;
    })
    .join('\n');
}
