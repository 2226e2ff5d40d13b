/**
 * Contact names printed family name first with a comma ("Lindqvist, Marit – Media Relations"),
 * turned given name first so the line reads as a person, not as an organisation and a role.
 * @packageDocumentation
 */
import { findEmails } from './emails.js';

/** A line opening with a family name, a comma and a given name (an initial may follow), then the line's end or a separator. */
const FAMILY_COMMA_GIVEN = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?|\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?),\s{1,3}(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?(?:\s\p{Lu}\.)?)(?=\s*(?:$|[,|;]|\s[-–—]\s|\s\())/u;

/** A family name printed in capitals ("KOWALCZYK", "NOWAK-LIS"): the printing itself marks it as the family name. */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

/** A name in capitals with each part's first letter kept ("NOWAK-LIS" → "Nowak-Lis"). */
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** Lower case, accents dropped, letters only. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * True when an email's local part holds `family` as one of its parts, alone or joined to an
 * initial or the given name ("m.lindqvist", "lindqvist.m", "mlindqvist"): the address is the
 * proof that the word before the comma is the person's family name ("Cambridge, Massachusetts"
 * has the same shape).
 */
function addressHolds(locals: readonly string[], family: string): boolean {
  const f = fold(family);
  if (f.length < 3) return false;
  return locals.some((local) =>
    local
      .split(/[._-]/)
      .map(fold)
      .some((p) => p === f || (p.endsWith(f) && p.length <= f.length + 1) || (p.startsWith(f) && p.length <= f.length + 1)),
  );
}

/**
 * The lines of a contact block with a name printed family name first and a comma turned
 * given name first ("Lindqvist, Marit – Media Relations" → "Marit Lindqvist – Media
 * Relations"), when an email of the block holds the family name or the family name is printed in
 * capitals ("KOWALCZYK, Agnieszka – Press Officer", which reads "Agnieszka Kowalczyk"); other lines unchanged.
 */
export function givenFirstLines(lines: readonly string[]): string[] {
  if (!lines.some((l) => FAMILY_COMMA_GIVEN.test(l))) return [...lines];
  const locals = findEmails(lines.join('\n')).map((e) => e.email.slice(0, e.email.indexOf('@')));
  return lines.map((l) => {
    const m = FAMILY_COMMA_GIVEN.exec(l);
    if (!m) return l;
    const family = m[1]!;
    const capitals = CAPITALS.test(family);
    if (!capitals && !addressHolds(locals, family)) return l;
    return `${m[2]} ${capitals ? titleCase(family) : family}${l.slice(m[0].length)}`;
  });
}
