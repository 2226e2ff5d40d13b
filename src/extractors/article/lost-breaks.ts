/**
 * A reference scraped from a web page that set its parts on lines of their own (`<br>`,
 * blocks) and lost the breaks between them: "(2037)Arbuscular …", "…drought.New Phytologist",
 * "Label:Names", "…in coral reefsNature Climate Change, …", "A. OyeleyeWarming oceans …".
 * Each lost break is given back as the separator the reference readers expect.
 * @packageDocumentation
 */

/** A full stop or closing bracket run straight into a capitalised word ("drought.New", "(2037)Arbuscular"). */
const STOP_GLUED = /(?<=[\p{Ll}\d]{2}[.)])(?=\p{Lu}\p{Ll})/gu;
/** A label's colon, perhaps closing its emphasis, run straight into a capitalised word ("Originalpublikation:**Vogelsang"). */
const COLON_GLUED = /(?<=\p{L}{3}):([*_]{0,2})(?=\p{Lu}\p{Ll})/gu;
/** The opening marks of a label's emphasis that Markdown left unread ("**Label:**Names"). */
const UNREAD_EMPHASIS = /^([*_]{1,2})(?=[^*_\s:][^*_:\n]{0,40}:\1\p{Lu})/u;
/**
 * A word of at least four small letters run straight into a capitalised word of three small
 * letters or more that a space and another word follow: "reefsNature Climate", "OyeleyeWarming oceans".
 * Names written in camel case ("NeuroImage 245", "bioRxiv", "McArthur", "eLife") are left whole:
 * their small-letter run is shorter or no further word follows.
 */
const WORD_GLUED = /(?<=(?:^|[^\p{L}])\p{Lu}?\p{Ll}{4,30})(?=\p{Lu}\p{Ll}{2,30}[ \t]\p{L})/gu;

/** The longest text in which lost breaks are put back. */
const MAX_REFERENCE = 5000;

/** `text` (a reference, its links and DOIs already cut) with the breaks it lost between its parts given back. */
export function restoreLostBreaks(text: string): string {
  // A reference runs well under this, long author lists included; a longer text is prose or hostile input, left whole.
  if (text.length > MAX_REFERENCE) return text;
  let t = text;
  if (/[.)]\p{Lu}/u.test(t)) t = t.replace(STOP_GLUED, ' ');
  // "**Label:**Names": Markdown reads no emphasis where no space follows it, so its marks are cut with the break restored.
  if (/:[*_]{0,2}\p{Lu}/u.test(t)) t = t.replace(UNREAD_EMPHASIS, '').replace(COLON_GLUED, ': ');
  if (/\p{Ll}\p{Lu}/u.test(t)) t = t.replace(WORD_GLUED, '. ');
  return t;
}
