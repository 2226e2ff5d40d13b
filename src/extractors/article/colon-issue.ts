/**
 * Volume and issue joined by a colon, then the year in brackets and the pages, as some
 * ecology and social-science journals print them: "12:3 (2054), 45–60".
 *
 * @packageDocumentation
 */

/** A page range: digits, an optional letter before them, a hyphen or en dash. */
const RANGE = String.raw`[A-Za-z]?\d{1,6}[-–][A-Za-z]?\d{1,6}`;

/** Volume, a colon, the issue, the year in brackets, a comma or colon, then a page range. */
const COLON_ISSUE = new RegExp(String.raw`(?<![\d:.])(\d{1,4}):(\d{1,3})\s\(((?:19|20)\d{2})\)[,:]\s?(${RANGE})\b`);

/** Volume, issue, year and pages read from "12:3 (2054), 45–60". */
export interface ColonIssue {
  /** The volume before the colon. */
  volume: string;
  /** The issue after the colon. */
  issue: string;
  /** The year in brackets. */
  year: number;
  /** The page range as printed (dash not yet normalised). */
  pages: string;
}

/** Reads a "volume:issue (year), pages" run from a citation; null when none is printed. */
export function colonIssue(text: string): ColonIssue | null {
  const m = COLON_ISSUE.exec(text);
  if (!m) return null;
  return { volume: m[1]!, issue: m[2]!, year: Number(m[3]), pages: m[4]! };
}
