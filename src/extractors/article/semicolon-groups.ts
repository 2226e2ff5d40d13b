/**
 * A list of authors grouped by institution, the groups split by semicolons: "Yuki Roe, Institute
 * X; Ken Lim and Ana Ito, University Y; and Jo Park, Z". Each group's last comma-part is the
 * group's affiliation, not a name.
 * @packageDocumentation
 */

/** "; and " or ";" between two groups. */
const GROUP_BREAK = /\s*;\s*(?:and\s+)?/;

/**
 * `list` without the affiliation that closes each of its semicolon groups, the groups joined by
 * commas; `list` itself when it has fewer than two groups or a group holds no comma (then the
 * semicolons separate names alone).
 */
export function dropGroupAffiliations(list: string): string {
  const groups = list.trim().replace(/[.;,\s]+$/, '').split(GROUP_BREAK);
  if (groups.length < 2 || groups.length > 20) return list;
  const cut: string[] = [];
  for (const g of groups) {
    const last = g.lastIndexOf(', ');
    if (last <= 0) return list;
    cut.push(g.slice(0, last).trim());
  }
  return cut.join(', ');
}
