/**
 * An aggregator's frame around a republished release: its labelled panel under the headline, each
 * label alone on its line over its value ("Date:" over "March 14, 2031", "Source:" over "University of X"),
 * and its story-kind tag after a date line ("March 19, 2031 report").
 * @packageDocumentation
 */
import { findDates, type DateMatch } from '../../text/dates.js';
import { readDateLine } from '../../text/date-line.js';

/** A date label alone on its line over the date on the next ("Date:" over "March 14, 2031"). */
const LABEL_OVER_DATE = /^[ \t]{0,3}(?:date|published|posted|released)[ \t]{0,2}:[ \t]{0,3}\n[ \t]{0,8}(\S[^\n]{5,40})$/im;
/** A panel that opens its block with the date beside its label, another label on the next line ("Date: March 14, 2031" over "Source: University of X"). */
const LABEL_BESIDE_DATE = /^[ \t]{0,3}(?:date|published|posted|released)[ \t]{0,2}:[ \t]{0,3}(\S[^\n]{5,40})\n[ \t]{0,3}(?:source|summary|author|category|topic)[ \t]{0,2}:/i;
/** Another label of the same panel alone on its line ("Source:", "Summary:"). */
const PANEL_LABEL = /^[ \t]{0,3}(?:source|summary|author|category|topic)[ \t]{0,2}:[ \t]{0,3}$/im;

/**
 * The date of an aggregator's labelled panel ("Date:" over "March 14, 2031" beside "Source:" over the office's name),
 * null when the block is no such panel or the line under the label is no bare date.
 */
export function readPanelDate(text: string): DateMatch | null {
  if (text.length > 2000 || !text.includes(':')) return null;
  const over = text.includes(':\n') ? LABEL_OVER_DATE.exec(text) : null;
  const m = over && PANEL_LABEL.test(text) ? over : LABEL_BESIDE_DATE.exec(text);
  if (!m) return null;
  const value = m[1]!.trim();
  const d = findDates(value)[0];
  if (!d || d.index !== 0 || d.year === null || value.length - d.text.length > 2) return null;
  const at = m.index + m[0].indexOf(m[1]!) + m[1]!.indexOf(value);
  return { ...d, index: at + d.index };
}

/** True for a block that opens with an aggregator's labelled panel (see {@link readPanelDate}). */
export function isPanelHead(text: string): boolean {
  return /^[ \t]{0,3}(?:date|published|posted|released)[ \t]{0,2}:/i.test(text) && readPanelDate(text) !== null;
}

/** A story-kind tag that a science-news aggregator prints after its date ("report", "feature", "dialog", "analysis"). */
const KIND_TAIL = /^(\S[^\n]{5,40}?\d{4})[ \t]{1,3}(?:report|feature|dialog|analysis|interview|explainer|opinion|commentary|review|editorial)$/i;

/**
 * The date line under a story-kind tag after it ("March 19, 2031 report" reads as "March 19, 2031"),
 * null when the line has no such tag or no date line before it.
 */
export function readTaggedDateLine(line: string): ReturnType<typeof readDateLine> {
  if (line.length > 60 || line.includes('\n')) return null;
  const m = KIND_TAIL.exec(line.trim());
  if (!m) return null;
  const dl = readDateLine(m[1]!);
  return dl && !dl.place ? dl : null;
}
