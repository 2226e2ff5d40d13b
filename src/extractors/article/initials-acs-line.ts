/**
 * An ACS / Wiley-VCH reference whose names are printed initials first with no "and" before the
 * last, then the abbreviated journal and its numbers: "J. Roe, Y. Lim, L. Ito, Angew. Chem. Int.
 * Ed. 2037, 76, e202418833".
 * @packageDocumentation
 */

/** A name printed initials first ("J. Roe", "A. L. Brennan-Okafor", "J.-P. Lim", "L. de Groot", "K. van der Berg"). */
const INITIALS_NAME = String.raw`(?:\p{Lu}\.[ -]?){1,3}(?:(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|ter|ten)\s){0,2}\p{Lu}[\p{L}\p{M}'’-]{1,30}`;

// Built on first use, like the other long \p{…} patterns of the reference reader.
let headPattern: RegExp | undefined;
/** Two or more initials-first names, each ended by a comma; group 1 is the names, group 2 the rest. */
const HEAD = (): RegExp => (headPattern ??= new RegExp(String.raw`^(${INITIALS_NAME}(?:, ${INITIALS_NAME}){1,30}), (\S.{3,})$`, 'su'));

/** The two parts of such a reference. */
export interface InitialsHead {
  /** "J. Roe, Y. Lim, L. Ito". */
  names: string;
  /** What follows the last name's comma: "Angew. Chem. Int. Ed. 2037, 76, e202418833". */
  rest: string;
}

/**
 * Splits a reference into its initials-first names and the rest when every comma-separated item
 * before the rest is such a name; the caller checks that the rest is a journal and its numbers.
 * @param text - the reference, its DOI already removed
 * @returns the names and the rest, or null when the reference does not open with such names
 */
export function initialsHead(text: string): InitialsHead | null {
  if (text.length > 400 || !/^\p{Lu}\.[ -]?/u.test(text)) return null;
  const m = HEAD().exec(text.trim());
  return m ? { names: m[1]!, rest: m[2]! } : null;
}
